/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import org.jspecify.annotations.Nullable;

/**
 * The one escaping policy for every output format: contracts, change notices, the sub-processor page and
 * its feed, in Markdown, HTML, XML (DOCX, Atom), PDF (through HTML) and plain text.
 *
 * <p>Every format first {@linkplain #clean cleans} user text the same way: control characters, characters
 * XML 1.0 forbids, unpaired surrogates and bidirectional formatting characters are removed, and every line
 * break becomes a line feed. Then each format escapes its own markup and decides what a line break is
 * (kept in HTML, XML and text; a space in Markdown, where each text is one paragraph, item or cell).
 */
public final class Escapes {

    private Escapes() {}

    /** Characters below U+00A0 that {@link #xml} changes: controls, carriage return and markup. */
    private static final boolean[] XML_WORK = table("<>&\"'");

    /** Characters below U+00A0 that {@link #markdown} changes: controls, line breaks, tab and markup. */
    private static final boolean[] MARKDOWN_WORK = table("\t\n\\`*_[]<>!&|~");

    /** Characters below U+00A0 that {@link #clean} changes: controls and carriage return. */
    private static final boolean[] CLEAN_WORK = table("");

    private static boolean[] table(String markup) {
        boolean[] work = new boolean[0xA0];
        for (int c = 0; c < work.length; c++) {
            work[c] = (c < 0x20 && c != '\t' && c != '\n') || c >= 0x7f;
        }
        for (int i = 0; i < markup.length(); i++) {
            work[markup.charAt(i)] = true;
        }
        return work;
    }

    /**
     * Whether the escaper with this table would change the text at all; most texts need nothing. Every
     * character of every text passes here, so the common ones are decided first: below U+00A0 by the
     * table, and from there up to U+061C (Latin, Greek, Cyrillic, …) nothing is removed.
     */
    private static boolean clean(String text, boolean[] work) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0xA0) {
                if (work[c]) {
                    return false;
                }
            } else if (c >= '\u061C' && (removable(c) || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the character is removed from user text wherever it is above U+009F: the non-characters
     * U+FFFE and U+FFFF (invalid in XML), and the bidirectional formatting characters (Arabic letter mark
     * U+061C, left-to-right and right-to-left marks U+200E/U+200F, embeddings and overrides
     * U+202A–U+202E, isolates U+2066–U+2069). A bidi override in a party or sub-processor name would show
     * the name in a different order than it is stored ("Trojan Source" spoofing); the contract's own
     * scripts never need them.
     */
    public static boolean removable(char c) {
        return c == '\uFFFE'
                || c == '\uFFFF'
                || c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * Whether the text contains a bidirectional formatting character that {@link #clean} removes.
     *
     * @param text the text
     * @return whether it holds U+061C, U+200E, U+200F, U+202A–U+202E or U+2066–U+2069
     */
    public static boolean hasBidiControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x9f && removable(c) && c != '\uFFFE' && c != '\uFFFF') {
                return true;
            }
        }
        return false;
    }

    /**
     * Cleans user text for every format: removes C0 control characters except tab and line feed, C1
     * control characters, U+FFFE/U+FFFF, unpaired surrogates and bidirectional formatting characters (see
     * {@link #removable}); a carriage return, alone or before a line feed, becomes one line feed.
     *
     * @param text the text
     * @return the cleaned text (the same instance when nothing changes)
     */
    public static String clean(String text) {
        if (clean(text, CLEAN_WORK)) {
            return text;
        }
        int length = text.length();
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(i + 1));
                    i++;
                }
            } else if (Character.isLowSurrogate(c)) {
                // unpaired: dropped
            } else if (c == '\r') {
                if (i + 1 >= length || text.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            } else if (!((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f) || removable(c))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Cleans and escapes for XML or HTML text and attribute values; line breaks are kept.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String xml(String text) {
        if (clean(text, XML_WORK)) {
            return text;
        }
        String clean = clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Appends {@code xml(text.substring(start, end))} without making the substring: markup is escaped on
     * the way, and only a range that also needs cleaning takes the general path.
     *
     * @param out where the escaped text goes
     * @param text the text
     * @param start the first character of the range
     * @param end the end of the range (exclusive)
     */
    public static void appendXml(StringBuilder out, String text, int start, int end) {
        int mark = out.length();
        int from = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            String entity;
            if (c < 0xA0) {
                if (!XML_WORK[c]) {
                    continue;
                }
                entity = entity(c);
            } else if (c >= '\u061C' && (removable(c) || Character.isSurrogate(c))) {
                entity = null;
            } else {
                continue;
            }
            if (entity == null) {
                out.setLength(mark);
                out.append(xml(text.substring(start, end)));
                return;
            }
            append(out, text, from, i);
            out.append(entity);
            from = i + 1;
        }
        append(out, text, from, end);
    }

    /**
     * Appends a range of the text: the whole text as a string, a part through a copy of it. A range of a
     * string appended to a builder that already holds characters beyond Latin-1 (a German quotation mark
     * is enough) is copied character by character, a whole string in one go (issue #14).
     */
    private static void append(StringBuilder out, String text, int from, int to) {
        if (from == 0 && to == text.length()) {
            out.append(text);
        } else if (to - from > 16) {
            out.append(text.substring(from, to));
        } else {
            out.append(text, from, to);
        }
    }

    /** The entity for an XML markup character, or {@code null} for any other. */
    private static @Nullable String entity(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }

    /**
     * Escapes for CommonMark inline text. Every character that can open or close inline markup gets a
     * backslash ({@code \ ` * _ [ ] < > ! & | ~}), so text can never become a link, image, raw HTML,
     * entity, emphasis, code span or table cell; characters that start a block ({@code # - + = >} and
     * an ordered-list marker) are escaped where the text begins. Line breaks become spaces, since each
     * text is one paragraph, list item or cell.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String markdown(String text) {
        if (clean(text, MARKDOWN_WORK) && text.indexOf(SOFT_HYPHEN) < 0) {
            return text;
        }
        String clean = withoutSoftHyphens(clean(text)).replace('\n', ' ').replace('\t', ' ');
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if ("\\`*_[]<>!&|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Escapes the block markers that matter where a line begins with this (already escaped) text.
     *
     * @param escaped text escaped by {@link #markdown}
     * @return the text, safe at the start of a line
     */
    public static String markdownLineStart(String escaped) {
        String s = escaped.stripLeading();
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        if ("#-+=>".indexOf(c) >= 0) {
            return "\\" + s;
        }
        int digits = 0;
        while (digits < s.length() && digits < 10 && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
            return s.substring(0, digits) + "\\" + s.substring(digits);
        }
        return s;
    }

    /**
     * Text for plain-text output: cleaned, soft hyphens removed, line breaks kept.
     *
     * @param text the text
     * @return the text for plain-text output
     */
    public static String text(String text) {
        return withoutSoftHyphens(clean(text));
    }

    /**
     * Whether {@link #text} returns the text as it is and it holds no line feed and no tab: the plain-text
     * writer then takes it as it is, after one look at each character instead of one for the cleaning and
     * one each for soft hyphens, line feeds and tabs (issue #14). Any character below U+0020, from U+007F
     * to U+009F, the soft hyphen, a surrogate or a character {@link #removable} says no; the answer is
     * {@code false} also for some texts that cleaning would leave as they are (a tab, a surrogate pair).
     *
     * @param text the text
     * @return {@code true} if the text needs no cleaning and has no soft hyphen, line feed or tab
     */
    static boolean plainLine(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue; // printable ASCII, most characters
            }
            if (c < 0xA0 || c == SOFT_HYPHEN || (c >= '\u061C' && (removable(c) || Character.isSurrogate(c)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The soft hyphen (U+00AD) marks where a long word may break with a hyphen (used in a few narrow
     * table headings). HTML, PDF and DOCX honour it; Markdown and plain text have no line breaking of
     * their own, so there it is removed rather than left as an invisible character in the source.
     */
    public static final char SOFT_HYPHEN = '\u00AD';

    private static String withoutSoftHyphens(String text) {
        return text.indexOf(SOFT_HYPHEN) < 0 ? text : text.replace(String.valueOf(SOFT_HYPHEN), "");
    }
}
