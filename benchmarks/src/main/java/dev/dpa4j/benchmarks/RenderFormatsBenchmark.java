/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.benchmarks;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.render.DocumentRenderer;
import dev.dpa4j.render.DocxRenderer;
import dev.dpa4j.render.HtmlRenderer;
import dev.dpa4j.render.MarkdownRenderer;
import dev.dpa4j.render.PdfRenderer;
import dev.dpa4j.render.RenderOptions;
import dev.dpa4j.render.TextRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every output format of the Jomoco example (39 sub-processors) against the floor, a plain Jackson tree
 * parse of the same JSON, in one run. Report each format as its score divided by {@link #jacksonTree}'s.
 * Targets (issue #14): Markdown, HTML and text at most 4×, DOCX at most 8×, PDF at most 150×.
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar RenderFormatsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderFormatsBenchmark {

    private String json;
    private JsonMapper mapper;
    private DataProcessingAgreement agreement;
    private RenderOptions options;
    private DocumentRenderer markdown;
    private DocumentRenderer html;
    private DocumentRenderer text;
    private DocumentRenderer docx;
    private DocumentRenderer pdf;

    /** Reads the example once and creates the renderers. */
    @Setup
    public void setUp() {
        try {
            json = Files.readString(Path.of("examples", "jomoco-avv-de.json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Run the benchmark from the repository root", e);
        }
        mapper = JsonMapper.builder().build();
        agreement = DpaJson.read(json);
        options = RenderOptions.builder(Locale.GERMAN)
                .asOf(LocalDate.of(2026, 3, 1))
                .creationDate(OffsetDateTime.parse("2026-03-01T09:30:00+01:00"))
                .documentId("benchmark")
                .build();
        markdown = MarkdownRenderer.create();
        html = HtmlRenderer.create();
        text = TextRenderer.create();
        docx = DocxRenderer.create();
        pdf = PdfRenderer.create();
    }

    /**
     * The floor: a plain Jackson tree parse of the example.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode jacksonTree() {
        return mapper.readTree(json);
    }

    /**
     * Markdown.
     *
     * @return the bytes
     * @throws IOException never (in memory)
     */
    @Benchmark
    public byte[] markdown() throws IOException {
        return render(markdown);
    }

    /**
     * Markdown of an instance not rendered before: a shallow copy of the agreement each time, so that
     * the fingerprint, which is remembered per instance, is computed as on a first rendering. The copy
     * itself is part of the score (it is small against the rendering).
     *
     * @return the bytes
     * @throws IOException never (in memory)
     */
    @Benchmark
    public byte[] markdownNewInstance() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        markdown.render(agreement.toBuilder().build(), options, out);
        return out.toByteArray();
    }

    /**
     * HTML.
     *
     * @return the bytes
     * @throws IOException never (in memory)
     */
    @Benchmark
    public byte[] html() throws IOException {
        return render(html);
    }

    /**
     * Plain text.
     *
     * @return the bytes
     * @throws IOException never (in memory)
     */
    @Benchmark
    public byte[] text() throws IOException {
        return render(text);
    }

    /**
     * DOCX.
     *
     * @return the bytes
     * @throws IOException never (in memory)
     */
    @Benchmark
    public byte[] docx() throws IOException {
        return render(docx);
    }

    /**
     * PDF/A-3u.
     *
     * @return the bytes
     * @throws IOException never (in memory)
     */
    @Benchmark
    public byte[] pdf() throws IOException {
        return render(pdf);
    }

    private byte[] render(DocumentRenderer renderer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        renderer.render(agreement, options, out);
        return out.toByteArray();
    }
}
