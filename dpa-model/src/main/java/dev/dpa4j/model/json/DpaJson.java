/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dpa4j.model.DataProcessingAgreement;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@link DataProcessingAgreement}s in the dpa4j JSON format.
 *
 * <p>Writing is deterministic: the same agreement always gives the same bytes (UTF-8, properties in
 * alphabetical order, two-space indentation, {@code \n} line ends, empty values left out). Reading
 * is strict: unknown properties, wrong types and unknown enum constants or country codes are
 * errors.
 *
 * <p>This class touches no global state; every call of {@link #mapper()} returns a new mapper.
 */
public final class DpaJson {

    private static final JsonMapper MAPPER = mapper();

    private DpaJson() {}

    /**
     * Returns a new mapper configured for the dpa4j JSON format.
     *
     * @return a new, independent mapper
     */
    public static JsonMapper mapper() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                        Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JsonMapper.builder()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .defaultPrettyPrinter(printer)
                .changeDefaultPropertyInclusion(incl ->
                        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
                .build();
    }

    /**
     * Reads an agreement from JSON text.
     *
     * @param json the JSON document, not null
     * @return the agreement
     */
    public static DataProcessingAgreement read(String json) {
        Objects.requireNonNull(json, "json");
        return MAPPER.readValue(json, DataProcessingAgreement.class);
    }

    /**
     * Reads an agreement from a UTF-8 JSON file.
     *
     * @param file the file, not null
     * @return the agreement
     * @throws UncheckedIOException if the file cannot be read
     */
    public static DataProcessingAgreement read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Reads an agreement from a stream of UTF-8 JSON.
     *
     * @param in the stream, not null; it is read to the end but not closed
     * @return the agreement
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static DataProcessingAgreement read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON stream", e);
        }
    }

    /**
     * Writes an agreement as JSON text, ending with a line feed.
     *
     * @param agreement the agreement, not null
     * @return the JSON document
     */
    public static String write(DataProcessingAgreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        return MAPPER.writeValueAsString(agreement) + "\n";
    }

    /**
     * Writes an agreement as UTF-8 JSON to a stream.
     *
     * @param agreement the agreement, not null
     * @param out the stream, not null; it is not closed
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(DataProcessingAgreement agreement, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(write(agreement).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JSON stream", e);
        }
    }
}
