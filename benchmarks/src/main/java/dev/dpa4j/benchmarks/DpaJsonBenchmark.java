/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.benchmarks;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cost of strict reading: {@link DpaJson#read(String)} (located parse, schema check, binding)
 * against binding alone with the same mapper, and writing. Run from the repository root:
 * {@code java -jar benchmarks/target/benchmarks.jar DpaJsonBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DpaJsonBenchmark {

    /** The document to read, relative to the working directory. */
    @Param("examples/jomoco-avv-de.json")
    public String document;

    private String json;
    private DataProcessingAgreement agreement;
    private JsonMapper mapper;

    /**
     * Loads the document.
     *
     * @throws IOException if the document cannot be read
     */
    @Setup
    public void load() throws IOException {
        json = Files.readString(Path.of(document), StandardCharsets.UTF_8);
        agreement = DpaJson.read(json);
        mapper = DpaJson.mapper();
    }

    /**
     * Strict reading as the library does it.
     *
     * @return the agreement
     */
    @Benchmark
    public DataProcessingAgreement strictRead() {
        return DpaJson.read(json);
    }

    /**
     * Binding alone, without locations or the schema check.
     *
     * @return the agreement
     */
    @Benchmark
    public DataProcessingAgreement bindOnly() {
        return mapper.readValue(json, DataProcessingAgreement.class);
    }

    /**
     * Deterministic writing.
     *
     * @return the JSON text
     */
    @Benchmark
    public String write() {
        return DpaJson.write(agreement);
    }
}
