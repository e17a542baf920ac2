/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutates a valid document into near-misses the way a careless editor or a hostile sender would:
 * wrong types, empty and odd strings, unknown and misspelt properties, removed values, duplicated
 * elements, odd numbers, and text-level damage. Deterministic for a seed.
 */
final class JsonMutator {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<JsonNode> ODD_VALUES = List.of(
            NODES.stringNode(""),
            NODES.stringNode(" "),
            NODES.stringNode("x"),
            NODES.stringNode("UK"),
            NODES.stringNode("DE"),
            NODES.stringNode("2025-02-29"),
            NODES.stringNode("2025-05-01"),
            NODES.stringNode("DRAFT"),
            NODES.stringNode("de"),
            NODES.stringNode("EUR"),
            NODES.stringNode("\u0000\u202E"),
            NODES.nullNode(),
            NODES.numberNode(0),
            NODES.numberNode(-1),
            NODES.numberNode(1.5),
            NODES.numberNode(new java.math.BigDecimal("1E+400")),
            NODES.numberNode(new java.math.BigDecimal("24.0")),
            NODES.numberNode(3_000_000_000L),
            NODES.booleanNode(true),
            NODES.objectNode(),
            NODES.arrayNode());

    private final SplittableRandom random;

    JsonMutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Applies one to three mutations to a document; sometimes damages the text itself. */
    String mutate(String json) {
        JsonNode root = PLAIN.readTree(json);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutateTree(root);
        }
        String text = PLAIN.writeValueAsString(root);
        if (random.nextInt(10) == 0) {
            text = damage(text);
        }
        return text;
    }

    private void mutateTree(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            int choice = random.nextInt(5);
            if (names.isEmpty() || choice == 0) {
                object.set(names.isEmpty() ? "unknown" : names.get(0) + "x", odd());
            } else if (choice == 1) {
                object.remove(names.get(random.nextInt(names.size())));
            } else {
                String name = names.get(random.nextInt(names.size()));
                object.set(name, odd());
            }
        } else if (target instanceof ArrayNode array) {
            int choice = random.nextInt(3);
            if (!array.isEmpty() && choice == 0) {
                array.add(array.get(random.nextInt(array.size())).deepCopy());
            } else if (!array.isEmpty() && choice == 1) {
                array.set(random.nextInt(array.size()), odd());
            } else {
                array.add(odd());
            }
        }
    }

    private JsonNode odd() {
        return ODD_VALUES.get(random.nextInt(ODD_VALUES.size())).deepCopy();
    }

    private String damage(String text) {
        int at = random.nextInt(Math.max(1, text.length()));
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + "," + text.substring(at);
            case 2 -> "\uFEFF" + text;
            default -> text + " x";
        };
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainer()) {
            into.add(node);
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    collect(entry.getValue(), into);
                }
            } else {
                for (JsonNode element : node) {
                    collect(element, into);
                }
            }
        }
    }
}
