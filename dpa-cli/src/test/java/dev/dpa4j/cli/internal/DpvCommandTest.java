/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.dpv.DpvJsonLd;
import dev.dpa4j.model.json.DpaJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dpa dpv export|import}. */
class DpvCommandTest {

    static final Path LARKSPUR = Path.of("..", "examples", "larkspur-dpa-en.json");

    @Test
    void should_print_the_library_export_when_exporting_without_output() {
        // when
        CliRun run = CliRun.run("dpv", "export", LARKSPUR.toString());
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(DpvJsonLd.write(DpaJson.read(LARKSPUR)));
    }

    @Test
    void should_read_back_what_it_exported(@TempDir Path dir) throws Exception {
        // given
        Path jsonld = dir.resolve("larkspur.jsonld");
        Path json = dir.resolve("back.json");
        assertThat(CliRun.run("dpv", "export", LARKSPUR.toString(), "-o", jsonld.toString())
                        .exitCode())
                .isZero();
        // when
        CliRun run = CliRun.run("dpv", "import", jsonld.toString(), "-o", json.toString());
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(json, StandardCharsets.UTF_8))
                .isEqualTo(DpaJson.write(DpvJsonLd.read(Files.readString(jsonld, StandardCharsets.UTF_8))));
    }

    @Test
    void should_exit_2_naming_line_and_column_when_the_import_is_not_json(@TempDir Path dir) throws Exception {
        // given
        Path bad = dir.resolve("bad.jsonld");
        Files.writeString(bad, "{\n  \"@id\": \"x\",\n  oops\n}", StandardCharsets.UTF_8);
        // when
        CliRun run = CliRun.run("dpv", "import", bad.toString());
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("dpa dpv import: " + bad + ": line 3, column");
    }

    @Test
    void should_exit_2_when_no_subcommand_is_given() {
        CliRun run = CliRun.run("dpv");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a subcommand is required: export or import");
    }
}
