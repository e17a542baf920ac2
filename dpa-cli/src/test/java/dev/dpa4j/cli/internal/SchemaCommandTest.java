/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.json.DpaJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

    @Test
    void should_print_the_library_schema_unchanged_when_run_without_output() {
        // when
        CliRun run = CliRun.run("schema");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.outBytes()).isEqualTo(DpaJson.schema().getBytes(StandardCharsets.UTF_8));
        assertThat(JsonOut.mapper().readTree(run.out()).get("$schema").asString())
                .contains("json-schema.org");
    }

    @Test
    void should_write_the_schema_to_the_file_when_output_is_given(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("dpa.schema.json");

        // when
        CliRun run = CliRun.run("schema", "-o", file.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(DpaJson.schema());
    }
}
