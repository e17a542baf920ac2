/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.benchmarks;

import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.model.json.DpaJsonException;
import java.util.Iterator;
import java.util.Map;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading documents with unknown property names, what a fuzzer feeds the reader most (issue #13): every
 * unknown name is measured against the names the schema declares there, to suggest the closest one.
 * The Jomoco example with every third property name of every object changed, beside a Jackson tree
 * parse of the same text.
 *
 * <ul>
 *   <li>{@code typos}: a letter doubled, as a person would misspell it ({@code "titlle"}), so that a
 *       suggestion is found;
 *   <li>{@code unknown}: a name of the same length that resembles nothing, so that every candidate of a
 *       similar length is measured in full and nothing is suggested.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ReaderTyposBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReaderTyposBenchmark {

    /** How the names are changed. */
    @Param({"typos", "unknown"})
    public String kind;

    private String json;
    private JsonMapper mapper;

    /** Changes the names of the example. */
    @Setup
    public void setUp() {
        mapper = JsonMapper.builder().build();
        JsonNode tree = mapper.readTree(ScaledAgreements.example(ScaledAgreements.JOMOCO));
        int[] counter = {0};
        change(tree, counter);
        json = mapper.writeValueAsString(tree);
        try {
            DpaJson.read(json);
            throw new IllegalStateException("The changed names should make the document unreadable");
        } catch (DpaJsonException expected) {
            // as intended
        }
    }

    private void change(JsonNode node, int[] counter) {
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> entries = new java.util.LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                entries.put(e.getKey(), e.getValue());
            }
            object.removeAll();
            entries.forEach((name, value) -> {
                change(value, counter);
                object.set(counter[0]++ % 3 == 2 ? changed(name) : name, value);
            });
        } else if (node.isArray()) {
            node.forEach(element -> change(element, counter));
        }
    }

    private String changed(String name) {
        if (kind.equals("typos")) {
            int at = name.length() / 2;
            return name.substring(0, at) + name.charAt(at) + name.substring(at);
        }
        return "q".repeat(name.length());
    }

    /**
     * The floor: a plain Jackson tree parse of the changed text.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode jacksonTree() {
        return mapper.readTree(json);
    }

    /**
     * The strict reader, which reports every unknown name with a suggestion where one is close.
     *
     * @return the number of problems
     */
    @Benchmark
    public int read() {
        try {
            DpaJson.read(json);
            return 0;
        } catch (DpaJsonException e) {
            return e.getProblems().size();
        }
    }
}
