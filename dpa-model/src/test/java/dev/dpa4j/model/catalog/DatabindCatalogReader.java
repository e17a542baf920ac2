/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import dev.dpa4j.model.DpaException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue reader as it was before issue #14, through Jackson databind and the entry types'
 * {@code @JsonCreator} constructors: the reference {@code CatalogBinderTest} compares
 * {@link CatalogReader}'s results with.
 */
final class DatabindCatalogReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private DatabindCatalogReader() {}

    /** Reads a catalogue document from a UTF-8 stream; {@code name} names the source in messages. */
    static <E> CatalogReader.Document<E> read(InputStream in, String name, Class<E> entryType) {
        JavaType type = MAPPER.getTypeFactory().constructParametricType(CatalogReader.Document.class, entryType);
        try (JsonParser parser = MAPPER.createParser(in)) {
            try {
                return MAPPER.readValue(parser, type);
            } catch (JacksonException e) {
                // Errors raised while a creator's properties are buffered carry no location; the
                // parser still stands at the offending token.
                TokenStreamLocation location =
                        e.getLocation() != null && e.getLocation().getLineNr() > 0
                                ? e.getLocation()
                                : parser.currentTokenLocation();
                throw new DpaException(describe(name, e, location), e);
            }
        } catch (JacksonException e) {
            throw new DpaException(describe(name, e, e.getLocation()), e);
        }
    }

    private static String describe(String name, JacksonException e, @Nullable TokenStreamLocation location) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        String where = location == null || location.getLineNr() <= 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return "The reference catalogue " + name + " is malformed at JSON pointer '" + pointer + "'" + where + ": "
                + message;
    }
}
