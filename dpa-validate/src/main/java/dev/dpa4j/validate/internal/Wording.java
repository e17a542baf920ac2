/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the clause-wording rules ({@code DOC_PLACEHOLDER}'s drafter's notes, {@code DOC_UNDEFINED_TERM},
 * {@code DOC_TERM_VARIANTS}, {@code X_FORM_CONSISTENCY}, {@code BACKUP_DELETION_START}) read a free text: their
 * regular expressions are tried only where a match can begin, which a search for the literal every alternative holds
 * finds ({@link #matchesAt}); sentences are cut by hand ({@link #sentences}); the texts' lower-case forms are the run's
 * ({@link RunMemo#lowerTranslation}). Run over a whole text, the expressions tried their look-behinds and word
 * boundaries at every character, and each rule lowered every text again: a validation of Jomoco took about five times
 * as long as without these rules (issue #14). What the expressions find is unchanged: the places tried are all the
 * places where they can match, in order, and the expression itself decides there.
 */
final class Wording {

    private Wording() {}

    /** Whether a character is white space as {@code \s} of a regular expression reads it: {@code [ \t\n\x0B\f\r]}. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The sentences of a text: what {@code Pattern.compile("(?<=[.!?])\\s+").split(text)} returns (with
     * {@code semicolon}, {@code "(?<=[.!?;])\\s+"}), cut at each run of white space after such a mark, trailing empty
     * sentences dropped, the text itself where it has no such place.
     */
    static List<String> sentences(String text, boolean semicolon) {
        List<String> sentences = null;
        int length = text.length();
        int from = 0;
        for (int i = 1; i < length; i++) {
            if (!isSpace(text.charAt(i))) {
                continue;
            }
            char before = text.charAt(i - 1);
            if (before == '.' || before == '!' || before == '?' || (semicolon && before == ';')) {
                int end = i + 1;
                while (end < length && isSpace(text.charAt(end))) {
                    end++;
                }
                if (sentences == null) {
                    sentences = new ArrayList<>();
                }
                sentences.add(text.substring(from, i));
                from = end;
                i = end - 1;
            }
        }
        if (sentences == null) {
            return List.of(text);
        }
        sentences.add(text.substring(from));
        int size = sentences.size();
        while (size > 0 && sentences.get(size - 1).isEmpty()) {
            size--;
        }
        return sentences.subList(0, size);
    }

    /** The text with each run of white space ({@code \s+}) replaced by one space, as {@code replaceAll} would. */
    static String collapseSpaces(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < length && isSpace(text.charAt(end))) {
                end++;
            }
            if (out == null) {
                if (c == ' ' && end == i + 1) {
                    continue; // a single space stays as it is
                }
                out = new StringBuilder(length).append(text, 0, i);
            }
            out.append(' ');
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    /**
     * Whether a lower-case search of {@code lower} finds every place where a case-insensitive expression
     * ({@code CASE_INSENSITIVE | UNICODE_CASE}) matches a word in lower-case ASCII letters, "ä", "ö", "ü" or ".":
     * {@code lower} is the text lowered character by character (same length), and the text holds no "ı" or "ſ", the
     * only characters such an expression reads as "i" or "s" that lower case keeps apart (U+0130 "İ" changes the
     * length). Checked for every character by a throw-away test when this was written.
     */
    static boolean lowerFindsEveryMatch(String text, String lower) {
        return lower.length() == text.length() && text.indexOf('ı') < 0 && text.indexOf('ſ') < 0;
    }

    /** Every place where one of the words occurs in the text, in increasing order, each once. */
    static int[] occurrences(String text, List<String> words) {
        int[] places = new int[8];
        int n = 0;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                if (n == places.length) {
                    places = Arrays.copyOf(places, n * 2);
                }
                places[n++] = at;
            }
        }
        return sorted(places, n);
    }

    /** The first {@code n} places, sorted, each once. */
    static int[] sorted(int[] places, int n) {
        if (n == 0) {
            return new int[0];
        }
        Arrays.sort(places, 0, n);
        int distinct = 1;
        for (int i = 1; i < n; i++) {
            if (places[i] != places[distinct - 1]) {
                places[distinct++] = places[i];
            }
        }
        return Arrays.copyOf(places, distinct);
    }

    /**
     * What a loop of {@code find()} over the whole text returns, where every match begins at one of {@code starts}:
     * the expression is tried at each of them in order, from the end of the match before, with the text around
     * visible to its look-behinds, look-aheads and word boundaries as in a search of the whole text.
     *
     * @param starts increasing places, among them every place where a match of the expression begins
     */
    static List<MatchResult> matchesAt(Pattern pattern, String text, int[] starts) {
        if (starts.length == 0) {
            return List.of();
        }
        List<MatchResult> found = new ArrayList<>(0);
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (int start : starts) {
            if (start < next) {
                continue; // inside the match before, where find() does not look
            }
            m.region(start, text.length());
            if (m.lookingAt()) {
                found.add(m.toMatchResult());
                next = m.end() == m.start() ? m.end() + 1 : m.end();
            }
        }
        return found;
    }

    /** The first of {@link #matchesAt}, as {@code find()} once returns it, or null. */
    static @Nullable String firstMatchAt(Pattern pattern, String text, int[] starts) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int start : starts) {
            m.region(start, text.length());
            if (m.lookingAt()) {
                return m.group();
            }
        }
        return null;
    }
}
