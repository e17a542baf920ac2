/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import dev.dpa4j.model.json.CompiledSchema.Node;
import dev.dpa4j.model.json.JsonProblem.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Checks a document against the {@link CompiledSchema} while it is being parsed, one token at a
 * time, and records every problem with its JSON pointer, line and column. It keeps a stack of the
 * open objects and arrays only, never the values: a document is held once, by whoever consumes
 * the tokens (the binding to the model). Not thread-safe; one instance per read.
 */
final class TokenCheck {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** An open object or array. Reused per depth, so that a read allocates one per nesting level. */
    private static final class Frame {
        boolean object;

        @Nullable
        Node schema;

        /** The current property name of an object. */
        @Nullable
        String name;

        /** The index of the current element of an array. */
        int index;

        /** The schema for the value after the current property name; null means not checked. */
        @Nullable
        Node child;

        /** The current property is a duplicate: its value is not checked. */
        boolean duplicate;

        /** Declared properties seen so far, by index. */
        long[] seen = new long[2];

        /** Names seen that are not declared properties, or values seen in a set. */
        final NameSet names = new NameSet();

        int count;
        int line;
        int column;

        void reset(boolean isObject, @Nullable Node node) {
            object = isObject;
            schema = node;
            name = null;
            index = -1;
            child = null;
            duplicate = false;
            int words = node == null ? 0 : (node.propertyList.size() + 63) / 64;
            if (seen.length < words) {
                seen = new long[words];
            } else {
                Arrays.fill(seen, 0L);
            }
            names.clear();
            count = 0;
            line = 1;
            column = 1;
        }

        boolean seen(int property) {
            return (seen[property >>> 6] & (1L << property)) != 0;
        }

        /** Marks a declared property as seen; false if it was seen before. */
        boolean see(int property) {
            long bit = 1L << property;
            long word = seen[property >>> 6];
            seen[property >>> 6] = word | bit;
            return (word & bit) == 0;
        }
    }

    /** A set of strings that stays allocation-free while small: most maps and sets hold a few entries. */
    private static final class NameSet {
        private final String[] small = new String[8];
        private int size;

        @Nullable
        private Set<String> large;

        void clear() {
            Arrays.fill(small, 0, Math.min(size, small.length), null);
            size = 0;
            large = null;
        }

        /** Adds a string; false if it was present. */
        boolean add(String value) {
            if (large != null) {
                return large.add(value);
            }
            for (int i = 0; i < size; i++) {
                if (small[i].equals(value)) {
                    return false;
                }
            }
            if (size < small.length) {
                small[size++] = value;
                return true;
            }
            Set<String> set = new HashSet<>(Arrays.asList(small));
            large = set;
            return set.add(value);
        }
    }

    private final JsonParser parser;
    private final Problems problems;
    private final Node root;
    private Frame[] frames = new Frame[8];
    private int depth;
    private boolean started;
    private boolean rootClosed;

    /** Where the object that closed with the last token began, for a problem the model reports on it. */
    private int closedLine;

    private int closedColumn;

    private boolean lastClosedObject;

    TokenCheck(JsonParser parser, Problems problems, Node root) {
        this.parser = parser;
        this.problems = problems;
        this.root = root;
    }

    /** Whether the root value has been read completely. */
    boolean rootClosed() {
        return rootClosed;
    }

    /** Whether the root value has begun. */
    boolean started() {
        return started;
    }

    /** Takes the token the parser has just moved to. */
    void token(@Nullable JsonToken token) {
        lastClosedObject = false;
        if (token == null) {
            return;
        }
        switch (token) {
            case PROPERTY_NAME -> name();
            case END_OBJECT -> endObject();
            case END_ARRAY -> endArray();
            default -> value(token);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private void name() {
        Frame frame = frames[depth - 1];
        String name = parser.currentName();
        frame.name = name;
        frame.child = null;
        frame.duplicate = false;
        Node schema = frame.schema;
        if (schema == null) {
            if (!frame.names.add(name)) {
                duplicate(frame, name);
            }
            return;
        }
        Integer declared = schema.propertyIndex.get(name);
        if (declared != null) {
            if (!frame.see(declared)) {
                duplicate(frame, name);
                return;
            }
            frame.count++;
            checkName(name, schema);
            frame.child = schema.propertyList.get(declared);
            return;
        }
        if (!frame.names.add(name)) {
            duplicate(frame, name);
            return;
        }
        frame.count++;
        checkName(name, schema);
        if (schema.additionalForbidden) {
            TokenStreamLocation at = parser.currentTokenLocation();
            problems.at(
                    pointer(depth),
                    at.getLineNr(),
                    at.getColumnNr(),
                    Kind.UNKNOWN_PROPERTY,
                    null,
                    abbreviate(name),
                    orEmpty(suggested(name, schema.propertyNames, schema.lowerPropertyNames)),
                    String.join(", ", schema.propertyNames));
        } else {
            frame.child = schema.additional;
        }
    }

    private void duplicate(Frame frame, String name) {
        frame.duplicate = true;
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.at(pointer(depth), at.getLineNr(), at.getColumnNr(), Kind.DUPLICATE_PROPERTY, null, name);
    }

    private void checkName(String name, Node schema) {
        Node names = schema.names;
        if (names == null) {
            return;
        }
        if (names.enumValues != null && !names.enumValues.contains(name)) {
            atToken(Kind.UNKNOWN_KEY, names, abbreviate(name), String.join(", ", names.enumList), names.location);
        }
        if (names.pattern != null && !names.matches(name)) {
            atToken(Kind.KEY_PATTERN, null, abbreviate(name), names.patternSource);
        }
    }

    private void value(JsonToken token) {
        Node schema;
        if (depth == 0) {
            if (started) {
                return; // content after the root: the caller reports it
            }
            started = true;
            schema = root;
            if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
                rootClosed = true;
            }
        } else {
            Frame parent = frames[depth - 1];
            if (parent.object) {
                schema = parent.duplicate ? null : parent.child;
            } else {
                parent.index++;
                schema = parent.schema == null ? null : parent.schema.items;
            }
        }
        boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        if (schema != null && schema.objectForm != null) {
            // a plain string or the full form of a text
            if (token != JsonToken.VALUE_STRING && token != JsonToken.START_OBJECT) {
                atToken(Kind.WRONG_TYPE, schema, valueType(token), valueText(token), schema.location);
                if (container) {
                    push(false, null);
                }
                addToSet(token);
                return;
            }
            schema = token == JsonToken.VALUE_STRING ? schema.stringForm : schema.objectForm;
        }
        if (schema == null) {
            if (container) {
                push(token == JsonToken.START_OBJECT, null);
            }
            addToSet(token);
            return;
        }
        CompiledSchema.Type type = schema.type;
        if (type != null && !hasType(token, type)) {
            if (!(token == JsonToken.VALUE_NUMBER_FLOAT && type == CompiledSchema.Type.INTEGER && outOfRange())) {
                if (token == JsonToken.VALUE_NULL) {
                    atToken(Kind.NULL_VALUE, schema, schema.location);
                } else {
                    atToken(Kind.WRONG_TYPE, schema, valueType(token), valueText(token), schema.location);
                }
            }
            if (container) {
                push(token == JsonToken.START_OBJECT, null);
            }
            addToSet(token);
            return;
        }
        String constant = schema.constant;
        if (constant != null && !(token == JsonToken.VALUE_STRING && constant.equals(parser.getString()))) {
            String pointer = pointer(depth);
            Kind kind = pointer.equals("/schemaVersion") ? Kind.UNSUPPORTED_VERSION : Kind.WRONG_CONSTANT;
            atToken(pointer, kind, null, valueType(token), valueText(token), constant);
        }
        Set<String> allowed = schema.enumValues;
        if (allowed != null && !(token == JsonToken.VALUE_STRING && allowed.contains(parser.getString()))) {
            atToken(
                    Kind.UNKNOWN_VALUE,
                    schema,
                    valueType(token),
                    valueText(token),
                    String.join(", ", schema.enumList),
                    schema.location);
        }
        switch (token) {
            case VALUE_STRING -> checkString(schema);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> checkNumber(token, schema);
            case START_OBJECT -> {
                Frame frame = push(true, schema);
                TokenStreamLocation at = parser.currentTokenLocation();
                frame.line = at.getLineNr();
                frame.column = at.getColumnNr();
                return;
            }
            case START_ARRAY -> {
                push(false, schema);
                return;
            }
            default -> {
                // booleans and null need nothing more
            }
        }
        addToSet(token);
    }

    /** For an element of a set ({@code uniqueItems}): reports a value that occurs twice. */
    private void addToSet(JsonToken token) {
        if (depth == 0 || token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            return;
        }
        Frame parent = frames[depth - 1];
        if (parent.object || parent.schema == null || !parent.schema.uniqueItems) {
            return;
        }
        String key = token == JsonToken.VALUE_STRING ? "s" + parser.getString() : token.name() + parser.getString();
        if (!parent.names.add(key)) {
            atToken(Kind.DUPLICATE_VALUE, null, valueType(token), valueText(token));
        }
    }

    private void checkString(Node schema) {
        if (schema.minLength == 0 && schema.pattern == null && !schema.date) {
            return;
        }
        String text = parser.getString();
        int minLength = schema.minLength;
        if (minLength > 0 && text.length() < 2 * minLength) {
            int length = text.codePointCount(0, text.length());
            if (length < minLength) {
                atToken(Kind.TOO_SHORT, null, String.valueOf(length), String.valueOf(minLength));
            }
        }
        if (schema.pattern != null && !schema.matches(text)) {
            atToken(Kind.PATTERN_MISMATCH, null, abbreviate(text), schema.patternSource);
        }
        if (schema.date) {
            try {
                LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                atToken(Kind.INVALID_DATE, null, abbreviate(text));
            }
        }
    }

    private void checkNumber(JsonToken token, Node schema) {
        if (schema.minimum == null && schema.maximum == null) {
            return;
        }
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            long value = parser.getLongValue();
            if (schema.minimum != null && schema.minimumLong != Long.MIN_VALUE && value < schema.minimumLong) {
                tooSmall(schema);
            } else if (schema.maximum != null && schema.maximumLong != Long.MAX_VALUE && value > schema.maximumLong) {
                tooLarge(schema);
            } else if ((schema.minimum != null && schema.minimumLong == Long.MIN_VALUE)
                    || (schema.maximum != null && schema.maximumLong == Long.MAX_VALUE)) {
                checkDecimal(BigDecimal.valueOf(value), schema);
            }
            return;
        }
        BigDecimal value = decimal();
        if (value != null) {
            checkDecimal(value, schema);
        }
    }

    private void checkDecimal(BigDecimal value, Node schema) {
        if (schema.minimum != null && value.compareTo(schema.minimum) < 0) {
            tooSmall(schema);
        }
        if (schema.maximum != null && value.compareTo(schema.maximum) > 0) {
            tooLarge(schema);
        }
    }

    private void tooSmall(Node schema) {
        atToken(Kind.TOO_SMALL, null, abbreviate(parser.getString()), plain(schema.minimum));
    }

    private void tooLarge(Node schema) {
        atToken(Kind.TOO_LARGE, null, abbreviate(parser.getString()), plain(schema.maximum));
    }

    private static String plain(@Nullable BigDecimal bound) {
        return bound == null ? "" : bound.toPlainString();
    }

    /** The current number as a decimal, or null (and a problem) if no decimal can hold it. */
    private @Nullable BigDecimal decimal() {
        try {
            return parser.getDecimalValue();
        } catch (JacksonIOException | StreamConstraintsException e) {
            throw e;
        } catch (RuntimeException e) {
            // for example 1e9999999999: the exponent exceeds what a BigDecimal can hold
            atToken(Kind.NUMBER_OUT_OF_RANGE, null, abbreviate(parser.getString()));
            return null;
        }
    }

    /** For a fraction where a whole number is expected: reports a number no decimal holds instead. */
    private boolean outOfRange() {
        try {
            parser.getDecimalValue();
            return false;
        } catch (JacksonIOException | StreamConstraintsException e) {
            throw e;
        } catch (RuntimeException e) {
            return decimal() == null;
        }
    }

    private boolean hasType(JsonToken token, CompiledSchema.Type type) {
        return switch (type) {
            case OBJECT -> token == JsonToken.START_OBJECT;
            case ARRAY -> token == JsonToken.START_ARRAY;
            case STRING -> token == JsonToken.VALUE_STRING;
            case BOOLEAN -> token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
            case NUMBER -> token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
            case INTEGER -> token == JsonToken.VALUE_NUMBER_INT || (token == JsonToken.VALUE_NUMBER_FLOAT && whole());
        };
    }

    private boolean whole() {
        try {
            return parser.getDecimalValue().stripTrailingZeros().scale() <= 0;
        } catch (JacksonIOException | StreamConstraintsException e) {
            throw e;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Frame push(boolean object, @Nullable Node schema) {
        if (depth == frames.length) {
            frames = Arrays.copyOf(frames, depth * 2);
        }
        Frame frame = frames[depth];
        if (frame == null) {
            frame = new Frame();
            frames[depth] = frame;
        }
        frame.reset(object, schema);
        depth++;
        return frame;
    }

    private void endObject() {
        Frame frame = frames[--depth];
        Node schema = frame.schema;
        closedLine = frame.line;
        closedColumn = frame.column;
        lastClosedObject = true;
        if (depth == 0) {
            rootClosed = true;
        }
        if (schema == null || !schema.needsObjectStart()) {
            return;
        }
        String pointer = null;
        if (frame.count < schema.minProperties) {
            pointer = pointer(depth);
            problems.at(
                    pointer,
                    frame.line,
                    frame.column,
                    Kind.TOO_FEW_PROPERTIES,
                    null,
                    String.valueOf(frame.count),
                    String.valueOf(schema.minProperties));
        }
        for (int required : schema.required) {
            if (!frame.seen(required)) {
                String name = schema.propertyNames.get(required);
                pointer = pointer == null ? pointer(depth) : pointer;
                problems.at(pointer, frame.line, frame.column, Kind.MISSING_PROPERTY, null, name);
            }
        }
        int[] anyOf = schema.anyOfRequired;
        if (anyOf.length > 0) {
            List<String> names = new ArrayList<>();
            for (int index : anyOf) {
                if (frame.seen(index)) {
                    return;
                }
                names.add(schema.propertyNames.get(index));
            }
            problems.at(
                    pointer == null ? pointer(depth) : pointer,
                    frame.line,
                    frame.column,
                    Kind.MISSING_ONE_OF,
                    null,
                    String.join(", ", names));
        }
    }

    private void endArray() {
        depth--;
        if (depth == 0) {
            rootClosed = true;
        }
    }

    /**
     * Records a problem the model found while binding the value at a pointer: located where that
     * object began if it is the object just closed (the model checks an object when it ends),
     * otherwise at the current token.
     */
    void atBinding(String pointer, Kind kind, String... arguments) {
        if (lastClosedObject && pointer.equals(pointer(depth))) {
            problems.at(pointer, closedLine, closedColumn, kind, null, arguments);
            return;
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.at(pointer, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), kind, null, arguments);
    }

    // ---------------------------------------------------------------------------------------------

    private void atToken(Kind kind, @Nullable Node node, String... arguments) {
        atToken(pointer(depth), kind, node, arguments);
    }

    private void atToken(String pointer, Kind kind, @Nullable Node node, String... arguments) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.at(pointer, at.getLineNr(), at.getColumnNr(), kind, node, arguments);
    }

    /** The JSON pointer of the current position through the first {@code levels} open containers. */
    private String pointer(int levels) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            Frame frame = frames[i];
            pointer.append('/');
            if (frame.object) {
                String name = frame.name == null ? "" : frame.name;
                pointer.append(name.replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(Math.max(frame.index, 0));
            }
        }
        return pointer.toString();
    }

    /** The value type of a token, as {@link JsonProblem.Kind} names it. */
    private static String valueType(JsonToken token) {
        return switch (token) {
            case VALUE_NULL -> "null";
            case VALUE_STRING -> "string";
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            default -> "number";
        };
    }

    /** The value of a token as shown in a message; empty for an object or array. */
    private String valueText(JsonToken token) {
        return switch (token) {
            case VALUE_NULL -> "null";
            case START_OBJECT, START_ARRAY -> "";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            default -> abbreviate(parser.getString());
        };
    }

    /**
     * Suggests the closest known property name for a likely typo: the first of the names at the smallest
     * distance, if that distance is at most a quarter of the name's length (at least 1).
     *
     * <p>Only distances up to that limit matter, and up to the best distance found so far, so each
     * candidate is measured with that bound: a length difference above it excludes the candidate at once,
     * and the measurement stops as soon as no alignment can stay within it. Unknown names are what a
     * fuzzer produces most, and the unbounded measurement of every candidate was a sixth of its time
     * (issue #13).
     */
    static String suggestion(String name, List<String> properties, List<String> lowerProperties) {
        String best = suggested(name, properties, lowerProperties);
        return best != null ? "; did you mean '" + best + "'?" : "";
    }

    /** The closest known property name for a likely typo, as {@link #suggestion} chooses it, or null. */
    static @Nullable String suggested(String name, List<String> properties, List<String> lowerProperties) {
        String lower = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, name.length() / 4);
        String best = null;
        int bestDistance = limit + 1;
        for (int k = 0; k < properties.size() && bestDistance > 0; k++) {
            int distance = distance(lower, lowerProperties.get(k), bestDistance - 1);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = properties.get(k);
            }
        }
        return best;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /**
     * The optimal string alignment distance (insertions, deletions, substitutions and transpositions of
     * neighbours) if it is at most {@code bound}, else some value above {@code bound}. Strings whose
     * lengths differ by more than 3, or longer than 64 characters, are never close.
     */
    static int distance(String a, String b, int bound) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > Math.min(3, bound) || n > 64 || m > 64) {
            return bound + 1;
        }
        int[] before = new int[m + 1]; // row i - 2
        int[] previous = new int[m + 1]; // row i - 1
        int[] current = new int[m + 1]; // row i
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        int previousMin = 0;
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            char x = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char y = b.charAt(j - 1);
                int cost = x == y ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            // every later cell is at least the minimum of this row or the previous row's plus one
            if (rowMin > bound && previousMin >= bound) {
                return bound + 1;
            }
            previousMin = rowMin;
            int[] free = before;
            before = previous;
            previous = current;
            current = free;
        }
        return previous[m];
    }

    /** Shortens hostile values so that a message stays readable; control characters are made visible. */
    static String abbreviate(String text) {
        String shown = text.length() > 60 && text.codePointCount(0, text.length()) > 60
                ? text.substring(0, text.offsetByCodePoints(0, 57)) + "..."
                : text;
        StringBuilder visible = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                visible.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                visible.appendCodePoint(c);
            }
        });
        return visible.toString();
    }
}
