/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.benchmarks;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.render.HtmlRenderer;
import dev.dpa4j.render.MarkdownRenderer;
import dev.dpa4j.render.RenderOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering the Jomoco example to Markdown and HTML against reading the same JSON with Jackson, in one
 * run, so the ratios compare like with like. Targets: HTML at most 3 times, Markdown at most 2 times the
 * read time.
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar RenderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {

    private byte[] json;
    private DataProcessingAgreement agreement;
    private RenderOptions options;
    private MarkdownRenderer markdown;
    private HtmlRenderer html;

    /** Reads the example once. */
    @Setup
    public void setUp() {
        Path file = Path.of("examples/jomoco-avv-de.json");
        if (!Files.exists(file)) {
            file = Path.of("../examples/jomoco-avv-de.json");
        }
        try {
            json = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Run the benchmark from the repository root", e);
        }
        agreement = DpaJson.read(new ByteArrayInputStream(json));
        options = RenderOptions.builder(Locale.GERMAN)
                .asOf(LocalDate.of(2026, 11, 23))
                .build();
        markdown = MarkdownRenderer.create();
        html = HtmlRenderer.create();
    }

    /**
     * Reads the example JSON with Jackson (the baseline).
     *
     * @return the agreement
     */
    @Benchmark
    public DataProcessingAgreement readJson() {
        return DpaJson.read(new ByteArrayInputStream(json));
    }

    /**
     * Renders the example to Markdown.
     *
     * @return the bytes
     * @throws IOException never (in-memory stream)
     */
    @Benchmark
    public byte[] renderMarkdown() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        markdown.render(agreement, options, out);
        return out.toByteArray();
    }

    /**
     * Renders the example to HTML.
     *
     * @return the bytes
     * @throws IOException never (in-memory stream)
     */
    @Benchmark
    public byte[] renderHtml() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        html.render(agreement, options, out);
        return out.toByteArray();
    }
}
