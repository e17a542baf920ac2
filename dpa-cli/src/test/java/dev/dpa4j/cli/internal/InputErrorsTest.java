/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Every class of bad input gives exit code 2 and one line on stderr naming the file and the problem. */
class InputErrorsTest {

    @TempDir
    Path dir;

    @Test
    void should_name_the_file_when_it_does_not_exist() {
        // given
        Path missing = dir.resolve("missing.json");

        // when
        CliRun run = CliRun.run("validate", missing.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(missing + ": file not found\n");
    }

    @Test
    void should_answer_in_german_when_lang_is_de() {
        // given
        Path missing = dir.resolve("fehlt.json");

        // when
        CliRun run = CliRun.run("validate", "--lang", "de", missing.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(missing + ": Datei nicht gefunden\n");
    }

    @Test
    void should_reject_a_directory_where_one_file_is_expected() {
        // when
        CliRun run = CliRun.run("render", "--format", "md", dir.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(dir + ": is a directory, not an agreement file\n");
    }

    @Test
    void should_reject_a_directory_without_agreements_when_validating() {
        // when
        CliRun run = CliRun.run("validate", dir.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(dir + ": contains no .json file\n");
    }

    @Test
    void should_give_pointer_line_and_column_when_a_property_is_unknown() throws Exception {
        // given
        Path file = write("unknown.json", "{\n  \"id\": \"x\",\n  \"processor\": {\n    \"nmae\": \"Acme\"\n  }\n}\n");

        // when
        CliRun run = CliRun.run("validate", file.toString());

        // then: every problem, each with pointer, line, column and what was expected
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly(
                        file + ": invalid agreement, 2 problems:",
                        "  /processor/nmae (line 4, column 5): Unknown property 'nmae'; did you mean 'name'?;"
                                + " expected: one of the properties accessionDate, address, attributes,"
                                + " certifications, contacts, dataProtectionOfficer, description, designations,"
                                + " euRepresentative, id, includesAffiliates, legalForm, name, placeholder, registration, representatives, tradeNames",
                        "  / (line 1, column 1): The required property 'schemaVersion' is missing;"
                                + " expected: a value for 'schemaVersion'",
                        "");
        assertThat(run.err()).doesNotContain("\tat ", "fix this one first");
    }

    @Test
    void should_list_the_first_50_problems_and_count_the_rest() throws Exception {
        // given: 60 unknown properties
        StringBuilder json = new StringBuilder("{\"schemaVersion\": \"1.0\", \"id\": \"x\"");
        for (int i = 0; i < 60; i++) {
            json.append(",\n\"unknown").append(i).append("\": 1");
        }
        Path file = write("many.json", json.append("}\n").toString());

        // when
        CliRun run = CliRun.run("validate", file.toString());
        CliRun asJson = CliRun.run("validate", "--format", "json", file.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1 + 50 + 1 + 1);
        assertThat(run.errLines()[0]).isEqualTo(file + ": invalid agreement, 60 problems:");
        assertThat(run.errLines()[1]).startsWith("  /unknown0 (line 2, column 1): Unknown property 'unknown0'");
        assertThat(run.errLines()[51]).isEqualTo("  and 10 more problems");
        JsonNode error =
                JsonOut.mapper().readTree(asJson.out()).get("results").get(0).get("error");
        assertThat(error.get("problemCount").asInt()).isEqualTo(60);
        assertThat(error.get("problems")).hasSize(50);
        assertThat(error.get("problems").get(49).get("pointer").asString()).isEqualTo("/unknown49");
    }

    @Test
    void should_give_line_and_column_when_the_json_is_malformed() throws Exception {
        // given
        Path file = write("broken.json", "{\n  \"id\": \"x\",\n  \"version\" \"1\"\n}\n");

        // when
        CliRun run = CliRun.run("validate", file.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.err()).startsWith(file + ": invalid agreement at ").contains("(line 3, column ");
    }

    @Test
    void should_reject_text_that_is_not_utf8() throws Exception {
        // given
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\"id\": \"Gr\u00fc\u00dfe\"}".getBytes(StandardCharsets.ISO_8859_1));

        // when
        CliRun run = CliRun.run("validate", file.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(file + ": not UTF-8 text\n");
    }

    @Test
    void should_report_the_error_in_the_json_output_when_format_is_json() throws Exception {
        // given
        Path file = write("unknown.json", "{\n  \"id\": \"x\",\n  \"colour\": 1\n}\n");

        // when
        CliRun run = CliRun.run("validate", "--format", "json", file.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode result = JsonOut.mapper().readTree(run.out()).get("results").get(0);
        assertThat(result.get("file").asString()).isEqualTo(file.toString());
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.has("findings")).isFalse();
        JsonNode error = result.get("error");
        assertThat(error.get("pointer").asString()).isEqualTo("/colour");
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("column").asInt()).isPositive();
        assertThat(error.get("message").asString()).contains("colour");
        assertThat(error.get("problemCount").asInt()).isEqualTo(2);
        assertThat(error.get("problems").get(0).propertyNames())
                .containsExactly("pointer", "line", "column", "message", "expected");
        assertThat(error.get("problems").get(1).get("pointer").asString()).isEmpty();
        assertThat(error.get("problems").get(1).get("expected").asString()).contains("schemaVersion");
        assertThat(run.errLines()).hasSize(4);
    }

    @Test
    void should_use_null_positions_in_json_when_the_file_is_missing() {
        // when
        CliRun run = CliRun.run(
                "validate", "--format", "json", dir.resolve("nope.json").toString());

        // then
        JsonNode error =
                JsonOut.mapper().readTree(run.out()).get("results").get(0).get("error");
        assertThat(error.get("message").asString()).isEqualTo("file not found");
        assertThat(error.get("pointer").isNull()).isTrue();
        assertThat(error.get("line").isNull()).isTrue();
        assertThat(error.get("column").isNull()).isTrue();
    }

    @Test
    void should_reject_an_unknown_format_in_one_line() {
        // when
        CliRun run = CliRun.run("validate", "--format", "xml", "a.json");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.err()).startsWith("dpa validate: ").contains("--format", "xml", "text, json, sarif");
    }

    @Test
    void should_reject_an_unknown_language_in_one_line() {
        // when
        CliRun run = CliRun.run("init", "--lang", "fr");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.err()).startsWith("dpa init: ").contains("--lang", "fr", "de, en");
    }

    @Test
    void should_reject_a_date_that_is_not_iso() {
        // when
        CliRun run = CliRun.run("validate", "--as-of", "01.03.2026", "a.json");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.err()).contains("YYYY-MM-DD", "01.03.2026");
    }

    @Test
    void should_print_the_stack_trace_only_when_verbose() {
        // given
        String missing = dir.resolve("missing.json").toString();

        // when
        CliRun quiet =
                CliRun.run("init", "-o", dir.resolve("no/such/dir/x.json").toString());
        CliRun verbose = CliRun.run(
                "--verbose", "init", "-o", dir.resolve("no/such/dir/x.json").toString());

        // then
        assertThat(quiet.exitCode()).isEqualTo(2);
        assertThat(quiet.errLines()).hasSize(2);
        assertThat(verbose.exitCode()).isEqualTo(2);
        assertThat(verbose.err()).contains("\tat ");
        assertThat(missing).isNotEmpty();
    }

    private Path write(String name, String json) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
