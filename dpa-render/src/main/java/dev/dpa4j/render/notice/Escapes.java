/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

/** Escaping of user-supplied text for each output format. */
final class Escapes {

    private Escapes() {}

    /** Replaces line breaks and tabs by spaces and drops other control characters (C0, DEL, C1). */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                // other C0 and C1 control characters are dropped
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Escapes for HTML text and attribute values. */
    static String html(String text) {
        String clean = clean(text);
        StringBuilder sb = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Escapes for XML character data and attribute values (same rules as HTML, valid XML 1.0 characters only). */
    static String xml(String text) {
        String html = html(text);
        StringBuilder sb = new StringBuilder(html.length());
        html.codePoints().forEach(cp -> {
            boolean valid = cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (valid) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
