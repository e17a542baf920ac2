/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the clause-wording rules ({@code DOC_PLACEHOLDER}'s drafter's notes, {@code DOC_UNDEFINED_TERM},
 * {@code DOC_TERM_VARIANTS}, {@code X_FORM_CONSISTENCY}, {@code BACKUP_DELETION_START}) read a free text.
 *
 * <ul>
 *   <li>One pass over each translation, once per run ({@link RunMemo#wording}), finds which of the rules' cue words
 *       it holds ({@link #hasAny}): each a part of the words their cheap tests used to search for one by one, about
 *       forty searches of every text, case-sensitive or in lower case. A cue is chosen to begin with a pair of
 *       letters that is rare in agreements (a stop of the pass costs about as much as twenty characters); a text
 *       that holds it is then searched for the words themselves;
 *   <li>the lower-case form is made once, and only for a text whose cue words call for it ({@link #lower});
 *   <li>the regular expressions are tried only where a match can begin, which a search for the literal every
 *       alternative holds finds ({@link #matchesAt});
 *   <li>sentences are cut by hand ({@link #sentences}).
 * </ul>
 *
 * Run over a whole text, the expressions tried their look-behinds and word boundaries at every character, and each
 * rule searched and lowered every text again: a validation of Jomoco took about five times as long as without these
 * rules (issue #14). What the rules find is unchanged: a cue word is found where the search found it, the places tried
 * are all the places where an expression can match, in order, and the expression itself decides there.
 */
final class ClauseWording {

    /** The characters below this one are ASCII. */
    private static final int ASCII = 128;

    /**
     * The ids of the rules that read the cue words: a validation without any of them scans the free texts without
     * looking for the cue words ({@link RunMemo#scans}, issue #14).
     */
    static final Set<String> RULES =
            Set.of("DOC_PLACEHOLDER", "DOC_UNDEFINED_TERM", "DOC_TERM_VARIANTS", "X_FORM_CONSISTENCY");

    /** The cue words, by bit. */
    private static final List<String> WORDS = new ArrayList<>();

    /** The bits of {@link #WORDS} that are searched in lower case. */
    private static long lowerCaseWords;

    /** {@code DOC_PLACEHOLDER}: a part of the words every alternative of a drafter's note holds, in lower case. */
    static final long DRAFTERS_NOTE_PARTS = register(DocumentRules.DRAFTERS_NOTE_PARTS, true);

    /** {@code DOC_PLACEHOLDER}: a part of "optional", in lower case. */
    static final long OPTIONAL = register(List.of("ptional"), true);

    /** {@code DOC_PLACEHOLDER}: "[". */
    static final long BRACKET = register(List.of("["), false);

    /** {@code DOC_PLACEHOLDER}: ":". */
    static final long COLON = register(List.of(":"), false);

    /** {@code DOC_UNDEFINED_TERM}: a character that may open a quoted term. */
    static final long OPENING_QUOTE = register(DocumentRules.OPENING_QUOTES, false);

    /** {@code DOC_UNDEFINED_TERM}: "the " or "The ", which an English term needs. */
    static final long THE = register(List.of("the ", "The "), false);

    /** {@code DOC_UNDEFINED_TERM}: a part of a word that a German term holds. */
    static final long GERMAN_TERM_PARTS = register(DocumentRules.GERMAN_TERM_PARTS, false);

    /** {@code X_FORM_CONSISTENCY}: a part of a word of written or text form, in lower case. */
    static final long FORM_PARTS = register(PartyRules.FORM_PARTS, true);

    /** {@code DOC_TERM_VARIANTS}: a part of every other word for a sub-processor, in lower case. */
    static final long SUBPROCESSOR_PARTS = register(DocumentRules.SUBPROCESSOR_PARTS, true);

    /** {@code DOC_PLACEHOLDER}: the words every alternative of a drafter's note holds, in lower case. */
    static final Search DRAFTERS_NOTE_WORDS = search(DocumentRules.DRAFTERS_NOTE_WORDS, DRAFTERS_NOTE_PARTS, true);

    /** {@code DOC_UNDEFINED_TERM}: the characters that may open a quoted term. */
    static final Search OPENING_QUOTES = search(DocumentRules.OPENING_QUOTES, OPENING_QUOTE, false);

    /** {@code DOC_UNDEFINED_TERM}: the words every German term holds. */
    static final Search GERMAN_TERM_WORDS = search(DocumentRules.GERMAN_TERM_WORDS, GERMAN_TERM_PARTS, false);

    /** {@code X_FORM_CONSISTENCY}: the words of written or text form, in lower case. */
    static final Search FORM_WORDS = search(PartyRules.FORM_WORDS, FORM_PARTS, true);

    /** {@code X_FORM_CONSISTENCY}: the words of a form requirement, in lower case. */
    static final Search FORM_REQUIREMENTS = search(PartyRules.FORM_REQUIREMENT_WORDS, FORM_PARTS, true);

    /** {@code DOC_TERM_VARIANTS}: the other words for a sub-processor, in lower case. */
    static final Search SUBPROCESSOR_VARIANTS = search(DocumentRules.SUBPROCESSOR_VARIANTS, SUBPROCESSOR_PARTS, true);

    /**
     * Where the pass stops, by the lower seven bits of a pair of neighbouring characters (first × 128 + second): a
     * cue word of two or more characters may begin with the pair, or a cue of one character is the second. Where a
     * cue word is searched in lower case, each character that lowers to its first or second character counts: the
     * ASCII letter in either case, and for "k" the Kelvin sign (U+212A); U+0130 lowers to "i" and a combining dot
     * (two characters), so no word searched in lower case may end in "i" ({@link #register}).
     */
    private static final byte[] STOPS = new byte[ASCII * ASCII];

    /**
     * The cue words that may begin at the first character of a pair of {@link #STOPS} or, of one character, be its
     * second, by the pair's lower seven bits.
     */
    private static final long[] PAIRS = new long[ASCII * ASCII];

    /** {@link #WORDS} as an array. */
    private static final String[] WORD_ARRAY;

    static {
        for (int bit = 0; bit < WORDS.size(); bit++) {
            String word = WORDS.get(bit);
            long mask = 1L << bit;
            if (word.length() == 1) {
                for (int first = 0; first < ASCII; first++) {
                    STOPS[first * ASCII + (word.charAt(0) & (ASCII - 1))] = 1;
                    PAIRS[first * ASCII + (word.charAt(0) & (ASCII - 1))] |= mask;
                }
                continue;
            }
            boolean lowerCase = (lowerCaseWords & mask) != 0;
            for (char first : variants(word.charAt(0), lowerCase)) {
                for (char second : variants(word.charAt(1), lowerCase)) {
                    STOPS[(first & (ASCII - 1)) * ASCII + (second & (ASCII - 1))] = 1;
                    PAIRS[(first & (ASCII - 1)) * ASCII + (second & (ASCII - 1))] |= mask;
                }
            }
        }
        WORD_ARRAY = WORDS.toArray(new String[0]);
    }

    private final String text;
    private final long cues;
    private final int @Nullable [] englishTermStarts;
    private @Nullable String lower;

    /** The cue words of one translation ({@link RunMemo#wording}). */
    ClauseWording(String text) {
        this(text, TextScan.ofCues(text));
    }

    /**
     * The cue words of one translation, found by its {@link TextScan} ({@link TextScan#cues()}), and the places
     * where DOC_UNDEFINED_TERM tries its English terms ({@link TextScan#englishTermStarts()}).
     */
    ClauseWording(String text, TextScan scan) {
        this.text = text;
        this.cues = scan.cues();
        this.englishTermStarts = scan.englishTermStarts();
    }

    /**
     * Adds cue words and returns their bits.
     *
     * @param lowerCase whether a word counts where the text in lower case ({@link Locale#ROOT}) holds it, as
     *     {@code text.toLowerCase(Locale.ROOT).contains(word)}; else where the text holds it as written
     */
    private static long register(List<String> words, boolean lowerCase) {
        long mask = 0;
        for (String word : words) {
            int bit = WORDS.size();
            if (bit == Long.SIZE) {
                throw new IllegalStateException("More than 64 cue words: " + word);
            }
            if (word.isEmpty()
                    || (word.length() == 1 && lowerCase)
                    || (word.length() > 1 && (word.charAt(0) >= ASCII || word.charAt(1) >= ASCII))
                    || (lowerCase && (!word.equals(word.toLowerCase(Locale.ROOT)) || word.endsWith("i")))) {
                throw new IllegalStateException("A cue word must be one character, or begin with two ASCII"
                        + " characters and, searched in lower case, be in lower case and not end in i: " + word);
            }
            WORDS.add(word);
            mask |= 1L << bit;
        }
        if (lowerCase) {
            lowerCaseWords |= mask;
        }
        return mask;
    }

    /** The characters that stand for an ASCII character of a cue word. */
    private static List<Character> variants(char c, boolean lowerCase) {
        if (!lowerCase || Character.toUpperCase(c) == c) {
            return List.of(c);
        }
        return c == 'k' ? List.of(c, 'K', '\u212A') : List.of(c, Character.toUpperCase(c));
    }

    /**
     * The bits of the cue words a text holds, in one pass: {@link TextScan}'s, which stops at the pairs of
     * {@link #mayStop} as well (with the rest of its words where a validation scans the text for them).
     */
    static long cues(String text) {
        return TextScan.cues(text);
    }

    /** Whether a cue word may begin at the first character of a pair (lower seven bits), or be its second. */
    static boolean mayStop(int pair) {
        return STOPS[pair] != 0;
    }

    /** The cue words found where the pass stopped at {@code at}: a word of one character there, or one at its pair. */
    static long stop(String text, int at, long found) {
        int first = at == 0 ? 0 : text.charAt(at - 1) & (ASCII - 1);
        long now = found;
        for (long words = PAIRS[first * ASCII + (text.charAt(at) & (ASCII - 1))] & ~found;
                words != 0;
                words &= words - 1) {
            int bit = Long.numberOfTrailingZeros(words);
            String word = WORD_ARRAY[bit];
            boolean found1 = word.length() == 1
                    ? text.charAt(at) == word.charAt(0)
                    : at > 0 && startsWith(text, at - 1, word, (lowerCaseWords & (1L << bit)) != 0);
            if (found1) {
                now |= 1L << bit;
            }
        }
        return now;
    }

    /**
     * Whether the word begins at {@code at}; in lower case, where each character lowers to the word's: the same as
     * the text in lower case holding it there, since every other character lowers to one character and U+0130, which
     * lowers to two, to "i" and a combining dot, cannot be part of a word that does not end in "i".
     */
    private static boolean startsWith(String text, int at, String word, boolean lowerCase) {
        if (!lowerCase) {
            return text.startsWith(word, at);
        }
        int length = word.length();
        if (at + length > text.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            char c = text.charAt(at + k);
            // ASCII lowered by hand: most stops fail at an ASCII character (issue #14)
            char lowered = c < ASCII ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
            if (c == '\u0130' || lowered != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The bits of the cue words the text holds ({@link RunMemo#textsWith}). */
    long cues() {
        return cues;
    }

    /**
     * {@link DocumentRules#englishTermStarts} of the text, as its scan found them.
     *
     * @throws IllegalStateException if the text holds neither "the " nor "The " ({@link #THE}), where they are not
     *     kept
     */
    int[] englishTermStarts() {
        int[] starts = englishTermStarts;
        if (starts == null) {
            throw new IllegalStateException("The English terms' starts are kept only for a text with \"the \"");
        }
        return starts;
    }

    /** Whether the text holds one of the cue words of {@code words} (one of the masks above). */
    boolean hasAny(long words) {
        return (cues & words) != 0;
    }

    /** The text in lower case ({@link Locale#ROOT}), made at the first call. */
    String lower() {
        String l = lower;
        if (l == null) {
            l = text.toLowerCase(Locale.ROOT);
            lower = l;
        }
        return l;
    }

    /**
     * Words that a rule searches a text for, each with the cue words it holds ({@link #search}): a text whose pass did
     * not find one of them cannot hold the word and is not searched for it (issue #14).
     */
    static final class Search {
        private final String[] words;
        private final long[] cues;
        private final boolean lowerCase;
        /** The cue words of all the words: a text with none of them holds none of the words. */
        private final long any;

        private Search(String[] words, long[] cues, boolean lowerCase) {
            this.words = words;
            this.cues = cues;
            this.lowerCase = lowerCase;
            long all = 0;
            for (long c : cues) {
                all |= c;
            }
            this.any = all;
        }

        /** The cue words of all the words: {@link #holdsAny} and {@link #occurrences} find nothing in a text without one. */
        long any() {
            return any;
        }
    }

    /**
     * The words with the cue words of {@code cueWords} that each holds.
     *
     * @param lowerCase whether the words are searched in the text in lower case ({@link #lower}) and are in lower
     *     case, with the cue words searched in lower case; else in the text as written, with the cue words so searched
     * @throws IllegalStateException if a word holds none of the cue words, which would not make a search cheaper
     */
    static Search search(List<String> words, long cueWords, boolean lowerCase) {
        long[] cues = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (lowerCase && !word.equals(word.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("A word searched in lower case must be in lower case: " + word);
            }
            for (long bits = cueWords; bits != 0; bits &= bits - 1) {
                int bit = Long.numberOfTrailingZeros(bits);
                boolean sameCase = ((lowerCaseWords >>> bit) & 1) == (lowerCase ? 1 : 0);
                if (sameCase && word.contains(WORDS.get(bit))) {
                    cues[i] |= 1L << bit;
                }
            }
            if (cues[i] == 0) {
                throw new IllegalStateException("A searched word must hold one of the cue words: " + word);
            }
        }
        return new Search(words.toArray(new String[0]), cues, lowerCase);
    }

    /**
     * Whether the text holds one of the words, as {@code Text.containsAny} of the text or of its lower case: each
     * word is searched only where the pass found every cue word it holds, and the lower case is made only then.
     */
    boolean holdsAny(Search search) {
        if ((cues & search.any) == 0) {
            return false; // most texts: none of the cue words
        }
        for (int i = 0; i < search.words.length; i++) {
            if ((cues & search.cues[i]) == search.cues[i]
                    && (search.lowerCase ? lower() : text).contains(search.words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #occurrences(String, List)} of the words in the text (or its lower case), each word searched only where
     * the pass found every cue word it holds.
     */
    int[] occurrences(Search search) {
        if ((cues & search.any) == 0) {
            return NONE; // most texts: none of the cue words
        }
        int[] places = null;
        int n = 0;
        for (int w = 0; w < search.words.length; w++) {
            if ((cues & search.cues[w]) != search.cues[w]) {
                continue;
            }
            String in = search.lowerCase ? lower() : text;
            String word = search.words[w];
            for (int at = in.indexOf(word); at >= 0; at = in.indexOf(word, at + 1)) {
                if (places == null) {
                    places = new int[8];
                } else if (n == places.length) {
                    places = Arrays.copyOf(places, n * 2);
                }
                places[n++] = at;
            }
        }
        return places == null ? NONE : sorted(places, n);
    }

    /** No places. */
    private static final int[] NONE = new int[0];

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

    /**
     * The sentences of {@link #sentences} that hold one of the places, in order, each once: the text is cut only around
     * them, not throughout (issue #14).
     *
     * @param places increasing places of characters that are not white space
     */
    static List<String> sentencesAt(String text, int[] places, boolean semicolon) {
        List<String> sentences = new ArrayList<>(places.length);
        int length = text.length();
        int end = -1;
        for (int place : places) {
            if (place < end) {
                continue; // in the sentence before
            }
            int start = 0;
            for (int k = place - 1; k > 0; k--) {
                if (isSpace(text.charAt(k)) && endsSentence(text.charAt(k - 1), semicolon)) {
                    start = k + 1; // the white space after the mark, as far as the place
                    while (isSpace(text.charAt(start))) {
                        start++;
                    }
                    break;
                }
            }
            end = length;
            for (int k = place + 1; k < length; k++) {
                if (isSpace(text.charAt(k)) && endsSentence(text.charAt(k - 1), semicolon)) {
                    end = k;
                    break;
                }
            }
            sentences.add(text.substring(start, end));
        }
        return sentences;
    }

    private static boolean endsSentence(char c, boolean semicolon) {
        return c == '.' || c == '!' || c == '?' || (semicolon && c == ';');
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
            return NONE;
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
