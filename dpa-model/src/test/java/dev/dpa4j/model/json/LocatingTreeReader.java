/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reads a JSON document in one streaming pass into a tree, recording where every value and property
 * name begins. Numbers keep their exact decimal value. Syntax errors, limit violations, duplicate
 * property names and trailing content become problems; the first two end the read.
 */
final class LocatingTreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final LocatedProblems problems;

    private LocatingTreeReader(JsonParser parser, LocatedProblems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /**
     * Reads the document the parser is positioned before.
     *
     * @return the tree, or empty if the document is malformed or too large (the problem is recorded)
     * @throws JacksonIOException if the underlying input fails
     */
    static Optional<JsonNode> read(JsonParser parser, LocatedProblems problems) {
        return new LocatingTreeReader(parser, problems).readDocument();
    }

    private Optional<JsonNode> readDocument() {
        try {
            if (parser.nextToken() == null) {
                problems.at("", 1, 1, "The document is empty", "a JSON object holding an agreement");
                return Optional.empty();
            }
            TokenStreamLocation start = parser.currentTokenLocation();
            JsonNode root = value(problems.startRoot(start.getLineNr(), start.getColumnNr()));
            checkTrailingContent();
            return Optional.of(root);
        } catch (StreamConstraintsException e) {
            TokenStreamLocation location = parser.currentLocation();
            problems.at(
                    currentPointer(),
                    location.getLineNr(),
                    location.getColumnNr(),
                    "The document exceeds a safety limit (the parser reports: "
                            + withoutSourceReference(e.getOriginalMessage()) + ")",
                    "a document within the limits " + DpaJson.LIMITS);
            return Optional.empty();
        } catch (JacksonIOException e) {
            throw e;
        } catch (StreamReadException e) {
            TokenStreamLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            problems.at(
                    currentPointer(),
                    location.getLineNr(),
                    location.getColumnNr(),
                    "Malformed JSON (the parser reports: " + withoutSourceReference(e.getOriginalMessage()) + ")",
                    "well-formed JSON (RFC 8259)");
            return Optional.empty();
        }
    }

    private void checkTrailingContent() {
        TokenStreamLocation location = parser.currentLocation();
        try {
            if (parser.nextToken() == null) {
                return;
            }
            location = parser.currentTokenLocation();
        } catch (StreamConstraintsException | JacksonIOException e) {
            throw e;
        } catch (StreamReadException e) {
            if (e.getLocation() != null) {
                location = e.getLocation();
            }
        }
        problems.at(
                "",
                location.getLineNr(),
                location.getColumnNr(),
                "There is content after the end of the agreement object",
                "nothing but white space after the closing brace");
    }

    private JsonNode value(LocatedProblems.Location location) {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return object(location);
            case START_ARRAY:
                return array(location);
            case VALUE_STRING:
                return StringNode.valueOf(parser.getString());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> IntNode.valueOf(parser.getIntValue());
                    case LONG -> LongNode.valueOf(parser.getLongValue());
                    default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return DecimalNode.valueOf(parser.getDecimalValue());
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.instance;
            default:
                throw new IllegalStateException("Unexpected token " + token);
        }
    }

    private ObjectNode object(LocatedProblems.Location location) {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            TokenStreamLocation at = parser.currentTokenLocation();
            parser.nextToken();
            TokenStreamLocation start = parser.currentTokenLocation();
            if (object.has(name)) {
                value(new LocatedProblems.Location(start.getLineNr(), start.getColumnNr()));
                problems.at(
                        currentPointer(),
                        at.getLineNr(),
                        at.getColumnNr(),
                        "The property '" + name + "' occurs more than once in this object",
                        "each property at most once");
            } else {
                LocatedProblems.Location child = location.property(
                        name, at.getLineNr(), at.getColumnNr(), start.getLineNr(), start.getColumnNr());
                object.set(name, value(child));
            }
        }
        return object;
    }

    private ArrayNode array(LocatedProblems.Location location) {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            TokenStreamLocation start = parser.currentTokenLocation();
            array.add(value(location.item(start.getLineNr(), start.getColumnNr())));
        }
        return array;
    }

    private String currentPointer() {
        return parser.streamReadContext().pathAsPointer().toString();
    }

    /**
     * Removes Jackson's "[Source: REDACTED ...]" references: they never name a real source here
     * (the input is not echoed on purpose), and line and column are reported separately.
     */
    static String withoutSourceReference(String message) {
        return message.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*\\[Source:.*?\\]", "")
                .strip();
    }
}
