/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.benchmarks;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.render.DocxRenderer;
import dev.dpa4j.render.PdfRenderer;
import dev.dpa4j.render.RenderOptions;
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

/**
 * PDF and DOCX rendering of the Jomoco example against Jackson reading the same JSON, in one run; the
 * ratio render/read is what we report. Run from the repository root (it reads {@code examples/}):
 * {@code java -jar benchmarks/target/benchmarks.jar PdfBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PdfBenchmark {

    private String json;
    private DataProcessingAgreement agreement;
    private RenderOptions options;
    private PdfRenderer pdf;
    private DocxRenderer docx;

    /** Reads the example once and creates the renderers. */
    @Setup
    public void setUp() {
        try {
            json = Files.readString(Path.of("examples", "jomoco-avv-de.json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Run the benchmark from the repository root", e);
        }
        agreement = DpaJson.read(json);
        options = RenderOptions.builder(Locale.GERMAN)
                .asOf(LocalDate.of(2026, 3, 1))
                .creationDate(OffsetDateTime.parse("2026-03-01T09:30:00+01:00"))
                .documentId("benchmark")
                .build();
        pdf = PdfRenderer.create();
        docx = DocxRenderer.create();
    }

    /**
     * Jackson reading the JSON: the baseline.
     *
     * @return the agreement
     */
    @Benchmark
    public DataProcessingAgreement readJson() {
        return DpaJson.read(json);
    }

    /**
     * PDF/A rendering (compose, HTML, layout, PDF).
     *
     * @return the PDF bytes
     * @throws IOException never for an in-memory stream
     */
    @Benchmark
    public byte[] renderPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
        pdf.render(agreement, options, out);
        return out.toByteArray();
    }

    /**
     * DOCX rendering (compose, OOXML, zip).
     *
     * @return the DOCX bytes
     * @throws IOException never for an in-memory stream
     */
    @Benchmark
    public byte[] renderDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        docx.render(agreement, options, out);
        return out.toByteArray();
    }
}
