/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Runs the built {@code target/dpa.jar} as a separate process, the way users and CI do. Bound to the
 * {@code package} phase after the shade plugin (see the pom), so the jar exists when this runs.
 */
class RunnableJarTest {

    private static final Path JAR = Path.of(System.getProperty("dpa.jar", "target/dpa.jar"));

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {}

    @Test
    void should_print_the_version_when_run_as_a_jar() throws Exception {
        // when
        Result result = java(List.of(), "--version");

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("dpa " + VersionProvider.version() + "\n");
    }

    @Test
    void should_exit_2_with_the_documented_json_error_shape_when_the_file_is_broken() throws Exception {
        // given
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"id\": \"x\",\n \"bogus\": true}", StandardCharsets.UTF_8);

        // when
        Result result = java(List.of(), "validate", "--format", "json", broken.toString());

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        JsonNode entry = JsonOut.mapper().readTree(result.out()).get("results").get(0);
        assertThat(entry.propertyNames()).containsExactly("file", "valid", "error");
        assertThat(entry.get("error").propertyNames()).containsExactly("message", "pointer", "line", "column");
        assertThat(entry.get("error").get("pointer").asString()).isEqualTo("/bogus");
        assertThat(entry.get("error").get("line").asInt()).isEqualTo(2);
        assertThat(result.err().split("\n")).hasSize(1);
    }

    @Test
    void should_exit_1_with_the_documented_json_shape_when_the_jomoco_example_is_validated() throws Exception {
        // given
        Path jomoco = Path.of("..", "examples", "jomoco-avv-de.json").toAbsolutePath();

        // when
        Result result = java(List.of(), "validate", "--format", "json", jomoco.toString());

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEmpty();
        JsonNode entry = JsonOut.mapper().readTree(result.out()).get("results").get(0);
        assertThat(entry.propertyNames()).containsExactly("file", "agreement", "valid", "counts", "findings");
        assertThat(entry.get("valid").asBoolean()).isFalse();
        assertThat(entry.get("counts").get("ERROR").asInt()).isPositive();
        assertThat(entry.get("findings").get(0).propertyNames())
                .containsExactly("ruleId", "severity", "legalReferences", "path", "message");
    }

    @Test
    void should_exit_0_when_the_complete_example_is_validated_as_a_jar() throws Exception {
        // when
        Result result = java(
                List.of(),
                "validate",
                Path.of("..", "examples", "larkspur-dpa-en.json").toString());

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.err())
                .as("nothing on stderr, not even a logging line")
                .isEmpty();
    }

    @Test
    void should_write_a_pdf_without_library_log_lines_when_run_as_a_jar() throws Exception {
        // given
        Path pdf = dir.resolve("jomoco.pdf");

        // when
        Result result = java(
                List.of(),
                "render",
                "--format",
                "pdf",
                "--lang",
                "en",
                "--allow-fallback",
                Path.of("..", "examples", "jomoco-avv-de.json").toString(),
                "-o",
                pdf.toString());

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("wrote " + pdf + "\n");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void should_write_utf8_whatever_the_platform_charset_when_run_as_a_jar() throws Exception {
        // when
        Result result =
                java(List.of("-Dfile.encoding=ISO-8859-1", "-Dstdout.encoding=ISO-8859-1"), "init", "--lang", "de");

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Maßnahmen");
    }

    private Result java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the runnable jar, built in the package phase").isRegularFile();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
