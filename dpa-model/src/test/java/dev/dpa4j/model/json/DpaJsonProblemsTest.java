/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static dev.dpa4j.model.json.DpaJsonStrictReadingTest.doc;
import static dev.dpa4j.model.json.DpaJsonStrictReadingTest.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.dpa4j.model.DpaException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DpaJsonProblemsTest {

    @Test
    void should_report_every_problem_when_document_has_several() {
        // given
        String json = doc(
                "{",
                "  \"schemaVersion\": \"1.0\",",
                "  \"titel\": {\"de\": \"AVV\"},",
                "  \"status\": \"FINAL\",",
                "  \"processor\": {\"address\": {\"country\": \"XX\"}},",
                "  \"subprocessing\": {",
                "    \"subprocessors\": [{\"country\": \"DE\"}, {\"name\": \"B\", \"since\": \"2025-13-01\"}]",
                "  },",
                "  \"title\": {\"en\": null}",
                "}");

        // when
        List<JsonProblem> problems = problems(json);

        // then
        assertThat(problems)
                .extracting(JsonProblem::pointer, JsonProblem::line, JsonProblem::column)
                .containsExactly(
                        tuple("/titel", 3, 3),
                        tuple("/status", 4, 13),
                        tuple("/processor/address/country", 5, 40),
                        tuple("/subprocessing/subprocessors/0", 7, 23),
                        tuple("/subprocessing/subprocessors/1/since", 7, 65),
                        tuple("/title/en", 9, 19),
                        tuple("", 1, 1));
        assertThat(problems.get(6).expected()).isEqualTo("a value for 'id'");
    }

    @Test
    void should_name_the_element_when_a_language_is_not_a_lower_case_tag() {
        // given
        String json =
                doc("{", "  \"schemaVersion\": \"1.0\",", "  \"id\": \"a\",", "  \"languages\": [\"de\", \"EN\"]", "}");

        // when
        List<JsonProblem> problems = problems(json);

        // then
        assertThat(problems)
                .extracting(JsonProblem::pointer, JsonProblem::line, JsonProblem::column)
                .containsExactly(tuple("/languages/1", 4, 23));
        assertThat(problems.get(0).expected()).isEqualTo("an IETF language tag in lower case, such as de, en or de-AT");
    }

    @Test
    void should_name_the_translation_when_a_text_is_empty() {
        // given
        String json = doc(
                "{",
                "  \"schemaVersion\": \"1.0\",",
                "  \"id\": \"a\",",
                "  \"title\": {\"de\": \"AVV\", \"en\": \"\"}",
                "}");

        // when
        List<JsonProblem> problems = problems(json);

        // then
        assertThat(problems)
                .extracting(JsonProblem::pointer, JsonProblem::line, JsonProblem::column, JsonProblem::expected)
                .containsExactly(tuple("/title/en", 4, 32, "a text that is not empty"));
    }

    @Test
    void should_list_one_problem_per_line_when_message_is_read() {
        // given
        String json = doc("{", "  \"schemaVersion\": \"1.0\",", "  \"id\": \"\",", "  \"status\": \"FINAL\"", "}");

        // when
        DpaJsonException e = catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(json));

        // then
        assertThat(e).isInstanceOf(DpaException.class);
        assertThat(e.getMessage().split("\n"))
                .containsExactly(
                        "The JSON document is not a valid dpa4j agreement (2 problems):",
                        "  line 3, column 9 at /id: The value '' is not a text that is not blank;"
                                + " expected: a text that is not blank",
                        "  line 4, column 13 at /status: The string 'FINAL' is not a known value here;"
                                + " expected: one of TEMPLATE, DRAFT, EXECUTED, IMPORTED");
    }

    @Test
    void should_cap_the_list_when_document_has_thousands_of_problems() {
        // given
        StringBuilder json = new StringBuilder("{\"schemaVersion\": \"1.0\", \"id\": \"x\"");
        for (int i = 0; i < 5_000; i++) {
            json.append(", \"unknown").append(i).append("\": 1");
        }
        json.append('}');

        // when
        List<JsonProblem> problems = problems(json.toString());

        // then
        assertThat(problems).hasSize(Problems.MAX_PROBLEMS + 1);
        assertThat(problems.get(Problems.MAX_PROBLEMS).message())
                .isEqualTo("Another " + (5_000 - Problems.MAX_PROBLEMS) + " problems were found but are not listed");
    }

    @Test
    void should_reject_construction_when_problem_has_no_location() {
        // given
        String pointer = "/id";

        // when / then
        assertThatThrownBy(() -> new JsonProblem(pointer, 0, 1, "m", "e"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 1");
        assertThatThrownBy(() -> new DpaJsonException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
