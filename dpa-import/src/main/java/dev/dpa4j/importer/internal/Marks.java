/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a renderer adds around a text and is no part of it: the marker of a passage in another language than the
 * document's ({@code [en: text]} in plain formats, {@code [en] text} in HTML, where the marker is a tag of its
 * own), and qualifiers in parentheses after a name ("(nur im Einzelfall)", "(special category under Art. 9(1)
 * GDPR: health data)"). The extractor keeps the text, notes the language, and reads the qualifiers as facts.
 */
final class Marks {

    private static final Pattern ENCLOSED = AsciiGerman.compile("\\[([a-z]{2}(?:-[A-Za-z]{2})?): ([^\\[\\]]*)]");
    private static final Pattern TAG = AsciiGerman.compile("\\[([a-z]{2}(?:-[A-Za-z]{2})?)]\\s+");
    private static final Pattern OPEN = AsciiGerman.compile("^\\[([a-z]{2}(?:-[A-Za-z]{2})?): ");

    private Marks() {}

    /** A text without the markers, and the language the first marker named (or none). */
    record Marked(String text, @Nullable String language) {}

    /** Removes fallback markers; the language is that of a marker at the start of the text. */
    static Marked strip(String s) {
        String language = null;
        String t = s.strip();
        Matcher start =
                AsciiGerman.compile("^\\[([a-z]{2}(?:-[A-Za-z]{2})?)(?::|])").matcher(t);
        if (start.find()) {
            language = start.group(1).toLowerCase(Locale.ROOT);
        }
        t = ENCLOSED.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        t = TAG.matcher(t).replaceAll("");
        Matcher open = OPEN.matcher(t);
        if (open.find()) {
            // a passage in another language that goes on beyond this block
            t = t.substring(open.end());
        }
        if (t.endsWith("]") && t.indexOf('[') < 0) {
            t = t.substring(0, t.length() - 1);
        }
        return new Marked(t.strip(), language);
    }

    /** A text and the qualifiers in parentheses at its end, innermost last. */
    record Qualified(String text, List<String> qualifiers) {}

    /** Splits off the parenthesised groups at the end of a text ("X (a) (b)" gives "X" and [a, b]). */
    static Qualified qualifiers(String s) {
        String t = s.strip();
        List<String> out = new ArrayList<>();
        while (t.endsWith(")")) {
            int depth = 0;
            int open = -1;
            for (int i = t.length() - 1; i >= 0; i--) {
                char c = t.charAt(i);
                if (c == ')') {
                    depth++;
                } else if (c == '(' && --depth == 0) {
                    open = i;
                    break;
                }
            }
            if (open <= 0 || !Character.isWhitespace(t.charAt(open - 1))) {
                break;
            }
            out.add(0, t.substring(open + 1, t.length() - 1).strip());
            t = t.substring(0, open).strip();
        }
        return new Qualified(t, List.copyOf(out));
    }
}
