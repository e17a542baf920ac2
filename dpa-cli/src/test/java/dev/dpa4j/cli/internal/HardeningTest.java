/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.dpa4j.cli.Dpa;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.model.json.DpaJsonException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability review defects D8 (bounded input, every crash exit 2), D9 (atomic {@code -o}) and D11
 * ({@code -} is standard input and output), each from its reproducer.
 */
class HardeningTest {
    static final Path JOMOCO = RenderCommandTest.JOMOCO;
    static final Path LARKSPUR = RenderCommandTest.LARKSPUR;

    @TempDir
    Path dir;

    // --- D8: the size limit holds while reading -------------------------------------------------------

    @Test
    void should_refuse_a_huge_file_after_reading_just_past_the_limit() throws IOException {
        // given: a sparse 3 GB file (reading it whole ended in OutOfMemoryError, exit code 1)
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }

        // when
        CliRun run = CliRun.run("validate", huge.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        huge + ": larger than 10485760 bytes, the limit for an agreement;" + " not read any further\n");
    }

    @Test
    void should_refuse_an_endless_standard_input_after_the_limit() {
        // given: /dev/zero as standard input, counting what is read
        long[] read = {0};
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 0);
                read[0] += len;
                return len;
            }
        };

        // when
        Result run = run(zeros, "validate", "-");

        // then
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("-: larger than 10485760 bytes, the limit for an agreement;" + " not read any further\n");
        assertThat(read[0]).isLessThan(Inputs.MAX_BYTES + 1024 * 1024);
    }

    @Test
    void should_accept_a_document_exactly_as_long_as_the_library_limit() throws IOException {
        // given: the library's documented limit, filled with white space before a minimal agreement
        byte[] agreement = "{\"schemaVersion\": \"1.0\", \"id\": \"edge\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] document = new byte[(int) Inputs.MAX_BYTES];
        Arrays.fill(document, (byte) ' ');
        System.arraycopy(agreement, 0, document, document.length - agreement.length, agreement.length);
        Path file = dir.resolve("edge.json");
        Files.write(file, document);

        // when
        CliRun run = CliRun.run("validate", "--format", "json", file.toString());

        // then: the library reads it, so the command must too; one byte more and both refuse
        assertThat(DpaJson.read(new ByteArrayInputStream(document)).getId()).isEqualTo("edge");
        assertThat(run.exitCode()).isNotEqualTo(2);
        assertThat(run.out()).contains("\"agreement\": \"edge\"");
        byte[] tooLong = new byte[document.length + 100_000];
        Arrays.fill(tooLong, (byte) ' ');
        System.arraycopy(agreement, 0, tooLong, tooLong.length - agreement.length, agreement.length);
        assertThatThrownBy(() -> DpaJson.read(new ByteArrayInputStream(tooLong)))
                .isInstanceOf(DpaJsonException.class)
                .hasMessageContaining("limit");
    }

    // --- every crash: exit code 2 and one line ---------------------------------------------------------

    @Test
    void should_exit_2_with_one_line_when_the_command_runs_out_of_memory() {
        // given: standard output fails as a full heap would, after the command did its work
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        // when
        int code = Dpa.run(CliRun.CLOCK, InputStream.nullInputStream(), failing, err, "schema");

        // then
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("dpa: out of memory; give the JVM more with DPA_JAVA_OPTS=-Xmx..."
                        + " (java.lang.OutOfMemoryError)\n");
    }

    @Test
    void should_exit_2_with_one_line_when_an_unexpected_exception_escapes() {
        // given
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) {
                throw new IllegalStateException("boom\nsecond line");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        // when
        int code = Dpa.run(CliRun.CLOCK, InputStream.nullInputStream(), failing, err, "validate", LARKSPUR.toString());

        // then: never 1, which means findings
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("dpa: internal error: boom (java.lang.IllegalStateException)\n");
    }

    // --- D9: -o is atomic, and says why it cannot write ---------------------------------------------------

    @Test
    void should_keep_the_old_file_byte_identical_when_a_write_fails_midway() throws IOException {
        // given: a good file, and content that fails after the first half, as a full disk does
        Path out = dir.resolve("keep.html");
        byte[] old = "<p>the good old document</p>\n".getBytes(StandardCharsets.UTF_8);
        Files.write(out, old);
        AtomicFile.Content failing = stream -> {
            stream.write(new byte[16_384]);
            throw new IOException("No space left on device");
        };

        // when / then
        assertThatThrownBy(() -> AtomicFile.write(out, failing, true))
                .isInstanceOf(IOException.class)
                .hasMessage("No space left on device");
        assertThat(Files.readAllBytes(out)).isEqualTo(old);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out); // no temporary file left behind
        }
    }

    @Test
    void should_replace_the_file_and_keep_its_permissions() throws IOException {
        // given
        Path out = dir.resolve("page.html");
        Files.writeString(out, "old", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));

        // when
        CliRun run = CliRun.run(
                "render", "--format", "md", "--as-of", "2026-03-01", "-o", out.toString(), LARKSPUR.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("# ");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo("rw-r--r--");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void should_say_that_the_directory_is_missing() {
        // given
        Path out = dir.resolve("nodir/sub/out.md");

        // when
        CliRun run = CliRun.run("render", "--format", "md", "-o", out.toString(), LARKSPUR.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(out + ": cannot be written: the directory " + out.getParent() + " does not exist\n");
        assertThat(dir.resolve("nodir")).doesNotExist();
    }

    @Test
    void should_say_that_the_directory_is_a_file() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("plain"), "x", StandardCharsets.UTF_8);
        Path out = file.resolve("out.md");

        // when
        CliRun run = CliRun.run("render", "--format", "md", "-o", out.toString(), LARKSPUR.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(out + ": cannot be written: " + file + " is not a directory\n");
    }

    @Test
    void should_say_that_the_directory_is_read_only() throws IOException {
        // root may write anywhere, so this only means something for other users
        assumeFalse("root".equals(System.getProperty("user.name")), "root bypasses permissions");
        // given
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Path out = readOnly.resolve("out.md");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));

        // when
        CliRun run = CliRun.run("render", "--format", "md", "-o", out.toString(), LARKSPUR.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(out + ": cannot be written: permission denied (" + readOnly + ")\n");
    }

    @Test
    void should_not_create_the_starter_over_an_existing_file() throws IOException {
        // given
        Path out = Files.writeString(dir.resolve("mine.json"), "mine", StandardCharsets.UTF_8);

        // when
        CliRun run = CliRun.run("init", "-o", out.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("dpa init: " + out + ": already exists; choose another name or delete it" + " first\n");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("mine");
    }

    // --- D11: - is standard input and standard output ----------------------------------------------------

    @Test
    void should_validate_standard_input() throws IOException {
        // when
        Result run = run(new ByteArrayInputStream(Files.readAllBytes(LARKSPUR)), "validate", "-");

        // then
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).startsWith("- (larkspur-dpa): ");
    }

    @Test
    void should_render_standard_input_to_standard_output() throws IOException {
        // when
        Result piped = run(
                new ByteArrayInputStream(Files.readAllBytes(LARKSPUR)),
                "render",
                "--format",
                "md",
                "--as-of",
                "2026-03-01",
                "-o",
                "-",
                "-");
        CliRun named = CliRun.run("render", "--format", "md", "--as-of", "2026-03-01", LARKSPUR.toString());

        // then
        assertThat(piped.code()).isEqualTo(0);
        assertThat(piped.err()).isEmpty();
        assertThat(piped.out()).isEqualTo(named.out());
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    void should_write_a_binary_format_to_standard_output_when_asked_with_dash() {
        // when
        CliRun run = CliRun.run("render", "--format", "docx", "--as-of", "2026-03-01", "-o", "-", LARKSPUR.toString());

        // then: a zip
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(Arrays.copyOf(run.outBytes(), 2)).isEqualTo(new byte[] {'P', 'K'});
    }

    @Test
    void should_read_one_side_of_a_diff_from_standard_input() throws IOException {
        // when
        Result run = run(
                new ByteArrayInputStream(Files.readAllBytes(LARKSPUR)),
                "diff",
                "--format",
                "json",
                "-",
                LARKSPUR.toString());

        // then
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).contains("\"changes\"");
    }

    @Test
    void should_report_and_list_subprocessors_from_standard_input() throws IOException {
        // when
        Result report = run(new ByteArrayInputStream(Files.readAllBytes(LARKSPUR)), "report", "--format", "md", "-");
        Result list =
                run(new ByteArrayInputStream(Files.readAllBytes(LARKSPUR)), "subprocessors", "--format", "json", "-");

        // then
        assertThat(report.code()).isEqualTo(0);
        assertThat(report.out()).startsWith("# ");
        assertThat(list.code()).isEqualTo(0);
        assertThat(list.out()).startsWith("{");
    }

    @Test
    void should_refuse_standard_input_twice() throws IOException {
        // when
        Result run = run(new ByteArrayInputStream(Files.readAllBytes(LARKSPUR)), "diff", "-", "-");

        // then
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("-: standard input can be read only once; name - at most once\n");
    }

    record Result(int code, String out, String err) {}

    static Result run(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Dpa.run(CliRun.CLOCK, in, out, err, args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
