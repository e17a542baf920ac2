/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.docx;

/** Cleaning and escaping of user text for XML 1.0 parts. */
final class Xml {

    private Xml() {}

    /**
     * Removes what XML 1.0 forbids or what has no place in a contract: C0 controls other than tab and
     * line feed, C1 controls, U+FFFE/U+FFFF and unpaired surrogates; a carriage return (alone or before
     * a line feed) becomes one line feed.
     */
    static String clean(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean keep;
            String replacement = null;
            if (Character.isHighSurrogate(c)) {
                keep = i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
                if (keep) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                keep = false;
            } else if (c == '\r') {
                keep = false;
                boolean crlf = i + 1 < length && text.charAt(i + 1) == '\n';
                replacement = crlf ? null : "\n";
            } else {
                keep = !((c < 0x20 && c != '\t' && c != '\n')
                        || (c >= 0x7f && c <= 0x9f)
                        || c == '\uFFFE'
                        || c == '\uFFFF');
            }
            if (keep) {
                if (out != null) {
                    out.append(c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(length);
                    out.append(text, 0, i);
                }
                if (replacement != null) {
                    out.append(replacement);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Escapes already cleaned text for element content and attribute values. */
    static String escape(String clean) {
        StringBuilder out = null;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            String entity = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                if (out == null) {
                    out = new StringBuilder(clean.length() + 16);
                    out.append(clean, 0, i);
                }
                out.append(entity);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? clean : out.toString();
    }
}
