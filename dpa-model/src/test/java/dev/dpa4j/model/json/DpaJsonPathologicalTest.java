/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ScaledAgreements;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological inputs (issue #13): each ends in a clear, located error or a result. The timeouts
 * are hang guards of a minute, not performance assertions (speed is measured with JMH).
 */
class DpaJsonPathologicalTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void should_stop_at_the_limit_when_a_stream_holds_fifty_megabytes() {
        // given: a valid start, then 50 MB of one string, never held in memory whole
        InputStream fifty = new InputStream() {
            private final byte[] head =
                    "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"version\":\"".getBytes(StandardCharsets.UTF_8);
            private long position;

            @Override
            public int read() {
                long at = position++;
                if (at < head.length) {
                    return head[(int) at];
                }
                return at < 50_000_000L ? 'a' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = 0;
                while (n < length) {
                    int b = read();
                    if (b < 0) {
                        return n == 0 ? -1 : n;
                    }
                    buffer[offset + n++] = (byte) b;
                }
                return n;
            }
        };

        // when
        DpaJsonException e = assertTimeoutPreemptively(
                HANG_GUARD, () -> catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(fifty)));

        // then
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("The document exceeds a safety limit");
            assertThat(p.pointer()).isEqualTo("/version");
        });
    }

    @Test
    void should_refuse_at_once_when_text_holds_fifty_megabytes() {
        // given
        String json = "{\"schemaVersion\":\"1.0\",\"id\":\"x\"}" + " ".repeat(50_000_000);

        // when
        DpaJsonException e = assertTimeoutPreemptively(
                HANG_GUARD, () -> catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(json)));

        // then
        assertThat(e.getProblems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("is more than 10485760 characters"));
    }

    @Test
    void should_stop_at_the_token_limit_when_an_array_has_a_million_elements() {
        // given
        String json =
                "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"languages\":[" + "\"de\",".repeat(1_000_000) + "\"de\"]}";

        // when
        DpaJsonException e = assertTimeoutPreemptively(
                HANG_GUARD,
                () -> catchThrowableOfType(
                        DpaJsonException.class,
                        () -> DpaJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))));

        // then
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("Token count");
            assertThat(p.pointer()).startsWith("/languages/");
        });
    }

    @Test
    void should_stop_at_the_depth_limit_when_objects_are_nested_ten_thousand_deep() {
        // given
        String json =
                "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"a\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_001);

        // when
        DpaJsonException e = assertTimeoutPreemptively(
                HANG_GUARD, () -> catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(json)));

        // then
        assertThat(e.getProblems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("nesting depth"));
    }

    @Test
    void should_read_a_string_of_a_million_characters_when_it_is_within_the_limit() {
        // given
        String json = "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"version\":\"" + "w".repeat(1_000_000) + "\"}";

        // when
        DataProcessingAgreement agreement = assertTimeoutPreemptively(HANG_GUARD, () -> DpaJson.read(json));

        // then
        assertThat(agreement.getVersion()).hasValueSatisfying(v -> assertThat(v).hasSize(1_000_000));
        assertThat(DpaJson.read(DpaJson.write(agreement))).isEqualTo(agreement);
    }

    @Test
    void should_read_ten_thousand_subprocessors_with_a_heap_of_32_megabytes(@TempDir Path dir)
            throws IOException, InterruptedException {
        // given: the 5.4 MB agreement of issue #14, read in a JVM of its own with -Xmx32m
        Path file = dir.resolve("n10000.json");
        Files.writeString(
                file,
                ScaledAgreements.withSubprocessors(ScaledAgreements.example(ScaledAgreements.JOMOCO), 10_000),
                StandardCharsets.UTF_8);
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder command = new ProcessBuilder(
                        java,
                        "-Xmx32m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReadOneFile.class.getName(),
                        file.toString())
                .redirectErrorStream(true);

        // when
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);

        // then
        assertThat(finished).isTrue();
        assertThat(output).as(output).contains("10000 sub-processors");
        assertThat(process.exitValue()).as(output).isZero();
    }

    /** Reads one file and prints the number of sub-processors; run with a small heap. */
    static final class ReadOneFile {
        private ReadOneFile() {}

        public static void main(String[] args) {
            DataProcessingAgreement agreement = DpaJson.read(Path.of(args[0]));
            int count = agreement
                    .getSubprocessing()
                    .map(s -> s.getSubprocessors().size())
                    .orElse(0);
            System.out.println(count + " sub-processors");
        }
    }
}
