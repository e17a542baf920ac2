/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import dev.dpa4j.model.json.DpaJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Agreements of any size for scaling benchmarks and tests: an example agreement with its
 * sub-processors cloned round-robin to N entries, each clone with a unique {@code id} and
 * {@code name}, so that the mix of EU, US and third-country entries of the example is kept and
 * every document reads without error. Deterministic: the same example and N give the same bytes.
 * Shared through the dpa-model test jar (the benchmarks use it).
 */
public final class ScaledAgreements {

    /** The example the benchmarks scale, relative to the repository root. */
    public static final String JOMOCO = "examples/jomoco-avv-de.json";

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private ScaledAgreements() {}

    /**
     * Returns the example with its sub-processors cloned to {@code n} entries, in the canonical form
     * {@link DpaJson#write} gives.
     *
     * @param example the example document (JSON text) with at least one sub-processor
     * @param n the number of sub-processors, at least 1
     * @return the scaled document
     */
    public static String withSubprocessors(String example, int n) {
        ObjectNode root = (ObjectNode) PLAIN.readTree(example);
        ArrayNode original = (ArrayNode) root.path("subprocessing").path("subprocessors");
        if (original.isEmpty() || n < 1) {
            throw new IllegalArgumentException("need an example with sub-processors and n >= 1");
        }
        ArrayNode scaled = PLAIN.createArrayNode();
        for (int i = 0; i < n; i++) {
            ObjectNode clone = (ObjectNode) original.get(i % original.size()).deepCopy();
            if (i >= original.size()) {
                clone.put("id", clone.path("id").asString() + "-" + i);
                clone.put("name", clone.path("name").asString() + " " + i);
            }
            scaled.add(clone);
        }
        ((ObjectNode) root.get("subprocessing")).set("subprocessors", scaled);
        return DpaJson.write(DpaJson.read(PLAIN.writeValueAsString(root)));
    }

    /**
     * Reads an example from the repository, looking in the working directory and its parent (a
     * module's tests run in the module's folder).
     *
     * @param relative the path relative to the repository root, such as {@link #JOMOCO}
     * @return the document
     */
    public static String example(String relative) {
        Path path = Path.of(relative);
        if (!Files.exists(path)) {
            path = Path.of("..").resolve(relative);
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the sub-processors of a document as a tree, for tests that look inside.
     *
     * @param json the document
     * @return the array of sub-processors
     */
    public static JsonNode subprocessors(String json) {
        return PLAIN.readTree(json).path("subprocessing").path("subprocessors");
    }
}
