/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per class of bad input; each names the pointer, line, column and expectation. */
class DpaJsonStrictReadingTest {

    static String doc(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static List<JsonProblem> problems(String json) {
        DpaJsonException e = catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(json));
        assertThat(e).as("reading should fail:%n%s", json).isNotNull();
        assertThat(e.getMessage()).contains(e.getProblems().get(0).toString());
        return e.getProblems();
    }

    static JsonProblem onlyProblem(String json) {
        List<JsonProblem> problems = problems(json);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void should_report_property_name_location_when_property_is_unknown() {
        // given
        String json = doc(
                "{", //
                "  \"schemaVersion\": \"1.0\",",
                "  \"id\": \"dpa-1\",",
                "  \"titel\": {\"de\": \"AVV\"}",
                "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/titel");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(3);
        assertThat(problem.message()).contains("Unknown property 'titel'").contains("did you mean 'title'?");
        assertThat(problem.expected()).startsWith("one of the properties ").contains("title", "processor");
    }

    @Test
    void should_report_nested_pointer_when_unknown_property_is_deep() {
        // given
        String json = doc(
                "{",
                "  \"schemaVersion\": \"1.0\",",
                "  \"id\": \"dpa-1\",",
                "  \"subprocessing\": {",
                "    \"subprocessors\": [",
                "      {\"name\": \"A\"},",
                "      {\"name\": \"B\", \"land\": \"DE\"}",
                "    ]",
                "  }",
                "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/subprocessing/subprocessors/1/land");
        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.column()).isEqualTo(21);
        assertThat(problem.expected()).contains("country", "locations");
    }

    @Test
    void should_report_value_location_when_type_is_wrong() {
        // given
        String json =
                doc("{", "  \"schemaVersion\": \"1.0\",", "  \"id\": \"dpa-1\",", "  \"dockingClause\": \"yes\"", "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/dockingClause");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(20);
        assertThat(problem.message()).contains("'yes'");
        assertThat(problem.expected()).isEqualTo("true or false");
    }

    @Test
    void should_report_object_location_when_required_value_is_missing() {
        // given
        String json = doc("{", "  \"schemaVersion\": \"1.0\",", "  \"title\": {\"en\": \"DPA\"}", "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEmpty();
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.message()).contains("'id'").contains("missing");
        assertThat(problem.expected()).isEqualTo("a value for 'id'");
    }

    @Test
    void should_report_subprocessor_when_its_name_is_missing() {
        // given
        String json = doc(
                "{",
                "  \"schemaVersion\": \"1.0\",",
                "  \"id\": \"dpa-1\",",
                "  \"subprocessing\": {\"subprocessors\": [{\"country\": \"DE\"}]}",
                "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/subprocessing/subprocessors/0");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(39);
        assertThat(problem.expected()).isEqualTo("a value for 'name'");
    }

    @Test
    void should_list_allowed_constants_when_enum_constant_is_unknown() {
        // given
        String json = doc("{", "  \"schemaVersion\": \"1.0\",", "  \"id\": \"dpa-1\",", "  \"status\": \"FINAL\"", "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/status");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(13);
        assertThat(problem.message()).contains("'FINAL'");
        assertThat(problem.expected()).isEqualTo("one of TEMPLATE, DRAFT, EXECUTED, IMPORTED");
    }

    @Test
    void should_reject_number_when_enum_constant_is_given_as_index() {
        // given
        String json = doc("{", "  \"schemaVersion\": \"1.0\",", "  \"id\": \"dpa-1\",", "  \"status\": 1", "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/status");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(13);
        assertThat(problem.expected()).isEqualTo("a string, one of TEMPLATE, DRAFT, EXECUTED, IMPORTED");
    }

    @Test
    void should_name_iso_3166_when_country_code_is_invalid() {
        // given
        String json = doc(
                "{",
                "  \"schemaVersion\": \"1.0\",",
                "  \"id\": \"dpa-1\",",
                "  \"processor\": {\"address\": {\"country\": \"UK\"}}",
                "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/processor/address/country");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(40);
        assertThat(problem.message()).contains("'UK'");
        assertThat(problem.expected()).startsWith("an ISO 3166-1 alpha-2 country code");
    }

    @Test
    void should_report_name_location_when_language_tag_is_invalid() {
        // given
        String json = doc(
                "{", "  \"schemaVersion\": \"1.0\",", "  \"id\": \"dpa-1\",", "  \"title\": {\"DE\": \"AVV\"}", "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/title/DE");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(13);
        assertThat(problem.expected()).isEqualTo("an IETF language tag in lower case, such as de, en or de-AT");
    }

    @Test
    void should_reject_null_when_value_is_expected() {
        // given
        String json = doc("{", "  \"schemaVersion\": \"1.0\",", "  \"id\": \"dpa-1\",", "  \"title\": null", "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/title");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(12);
        assertThat(problem.message()).startsWith("The value null is not allowed");
        assertThat(problem.expected()).isEqualTo("an object of type LocalizedText (localised text)");
    }

    @Test
    void should_reject_null_when_list_element_is_null() {
        // given
        String json = doc(
                "{", "  \"schemaVersion\": \"1.0\",", "  \"id\": \"dpa-1\",", "  \"languages\": [\"de\", null]", "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/languages/1");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(23);
        assertThat(problem.expected()).isEqualTo("a string");
    }

    @Test
    void should_report_blank_name_when_model_requires_non_blank() {
        // given
        String json = doc(
                "{",
                "  \"schemaVersion\": \"1.0\",",
                "  \"id\": \"dpa-1\",",
                "  \"subprocessing\": {\"subprocessors\": [{\"name\": \"  \"}]}",
                "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/subprocessing/subprocessors/0/name");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(48);
        assertThat(problem.expected()).isEqualTo("a text that is not blank");
    }

    @Test
    void should_report_location_when_it_has_neither_country_region_nor_description() {
        // given
        String json = doc(
                "{",
                "  \"schemaVersion\": \"1.0\",",
                "  \"id\": \"dpa-1\",",
                "  \"processing\": {\"locations\": [{\"kind\": \"BACKUP\"}]}",
                "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/processing/locations/0");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(32);
        assertThat(problem.expected()).isEqualTo("at least one of 'country', 'region', 'description'");
    }

    @Test
    void should_report_negative_and_oversized_amounts_when_periods_are_out_of_range() {
        // given
        String json = doc(
                "{",
                "  \"schemaVersion\": \"1.0\",",
                "  \"id\": \"dpa-1\",",
                "  \"breachNotification\": {\"deadline\": {\"period\": {\"amount\": -1, \"unit\": \"HOURS\"}}},",
                "  \"assistance\": {\"forwardingDeadline\": {\"period\": {\"amount\": 3000000000, \"unit\": \"HOURS\"}}}",
                "}");

        // when
        List<JsonProblem> problems = problems(json);

        // then
        assertThat(problems)
                .extracting(JsonProblem::pointer, JsonProblem::line, JsonProblem::column, JsonProblem::expected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "/breachNotification/deadline/period/amount", 4, 60, "a number of at least 0"),
                        org.assertj.core.groups.Tuple.tuple(
                                "/assistance/forwardingDeadline/period/amount",
                                5,
                                62,
                                "a number of at most 2147483647"));
    }

    @Test
    void should_reject_fraction_when_whole_number_is_expected() {
        // given
        String json = doc(
                "{",
                "  \"schemaVersion\": \"1.0\",",
                "  \"id\": \"dpa-1\",",
                "  \"breachNotification\": {\"deadline\": {\"period\": {\"amount\": 1.5, \"unit\": \"HOURS\"}}}",
                "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/breachNotification/deadline/period/amount");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(60);
        assertThat(problem.expected()).isEqualTo("a whole number");
    }

    @Test
    void should_report_model_rule_when_ids_are_duplicated() {
        // given
        String json = doc(
                "{",
                "  \"schemaVersion\": \"1.0\",",
                "  \"id\": \"dpa-1\",",
                "  \"controllers\": [{\"id\": \"c\", \"name\": \"A\"}, {\"id\": \"c\", \"name\": \"B\"}]",
                "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEmpty();
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.message()).contains("'controllers'").contains("'c'").contains("more than once");
        assertThat(problem.expected()).isEqualTo("a value the model accepts");
    }

    @Test
    void should_report_invalid_date_when_day_does_not_exist() {
        // given
        String json = doc(
                "{",
                "  \"schemaVersion\": \"1.0\",",
                "  \"id\": \"dpa-1\",",
                "  \"effectiveDate\": \"2025-02-29\"",
                "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/effectiveDate");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(20);
        assertThat(problem.expected()).isEqualTo("a date written as YYYY-MM-DD, for example 2025-05-01");
    }

    @Test
    void should_require_schema_version_when_it_is_missing() {
        // given
        String json = doc("{", "  \"id\": \"dpa-1\"", "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEmpty();
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.expected()).isEqualTo("a value for 'schemaVersion'");
    }

    @Test
    void should_name_supported_version_when_schema_version_is_unsupported() {
        // given
        String json = doc("{", "  \"schemaVersion\": \"2.0\",", "  \"id\": \"dpa-1\"", "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/schemaVersion");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(20);
        assertThat(problem.message()).contains("'2.0'").contains("not supported");
        assertThat(problem.expected()).isEqualTo("\"1.0\"");
    }

    @Test
    void should_report_syntax_error_location_when_json_is_malformed() {
        // given
        String json =
                doc("{", "  \"schemaVersion\": \"1.0\",", "  \"id\": \"dpa-1\",,", "  \"title\": {\"en\": \"x\"}", "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/id");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(17);
        assertThat(problem.message()).startsWith("Malformed JSON (the parser reports: ");
        assertThat(problem.expected()).isEqualTo("well-formed JSON (RFC 8259)");
    }

    @Test
    void should_report_pointer_of_open_value_when_document_ends_early() {
        // given
        String json = "{\n  \"schemaVersion\": \"1.0\",\n  \"title\": {\"en\": \"x\"";

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/title/en");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.expected()).isEqualTo("well-formed JSON (RFC 8259)");
        assertThat(problem.message())
                .startsWith("Malformed JSON (the parser reports: ")
                .contains("expected close marker for Object")
                .doesNotContain("[Source:")
                .doesNotContain("REDACTED");
    }

    @Test
    void should_report_trailing_content_when_document_continues_after_agreement() {
        // given
        String json = doc("{\"schemaVersion\": \"1.0\", \"id\": \"dpa-1\"}", "  {\"id\": \"dpa-2\"}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEmpty();
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(3);
        assertThat(problem.expected()).isEqualTo("nothing but white space after the closing brace");
    }

    @Test
    void should_report_trailing_garbage_when_it_is_not_json() {
        // given
        String json = "{\"schemaVersion\": \"1.0\", \"id\": \"dpa-1\"} trailing";

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEmpty();
        assertThat(problem.expected()).isEqualTo("nothing but white space after the closing brace");
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(41);
        assertThat(problem.message()).contains("content after the end");
    }

    @Test
    void should_report_duplicate_when_property_occurs_twice() {
        // given
        String json = doc("{", "  \"schemaVersion\": \"1.0\",", "  \"id\": \"dpa-1\",", "  \"id\": \"dpa-2\"", "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/id");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(3);
        assertThat(problem.expected()).isEqualTo("each property at most once");
    }

    @Test
    void should_report_duplicate_when_set_holds_a_value_twice() {
        // given
        String json = doc(
                "{",
                "  \"schemaVersion\": \"1.0\",",
                "  \"id\": \"dpa-1\",",
                "  \"assistance\": {\"articles\": [\"ART_32\", \"ART_32\"]}",
                "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/assistance/articles/1");
        assertThat(problem.column()).isEqualTo(41);
        assertThat(problem.expected()).isEqualTo("each value at most once");
    }

    @Test
    void should_require_object_when_document_is_an_array() {
        // given
        String json = "[]";

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEmpty();
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.expected()).startsWith("an object");
    }

    @Test
    void should_report_empty_document_when_there_is_no_content() {
        // given
        String json = "  \n ";

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEmpty();
        assertThat(problem.message()).isEqualTo("The document is empty");
        assertThat(problem.expected()).isEqualTo("a JSON object holding an agreement");
    }

    @Test
    void should_escape_pointer_tokens_when_property_names_contain_slash_and_tilde() {
        // given
        String json = doc("{", "  \"schemaVersion\": \"1.0\",", "  \"id\": \"dpa-1\",", "  \"a/b~c\": 1", "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.pointer()).isEqualTo("/a~1b~0c");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(3);
    }

    @Test
    void should_make_control_characters_visible_when_value_is_reported() {
        // given
        String json = doc(
                "{",
                "  \"schemaVersion\": \"1.0\",",
                "  \"id\": \"dpa-1\",",
                "  \"status\": \"DRAFT\\u0000\\u202E\"",
                "}");

        // when
        JsonProblem problem = onlyProblem(json);

        // then
        assertThat(problem.message()).contains("DRAFT\\u0000\\u202E").doesNotContain("\u0000");
    }
}
