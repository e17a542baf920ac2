/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
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
        assertThat(entry.get("error").propertyNames())
                .containsExactly("message", "pointer", "line", "column", "problemCount", "problems");
        assertThat(entry.get("error").get("pointer").asString()).isEqualTo("/bogus");
        assertThat(entry.get("error").get("line").asInt()).isEqualTo(2);
        assertThat(entry.get("error").get("problemCount").asInt()).isEqualTo(2);
        // a line that counts the problems, then one line for each: the unknown and the missing property
        assertThat(result.err().split("\n")).hasSize(3);
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

    @Test
    void should_exit_2_with_one_line_when_the_input_is_endless() throws Exception {
        // given: /dev/zero ended in an OutOfMemoryError stack trace and exit code 1 (reliability review D8)
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a Unix machine");

        // when
        Result result = java(List.of("-Xmx64m"), "validate", "/dev/zero");

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo("/dev/zero: larger than 10485760 bytes, the limit for an agreement;"
                        + " not read any further\n");
    }

    @Test
    void should_read_standard_input_for_a_dash() throws Exception {
        // when
        Result result = run(command(List.of(), "validate", "-"), Path.of("..", "examples", "larkspur-dpa-en.json"));

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("- (larkspur-dpa): ");
    }

    @Test
    void should_keep_the_old_file_when_the_disk_fills_during_the_write() throws Exception {
        // given: a good file, and a file size limit of 16 KiB standing in for a full disk (D9)
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash for ulimit");
        Path keep = dir.resolve("keep.html");
        byte[] good = "<p>good</p>\n".getBytes(StandardCharsets.UTF_8);
        Files.write(keep, good);
        List<String> java = command(
                List.of("-XX:-UsePerfData", "-Xshare:off"),
                "render",
                "--format",
                "html",
                "--lang",
                "en",
                Path.of("..", "examples", "jomoco-avv-de.json").toString(),
                "-o",
                keep.toString());
        StringBuilder script = new StringBuilder("ulimit -f 16; exec");
        java.forEach(
                word -> script.append(" '").append(word.replace("'", "'\\''")).append('\''));

        // when
        Result result = run(List.of("/bin/bash", "-c", script.toString()), null);

        // then
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err())
                .startsWith(keep + ": cannot be written (File too large)")
                .hasLineCount(1);
        assertThat(Files.readAllBytes(keep)).isEqualTo(good);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> !n.endsWith(".tmp"));
        }
    }

    @Test
    void should_carry_picocli_compiled_for_java_17_with_its_licence_when_packed_as_the_runnable_jar() throws Exception {
        // given: the binary picocli of the library's class path, whose Java 5 class files class-data sharing refuses
        Path binary = Path.of(picocli.CommandLine.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Map<String, Integer> binaryVersions = picocliClassVersions(binary);
        assertThat(binaryVersions.values()).as("the binary picocli").containsOnly(49);

        // when
        Map<String, Integer> jarVersions = picocliClassVersions(JAR);

        // then: the same classes, every one a Java 17 class file
        assertThat(jarVersions.keySet()).isEqualTo(binaryVersions.keySet());
        assertThat(jarVersions.values()).containsOnly(61);
        try (ZipFile jar = new ZipFile(JAR.toFile(), StandardCharsets.UTF_8)) {
            assertThat(text(jar, "META-INF/picocli/LICENSE")).contains("Apache License", "Version 2.0");
            assertThat(text(jar, "META-INF/picocli/README"))
                    .contains("picocli " + picocli.CommandLine.VERSION, "Remko Popma");
        }
    }

    @Test
    void should_keep_the_validation_library_quiet_on_stderr_when_reviewing_and_validating() throws Exception {
        // given: Hibernate Validator announces its version through java.util.logging when it starts; the
        // review command built its validator without the quieting that validate and report had
        // when
        Result review = java(
                List.of(),
                "review",
                Path.of("..", "examples", "northwind-dpa-en.md").toString());
        Result validate = java(List.of(), "validate", RenderCommandTest.JOMOCO.toString());

        // then: each command still writes its own lines to stderr, but no log record of a library
        assertThat(review.exitCode()).as(review.err()).isEqualTo(1);
        assertThat(review.out()).contains("of 17 elements found");
        assertThat(review.err()).doesNotContain("HV000001").doesNotContain("INFO:");
        assertThat(validate.err()).doesNotContain("HV000001").doesNotContain("INFO:");
    }

    @Test
    void should_load_picocli_from_the_class_data_archive_when_run_with_one() throws Exception {
        // given: an archive recorded by a run of the jar, as ./dpa records it
        Path archive = dir.resolve("dpa.jsa");
        Path log = dir.resolve("class-load.log");
        Result recorded = java(List.of("-XX:ArchiveClassesAtExit=" + archive), "--version");
        assertThat(recorded.exitCode()).as(recorded.err()).isZero();

        // when
        Result result =
                java(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info:file=" + log), "--version");

        // then: picocli's entry class comes from the archive (a Java 5 class file would be loaded from the jar)
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> picocli = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(" picocli.CommandLine "))
                .toList();
        assertThat(picocli).singleElement().asString().contains("source: shared objects file");
    }

    private static Map<String, Integer> picocliClassVersions(Path jarFile) throws IOException {
        Map<String, Integer> versions = new TreeMap<>();
        try (ZipFile jar = new ZipFile(jarFile.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().startsWith("picocli/") && entry.getName().endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        byte[] head = in.readNBytes(8);
                        versions.put(entry.getName(), ((head[6] & 0xff) << 8) | (head[7] & 0xff));
                    }
                }
            }
        }
        return versions;
    }

    private static String text(ZipFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Result java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return run(command(jvmOptions, args), null);
    }

    private static List<String> command(List<String> jvmOptions, String... args) {
        assertThat(JAR).as("the runnable jar, built in the package phase").isRegularFile();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return command;
    }

    private Result run(List<String> command, @Nullable Path stdin) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
