/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.benchmarks;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.ValidationReport;
import dev.dpa4j.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validation of the Jomoco example (structure via Hibernate Validator plus every built-in rule) against
 * reading the same JSON, in one run: {@code jacksonTree}, a plain Jackson tree parse, is the floor that
 * issue #14 writes its targets against (validate at most 2x), and {@code readJson} is the strict reader.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ValidationBenchmark -f 1 -wi 3 -i 4}; divide
 * the score of {@code validate} by that of {@code jacksonTree}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {

    private String json;
    private DataProcessingAgreement agreement;
    private Validator validator;
    private JsonMapper plain;

    /** Loads the example from {@code examples/} (working directory: the repository root). */
    @Setup
    public void setUp() {
        json = load();
        plain = JsonMapper.builder().build();
        agreement = DpaJson.read(json);
        validator = Validator.builder().asOf(LocalDate.of(2026, 11, 23)).build();
        validator.validate(agreement);
    }

    private static String load() {
        Path file = Path.of("examples", "jomoco-avv-de.json");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = ValidationBenchmark.class.getResourceAsStream("/jomoco-avv-de.json")) {
                if (in == null) {
                    throw new IllegalStateException("Run from the repository root: " + file + " not found");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The floor: a plain Jackson tree parse of the same text.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode jacksonTree() {
        return plain.readTree(json);
    }

    /**
     * Reads the agreement from JSON text with the strict reader.
     *
     * @return the agreement
     */
    @Benchmark
    public DataProcessingAgreement readJson() {
        return DpaJson.read(json);
    }

    /**
     * Validates the agreement already read.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(agreement);
    }
}
