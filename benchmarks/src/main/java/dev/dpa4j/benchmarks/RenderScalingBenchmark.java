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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rendering cost as the number of sub-processors grows: the Jomoco example's 39 sub-processors cloned
 * round-robin to N (unique ids and names; the EU/US/third-country mix of the original is kept), each
 * format against a Jackson tree parse of the same document. Linear means: (score ÷ jacksonTree) is about
 * the same at N = 10,000 as at N = 100 (issue #14: within ±20 %). PDF runs up to N = 1,000 only (the
 * -p n=… option selects sizes; PDF at 10,000 takes seconds per operation).
 *
 * <p>Run from the repository root:
 * {@code java -jar benchmarks/target/benchmarks.jar RenderScalingBenchmark -p n=10,100,1000,10000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class RenderScalingBenchmark {

    /** The number of sub-processors. */
    @Param({"10", "100", "1000", "10000"})
    public int n;

    private String json;
    private JsonMapper mapper;
    private DataProcessingAgreement agreement;
    private RenderOptions options;
    private DocumentRenderer markdown;
    private DocumentRenderer html;
    private DocumentRenderer text;
    private DocumentRenderer docx;
    private DocumentRenderer pdf;

    /** Builds the agreement with N sub-processors and its JSON. */
    @Setup
    public void setUp() {
        String example;
        try {
            example = Files.readString(Path.of("examples", "jomoco-avv-de.json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Run the benchmark from the repository root", e);
        }
        mapper = JsonMapper.builder().build();
        agreement = DpaJson.read(scaled(mapper, example, n));
        json = DpaJson.write(agreement);
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
     * The example's JSON with its sub-processors cloned round-robin to {@code count}, each with a unique id
     * and name (as {@code perf-harness/gen.py} of the performance review does).
     */
    static String scaled(JsonMapper mapper, String example, int count) {
        ObjectNode root = (ObjectNode) mapper.readTree(example);
        ObjectNode subprocessing = (ObjectNode) root.get("subprocessing");
        JsonNode original = subprocessing.get("subprocessors");
        ArrayNode scaled = mapper.createArrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode s = (ObjectNode) original.get(i % original.size()).deepCopy();
            String suffix = String.format(Locale.ROOT, "%05d", i);
            if (s.has("id")) {
                s.put("id", s.get("id").asString() + "-" + suffix);
            }
            s.put("name", s.get("name").asString() + " #" + suffix);
            scaled.add(s);
        }
        subprocessing.set("subprocessors", scaled);
        return mapper.writeValueAsString(root);
    }

    /**
     * The floor: a plain Jackson tree parse of the same document.
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
     * PDF/A-3u; at N = 10,000 it takes seconds per operation.
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
