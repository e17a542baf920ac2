/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.json.DpaJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14: an agreement of 10,000 sub-processors (about 6 MB of JSON) is read and rendered to
 * Markdown and HTML in a JVM with a heap of 32 MB. Before, HTML needed 40 MB: the fingerprint built the
 * whole canonical JSON as a string and the writers the whole document as a string before its bytes.
 * (Validating it with 32 MB is close to the limit and not asserted here: since December 2026 it passes with
 * {@code -Xmx32m} on a plain class path, the library's jars only, and fails with 28 MB, but in a JVM started
 * with this module's test class path it still ends in an {@code OutOfMemoryError}; docs/performance.md.)
 */
class LargeAgreementMemoryTest {

    @Test
    void should_render_markdown_and_html_of_ten_thousand_subprocessors_in_32_megabytes(@TempDir Path dir)
            throws IOException, InterruptedException {
        // given
        Path file = dir.resolve("n10000.json");
        Files.writeString(
                file,
                ScaledAgreements.withSubprocessors(ScaledAgreements.example(ScaledAgreements.JOMOCO), 10_000),
                StandardCharsets.UTF_8);

        // when: both renderings, one after the other in one JVM
        String rendered = runWith32Megabytes(file, "md,html");

        // then
        // (megabytes of Markdown and of HTML)
        assertThat(rendered).containsPattern("md: \\d{7,}").containsPattern("html: \\d{7,}");
    }

    private static String runWith32Megabytes(Path file, String steps) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx32m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Steps.class.getName(),
                        file.toString(),
                        steps))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** Reads one file and runs the steps named in the second argument; run with a small heap. */
    static final class Steps {
        private Steps() {}

        public static void main(String[] args) throws IOException {
            DataProcessingAgreement agreement = DpaJson.read(Path.of(args[0]));
            RenderOptions options = RenderOptions.builder(Locale.GERMAN)
                    .asOf(LocalDate.of(2026, 3, 1))
                    .build();
            for (String step : args[1].split(",", -1)) {
                CountingStream out = new CountingStream();
                switch (step) {
                    case "md" -> MarkdownRenderer.create().render(agreement, options, out);
                    case "html" -> HtmlRenderer.create().render(agreement, options, out);
                    default -> throw new IllegalArgumentException(step);
                }
                System.out.println(step + ": " + out.count);
            }
        }
    }

    /** Counts the bytes and keeps none. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
