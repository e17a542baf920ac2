/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Issue 14: {@code dpa validate} over directories, one JVM for all files, one result line each and a summary. */
class ValidateManyFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(dir.resolve("a/deeper"));
        Files.copy(RenderCommandTest.LARKSPUR, dir.resolve("b.json"));
        Files.copy(RenderCommandTest.JOMOCO, dir.resolve("a/deeper/x.json"));
        Files.copy(RenderCommandTest.LARKSPUR, dir.resolve("B.json"));
        Files.writeString(dir.resolve("a/broken.json"), "{", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a/notes.txt"), "not an agreement", StandardCharsets.UTF_8);
    }

    @Test
    void should_validate_every_json_file_below_a_directory_in_sorted_order() {
        // when
        CliRun run = CliRun.run("validate", "--lang", "en", "--format", "json", dir.toString());

        // then: by path as text, so upper case before lower case on every platform; .txt left out
        List<String> files = new ArrayList<>();
        JsonNode root = JsonOut.mapper().readTree(run.out());
        root.get("results").forEach(r -> files.add(r.get("file").asString()));
        assertThat(files)
                .containsExactly(
                        dir.resolve("B.json").toString(),
                        dir.resolve("a/broken.json").toString(),
                        dir.resolve("a/deeper/x.json").toString(),
                        dir.resolve("b.json").toString());
        assertThat(root.get("summary").toString())
                .isEqualTo("{\"files\":4,\"passed\":2,\"failed\":1,\"unreadable\":1}");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void should_print_one_result_line_per_file_and_a_summary() {
        // when
        CliRun run = CliRun.run(
                "validate",
                "--lang",
                "en",
                dir.resolve("a").toString(),
                dir.resolve("b.json").toString());

        // then
        List<String> results =
                run.out().lines().filter(l -> l.startsWith(dir.toString())).toList();
        assertThat(results).hasSize(2);
        assertThat(results.get(0))
                .startsWith(dir.resolve("a/deeper/x.json") + " (jomoco-avv): ")
                .endsWith(": failed");
        assertThat(results.get(1))
                .isEqualTo(dir.resolve("b.json") + " (larkspur-dpa): 0 errors, 0 warnings, 0 notes: passed");
        assertThat(run.out()).endsWith("\n3 files: 1 passed, 1 failed, 1 unreadable\n");
        assertThat(run.err()).startsWith(dir.resolve("a/broken.json") + ": invalid agreement");
    }

    @Test
    void should_give_the_same_output_on_every_run() {
        // when
        CliRun first = CliRun.run("validate", "--format", "sarif", dir.toString());
        CliRun second = CliRun.run("validate", "--format", "sarif", dir.toString());

        // then
        assertThat(first.out()).isEqualTo(second.out());
        assertThat(JsonOut.mapper()
                        .readTree(first.out())
                        .get("runs")
                        .get(0)
                        .get("results")
                        .size())
                .isGreaterThan(16);
    }
}
