/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds the line and column of a model path (such as {@code subprocessing.subprocessors[4].transfer})
 * in the JSON text it came from, so that SARIF results point at a line. A path whose element is
 * absent (a missing transfer mechanism, say) is located at its nearest present ancestor.
 */
final class JsonLocator {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Line and column, 1-based. */
    record Position(int line, int column) {}

    private final Map<String, Position> positions = new HashMap<>();

    JsonLocator(String json) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                TokenStreamLocation at = parser.currentTokenLocation();
                positions.putIfAbsent(
                        pointer, new Position(Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1)));
            }
        } catch (JacksonException e) {
            // the text was parsed before; if not, every path falls back to the start of the document
        }
    }

    /** The position of the element at the model path, or of its nearest present ancestor. */
    Position locate(String modelPath) {
        String pointer = pointer(modelPath);
        while (!pointer.isEmpty()) {
            Position p = positions.get(pointer);
            if (p != null) {
                return p;
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        return positions.getOrDefault("", new Position(1, 1));
    }

    /** Converts a model path ({@code a.b[3].c}) to a JSON pointer ({@code /a/b/3/c}). */
    static String pointer(String modelPath) {
        StringBuilder pointer = new StringBuilder();
        StringBuilder segment = new StringBuilder();
        boolean inIndex = false;
        for (int i = 0; i < modelPath.length(); i++) {
            char c = modelPath.charAt(i);
            if (!inIndex && (c == '.' || c == '[')) {
                flush(pointer, segment);
                inIndex = c == '[';
            } else if (inIndex && c == ']') {
                flush(pointer, segment);
                inIndex = false;
            } else {
                segment.append(c);
            }
        }
        flush(pointer, segment);
        return pointer.toString();
    }

    private static void flush(StringBuilder pointer, StringBuilder segment) {
        if (segment.length() > 0) {
            pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
            segment.setLength(0);
        }
    }
}
