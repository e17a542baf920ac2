/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where in an agreement something is: the path from the agreement to one of its elements, as validation findings,
 * version changes, JSON problems and the command line name it.
 *
 * <p>A path is a list of segments of three kinds:
 *
 * <ul>
 *   <li>a <em>property</em>, by its JSON name: {@code subprocessing};
 *   <li>an <em>index</em> into a list, from 0: {@code [2]};
 *   <li>a <em>key</em>: the key of a map entry ({@code security.categoryObjectives[ACCESS_CONTROL]}) or the identity
 *       of a list element where its position does not matter, as in a diff between two versions
 *       ({@code subprocessing.subprocessors[aws]}).
 * </ul>
 *
 * <p>The text form ({@link #toString()}, {@link #parse(String)}) joins properties with dots and puts indexes and keys in
 * brackets, for example {@code subprocessing.subprocessors[2].locations[0].country}; the whole agreement is the empty
 * text. A key that could be read as an index or that holds a {@code ]} or a {@code "} is written as a JSON string in
 * brackets, {@code ["12"]} or {@code ["a]b"]}; every other key is written as it is, dots, slashes and brackets
 * included. A property name must be a plain name: not empty, neither all digits nor holding {@code .}, {@code [},
 * {@code ]} or {@code "}.
 *
 * <p>The JSON Pointer form (RFC 6901, {@link #toJsonPointer()}, {@link #fromJsonPointer(String)}) addresses the same
 * element in the agreement's JSON, for example {@code /subprocessing/subprocessors/2/locations/0/country}. A pointer
 * does not say whether a token is a property or a key: {@link #fromJsonPointer(String)} reads a token of digits as an
 * index, a token that is a plain name as a property and every other token as a key. A key that selects a list
 * element by its identity has no pointer that resolves; its pointer names the key instead of the position.
 *
 * <p>Paths are ordered segment by segment, indexes by number ({@code [4]} before {@code [14]}) and names and keys
 * with their digit runs by number as well ({@code clause9Option} before {@code clause13Basis}); a path comes before
 * the paths below it. Instances are immutable and thread-safe. A path is built in constant time from its parent, so
 * that walking an agreement costs no text until a path is printed.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ModelPath implements Comparable<ModelPath> {

    private static final ModelPath ROOT = new ModelPath();

    /**
     * The segments of the first positions of a list, shared: a validation builds a path for every element of the
     * agreement's lists, most of them short (issue #14).
     */
    private static final Index[] SMALL_INDICES = smallIndices(32);

    private static Index[] smallIndices(int count) {
        Index[] indices = new Index[count];
        for (int i = 0; i < count; i++) {
            indices[i] = new Index(i);
        }
        return indices;
    }

    /** One step of a path: a {@link Property}, an {@link Index} or a {@link Key}. */
    public sealed interface Segment permits Property, Index, Key {}

    /**
     * A property of a model object, by its JSON name.
     *
     * @param name the name, a plain name
     */
    public record Property(String name) implements Segment {
        /**
         * Creates the segment.
         *
         * @param name the name, not null
         * @throws IllegalArgumentException if the name is not a plain name
         */
        public Property {
            Objects.requireNonNull(name, "name");
            if (!isPlainName(name)) {
                throw new IllegalArgumentException("'" + name + "' is not a property name: it must not be empty, all"
                        + " digits or hold '.', '[', ']' or '\"'");
            }
        }
    }

    /**
     * An element of a list, by its position.
     *
     * @param index the position, from 0
     */
    public record Index(int index) implements Segment {
        /**
         * Creates the segment.
         *
         * @param index the position
         * @throws IllegalArgumentException if the index is negative
         */
        public Index {
            if (index < 0) {
                throw new IllegalArgumentException("A list index counts from 0, but was " + index);
            }
        }
    }

    /**
     * An entry of a map, or an element of a list by its identity, by its key.
     *
     * @param key the key, any text
     */
    public record Key(String key) implements Segment {
        /**
         * Creates the segment.
         *
         * @param key the key, not null
         */
        public Key {
            Objects.requireNonNull(key, "key");
        }
    }

    private final @Nullable ModelPath parent;
    private final @Nullable Segment segment;
    private final int size;
    private @Nullable String text;

    private ModelPath() {
        this.parent = null;
        this.segment = null;
        this.size = 0;
        this.text = "";
    }

    private ModelPath(ModelPath parent, Segment segment) {
        this.parent = parent;
        this.segment = segment;
        this.size = parent.size + 1;
    }

    /**
     * Returns the path of the agreement as a whole, whose text is empty.
     *
     * @return the root path
     */
    public static ModelPath root() {
        return ROOT;
    }

    /**
     * Returns the path of a property below this one.
     *
     * @param name the JSON name of the property, a plain name
     * @return the longer path
     * @throws IllegalArgumentException if the name is not a plain name
     */
    public ModelPath property(String name) {
        return new ModelPath(this, new Property(name));
    }

    /** The path one segment longer, for walks that keep their segments (no check of the name again). */
    ModelPath append(Segment next) {
        return new ModelPath(this, next);
    }

    /**
     * Returns the path of a list element below this one.
     *
     * @param index the position, from 0
     * @return the longer path
     * @throws IllegalArgumentException if the index is negative
     */
    public ModelPath index(int index) {
        return new ModelPath(
                this, index >= 0 && index < SMALL_INDICES.length ? SMALL_INDICES[index] : new Index(index));
    }

    /**
     * Returns the path of a map entry, or of a list element chosen by its identity, below this one.
     *
     * @param key the key, not null
     * @return the longer path
     */
    public ModelPath key(String key) {
        return new ModelPath(this, new Key(key));
    }

    /**
     * Returns the segments from the agreement downwards.
     *
     * @return an unmodifiable list, empty for the root
     */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>(size);
        for (ModelPath p = this; p.segment != null; p = Objects.requireNonNull(p.parent)) {
            segments.add(p.segment);
        }
        Collections.reverse(segments);
        return Collections.unmodifiableList(segments);
    }

    /**
     * Returns whether this is the path of the agreement as a whole.
     *
     * @return whether the path has no segment
     */
    public boolean isRoot() {
        return size == 0;
    }

    /**
     * Returns the path without its last segment; the root is its own parent.
     *
     * @return the parent path
     */
    public ModelPath parent() {
        return parent == null ? this : parent;
    }

    /**
     * Reads the text form, as {@link #toString()} writes it.
     *
     * @param text for example {@code subprocessing.subprocessors[2].locations[0].country}; empty for the root; not
     *     null
     * @return the path
     * @throws IllegalArgumentException if the text is not a model path, with the position of the first error
     */
    public static ModelPath parse(String text) {
        Objects.requireNonNull(text, "text");
        ModelPath path = ROOT;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[') {
                int start = i + 1;
                if (start < n && text.charAt(start) == '"') {
                    StringBuilder key = new StringBuilder();
                    int j = start + 1;
                    while (j < n && text.charAt(j) != '"') {
                        char k = text.charAt(j);
                        if (k == '\\' && j + 1 < n) {
                            j++;
                            k = text.charAt(j);
                        }
                        key.append(k);
                        j++;
                    }
                    if (j + 1 >= n || text.charAt(j + 1) != ']') {
                        throw error(text, i, "a quoted key closed by '\"]'");
                    }
                    path = path.key(key.toString());
                    i = j + 2;
                } else {
                    int end = text.indexOf(']', start);
                    if (end < 0 || end == start) {
                        throw error(text, i, "an index or key closed by ']'");
                    }
                    String inner = text.substring(start, end);
                    path = isDigits(inner) ? path.index(index(text, i, inner)) : path.key(inner);
                    i = end + 1;
                }
            } else {
                if (c == '.') {
                    if (path.isRoot()) {
                        throw error(text, i, "a property name");
                    }
                    i++;
                } else if (!path.isRoot()) {
                    throw error(text, i, "'.' or '['");
                }
                int end = i;
                while (end < n && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                String name = text.substring(i, end);
                if (!isPlainName(name)) {
                    throw error(text, i, "a property name");
                }
                path = path.property(name);
                i = end;
            }
        }
        return path;
    }

    /**
     * Reads a JSON Pointer (RFC 6901): a token of digits becomes an index, a plain name a property, any other token a
     * key.
     *
     * @param pointer for example {@code /subprocessing/subprocessors/2}; empty for the whole document; not null
     * @return the path
     * @throws IllegalArgumentException if the text is neither empty nor starts with {@code /}, or holds a {@code ~}
     *     not followed by {@code 0} or {@code 1}
     */
    public static ModelPath fromJsonPointer(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        if (pointer.isEmpty()) {
            return ROOT;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("A JSON pointer starts with '/', but was '" + pointer + "'");
        }
        ModelPath path = ROOT;
        int i = 1;
        while (true) {
            int end = pointer.indexOf('/', i);
            String token = unescape(pointer, pointer.substring(i, end < 0 ? pointer.length() : end));
            if (isIndex(token)) {
                path = path.index(Integer.parseInt(token));
            } else if (isPlainName(token)) {
                path = path.property(token);
            } else {
                path = path.key(token);
            }
            if (end < 0) {
                return path;
            }
            i = end + 1;
        }
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the element: every segment one token, {@code ~} written {@code ~0} and
     * {@code /} written {@code ~1}.
     *
     * @return for example {@code /subprocessing/subprocessors/2}; empty for the root
     */
    public String toJsonPointer() {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments()) {
            out.append('/');
            String token = s instanceof Property p
                    ? p.name()
                    : s instanceof Index x ? Integer.toString(x.index()) : ((Key) s).key();
            if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
                out.append(token);
            } else {
                out.append(token.replace("~", "~0").replace("/", "~1"));
            }
        }
        return out.toString();
    }

    /**
     * Returns the text form: properties joined by dots, indexes and keys in brackets.
     *
     * @return for example {@code subprocessing.subprocessors[2].locations[0].country}; empty for the root
     */
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            StringBuilder out = new StringBuilder(Objects.requireNonNull(parent).toString());
            Segment s = Objects.requireNonNull(segment);
            if (s instanceof Property p) {
                if (!parent.isRoot()) {
                    out.append('.');
                }
                out.append(p.name());
            } else if (s instanceof Index x) {
                out.append('[').append(x.index()).append(']');
            } else {
                appendKey(out, ((Key) s).key());
            }
            t = out.toString();
            text = t;
        }
        return t;
    }

    /**
     * Orders paths segment by segment: a path before the paths below it; at the first difference properties before
     * indexes and keys, indexes by number and before keys, names and keys by text with digit runs compared by number.
     */
    @Override
    public int compareTo(ModelPath other) {
        // no lists: bring the longer path up to the shorter one's length, then compare from the root down; the
        // findings of a report are sorted with this, and paths below one parent share it (issue #14)
        ModelPath a = this;
        ModelPath b = other;
        while (a.size > b.size) {
            a = Objects.requireNonNull(a.parent);
        }
        while (b.size > a.size) {
            b = Objects.requireNonNull(b.parent);
        }
        int c = compareSameLength(a, b);
        return c != 0 ? c : Integer.compare(size, other.size);
    }

    /** Compares two paths of the same length segment by segment from the root; a shared parent compares equal. */
    @SuppressWarnings("ReferenceEquality") // the same instance is a shortcut only; equal paths also compare 0
    private static int compareSameLength(ModelPath a, ModelPath b) {
        if (a == b || a.segment == null || b.segment == null) {
            return 0;
        }
        int c = compareSameLength(Objects.requireNonNull(a.parent), Objects.requireNonNull(b.parent));
        return c != 0 ? c : compare(a.segment, b.segment);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ModelPath that) || size != that.size) {
            return false;
        }
        ModelPath x = this;
        ModelPath y = that;
        while (x.segment != null && y.segment != null) {
            if (!x.segment.equals(y.segment)) {
                return false;
            }
            x = Objects.requireNonNull(x.parent);
            y = Objects.requireNonNull(y.parent);
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (ModelPath p = this; p.segment != null; p = Objects.requireNonNull(p.parent)) {
            h = 31 * h + p.segment.hashCode();
        }
        return h;
    }

    private static int compare(Segment a, Segment b) {
        int ka = rank(a);
        int kb = rank(b);
        if (ka != kb) {
            return Integer.compare(ka, kb);
        }
        if (a instanceof Property p) {
            return natural(p.name(), ((Property) b).name());
        }
        if (a instanceof Index x) {
            return Integer.compare(x.index(), ((Index) b).index());
        }
        return natural(((Key) a).key(), ((Key) b).key());
    }

    /** Properties, then indexes, then keys: the order of {@code .}, digits and other text after {@code [}. */
    private static int rank(Segment s) {
        return s instanceof Property ? 0 : s instanceof Index ? 1 : 2;
    }

    /** Compares texts with runs of digits in numeric order, so that {@code a9} sorts before {@code a13}. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int ei = i;
                while (ei < a.length() && isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && isDigit(b.charAt(ej))) {
                    ej++;
                }
                int si = i;
                while (si < ei - 1 && a.charAt(si) == '0') {
                    si++;
                }
                int sj = j;
                while (sj < ej - 1 && b.charAt(sj) == '0') {
                    sj++;
                }
                if (ei - si != ej - sj) {
                    return Integer.compare(ei - si, ej - sj);
                }
                for (int k = 0; k < ei - si; k++) {
                    char dx = a.charAt(si + k);
                    char dy = b.charAt(sj + k);
                    if (dx != dy) {
                        return Character.compare(dx, dy);
                    }
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static void appendKey(StringBuilder out, String key) {
        if (!key.isEmpty() && !isDigits(key) && key.indexOf(']') < 0 && key.charAt(0) != '"') {
            out.append('[').append(key).append(']');
            return;
        }
        out.append("[\"");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append("\"]");
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty() || isDigits(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == '[' || c == ']' || c == '"') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int index(String text, int at, String digits) {
        if (!isIndex(digits)) {
            throw error(text, at, "an index from 0 without leading zeros, at most " + Integer.MAX_VALUE);
        }
        return Integer.parseInt(digits);
    }

    /** Digits without a leading zero that fit an {@code int}. */
    private static boolean isIndex(String s) {
        return isDigits(s)
                && (s.length() == 1 || s.charAt(0) != '0')
                && (s.length() < 10 || (s.length() == 10 && Long.parseLong(s) <= Integer.MAX_VALUE));
    }

    private static String unescape(String pointer, String token) {
        if (token.indexOf('~') < 0) {
            return token;
        }
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '~') {
                char next = i + 1 < token.length() ? token.charAt(i + 1) : ' ';
                if (next != '0' && next != '1') {
                    throw new IllegalArgumentException(
                            "'~' in a JSON pointer must be followed by '0' or '1': '" + pointer + "'");
                }
                out.append(next == '0' ? '~' : '/');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static IllegalArgumentException error(String text, int at, String expected) {
        return new IllegalArgumentException(
                "Not a model path: '" + text + "' at position " + at + ": expected " + expected);
    }
}
