/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.ModelPath;
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
    Position locate(ModelPath modelPath) {
        for (ModelPath p = modelPath; !p.isRoot(); p = p.parent()) {
            Position at = positions.get(p.toJsonPointer());
            if (at != null) {
                return at;
            }
        }
        return positions.getOrDefault("", new Position(1, 1));
    }
}
