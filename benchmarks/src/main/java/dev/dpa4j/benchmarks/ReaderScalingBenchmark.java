/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.model.json.TreeCheckingReader;
import dev.dpa4j.validate.ValidationReport;
import dev.dpa4j.validate.Validator;
import java.time.LocalDate;
import java.util.List;
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

/**
 * Strict reading against its floor and its peer, on the Jomoco example and on agreements scaled to
 * N sub-processors ({@link ScaledAgreements}): a plain Jackson tree parse (the floor), networknt's
 * JSON Schema validation of the same text against {@link DpaJson#schema()} (the peer, issue #14),
 * {@link DpaJson#read(String)} (one pass: schema check, locations, binding) and the tree reader it
 * replaced ({@link TreeCheckingReader}, kept in the dpa-model test jar for this comparison), and
 * {@code validate}: every built-in rule on the agreement already read, to see that validation grows linearly
 * with the number of sub-processors. Report ratios to {@code jacksonTree} of the same {@code size}, measured
 * in one run.
 *
 * <p>Other operations (validate, render) can be added here as further {@code @Benchmark} methods on
 * the same fixtures. Run from the repository root:
 * {@code java -jar benchmarks/target/benchmarks.jar ReaderScalingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReaderScalingBenchmark {

    /** "jomoco" for the example as it is, or the number of sub-processors of a scaled agreement. */
    @Param({"jomoco", "10", "100", "1000", "10000"})
    public String size;

    private String json;
    private JsonMapper plain;
    private Schema peer;
    private DataProcessingAgreement agreement;
    private Validator validator;

    /** Builds the document and compiles the peer's schema once. */
    @Setup
    public void load() {
        String example = ScaledAgreements.example(ScaledAgreements.JOMOCO);
        json = size.equals("jomoco") ? example : ScaledAgreements.withSubprocessors(example, Integer.parseInt(size));
        plain = JsonMapper.builder().build();
        peer = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(DpaJson.schema(), InputFormat.JSON);
        if (!peer.validate(json, InputFormat.JSON).isEmpty()) {
            throw new IllegalStateException("the fixture does not pass the schema");
        }
        agreement = DpaJson.read(json);
        validator = Validator.builder().asOf(LocalDate.of(2026, 11, 23)).build();
    }

    /**
     * The floor: a plain Jackson tree parse.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode jacksonTree() {
        return plain.readTree(json);
    }

    /**
     * The peer: networknt JSON Schema 2020-12 validation of the text against the format's schema.
     *
     * @return the errors (none)
     */
    @Benchmark
    public List<Error> networkntValidate() {
        return peer.validate(json, InputFormat.JSON);
    }

    /**
     * Strict reading as the library does it now: one pass.
     *
     * @return the agreement
     */
    @Benchmark
    public DataProcessingAgreement read() {
        return DpaJson.read(json);
    }

    /**
     * Strict reading as it was before: located tree, schema check on the tree, binding.
     *
     * @return the agreement
     */
    @Benchmark
    public DataProcessingAgreement readBefore() {
        return TreeCheckingReader.read(json);
    }

    /**
     * Validation with every built-in rule of the agreement already read (the validator is built once).
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(agreement);
    }
}
