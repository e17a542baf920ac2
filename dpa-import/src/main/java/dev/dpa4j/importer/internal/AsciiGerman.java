/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import org.jspecify.annotations.Nullable;

/**
 * Lets a German pattern also match the same words written without umlauts and ß, as plain-text mail, old systems and
 * fixed-width exports write them ("Loeschung", "Massnahmen", "unverzueglich", "Uebermittlung"): outside a character
 * class each "ä", "ö", "ü" and "ß" of an expression becomes an alternative of itself and its ASCII spelling ("ae",
 * "oe", "ue", "ss"; upper case alike, so that with {@code CASE_INSENSITIVE} "Ae" and "AE" match too). Characters inside
 * a class ({@code [äa]}) and escaped characters stay as written; the text read is never changed, so every offset and
 * quotation stays the document's own.
 *
 * <p>Every pattern is compiled with {@link java.util.regex.Pattern#UNICODE_CHARACTER_CLASS}: {@code \w} takes umlauts and
 * {@code \b} sees a word's end the same way on every JDK (JDK 19 changed {@code \b} to follow {@code \w}, which without
 * the flag knows only ASCII letters; before, an umlaut ended a {@code \w} run but no word). Without it the same document
 * read differently on JDK 17 and JDK 21.
 */
final class AsciiGerman {

    private AsciiGerman() {}

    /**
     * The expression with every umlaut and ß outside a character class widened to its ASCII spelling.
     *
     * @param regex a regular expression in {@link java.util.regex.Pattern} syntax
     * @return the widened expression; {@code regex} itself when it has no umlaut or ß
     */
    static String widen(String regex) {
        if (!hasUmlaut(regex)) {
            return regex;
        }
        StringBuilder out = new StringBuilder(regex.length() + 32);
        int classDepth = 0;
        boolean quoted = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (quoted) {
                out.append(c);
                if (c == '\\' && regex.startsWith("\\E", i)) {
                    out.append('E');
                    i++;
                    quoted = false;
                }
                continue;
            }
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                out.append(c).append(next);
                i++;
                if (next == 'Q') {
                    quoted = true;
                }
                continue;
            }
            if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            }
            String ascii = classDepth == 0 ? ascii(c) : null;
            if (ascii == null) {
                out.append(c);
            } else {
                out.append("(?:").append(c).append('|').append(ascii).append(')');
            }
        }
        return out.toString();
    }

    /**
     * Compiles the {@linkplain #widen(String) widened} expression.
     *
     * @param regex a regular expression in {@link java.util.regex.Pattern} syntax
     * @param flags the match flags
     * @return the compiled pattern
     */
    static java.util.regex.Pattern compile(String regex, int flags) {
        return java.util.regex.Pattern.compile(widen(regex), flags | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    }

    /**
     * Compiles the {@linkplain #widen(String) widened} expression without flags.
     *
     * @param regex a regular expression in {@link java.util.regex.Pattern} syntax
     * @return the compiled pattern
     */
    static java.util.regex.Pattern compile(String regex) {
        return java.util.regex.Pattern.compile(widen(regex), java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    }

    private static boolean hasUmlaut(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (ascii(s.charAt(i)) != null) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String ascii(char c) {
        return switch (c) {
            case 'ä' -> "ae";
            case 'ö' -> "oe";
            case 'ü' -> "ue";
            case 'Ä' -> "Ae";
            case 'Ö' -> "Oe";
            case 'Ü' -> "Ue";
            case 'ß' -> "ss";
            default -> null;
        };
    }
}
