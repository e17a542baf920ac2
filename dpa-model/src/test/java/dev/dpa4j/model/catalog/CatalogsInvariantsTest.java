/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.DpaException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogsInvariantsTest {

    @org.junit.jupiter.api.Test
    void should_list_every_catalogue_once_and_find_it_by_id() {
        // given
        Catalogs c = Catalogs.standard();

        // when
        var ids = c.all().stream().map(catalog -> catalog.info().id()).toList();

        // then
        assertThat(ids)
                .containsExactlyElementsOf(catalogues()
                        .map(arguments -> (String) arguments.get()[0])
                        .toList());
        assertThat(c.find("adequacy-decisions")).containsSame(c.adequacyDecisions());
        assertThat(c.find("adequacy")).isEmpty();
    }

    static Stream<Arguments> catalogues() {
        Catalogs c = Catalogs.standard();
        return Stream.of(
                Arguments.of("countries", c.countries(), Country.class),
                Arguments.of("adequacy-decisions", c.adequacyDecisions(), AdequacyDecision.class),
                Arguments.of("transfer-mechanisms", c.transferMechanisms(), TransferMechanismEntry.class),
                Arguments.of("special-categories", c.specialCategories(), SpecialCategoryEntry.class),
                Arguments.of("processing-operations", c.processingOperations(), ProcessingOperationEntry.class),
                Arguments.of("tom-categories", c.tomCategories(), TomCategoryEntry.class),
                Arguments.of("protection-goals", c.protectionGoals(), ProtectionGoalEntry.class),
                Arguments.of("data-categories", c.dataCategories(), DataCategoryEntry.class),
                Arguments.of("data-subjects", c.dataSubjects(), DataSubjectEntry.class),
                Arguments.of("measures", c.measures(), MeasureEntry.class),
                Arguments.of("uk-adequacy-regulations", c.ukAdequacyRegulations(), AdequacyDecision.class),
                Arguments.of("swiss-adequacy", c.swissAdequacy(), AdequacyDecision.class));
    }

    private static Optional<String> dpvIri(CatalogEntry<?> entry) {
        if (entry instanceof TransferMechanismEntry e) {
            return e.dpvIri();
        } else if (entry instanceof SpecialCategoryEntry e) {
            return e.dpvIri();
        } else if (entry instanceof ProcessingOperationEntry e) {
            return e.dpvIri();
        } else if (entry instanceof DataCategoryEntry e) {
            return e.dpvIri();
        } else if (entry instanceof DataSubjectEntry e) {
            return e.dpvIri();
        } else if (entry instanceof MeasureEntry e) {
            return e.dpvIri();
        }
        return Optional.empty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogues")
    void should_carry_id_version_verification_date_and_sources(String id, Catalog<?, ?> catalog, Class<?> type) {
        // then
        assertThat(catalog.info().id()).isEqualTo(id);
        assertThat(catalog.version()).isNotBlank();
        assertThat(catalog.info().verifiedOn()).isNotNull();
        assertThat(catalog.info().sources())
                .isNotEmpty()
                .allSatisfy(source -> assertThat(source).isNotBlank());
        assertThat(catalog.size()).isPositive().isEqualTo(catalog.all().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogues")
    void should_give_every_entry_non_blank_german_and_english_labels(String id, Catalog<?, ?> catalog, Class<?> type) {
        // then
        assertThat(catalog.all()).allSatisfy(entry -> {
            assertThat(entry.labels().get("de")).get().asString().isNotBlank();
            assertThat(entry.labels().get("en")).get().asString().isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogues")
    void should_have_unique_codes_that_find_returns(String id, Catalog<?, ?> catalog, Class<?> type) {
        // then
        List<?> codes = catalog.all().stream().map(CatalogEntry::code).toList();
        assertThat(codes).doesNotHaveDuplicates();
        @SuppressWarnings("unchecked")
        Catalog<Object, CatalogEntry<Object>> raw = (Catalog<Object, CatalogEntry<Object>>) catalog;
        assertThat(raw.all())
                .allSatisfy(entry -> assertThat(raw.find(entry.code())).containsSame(entry));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogues")
    void should_use_only_iris_in_the_dpv_namespaces(String id, Catalog<?, ?> catalog, Class<?> type) {
        // then
        assertThat(catalog.all())
                .allSatisfy(entry -> dpvIri(entry)
                        .ifPresent(iri -> assertThat(iri).matches("https://w3id\\.org/dpv(/pd)?#[A-Z][A-Za-z0-9]+")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogues")
    void should_reject_the_shipped_file_when_an_unknown_property_is_added(
            String id, Catalog<?, ?> catalog, Class<?> type) throws IOException {
        // given
        String json;
        try (InputStream in =
                CatalogsInvariantsTest.class.getResourceAsStream(CatalogReader.RESOURCE_DIRECTORY + id + ".json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String tampered = json.replaceFirst("\"entries\": \\[\\s*\\{", "\"entries\": [{\"surprise\": 1, ");

        // then
        assertThat(tampered).isNotEqualTo(json);
        assertThat(CatalogReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), id, type)
                        .entries)
                .hasSize(catalog.size());
        assertThatThrownBy(() -> CatalogReader.read(
                        new ByteArrayInputStream(tampered.getBytes(StandardCharsets.UTF_8)), id, type))
                .isInstanceOf(DpaException.class)
                .hasMessageContaining("'/entries/0/surprise'");
    }
}
