/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

/** Escaping of user text for each output format. */
final class Escapes {

    private Escapes() {}

    /** Characters below U+00A0 that {@link #xml} changes: controls, carriage return and markup. */
    private static final boolean[] XML_WORK = table("<>&\"'");

    /** Characters below U+00A0 that {@link #markdown} changes: controls, line breaks, tab and markup. */
    private static final boolean[] MARKDOWN_WORK = table("\\`*_[]<>!&|~");

    private static boolean[] table(String markup) {
        boolean[] work = new boolean[0xA0];
        for (int c = 0; c < work.length; c++) {
            work[c] = c < 0x20 || c >= 0x7f;
        }
        for (int i = 0; i < markup.length(); i++) {
            work[markup.charAt(i)] = true;
        }
        return work;
    }

    /** Whether the escaper with this table would change the text at all; most texts need nothing. */
    private static boolean clean(String text, boolean[] work) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0xA0 ? work[c] : (c == '\uFFFE' || c == '\uFFFF')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Removes C0 and C1 control characters except tab and line feed (they are invalid in XML 1.0 or
     * invisible and confusing in a contract); a carriage return becomes a line feed.
     */
    static String stripControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control =
                    (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == '\uFFFE' || c == '\uFFFF';
            if (control || c == '\r') {
                if (out == null) {
                    out = new StringBuilder(text.length());
                    out.append(text, 0, i);
                }
                if (c == '\r') {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Escapes for XML/HTML text and attribute values. */
    static String xml(String text) {
        if (clean(text, XML_WORK)) {
            return text;
        }
        String clean = stripControls(text);
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
     * Escapes for CommonMark inline text. Every character that can open or close inline markup gets a
     * backslash ({@code \ ` * _ [ ] < > ! & | ~}), so text can never become a link, image, raw HTML,
     * entity, emphasis, code span or table cell; characters that start a block ({@code # - + = >} and
     * an ordered-list marker) are escaped where the text begins. Line breaks become spaces, since each
     * text is one paragraph, list item or cell.
     */
    static String markdown(String text) {
        if (clean(text, MARKDOWN_WORK) && text.indexOf(SOFT_HYPHEN) < 0) {
            return text;
        }
        String clean =
                withoutSoftHyphens(stripControls(text)).replace('\n', ' ').replace('\t', ' ');
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

    /** Escapes the block markers that matter where a line begins with this (already escaped) text. */
    static String markdownLineStart(String escaped) {
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

    /** Text for plain-text output: controls and soft hyphens removed, line breaks kept. */
    static String text(String text) {
        return withoutSoftHyphens(stripControls(text));
    }

    /**
     * The soft hyphen (U+00AD) marks where a long word may break with a hyphen (used in a few narrow
     * table headings). HTML, PDF and DOCX honour it; Markdown and plain text have no line breaking of
     * their own, so there it is removed rather than left as an invisible character in the source.
     */
    static final char SOFT_HYPHEN = '\u00AD';

    private static String withoutSoftHyphens(String text) {
        return text.indexOf(SOFT_HYPHEN) < 0 ? text : text.replace(String.valueOf(SOFT_HYPHEN), "");
    }
}
