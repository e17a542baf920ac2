/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Party;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules that judge an imported agreement (status {@code IMPORTED}, the other party's document read by dpa-import)
 * by what its text says rather than by what the importer could type (#16, round 20): a party the importer did not
 * recognise is reported as not recognised, a warning, and a document that does not name its own form or call itself a
 * contract gets an info. The same drafts with any other status keep the errors.
 */
class ImportedAgreementRulesTest {

    private static final Validator VALIDATOR = Fixtures.validator();

    private static DataProcessingAgreement imported(DataProcessingAgreement a) {
        return a.toBuilder().status(AgreementStatus.IMPORTED).build();
    }

    private static List<String> findings(DataProcessingAgreement a, String rule) {
        return VALIDATOR.validate(a).getFindings(rule).stream()
                .map(f -> f.getSeverity() + " " + f.getMessageKey() + " " + f.getPath())
                .toList();
    }

    private static DataProcessingAgreement unnamedProcessor() {
        Party p = Fixtures.complete().getProcessor().orElseThrow();
        return Fixtures.complete().toBuilder()
                .processor(Party.builder()
                        .id(p.getId())
                        .address(p.getAddress().orElseThrow())
                        .build())
                .build();
    }

    @Test
    void should_report_an_unnamed_processor_of_an_imported_agreement_as_not_recognised() {
        assertThat(findings(imported(unnamedProcessor()), "PARTY_PROCESSOR_ID"))
                .containsExactly("WARNING PARTY_PROCESSOR_ID.notRecognised processor.name");
        assertThat(findings(
                        imported(Fixtures.complete().toBuilder()
                                .processor(Optional.empty())
                                .build()),
                        "PARTY_PROCESSOR_ID"))
                .containsExactly("WARNING PARTY_PROCESSOR_ID.notRecognised processor");
    }

    @Test
    void should_keep_the_error_for_our_own_drafts_and_for_a_processor_the_document_only_describes() {
        // our own agreement: its author left the name out
        assertThat(findings(unnamedProcessor(), "PARTY_PROCESSOR_ID"))
                .containsExactly("ERROR PARTY_PROCESSOR_ID.incomplete processor");
        // the vendor's text describes itself instead of naming itself: that is the text's gap, not the importer's
        DataProcessingAgreement described = Fixtures.processor(
                unnamedProcessor(), b -> b.description(LocalizedText.en("the provider entity named in the order")));
        assertThat(findings(imported(described), "PARTY_PROCESSOR_ID"))
                .containsExactly("ERROR PARTY_PROCESSOR_ID.incomplete processor");
        // a named processor without its address stays incomplete on an import too
        DataProcessingAgreement noAddress = Fixtures.complete().toBuilder()
                .processor(
                        Party.builder().id("processor").name("Acme Cloud GmbH").build())
                .build();
        assertThat(findings(imported(noAddress), "PARTY_PROCESSOR_ID"))
                .containsExactly("ERROR PARTY_PROCESSOR_ID.incomplete processor");
    }

    @Test
    void should_report_an_unnamed_controller_of_an_imported_agreement_as_not_recognised() {
        DataProcessingAgreement unnamed = Fixtures.controller(
                Fixtures.complete(),
                b -> Party.builder()
                        .id("controller")
                        .address(Fixtures.complete()
                                .getControllers()
                                .get(0)
                                .getAddress()
                                .orElseThrow()));
        assertThat(findings(imported(unnamed), "PARTY_CONTROLLER_ID"))
                .containsExactly("WARNING PARTY_CONTROLLER_ID.notRecognised controllers[0].name");
        assertThat(findings(unnamed, "PARTY_CONTROLLER_ID"))
                .containsExactly("ERROR PARTY_CONTROLLER_ID.incomplete controllers[0]");
    }

    @Test
    void should_give_an_info_where_an_imported_document_states_neither_its_form_nor_that_it_is_a_contract() {
        DataProcessingAgreement silent = Fixtures.complete().toBuilder()
                .form(Optional.empty())
                .instrument(Optional.empty())
                .build();

        assertThat(findings(imported(silent), "ART28_9_WRITTEN_FORM"))
                .containsExactly("INFO ART28_9_WRITTEN_FORM.notStated form");
        assertThat(findings(imported(silent), "ART28_3_BINDING_INSTRUMENT"))
                .containsExactly("INFO ART28_3_BINDING_INSTRUMENT.notStated instrument");
        // our own agreement must state both
        assertThat(findings(silent, "ART28_9_WRITTEN_FORM")).containsExactly("ERROR ART28_9_WRITTEN_FORM.missing form");
        assertThat(findings(silent, "ART28_3_BINDING_INSTRUMENT"))
                .containsExactly("ERROR ART28_3_BINDING_INSTRUMENT.missing instrument");
        // an imported document that states an oral form is still reported
        assertThat(findings(
                        imported(Fixtures.complete().toBuilder()
                                .form(dev.dpa4j.model.AgreementForm.ORAL)
                                .build()),
                        "ART28_9_WRITTEN_FORM"))
                .containsExactly("ERROR ART28_9_WRITTEN_FORM.oral form");
    }

    @Test
    void should_not_report_contacts_or_locations_of_an_imported_agreement_which_the_importer_does_not_read() {
        DataProcessingAgreement bare = Fixtures.processor(Fixtures.complete(), b -> b.contacts(List.of()));
        bare = bare.toBuilder()
                .processing(bare.getProcessing().orElseThrow().toBuilder()
                        .locations(List.of())
                        .build())
                .build();

        assertThat(findings(imported(bare), "PARTY_CONTACTS")).isEmpty();
        assertThat(findings(imported(bare), "PROCESSING_LOCATIONS")).isEmpty();
        // our own agreement is reported
        assertThat(findings(bare, "PARTY_CONTACTS"))
                .containsExactly("WARNING PARTY_CONTACTS.missing processor.contacts");
        assertThat(findings(bare, "PROCESSING_LOCATIONS"))
                .containsExactly("WARNING PROCESSING_LOCATIONS.missing processing.locations");
    }

    // ---- round 21: questions the draft asks that a vendor's document need not answer ------------------------------

    private static DataProcessingAgreement unflaggedCategories() {
        DataProcessingAgreement a = Fixtures.complete();
        var processing = a.getProcessing().orElseThrow();
        return a.toBuilder()
                .processing(processing.toBuilder()
                        .dataCategories(processing.getDataCategories().stream()
                                .map(dc -> dc.toBuilder()
                                        .specialCategory(Optional.empty())
                                        .criminalOffenceData(Optional.empty())
                                        .build())
                                .toList())
                        .build())
                .build();
    }

    @Test
    void should_give_an_info_where_an_imported_agreement_does_not_say_whether_art_9_or_10_data_are_processed() {
        assertThat(findings(imported(unflaggedCategories()), "ART9_FLAG_SET"))
                .containsExactly("INFO ART9_FLAG_SET.notStatedImported processing.dataCategories");
        assertThat(findings(imported(unflaggedCategories()), "ART10_FLAG_SET"))
                .containsExactly("INFO ART10_FLAG_SET.notStatedImported processing.dataCategories");
    }

    @Test
    void should_keep_the_warning_on_our_own_draft_that_leaves_art_9_and_10_open() {
        assertThat(findings(unflaggedCategories(), "ART9_FLAG_SET"))
                .containsExactly("WARNING ART9_FLAG_SET.notStated processing.dataCategories");
        assertThat(findings(unflaggedCategories(), "ART10_FLAG_SET"))
                .containsExactly("WARNING ART10_FLAG_SET.notStated processing.dataCategories");
    }

    private static DataProcessingAgreement untypedMeasures(boolean typedOne) {
        DataProcessingAgreement a = Fixtures.complete();
        var security = a.getSecurity().orElseThrow();
        List<dev.dpa4j.model.TechnicalOrganisationalMeasure> measures = new java.util.ArrayList<>();
        measures.add(dev.dpa4j.model.TechnicalOrganisationalMeasure.builder()
                .id("M-1")
                .description(LocalizedText.en("Badge readers at the doors of the server room"))
                .build());
        dev.dpa4j.model.TechnicalOrganisationalMeasure.Builder second =
                dev.dpa4j.model.TechnicalOrganisationalMeasure.builder()
                        .id("M-2")
                        .description(LocalizedText.en("Passwords of at least twelve characters"));
        if (typedOne) {
            second.category(dev.dpa4j.model.TomCategory.SYSTEM_ACCESS_CONTROL);
        }
        measures.add(second.build());
        return a.toBuilder()
                .security(security.toBuilder().measures(measures).build())
                .build();
    }

    @Test
    void should_say_the_protection_goals_were_not_checked_where_the_importer_typed_no_measure() {
        assertThat(findings(imported(untypedMeasures(false)), "ART32_1_B_CIA_RESILIENCE"))
                .singleElement()
                .asString()
                .startsWith("INFO ART32_1_B_CIA_RESILIENCE.notRecognised security.measures");
    }

    @Test
    void should_keep_the_warning_on_our_own_measures_and_on_an_import_whose_measures_are_typed() {
        assertThat(findings(untypedMeasures(false), "ART32_1_B_CIA_RESILIENCE"))
                .containsExactly("WARNING ART32_1_B_CIA_RESILIENCE.missing security.measures");
        assertThat(findings(imported(untypedMeasures(true)), "ART32_1_B_CIA_RESILIENCE"))
                .containsExactly("WARNING ART32_1_B_CIA_RESILIENCE.missing security.measures");
    }
}
