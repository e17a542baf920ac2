/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile documents end in a clear problem instead of exhausting the stack or the heap. */
class DpaJsonLimitsTest {

    private static JsonProblem problem(String json) {
        DpaJsonException e = catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(json));
        assertThat(e).isNotNull();
        assertThat(e.getProblems()).hasSize(1);
        return e.getProblems().get(0);
    }

    private static JsonProblem problemFromStream(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        DpaJsonException e =
                catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(new ByteArrayInputStream(bytes)));
        assertThat(e).isNotNull();
        assertThat(e.getProblems()).hasSize(1);
        return e.getProblems().get(0);
    }

    @Test
    void should_stop_at_depth_limit_when_arrays_are_nested_ten_thousand_deep() {
        // given
        String json = "[".repeat(10_000) + "]".repeat(10_000);

        // when
        JsonProblem problem = problem(json);

        // then
        assertThat(problem.message())
                .startsWith("The document exceeds a safety limit")
                .contains("nesting depth");
        assertThat(problem.line()).isEqualTo(1);
        // a limit problem is located where reading stopped: just after the 101st bracket
        assertThat(problem.column()).isEqualTo(DpaJson.MAX_NESTING_DEPTH + 2);
        assertThat(problem.pointer()).startsWith("/0/0/0");
        assertThat(problem.expected()).contains("nesting depth 100");
    }

    @Test
    void should_stop_at_depth_limit_when_objects_are_nested_deep_inside_an_agreement() {
        // given
        String json = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"placeholders\": " + "{\"a\": ".repeat(5_000) + "1"
                + "}".repeat(5_000) + "}";

        // when
        JsonProblem problem = problem(json);

        // then
        assertThat(problem.message()).contains("nesting depth");
        assertThat(problem.pointer()).startsWith("/placeholders/a/a");
    }

    @Test
    void should_reject_text_when_document_is_twenty_megabytes() {
        // given
        String name = "x".repeat(10_000);
        StringBuilder json = new StringBuilder("{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"controllers\": [");
        for (int i = 0; i < 2_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\": \"").append(name).append("\"}");
        }
        json.append("]}");

        // when
        JsonProblem problem = problem(json.toString());

        // then
        assertThat(json.length()).isGreaterThan(20_000_000);
        assertThat(problem.message())
                .startsWith("The document exceeds a safety limit")
                .contains("10485760");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void should_stop_reading_stream_when_document_is_twenty_megabytes() {
        // given
        String name = "x".repeat(10_000);
        StringBuilder json = new StringBuilder("{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"controllers\": [");
        for (int i = 0; i < 2_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\": \"").append(name).append("\"}");
        }
        json.append("]}");

        // when
        JsonProblem problem = problemFromStream(json.toString());

        // then
        assertThat(problem.message()).contains("Document length").contains("10485760");
        assertThat(problem.pointer()).startsWith("/controllers/");
        assertThat(problem.column()).isGreaterThan(10_000_000);
    }

    @Test
    void should_reject_string_when_it_exceeds_a_million_characters() {
        // given
        String json = "{\"schemaVersion\": \"1.0\", \"id\": \"" + "x".repeat(1_000_001) + "\"}";

        // when
        JsonProblem problem = problemFromStream(json);

        // then
        assertThat(problem.message()).contains("String value length");
        assertThat(problem.pointer()).isEqualTo("/id");
    }

    @Test
    void should_reject_number_when_it_has_two_hundred_digits() {
        // given
        String json = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"assistance\": {\"fee\": {\"amount\": "
                + "9".repeat(200) + ", \"currency\": \"EUR\"}}}";

        // when
        JsonProblem problem = problem(json);

        // then
        assertThat(problem.message()).contains("Number value length");
        assertThat(problem.pointer()).isEqualTo("/assistance/fee/amount");
    }

    @Test
    void should_reject_property_name_when_it_is_very_long() {
        // given
        String json = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"" + "n".repeat(5_000) + "\": 1}";

        // when
        JsonProblem problem = problemFromStream(json);

        // then
        assertThat(problem.message()).contains("Name length");
    }

    @Test
    void should_reject_document_when_it_has_more_than_a_million_tokens() {
        // given
        String json = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"languages\": [" + "1,".repeat(1_000_000) + "1]}";

        // when
        JsonProblem problem = problem(json);

        // then
        assertThat(problem.message()).contains("Token count");
        assertThat(problem.pointer()).startsWith("/languages/");
    }
}
