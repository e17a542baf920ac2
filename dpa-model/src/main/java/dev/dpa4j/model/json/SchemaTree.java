/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the format's own schema into a tree straight from the parser's tokens, as a mapper's
 * {@code readTree} would (integers as int, long or big integer nodes, other numbers as doubles), but
 * without building a mapper: reading an agreement needs none. The schema is a resource of this
 * library, so its text is trusted; a malformed schema fails as Jackson fails.
 */
final class SchemaTree {

    private SchemaTree() {}

    static JsonNode read(JsonFactory factory, String json) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
            return read(parser);
        }
    }

    /** The same from the text's UTF-8 bytes. */
    static JsonNode read(JsonFactory factory, byte[] json) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
            return read(parser);
        }
    }

    private static JsonNode read(JsonParser parser) {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new IllegalStateException("The schema of the format is empty");
        }
        return value(parser, token);
    }

    private static JsonNode value(JsonParser parser, JsonToken token) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                String name;
                while ((name = parser.nextName()) != null) {
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.stringNode(parser.getString());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IllegalStateException("Unexpected token " + token + " in the schema of the format");
        }
    }
}
