/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.docx;

import dev.dpa4j.render.internal.Escapes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An XML part built directly as UTF-8 bytes: markup is appended as ASCII, text is escaped and encoded in
 * the same pass over its characters. The DOCX body used to be built as a string, copied into a builder,
 * cut into chunks and encoded chunk by chunk; this is one pass and one array, which the zip deflater reads
 * in place (issue #14). The bytes are exactly those of {@code Escapes.xml(text).getBytes(UTF_8)} for the
 * text and of the markup's characters.
 */
final class XmlBytes {

    /** ASCII characters below U+0080 that {@link #plainText} must not write as they are. */
    private static final boolean[] SPECIAL = new boolean[0x80];

    static {
        for (int c = 0; c < 0x20; c++) {
            SPECIAL[c] = true;
        }
        SPECIAL[0x7f] = true;
        for (char c : "<>&\"'".toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    private byte[] bytes;
    private int length;

    XmlBytes(int capacity) {
        bytes = new byte[capacity];
    }

    int length() {
        return length;
    }

    /** The array the bytes are in (its first {@link #length} bytes), not a copy. */
    byte[] array() {
        return bytes;
    }

    /** Drops everything after the first {@code length} bytes. */
    void truncate(int length) {
        this.length = length;
    }

    /**
     * Appends markup as it is, without escaping: markup is ASCII, and so are the names of styles and language
     * tags put into it; any other character is encoded as UTF-8 all the same.
     */
    XmlBytes ascii(String markup) {
        int n = markup.length();
        ensure(n);
        byte[] b = bytes;
        int at = length;
        for (int i = 0; i < n; i++) {
            char c = markup.charAt(i);
            if (c >= 0x80) {
                length = at;
                byte[] rest = markup.substring(i).getBytes(StandardCharsets.UTF_8);
                ensure(rest.length);
                System.arraycopy(rest, 0, bytes, length, rest.length);
                length += rest.length;
                return this;
            }
            b[at++] = (byte) c;
        }
        length = at;
        return this;
    }

    /** Appends markup given as ASCII bytes. */
    XmlBytes ascii(byte[] markup) {
        ensure(markup.length);
        System.arraycopy(markup, 0, bytes, length, markup.length);
        length += markup.length;
        return this;
    }

    /** Appends a number in decimal. */
    XmlBytes number(int value) {
        return ascii(Integer.toString(value));
    }

    /**
     * Appends the text escaped and encoded, if it holds nothing but characters written as they are or as
     * an entity: no control character (tab and line feed included), no soft hyphen, no character that
     * {@link Escapes#clean} removes and no surrogate. Otherwise appends nothing.
     *
     * @return whether the text was appended
     */
    boolean plainText(String text) {
        int n = text.length();
        // at most three bytes a character (an entity is at most six bytes for one character: "&quot;")
        ensure(6 * n);
        byte[] b = bytes;
        int at = length;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (SPECIAL[c]) {
                    switch (c) {
                        case '<' -> at = put(b, at, LT);
                        case '>' -> at = put(b, at, GT);
                        case '&' -> at = put(b, at, AMP);
                        case '"' -> at = put(b, at, QUOT);
                        case '\'' -> at = put(b, at, APOS);
                        default -> {
                            return false;
                        }
                    }
                } else {
                    b[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                if (c <= 0x9f || c == Escapes.SOFT_HYPHEN || c == '\u061C') {
                    return false;
                }
                b[at++] = (byte) (0xc0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3f));
            } else {
                if (Escapes.removable(c) || Character.isSurrogate(c)) {
                    return false;
                }
                b[at++] = (byte) (0xe0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[at++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        length = at;
        return true;
    }

    /**
     * Appends a range of a text that {@link Escapes#clean} has cleaned, escaped and encoded: surrogates
     * come in pairs, and tabs, line breaks and soft hyphens are written as they are (the caller splits
     * runs at them).
     */
    void cleanText(String clean, int from, int to) {
        ensure(6 * (to - from));
        byte[] b = bytes;
        int at = length;
        for (int i = from; i < to; i++) {
            char c = clean.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> at = put(b, at, LT);
                    case '>' -> at = put(b, at, GT);
                    case '&' -> at = put(b, at, AMP);
                    case '"' -> at = put(b, at, QUOT);
                    case '\'' -> at = put(b, at, APOS);
                    default -> b[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xc0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(clean.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, clean.charAt(++i));
                b[at++] = (byte) (0xf0 | (cp >> 18));
                b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                b[at++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                // never in cleaned text; written as String.getBytes(UTF_8) writes an unpaired surrogate
                b[at++] = (byte) '?';
            } else {
                b[at++] = (byte) (0xe0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[at++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        length = at;
    }

    /** Whether the bytes end with the ASCII markup. */
    boolean endsWith(byte[] markup) {
        int from = length - markup.length;
        return from >= 0 && Arrays.equals(bytes, from, length, markup, 0, markup.length);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    /** The ASCII bytes of a markup constant. */
    static byte[] bytes(String markup) {
        byte[] b = new byte[markup.length()];
        for (int i = 0; i < b.length; i++) {
            char c = markup.charAt(i);
            if (c >= 0x80) {
                throw new IllegalArgumentException("Markup must be ASCII: " + markup);
            }
            b[i] = (byte) c;
        }
        return b;
    }

    private static final byte[] LT = bytes("&lt;");
    private static final byte[] GT = bytes("&gt;");
    private static final byte[] AMP = bytes("&amp;");
    private static final byte[] QUOT = bytes("&quot;");
    private static final byte[] APOS = bytes("&#39;");

    private static int put(byte[] b, int at, byte[] entity) {
        System.arraycopy(entity, 0, b, at, entity.length);
        return at + entity.length;
    }

    private void ensure(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
