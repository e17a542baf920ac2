/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dpa4j.model.DpaException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CatalogBinder} (issue #14: the catalogues read without databind) gives what databind gave through the
 * entry types' {@code @JsonCreator} constructors ({@link DatabindCatalogReader}, the reader before the change): the
 * same contents for every catalogue file, and an error at the same JSON pointer for malformed ones.
 */
class CatalogBinderTest {

    static Stream<Arguments> catalogues() {
        return Stream.of(
                Arguments.of("adequacy-decisions", AdequacyDecision.class),
                Arguments.of("uk-adequacy-regulations", AdequacyDecision.class),
                Arguments.of("swiss-adequacy", AdequacyDecision.class),
                Arguments.of("transfer-mechanisms", TransferMechanismEntry.class),
                Arguments.of("countries", Country.class),
                Arguments.of("special-categories", SpecialCategoryEntry.class),
                Arguments.of("processing-operations", ProcessingOperationEntry.class),
                Arguments.of("tom-categories", TomCategoryEntry.class),
                Arguments.of("protection-goals", ProtectionGoalEntry.class),
                Arguments.of("data-categories", DataCategoryEntry.class),
                Arguments.of("data-subjects", DataSubjectEntry.class),
                Arguments.of("measures", MeasureEntry.class));
    }

    private static InputStream resource(String id) {
        InputStream in = CatalogBinderTest.class.getResourceAsStream(CatalogReader.RESOURCE_DIRECTORY + id + ".json");
        assertThat(in).as(id).isNotNull();
        return in;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogues")
    void should_bind_what_databind_bound_when_reading_a_catalogue(String id, Class<?> entryType) throws IOException {
        // given
        CatalogReader.Document<?> expected;
        try (InputStream in = resource(id)) {
            expected = DatabindCatalogReader.read(in, id, entryType);
        }

        // when
        CatalogReader.Document<?> actual = CatalogReader.readResource(id, entryType);

        // then
        assertThat(actual.entries).isNotEmpty().hasSameSizeAs(expected.entries);
        assertThat(actual.info).usingRecursiveComparison().isEqualTo(expected.info);
        assertThat(actual.entries).usingRecursiveComparison().isEqualTo(expected.entries);
    }

    private static final String INFO =
            "\"info\": {\"id\": \"t\", \"version\": \"1\", \"verifiedOn\": \"2026-01-01\", \"sources\": [\"x\"]}";

    static Stream<Arguments> malformed() {
        return Stream.of(
                // databind names the object here (it buffers the creator's properties); the binder names the property
                // itself, as databind does when the unknown property comes first (CatalogReaderTest)
                Arguments.of(
                        "unknown property",
                        "{" + INFO + ", \"entries\": [{\"code\": \"DE\", \"colour\": 1}]}",
                        "/entries/0/colour"),
                Arguments.of("unknown top-level property", "{" + INFO + ", \"entries\": [], \"more\": 1}", ""),
                Arguments.of("number for a string", "{" + INFO + ", \"entries\": [{\"code\": 7}]}", ""),
                Arguments.of(
                        "string for a list", "{" + INFO + ", \"entries\": [{\"code\": \"DE\", \"eu\": \"x\"}]}", ""),
                Arguments.of("unassigned country", "{" + INFO + ", \"entries\": [{\"code\": \"XK\"}]}", ""),
                Arguments.of(
                        "malformed date",
                        "{" + INFO + ", \"entries\": [{\"code\": \"DE\", \"labels\": {\"en\":"
                                + " \"Germany\", \"de\": \"Deutschland\"}, \"eu\": [{\"from\": \"1958-13-01\"}]}]}",
                        ""),
                Arguments.of(
                        "period ending before it starts",
                        "{" + INFO + ", \"entries\": [{\"code\": \"DE\","
                                + " \"labels\": {\"en\": \"Germany\", \"de\": \"Deutschland\"}, \"eu\": [{\"from\":"
                                + " \"2000-01-01\", \"until\": \"1999-01-01\"}]}]}",
                        ""),
                Arguments.of("missing code", "{" + INFO + ", \"entries\": [{\"labels\": \"x\"}]}", ""),
                Arguments.of("missing info", "{\"entries\": []}", ""),
                Arguments.of(
                        "info without sources",
                        "{\"info\": {\"id\": \"t\", \"version\": \"1\", \"verifiedOn\":"
                                + " \"2026-01-01\", \"sources\": []}, \"entries\": []}",
                        ""),
                Arguments.of(
                        "duplicate key", "{" + INFO + ", \"entries\": [{\"code\": \"DE\", \"code\": \"AT\"}]}", ""),
                Arguments.of("null entry", "{" + INFO + ", \"entries\": [null]}", ""),
                Arguments.of("array for the document", "[]", ""),
                Arguments.of("truncated", "{" + INFO + ", \"entries\": [{\"code\": \"DE\"", ""));
    }

    private static String pointer(DpaException e) {
        Matcher m = java.util.regex.Pattern.compile("JSON pointer '([^']*)'").matcher(e.getMessage());
        assertThat(m.find()).as(e.getMessage()).isTrue();
        return m.group(1);
    }

    private static InputStream utf8(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void should_fail_at_the_pointer_databind_named_when_a_catalogue_is_malformed(
            String what, String json, String morePrecise) {
        // when
        DpaException databind = catchThrowableOfType(
                DpaException.class, () -> DatabindCatalogReader.read(utf8(json), "test.json", Country.class));
        DpaException binder = catchThrowableOfType(
                DpaException.class, () -> CatalogReader.read(utf8(json), "test.json", Country.class));

        // then
        assertThat(databind).as("databind on %s", what).isNotNull();
        assertThat(binder).as("binder on %s", what).isNotNull();
        assertThat(binder.getMessage()).startsWith("The reference catalogue test.json is malformed at JSON pointer");
        assertThat(pointer(binder)).as(what).isEqualTo(morePrecise.isEmpty() ? pointer(databind) : morePrecise);
        assertThat(pointer(binder)).as(what).startsWith(pointer(databind));
    }

    @Test
    void should_read_an_entry_when_its_optional_values_are_null() {
        // given
        String json = "{" + INFO + ", \"entries\": [{\"code\": \"DE\", \"labels\": {\"en\": \"Germany\", \"de\":"
                + " \"Deutschland\"}, \"partOf\": null, \"eu\": null, \"note\": null}]}";

        // when
        CatalogReader.Document<Country> document = CatalogReader.read(utf8(json), "test.json", Country.class);

        // then
        assertThat(document.entries)
                .usingRecursiveComparison()
                .isEqualTo(DatabindCatalogReader.read(utf8(json), "test.json", Country.class).entries);
    }

    @Test
    void should_refuse_a_type_that_is_no_catalogue_entry() {
        assertThat(CatalogBinder.binds(Country.class)).isTrue();
        assertThat(CatalogBinder.binds(String.class)).isFalse();
        assertThatThrownBy(() -> CatalogReader.read(utf8("{}"), "test.json", String.class))
                .isInstanceOf(DpaException.class)
                .hasMessageContaining("no catalogue entry type: java.lang.String");
    }
}
