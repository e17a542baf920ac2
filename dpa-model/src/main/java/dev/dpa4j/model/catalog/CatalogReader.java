/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dpa4j.model.DpaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads catalogue data files strictly: unknown properties, wrong types, unknown enum constants,
 * duplicate keys and missing required values are errors naming the file, JSON pointer, line and
 * column. The tokens are bound by {@link CatalogBinder}, without databind.
 */
final class CatalogReader {

    static final String RESOURCE_DIRECTORY = "/dev/dpa4j/model/catalog/";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CatalogReader() {}

    /** The top-level shape of every catalogue file. */
    static final class Document<E> {
        final CatalogInfo info;
        final List<E> entries;

        @JsonCreator
        Document(@JsonProperty("info") @Nullable CatalogInfo info, @JsonProperty("entries") @Nullable List<E> entries) {
            this.info = Checks.required(info, "info");
            this.entries = Checks.list(Checks.required(entries, "entries"));
            this.entries.forEach(entry -> Checks.required(entry, "entries[]"));
        }
    }

    /** Reads the named file from the catalogue resource directory. */
    static <E> Document<E> readResource(String id, Class<E> entryType) {
        String resource = RESOURCE_DIRECTORY + id + ".json";
        try (InputStream in = CatalogReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DpaException(
                        "The reference catalogue resource " + resource + " is missing from the class path");
            }
            Document<E> document = read(in, resource, entryType);
            if (!document.info.id().equals(id)) {
                throw new DpaException("The reference catalogue resource " + resource + " declares the id '"
                        + document.info.id() + "', expected '" + id + "'");
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reference catalogue resource " + resource, e);
        }
    }

    /** Reads a catalogue document from a UTF-8 stream; {@code name} names the source in messages. */
    static <E> Document<E> read(InputStream in, String name, Class<E> entryType) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in)) {
            CatalogBinder binder = new CatalogBinder(parser);
            try {
                return binder.document(entryType);
            } catch (JacksonException e) {
                TokenStreamLocation location =
                        e.getLocation() != null && e.getLocation().getLineNr() > 0
                                ? e.getLocation()
                                : parser.currentTokenLocation();
                throw new DpaException(describe(name, binder.path, message(e), location), e);
            } catch (RuntimeException e) {
                // a token of the wrong type, an unknown property or constant, or a constructor's check:
                // the parser stands at the offending token or at the end of the refused object
                throw new DpaException(describe(name, binder.path, message(e), parser.currentTokenLocation()), e);
            }
        } catch (JacksonException e) {
            throw new DpaException(describe(name, List.of(), message(e), e.getLocation()), e);
        }
    }

    /** Checks that an enum-keyed catalogue has exactly one entry per constant, except the given ones. */
    static <K extends Enum<K>> void requireComplete(
            String id, Class<K> keyType, List<? extends CatalogEntry<K>> entries, Set<K> excluded) {
        EnumSet<K> missing = EnumSet.allOf(keyType);
        missing.removeAll(excluded);
        entries.forEach(entry -> {
            if (excluded.contains(entry.code())) {
                throw new DpaException("The reference catalogue '" + id + "' must not contain " + entry.code());
            }
            missing.remove(entry.code());
        });
        if (!missing.isEmpty()) {
            throw new DpaException("The reference catalogue '" + id + "' lacks entries for "
                    + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static String message(RuntimeException e) {
        String message = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static String describe(
            String name, List<Object> path, String message, @Nullable TokenStreamLocation location) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : path) {
            pointer.append('/');
            pointer.append(String.valueOf(segment).replace("~", "~0").replace("/", "~1"));
        }
        String where = location == null || location.getLineNr() <= 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return "The reference catalogue " + name + " is malformed at JSON pointer '" + pointer + "'" + where + ": "
                + message;
    }
}
