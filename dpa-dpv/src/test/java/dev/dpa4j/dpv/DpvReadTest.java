/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.dpv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ProcessingOperation;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TransferMechanismType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading graphs written by other tools, and the errors for documents that are not an agreement. */
class DpvReadTest {

    /** A flattened graph with other prefixes and no dpa4j terms, as another DPV tool might write it. */
    private static final String FOREIGN = """
            {
              "@context": {"d": "https://w3id.org/dpv#", "pd": "https://w3id.org/dpv/pd#",
                           "gdpr": "https://w3id.org/dpv/legal/eu/gdpr#", "l": "https://w3id.org/dpv/loc#",
                           "dct": "http://purl.org/dc/terms/", "skos": "http://www.w3.org/2004/02/skos/core#"},
              "@graph": [
                {"@id": "https://example.org/dpa/7", "@type": "d:DataProcessingAgreement",
                 "dct:identifier": "dpa-7", "d:hasDataProcessor": {"@id": "https://example.org/org/acme"},
                 "d:hasProcess": {"@id": "https://example.org/dpa/7/p"}},
                {"@id": "https://example.org/org/acme", "@type": "d:DataProcessor", "d:hasName": "Acme Ltd"},
                {"@id": "https://example.org/dpa/7/p", "@type": "d:Process",
                 "d:hasProcessing": [{"@id": "d:Store"}, {"@id": "d:Destruct"}, {"@id": "d:Erase"}],
                 "d:hasPersonalData": {"@id": "https://example.org/dpa/7/health"},
                 "d:hasRecipient": {"@id": "https://example.org/org/cloud"}},
                {"@id": "https://example.org/dpa/7/health", "@type": ["d:PersonalData", "pd:MedicalHealth"],
                 "skos:prefLabel": {"@value": "Health records", "@language": "en"}},
                {"@id": "https://example.org/org/cloud", "@type": "d:DataSubProcessor", "d:hasName": "Cloud Inc.",
                 "d:hasCountry": {"@id": "l:US"},
                 "d:hasLegalBasis": {"@id": "https://example.org/dpa/7/scc", "@type": "gdpr:A46-2-c"}}
              ]
            }
            """;

    @Test
    void should_read_a_graph_of_another_tool_from_its_dpv_terms() {
        // when
        DataProcessingAgreement dpa = DpvJsonLd.read(FOREIGN);
        // then
        assertThat(dpa.getId()).isEqualTo("dpa-7");
        assertThat(dpa.getProcessor().flatMap(p -> p.getName())).contains("Acme Ltd");
        var processing = dpa.getProcessing().orElseThrow();
        assertThat(processing.getNature())
                .extracting(n -> n.getOperation().orElseThrow())
                .containsExactly(ProcessingOperation.STORAGE, ProcessingOperation.ERASURE_DESTRUCTION);
        assertThat(processing.getDataCategories().get(0).getSpecialCategory()).contains(SpecialCategory.HEALTH);
        Subprocessor cloud =
                dpa.getSubprocessing().orElseThrow().getSubprocessors().get(0);
        assertThat(cloud.getCountry()).contains(CountryCode.of("US"));
        assertThat(cloud.getTransfer().orElseThrow().getType()).isEqualTo(TransferMechanismType.SCC_2021_914);
    }

    @Test
    void should_keep_the_module_and_type_when_dpa4j_wrote_the_transfer() {
        // given
        DataProcessingAgreement dpa = DpvJsonLd.read(FOREIGN);
        Subprocessor cloud =
                dpa.getSubprocessing().orElseThrow().getSubprocessors().get(0);
        DataProcessingAgreement withModule = DataProcessingAgreement.builder()
                .from(dpa)
                .subprocessing(dpa.getSubprocessing().orElseThrow().toBuilder()
                        .subprocessors(java.util.List.of(cloud.toBuilder()
                                .transfer(cloud.getTransfer().orElseThrow().toBuilder()
                                        .sccModule(SccModule.MODULE_3)
                                        .build())
                                .build()))
                        .build())
                .build();
        // when
        DataProcessingAgreement back = DpvJsonLd.read(DpvJsonLd.write(withModule));
        // then
        assertThat(back.getSubprocessing()
                        .orElseThrow()
                        .getSubprocessors()
                        .get(0)
                        .getTransfer()
                        .orElseThrow()
                        .getSccModule())
                .contains(SccModule.MODULE_3);
    }

    @Test
    void should_name_line_and_column_when_the_text_is_not_json() {
        assertThatThrownBy(() -> DpvJsonLd.read("{\n  \"@id\": \"x\",\n  oops\n}"))
                .isInstanceOf(DpvException.class)
                .satisfies(e -> assertThat(((DpvException) e).getLocation()).startsWith("line 3, column"));
    }

    @Test
    void should_refuse_a_graph_without_an_agreement() {
        assertThatThrownBy(() -> DpvJsonLd.read("{\"@id\": \"urn:x\", \"@type\": \"https://w3id.org/dpv#Process\"}"))
                .isInstanceOf(DpvException.class)
                .hasMessageContaining(
                        "graph: expected exactly one node of type https://w3id.org/dpv#DataProcessingAgreement, found 0");
    }

    @Test
    void should_name_the_node_and_property_when_a_country_is_not_a_dpv_country() {
        String doc = FOREIGN.replace("\"l:US\"", "\"https://example.org/usa\"");
        assertThatThrownBy(() -> DpvJsonLd.read(doc))
                .isInstanceOf(DpvException.class)
                .satisfies(e -> assertThat(((DpvException) e).getLocation())
                        .isEqualTo("<https://example.org/org/cloud> <https://w3id.org/dpv#hasCountry>"))
                .hasMessageContaining("expected one country of DPV's LOC extension");
    }

    @Test
    void should_name_the_expected_values_when_a_dpa4j_value_is_unknown() {
        String doc = FOREIGN.replace(
                "\"@type\": \"gdpr:A46-2-c\"}",
                "\"@type\": \"gdpr:A46-2-c\", \"urn:dpa4j:vocab:sccModule\": \"MODULE_9\"}");
        assertThatThrownBy(() -> DpvJsonLd.read(doc))
                .isInstanceOf(DpvException.class)
                .hasMessageContaining("<https://example.org/dpa/7/scc> <urn:dpa4j:vocab:sccModule>")
                .hasMessageContaining("expected one of [MODULE_1, MODULE_2, MODULE_3, MODULE_4], found \"MODULE_9\"");
    }

    @Test
    void should_refuse_a_remote_context_without_fetching_it() {
        String doc = "{\"@context\": \"https://w3id.org/dpv/context.jsonld\", \"@id\": \"urn:x\"}";
        assertThatThrownBy(() -> DpvJsonLd.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DpvException.class)
                .hasMessageContaining("remote documents are not loaded");
    }

    @Test
    void should_refuse_a_hostile_nesting_depth_with_an_error_not_a_stack_overflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> DpvJsonLd.read(deep))
                .isInstanceOf(DpvException.class)
                .hasMessageStartingWith("line 1, column")
                .hasMessageContaining("nesting depth");
    }

    @Test
    void should_refuse_a_sub_processor_without_a_name() {
        String doc = FOREIGN.replace("\"d:hasName\": \"Cloud Inc.\",", "");
        assertThatThrownBy(() -> DpvJsonLd.read(doc))
                .isInstanceOf(DpvException.class)
                .hasMessage(
                        "<https://example.org/org/cloud> <https://w3id.org/dpv#hasName>: expected a string, found none");
    }
}
