/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dpa4j.model.DataProcessingAgreement;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@link DataProcessingAgreement}s in the dpa4j JSON format.
 *
 * <p>Writing is deterministic: the same agreement always gives the same bytes (UTF-8, properties in
 * alphabetical order, two-space indentation, {@code \n} line ends, empty values left out).
 *
 * <p>Reading is strict and reports every problem of a document at once. It runs in three steps:
 * <ol>
 *   <li>one streaming pass parses the document under safety limits and records where each value
 *       begins; malformed JSON, a document beyond the limits, a duplicate property name or content
 *       after the agreement is a problem;
 *   <li>the whole tree is checked against the format's JSON Schema ({@link #schema()}): unknown
 *       properties, wrong types, missing required values, {@code null}s, unknown enum constants,
 *       country codes and language tags, invalid dates, a missing or unsupported
 *       {@code schemaVersion}, and the model's structural rules, all collected;
 *   <li>only a document without problems is bound to the model; a rule only the model can check
 *       (for example duplicate ids) is reported the same way.
 * </ol>
 * Every failure is a {@link DpaJsonException} listing each {@link JsonProblem} with its JSON
 * pointer, line, column and what was expected; never a raw Jackson exception or a
 * {@code NullPointerException}.
 *
 * <p>Limits against hostile input: nesting depth 100, document length 10 MiB (in characters
 * for text input, bytes for streams), 1,000,000 tokens, strings of 1,000,000 characters, property
 * names of 1,000 characters, numbers of 100 digits.
 *
 * <p>This class touches no global state; every call of {@link #mapper()} returns a new mapper. It
 * is thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class DpaJson {

    static final int MAX_NESTING_DEPTH = 100;
    static final long MAX_DOCUMENT_LENGTH = 10L * 1024 * 1024;
    static final long MAX_TOKEN_COUNT = 1_000_000;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NAME_LENGTH = 1_000;
    static final int MAX_NUMBER_LENGTH = 100;
    static final String LIMITS = "(nesting depth " + MAX_NESTING_DEPTH + ", document length " + MAX_DOCUMENT_LENGTH
            + ", " + MAX_TOKEN_COUNT + " tokens, strings of " + MAX_STRING_LENGTH + " characters, names of "
            + MAX_NAME_LENGTH + " characters, numbers of " + MAX_NUMBER_LENGTH + " digits)";

    private static final String SCHEMA_RESOURCE = "dpa-agreement.schema.json";

    private static final char BOM = '\uFEFF';
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Parsers for reading, under the limits and without closing the caller's streams. Reading needs no
     * mapper: the strict reader binds the tokens itself, so a program that only reads never builds one.
     */
    private static final JsonFactory READER = limited(JsonFactory.builder())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private DpaJson() {}

    /**
     * Returns a new mapper configured for the dpa4j JSON format: the writing conventions of this
     * class, the strict deserialisation features, the safety limits and the {@link DpaJsonModule}.
     *
     * <p>Reading through the mapper directly is strict but stops at the first problem and does not
     * check the schema; prefer the {@code read} methods of this class.
     *
     * @return a new, independent mapper
     */
    public static JsonMapper mapper() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                        Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        JsonFactory factory = limited(JsonFactory.builder()).build();
        return JsonMapper.builder(factory)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .defaultPrettyPrinter(printer)
                .changeDefaultPropertyInclusion(incl ->
                        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
                .addModule(new DpaJsonModule())
                .build();
    }

    /** A factory builder with the reading limits. */
    private static JsonFactoryBuilder limited(JsonFactoryBuilder builder) {
        return builder.streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .maxTokenCount(MAX_TOKEN_COUNT)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
    }

    /**
     * Reads an agreement from JSON text. A leading byte order mark (U+FEFF) is ignored, as on every
     * other read path.
     *
     * @param json the JSON document, not null
     * @return the agreement
     * @throws DpaJsonException listing every problem if the document is not a valid agreement
     */
    public static DataProcessingAgreement read(String json) {
        Objects.requireNonNull(json, "json");
        int start = !json.isEmpty() && json.charAt(0) == BOM ? 1 : 0;
        if (json.length() - start > MAX_DOCUMENT_LENGTH) {
            // text handed over whole never passes the parser's refill check: apply the limit here
            throw new DpaJsonException(List.of(Problems.problem(
                    "",
                    1,
                    1,
                    JsonProblem.Kind.DOCUMENT_TOO_LONG,
                    null,
                    String.valueOf(json.length() - start),
                    String.valueOf(MAX_DOCUMENT_LENGTH))));
        }
        if (start == 0) {
            return read(() -> READER.createParser(ObjectReadContext.empty(), json), "the JSON text");
        }
        StringReader text = new StringReader(json);
        skipBom(text);
        return read(() -> READER.createParser(ObjectReadContext.empty(), text), "the JSON text");
    }

    /**
     * Reads an agreement from a character stream. A leading byte order mark (U+FEFF) is ignored.
     *
     * @param reader the reader, not null; it is read to the end of the agreement but not closed
     * @return the agreement
     * @throws DpaJsonException listing every problem if the document is not a valid agreement
     * @throws UncheckedIOException if the reader fails
     */
    public static DataProcessingAgreement read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        PushbackReader text = new PushbackReader(reader, 1);
        try {
            int first = text.read();
            if (first >= 0 && first != BOM) {
                text.unread(first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON reader", e);
        }
        return read(() -> READER.createParser(ObjectReadContext.empty(), text), "the JSON reader");
    }

    /**
     * Reads an agreement from a UTF-8 JSON file. A leading UTF-8 byte order mark is ignored.
     *
     * @param file the file, not null
     * @return the agreement
     * @throws DpaJsonException listing every problem if the document is not a valid agreement
     * @throws UncheckedIOException if the file cannot be read
     */
    public static DataProcessingAgreement read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = withoutBom(Files.newInputStream(file))) {
            return read(() -> READER.createParser(ObjectReadContext.empty(), in), file.toString());
        } catch (NoSuchFileException e) {
            // the exception's own message is only the path again
            throw new UncheckedIOException("Cannot read " + file + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new UncheckedIOException("Cannot read " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads an agreement from a stream of UTF-8 JSON. A leading UTF-8 byte order mark is ignored.
     * The stream is read only up to the document length limit: a longer stream fails without being
     * loaded into memory.
     *
     * @param in the stream, not null; it is read to the end of the agreement but not closed
     * @return the agreement
     * @throws DpaJsonException listing every problem if the document is not a valid agreement
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static DataProcessingAgreement read(InputStream in) {
        Objects.requireNonNull(in, "in");
        InputStream bytes;
        try {
            bytes = withoutBom(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON stream", e);
        }
        return read(() -> READER.createParser(ObjectReadContext.empty(), bytes), "the JSON stream");
    }

    /**
     * Skips a UTF-8 byte order mark, so that lines and columns count from the first character after
     * it, as on the text paths. Jackson would skip it too, but count its bytes in the columns.
     *
     * <p>Bytes are read as UTF-8 only (RFC 8259, section 8.1). Jackson would take a zero byte among
     * the first four, or a UTF-16 byte order mark, for UTF-16 or UTF-32 text, and a decoding failure
     * there would surface as an input failure rather than as a problem of the document; neither can
     * start a UTF-8 JSON document, so such a stream is refused here with its location.
     */
    private static InputStream withoutBom(InputStream in) throws IOException {
        // Jackson decides the encoding from the first four bytes it is given, after our byte order mark
        PushbackInputStream bytes = new PushbackInputStream(in, UTF8_BOM.length + 4);
        byte[] head = new byte[UTF8_BOM.length + 4];
        int read = bytes.readNBytes(head, 0, head.length);
        boolean bom = read >= UTF8_BOM.length && Arrays.equals(head, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length);
        int from = bom ? UTF8_BOM.length : 0;
        if (!looksLikeUtf8(Arrays.copyOfRange(head, from, Math.min(read, from + 4)), Math.min(read - from, 4))) {
            throw new DpaJsonException(List.of(Problems.problem("", 1, 1, JsonProblem.Kind.NOT_UTF8, null)));
        }
        if (read > from) {
            bytes.unread(head, from, read - from);
        }
        return bytes;
    }

    private static boolean looksLikeUtf8(byte[] head, int read) {
        if (read >= 2
                && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                        || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return false;
        }
        for (int i = 0; i < read; i++) {
            if (head[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static DataProcessingAgreement read(Supplier<JsonParser> parsers, String source) {
        try (JsonParser parser = parsers.get()) {
            return Schema.STRICT.read(parser);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException("Cannot read " + source, e.getCause());
        }
    }

    private static void skipBom(StringReader text) {
        try {
            long skipped = text.skip(1);
            assert skipped == 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /**
     * Writes an agreement as JSON text, ending with a line feed.
     *
     * @param agreement the agreement, not null
     * @return the JSON document, which {@link #read(String)}, {@link #read(Path)} and
     *     {@link #read(InputStream)} accept
     * @throws DpaJsonWriteException if the document would exceed a reading limit (its UTF-8 length,
     *     the number of tokens or the length of a string or a property name)
     */
    public static String write(DataProcessingAgreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        BoundedWriter text = new BoundedWriter();
        try {
            Writers.INSTANCE.writeValue(text, agreement);
            text.write('\n');
        } catch (RuntimeException e) {
            if (text.exceeded) {
                throw new DpaJsonWriteException(
                        "The agreement cannot be written: its JSON form would be more than " + MAX_DOCUMENT_LENGTH
                                + " bytes of UTF-8, the document length DpaJson.read accepts",
                        null);
            }
            throw e;
        }
        String json = text.toString();
        verifyReadable(json);
        return json;
    }

    /**
     * Writes an agreement as UTF-8 JSON to a stream. The document is complete and checked against
     * the reading limits before the first byte is written.
     *
     * @param agreement the agreement, not null
     * @param out the stream, not null; it is not closed
     * @throws DpaJsonWriteException if the document would exceed a reading limit; nothing is written
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(DataProcessingAgreement agreement, OutputStream out) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(out, "out");
        String json = write(agreement);
        // the same characters through the same encoder (malformed text becomes '?' exactly as with
        // String.getBytes), so the same bytes as write(agreement)
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write(json);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JSON stream", e);
        }
    }

    /** Parses what was written under the reading limits, so that write never gives what read refuses. */
    private static void verifyReadable(String json) {
        try (JsonParser parser = READER.createParser(ObjectReadContext.empty(), json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    parser.getString(); // a string's length is checked when it is decoded
                }
            }
        } catch (StreamConstraintsException e) {
            throw new DpaJsonWriteException(
                    "The agreement cannot be written: its JSON form would exceed a limit that DpaJson.read applies "
                            + LIMITS + ": " + StrictReader.withoutSourceReference(e.getOriginalMessage()),
                    e);
        }
    }

    /**
     * Collects the written text and stops as soon as its UTF-8 length passes the document limit,
     * so that a huge agreement is refused without being written out whole first.
     */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private long utf8Length;
        boolean exceeded;

        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                // a surrogate pair is 4 bytes; a lone surrogate (written as '?') is counted as 2
                utf8Length += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
            if (utf8Length > MAX_DOCUMENT_LENGTH) {
                exceeded = true;
                throw new IllegalStateException("document length limit exceeded");
            }
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            char[] chars = new char[length];
            string.getChars(offset, offset + length, chars, 0);
            write(chars, 0, length);
        }

        @Override
        public void write(int c) {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing to release
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the format, as committed with this version of the
     * library. It is generated from the model and describes exactly what {@code read} accepts,
     * except rules that only the model can check, such as unique ids.
     *
     * @return the schema as UTF-8 JSON text ending with a line feed
     */
    public static String schema() {
        return SchemaText.TEXT;
    }

    /**
     * Resolved once for the root type, so that a write does not look up the serializers again; in
     * a holder, so that a program that only reads does not build the serializers at all.
     */
    private static final class Writers {
        static final ObjectWriter INSTANCE = mapper().writerFor(DataProcessingAgreement.class);
    }

    /** The schema of the format at a location (a JSON pointer into the schema), or null if there is none. */
    static CompiledSchema.@Nullable Node schemaNode(String location) {
        return Schema.COMPILED.node(location);
    }

    /**
     * The schema, loaded on first use, and the reader compiled from it. It is compiled from the resource's
     * UTF-8 bytes, by the byte parser that reads agreements too: decoding the text first (its four typographic
     * quotes make the whole text UTF-16) and parsing it with the character parser cost a cold {@code dpa
     * validate} about 15 ms of CPU (issue 14).
     */
    private static final class Schema {
        static final byte[] BYTES = load();
        static final CompiledSchema COMPILED = new CompiledSchema(SchemaTree.read(READER, BYTES));
        static final StrictReader STRICT = new StrictReader(COMPILED);

        private static byte[] load() {
            try (InputStream in = DpaJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The resource " + SCHEMA_RESOURCE + " is missing from dpa-model");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the resource " + SCHEMA_RESOURCE, e);
            }
        }
    }

    /** The schema's text, decoded on first use: reading agreements does not need it. */
    private static final class SchemaText {
        static final String TEXT = new String(Schema.BYTES, StandardCharsets.UTF_8);
    }
}
