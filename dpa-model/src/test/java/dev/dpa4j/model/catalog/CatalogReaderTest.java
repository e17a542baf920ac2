/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.DpaException;
import dev.dpa4j.model.TransferMechanismType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {

    private static final String INFO =
            "\"info\": {\"id\": \"countries\", \"version\": \"1\", \"verifiedOn\": \"2026-11-23\", \"sources\": [\"x\"]}";

    private static CatalogReader.Document<Country> readCountries(String json) {
        return CatalogReader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", Country.class);
    }

    private static String country(String body) {
        return "{" + INFO + ",\n\"entries\": [\n" + body + "\n]}";
    }

    @Test
    void should_read_a_minimal_country_entry_when_it_is_well_formed() {
        // when
        var document = readCountries(
                country("{\"code\": \"DE\", \"labels\": {\"de\": \"Deutschland\", \"en\": \"Germany\"}}"));

        // then
        assertThat(document.entries).hasSize(1);
        assertThat(document.entries.get(0).euMembership()).isEmpty();
        assertThat(document.info.sources()).containsExactly("x");
    }

    @Test
    void should_fail_with_pointer_and_line_when_an_entry_has_an_unknown_property() {
        // then
        assertThatThrownBy(() -> readCountries(
                        country("{\"code\": \"DE\", \"labels\": {\"de\": \"D\", \"en\": \"G\"}, \"colour\": \"red\"}")))
                .isInstanceOf(DpaException.class)
                .hasMessageContaining("test.json")
                .hasMessageContaining("'/entries/0/colour'")
                .hasMessageContaining("line 3");
    }

    @Test
    void should_fail_naming_the_property_when_a_required_value_is_missing() {
        // then
        assertThatThrownBy(() -> readCountries(country("{\"labels\": {\"de\": \"D\", \"en\": \"G\"}}")))
                .isInstanceOf(DpaException.class)
                .hasMessageContaining("'/entries/0'")
                .hasMessageContaining("missing required property 'code'");
    }

    @Test
    void should_fail_when_the_english_label_is_blank() {
        // then
        assertThatThrownBy(
                        () -> readCountries(country("{\"code\": \"DE\", \"labels\": {\"de\": \"D\", \"en\": \" \"}}")))
                .isInstanceOf(DpaException.class)
                .hasMessageContaining("non-blank text for language 'en'");
    }

    @Test
    void should_fail_when_a_country_code_is_not_assigned() {
        // then
        assertThatThrownBy(
                        () -> readCountries(country("{\"code\": \"XK\", \"labels\": {\"de\": \"D\", \"en\": \"G\"}}")))
                .isInstanceOf(DpaException.class)
                .hasMessageContaining("/entries/0/code")
                .hasMessageContaining("'XK' is not an assigned ISO 3166-1 alpha-2 country code");
    }

    @Test
    void should_fail_when_a_period_ends_before_it_starts() {
        // then
        assertThatThrownBy(() -> readCountries(country("{\"code\": \"DE\", \"labels\": {\"de\": \"D\", \"en\": \"G\"},"
                        + " \"eu\": [{\"from\": \"2020-01-01\", \"until\": \"2019-01-01\"}]}")))
                .isInstanceOf(DpaException.class)
                .hasMessageContaining("/entries/0/eu/0")
                .hasMessageContaining("before it starts");
    }

    @Test
    void should_fail_when_a_key_appears_twice_in_one_object() {
        // then
        assertThatThrownBy(() -> readCountries(
                        country("{\"code\": \"DE\", \"code\": \"AT\", \"labels\": {\"de\": \"D\", \"en\": \"G\"}}")))
                .isInstanceOf(DpaException.class)
                .hasMessageContaining("code");
    }

    @Test
    void should_fail_when_the_metadata_lacks_sources() {
        // then
        assertThatThrownBy(() -> readCountries("{\"info\": {\"id\": \"countries\", \"version\": \"1\","
                        + " \"verifiedOn\": \"2026-11-23\", \"sources\": []}, \"entries\": []}"))
                .isInstanceOf(DpaException.class)
                .hasMessageContaining("'/info'")
                .hasMessageContaining("at least one source");
    }

    @Test
    void should_fail_when_an_enum_constant_is_unknown() {
        // given
        String json = "{" + INFO.replace("countries", "transfer-mechanisms") + ", \"entries\": [{\"code\": \"MAGIC\","
                + " \"labels\": {\"de\": \"D\", \"en\": \"E\"}, \"legalBasis\": {\"de\": \"D\", \"en\": \"E\"},"
                + " \"validity\": {}}]}";

        // then
        assertThatThrownBy(() -> CatalogReader.read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                        "t.json",
                        TransferMechanismEntry.class))
                .isInstanceOf(DpaException.class)
                .hasMessageContaining("/entries/0/code")
                .hasMessageContaining("MAGIC");
    }

    @Test
    void should_reject_an_iri_outside_the_dpv_namespace() {
        // then
        assertThatThrownBy(() -> Checks.dpvIri("https://example.org/dpv#Collect", "dpvIri"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://w3id.org/dpv");
        assertThat(Checks.dpvIri("", "dpvIri")).isEmpty();
        assertThat(Checks.dpvIri("https://w3id.org/dpv#Collect", "dpvIri")).contains("https://w3id.org/dpv#Collect");
    }

    @Test
    void should_reject_a_catalogue_when_an_enum_constant_lacks_an_entry() {
        // then
        assertThatThrownBy(() -> CatalogReader.requireComplete(
                        "transfer-mechanisms", TransferMechanismType.class, java.util.List.of(), Set.of()))
                .isInstanceOf(DpaException.class)
                .hasMessageContaining("lacks entries for ADEQUACY_DECISION");
    }

    @Test
    void should_reject_a_catalogue_when_a_code_appears_twice() {
        // given
        var document = readCountries(country("{\"code\": \"DE\", \"labels\": {\"de\": \"D\", \"en\": \"G\"}},"
                + "{\"code\": \"DE\", \"labels\": {\"de\": \"D\", \"en\": \"G\"}}"));

        // then
        assertThatThrownBy(() -> new CountryCatalog(document.info, document.entries))
                .isInstanceOf(DpaException.class)
                .hasMessageContaining("has the code 'DE' twice");
    }
}
