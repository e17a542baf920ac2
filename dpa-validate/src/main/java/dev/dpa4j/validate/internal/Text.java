/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Predicates on free text: presence, placeholders, catch-all wording and the vague-time lexicon. */
final class Text {

    /** Vague time expressions (rule catalogue §3.8), lower case. */
    static final List<String> VAGUE_TIME = Lexicon.load("vague-time");

    /** Vague time words that are the statutory standard ("without undue delay") or stricter. */
    static final Set<String> STATUTORY_PROMPTNESS = Set.copyOf(Lexicon.load("statutory-promptness"));

    /** Quality words that say nothing on their own (rule catalogue §3.8). */
    static final List<String> VAGUE_QUALITY = Lexicon.load("vague-quality");

    /** Catch-all descriptions that identify nothing specific when they are the whole text. */
    static final Set<String> CATCH_ALL = Set.copyOf(Lexicon.load("catch-all"));

    /** Phrases that only restate the law or point elsewhere. */
    static final List<String> STATUTE_PHRASES = Lexicon.load("statute-phrases");

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\[\\[.*]]|\\[[^\\]]*]|\\{\\{.*}}|<[^>]+>|…", Pattern.DOTALL);
    private static final Set<String> PLACEHOLDER_WORDS = Set.of("tbd", "tba", "xxx", "n/a", "na", "todo", "-", "?");
    /**
     * A number and a unit of time: "72 hours", "ninety (90) days" (the figure after the words), "a 35-day cycle",
     * "30 weiteren Tagen", "sechs Monaten" (a number in words up to twelve, and thirty, sixty, ninety).
     */
    static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "(?:\\d+\\)?|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|sixty|ninety|zwei|drei"
                    + "|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreißig|sechzig|neunzig))[\\s-]*"
                    + "(?:(?:further|additional|more|weitere[nr]?|zusätzliche[nr]?)\\s+)?"
                    + "(h\\b|std|stunde|hour|tag|day|werktag|business day|woche|week|monat|month|kalendertag)");

    /**
     * The number words of {@link #NUMBER_WITH_UNIT}, by their first character (all ASCII): a match that does not begin
     * with a digit begins with one of them ({@link #holdsNumberWithUnit}).
     */
    private static final String[][] NUMBER_WORDS_BY_FIRST = byFirst(List.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirty",
            "sixty", "ninety", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
            "zwölf", "dreißig", "sechzig", "neunzig"));

    /** Phrases that make a data category a catch-all wherever they appear. */
    static final List<String> CATCH_ALL_PHRASES = Lexicon.load("catch-all-phrases");

    /** Phrases by which a description admits that it lists nothing. */
    static final List<String> NOT_ENUMERATED = Lexicon.load("not-enumerated");

    /** Characters removed from both ends by {@link #normalise}: white space (after folding) and punctuation. */
    private static final String EDGE = " .,;:()\"'-";

    private Text() {}

    static boolean isPlaceholder(String text) {
        if (!mayHoldPlaceholder(text) && strippedLength(text) > LONGEST_PLACEHOLDER_WORD) {
            // most texts: longer than every placeholder word (lower case never shortens a text) and without
            // a character of the placeholder forms, so no copy in lower case is needed (issue #14)
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return PLACEHOLDER_WORDS.contains(t)
                || (mayHoldPlaceholder(t) && PLACEHOLDER.matcher(t).find());
    }

    /** The length of the longest of {@link #PLACEHOLDER_WORDS}. */
    private static final int LONGEST_PLACEHOLDER_WORD =
            PLACEHOLDER_WORDS.stream().mapToInt(String::length).max().orElse(0);

    /** The length of the text without white space at either end, as {@link String#strip()} counts it. */
    private static int strippedLength(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return end - start;
    }

    /** Cheap test before {@link #PLACEHOLDER}: every placeholder form contains one of these characters. */
    private static boolean mayHoldPlaceholder(String text) {
        return text.indexOf('[') >= 0 || text.indexOf('{') >= 0 || text.indexOf('<') >= 0 || text.indexOf('…') >= 0;
    }

    /** Non-blank and not a placeholder. */
    static boolean present(String text) {
        return !text.isBlank() && !isPlaceholder(text);
    }

    static boolean present(Optional<String> text) {
        return text.isPresent() && present(text.get());
    }

    static boolean presentText(Optional<LocalizedText> text) {
        return text.isPresent() && present(text.get());
    }

    static boolean present(LocalizedText text) {
        List<String> translations = translations(text);
        for (int i = 0; i < translations.size(); i++) { // without a stream or an iterator: asked of most texts, #14
            if (present(translations.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The translations of a text in the order of their language tags, as a list to be read by position: the loops
     * of the rules over each text's translations, most of one or two, make no iterator (issue #14). The model's
     * values are such a list already; another map's are copied.
     */
    static List<String> translations(LocalizedText text) {
        Collection<String> values = text.getTranslations().values();
        return values instanceof List<String> list ? list : List.copyOf(values);
    }

    /** All translations joined, in lower case, for lexicon searches. */
    static String lower(LocalizedText text) {
        List<String> translations = translations(text);
        // one translation is lowered without a joined copy first, two are joined without an iterator and an array
        // as String.join makes them (issue #14)
        String joined = switch (translations.size()) {
            case 1 -> translations.get(0);
            case 2 -> translations.get(0) + "\n" + translations.get(1);
            default -> String.join("\n", translations);
        };
        return joined.toLowerCase(Locale.ROOT);
    }

    /**
     * The text in NFC, lower case, runs of white space as one space, without white space or punctuation at
     * either end.
     */
    static String normalise(String text) {
        String t = belowCombining(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        t = collapseWhiteSpace(t.toLowerCase(Locale.ROOT));
        int start = 0;
        int end = t.length();
        while (start < end && EDGE.indexOf(t.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(start, end);
    }

    /**
     * Runs of white space ({@code [\\s\\u00a0]+} as a regular expression: space, tab, line feed, vertical
     * tab, form feed, carriage return, no-break space) as one space; the text itself when there is none to
     * fold. A loop instead of the expression, which was among the largest costs of a validation (issue #14).
     */
    static String collapseWhiteSpace(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(text.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                out.append(' ');
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0';
    }

    /**
     * The number of words longer than two characters, words being what {@code [\\s/]+} separates (white
     * space as in {@link #collapseWhiteSpace} without the no-break space, and the slash).
     */
    static long wordsLongerThanTwo(String text) {
        long words = 0;
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || (c != '\u00a0' && isSpace(c))) {
                if (length > 2) {
                    words++;
                }
                length = 0;
            } else {
                length++;
            }
        }
        return length > 2 ? words + 1 : words;
    }

    /** Whether no character could combine (below U+0300), so that NFC leaves the text as it is. */
    private static boolean belowCombining(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a text is catch-all or statute wording only. With {@code minWords}, texts with fewer
     * meaningful words (longer than two letters) count as generic too.
     */
    static boolean generic(LocalizedText text, int minWords) {
        for (String value : text.getTranslations().values()) {
            if (!genericValue(value, minWords)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #generic(LocalizedText, int)} with the {@link #normalise normalised} translations of the run's memo:
     * the subject matter, the purposes and the data categories are judged by several rules, and each normalised the
     * same translations again (issue #14).
     */
    static boolean generic(LocalizedText text, int minWords, RunMemo memo) {
        for (String value : text.getTranslations().values()) {
            if (!genericNormalised(memo.normalised(value), minWords)) {
                return false;
            }
        }
        return true;
    }

    private static boolean genericValue(String value, int minWords) {
        return genericNormalised(normalise(value), minWords);
    }

    /** {@link #genericValue} of a translation already {@link #normalise normalised}. */
    private static boolean genericNormalised(String t, int minWords) {
        if (t.isEmpty() || CATCH_ALL.contains(t)) {
            return true;
        }
        long words = wordsLongerThanTwo(t);
        if (words < 8) {
            // a statute phrase makes only a short text generic: a longer one is not searched for the phrases, as
            // each of them was before, though the answer could not change (issue #14)
            for (String phrase : STATUTE_PHRASES) {
                if (t.contains(phrase)) {
                    return true;
                }
            }
        }
        return minWords > 0 && words < minWords;
    }

    /** The first vague-time term in the text, if the text holds no number with a unit. */
    static Optional<String> vagueTime(LocalizedText text) {
        String t = lower(text);
        if (holdsNumberWithUnit(t)) {
            return Optional.empty();
        }
        return VAGUE_TIME.stream().filter(t::contains).findFirst();
    }

    /** Whether any translation names a number with a unit of time ("30 Tage", "within 35 days"). */
    static boolean namesPeriod(LocalizedText text) {
        return holdsNumberWithUnit(lower(text));
    }

    /**
     * Whether a text in lower case holds {@link #NUMBER_WITH_UNIT}, as {@code NUMBER_WITH_UNIT.matcher(t).find()}
     * answers: the expression is tried only where a match can begin, at a digit ({@code \d} is ASCII) or where one
     * of its number words begins after a character that is not an ASCII letter, digit or "_" (its {@code \b}; the
     * expression then decides, with transparent bounds so that it sees the character before). Run over a whole text,
     * the expression tried its word boundary and some thirty words at every character: about 50 ns a character, some
     * 37 µs for the three further provisions on the end of Jomoco's processing, which {@code BACKUP_DELETION_START}
     * reads (issue #14).
     *
     * @param t a text in lower case
     */
    static boolean holdsNumberWithUnit(String t) {
        Matcher m = null;
        int length = t.length();
        for (int i = 0; i < length; i++) {
            char c = t.charAt(i);
            boolean candidate;
            if (c >= '0' && c <= '9') {
                candidate = true;
            } else if (c < NUMBER_WORDS_BY_FIRST.length
                    && NUMBER_WORDS_BY_FIRST[c] != null
                    && (i == 0 || !isAsciiWordCharacter(t.charAt(i - 1)))) {
                candidate = false;
                for (String word : NUMBER_WORDS_BY_FIRST[c]) {
                    if (t.startsWith(word, i)) {
                        candidate = true;
                        break;
                    }
                }
            } else {
                candidate = false;
            }
            if (candidate) {
                if (m == null) {
                    m = NUMBER_WITH_UNIT.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (m.region(i, length).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a character is an ASCII letter, digit or "_": a word character for {@code \b} wherever it stands. */
    private static boolean isAsciiWordCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** Words by their first character, which must be ASCII. */
    private static String[][] byFirst(List<String> words) {
        String[][] table = new String[128][];
        for (String word : words) {
            char first = word.charAt(0);
            String[] known = table[first];
            String[] grown = known == null ? new String[1] : Arrays.copyOf(known, known.length + 1);
            grown[grown.length - 1] = word;
            table[first] = grown;
        }
        return table;
    }

    /** Whether a term of the vague-time lexicon is the statutory standard or stricter. */
    static boolean isStatutoryPromptness(String term) {
        return STATUTORY_PROMPTNESS.contains(term);
    }

    /** The first vague quality term in the text. */
    static Optional<String> vagueQuality(LocalizedText text) {
        return vagueQuality(lower(text));
    }

    /** {@link #VAGUE_QUALITY} as an array, for the scan of {@link #vagueQuality(String)}. */
    private static final String[] VAGUE_QUALITY_PHRASES = VAGUE_QUALITY.toArray(new String[0]);

    /**
     * The length of the shortest of {@link #VAGUE_QUALITY}: the window that the scan of {@link #vagueQuality(String)}
     * moves.
     */
    private static final int VAGUE_QUALITY_WINDOW =
            Arrays.stream(VAGUE_QUALITY_PHRASES).mapToInt(String::length).min().orElse(2);

    /**
     * How far the scan of {@link #vagueQuality(String)} may move its window past the pair of characters at its end,
     * one byte for each pair as the lower seven bits of each character ({@code first × 128 + second}): the distance
     * from that pair to the end of the first {@link #VAGUE_QUALITY_WINDOW} characters of the phrase nearest to
     * ending there, 0 where a phrase's window ends with it, {@code window − 1} where no phrase holds it (the
     * multi-phrase skip of Wu and Manber with blocks of two characters). The shortest phrase has ten characters
     * ("angemessen"), so most pairs of a text are never read (issue #14).
     */
    private static final byte[] VAGUE_QUALITY_SHIFTS = shifts(VAGUE_QUALITY_PHRASES, VAGUE_QUALITY_WINDOW);

    /** {@link #VAGUE_QUALITY_SHIFTS} for phrases that begin with two ASCII characters, each window long or longer. */
    private static byte[] shifts(String[] phrases, int window) {
        if (window < 2 || window > Byte.MAX_VALUE) {
            throw new IllegalStateException("The shortest vague quality phrase must have 2 to 127 characters");
        }
        byte[] shifts = new byte[128 * 128];
        Arrays.fill(shifts, (byte) (window - 1));
        for (String phrase : phrases) {
            if (phrase.charAt(0) >= 128 || phrase.charAt(1) >= 128) {
                throw new IllegalStateException(
                        "A vague quality phrase must begin with two ASCII characters: " + phrase);
            }
            for (int end = 1; end < window; end++) {
                int pair = (phrase.charAt(end - 1) & 127) * 128 + (phrase.charAt(end) & 127);
                shifts[pair] = (byte) Math.min(shifts[pair], window - 1 - end);
            }
        }
        return shifts;
    }

    /**
     * {@link #vagueQuality(LocalizedText)} of a text already in {@link #lower(LocalizedText)} form: the first phrase
     * of the lexicon, in its order, that occurs anywhere in the text.
     *
     * <p>One pass over the text with a window of {@link #VAGUE_QUALITY_WINDOW} characters instead of a search of the
     * whole text for each phrase: the pair of characters at the window's end is looked up in {@link
     * #VAGUE_QUALITY_SHIFTS}, which says how far the window may move without passing a place where a phrase begins;
     * where it says 0, the phrases that begin at the window's start are compared with the text there (a character
     * outside ASCII may share the lower bits of one of a phrase, which only shortens a move; the comparison decides).
     * Every place where a phrase begins is compared, so the phrases found, kept by their place in the lexicon, give
     * the answer that the searches in lexicon order gave; the window used to move by one character, reading every
     * pair (issue #14).
     */
    static Optional<String> vagueQuality(String lower) {
        String[] phrases = VAGUE_QUALITY_PHRASES;
        int first = phrases.length; // the place in the lexicon of the first phrase found so far
        byte[] shifts = VAGUE_QUALITY_SHIFTS;
        int window = VAGUE_QUALITY_WINDOW;
        int length = lower.length();
        int end = window - 1; // the last character of the window
        while (end < length) {
            int shift = shifts[(lower.charAt(end - 1) & 127) << 7 | (lower.charAt(end) & 127)];
            if (shift != 0) {
                end += shift;
                continue;
            }
            first = phraseAt(lower, end - window + 1, first);
            if (first == 0) {
                break;
            }
            end++;
        }
        return first < phrases.length ? Optional.of(phrases[first]) : Optional.empty();
    }

    /**
     * The places in the lexicon of the phrases by their first two characters ({@code first × 128 + second}, both
     * ASCII), in increasing order; null where no phrase begins so. Read only where the scan stops.
     */
    private static final int[][] VAGUE_QUALITY_BY_PAIR = byPair(VAGUE_QUALITY_PHRASES);

    private static int[][] byPair(String[] phrases) {
        int[][] byPair = new int[128 * 128][];
        for (int k = 0; k < phrases.length; k++) {
            int pair = phrases[k].charAt(0) * 128 + phrases[k].charAt(1); // both ASCII, as shifts checks
            int[] places = byPair[pair] == null ? new int[0] : byPair[pair];
            int[] longer = Arrays.copyOf(places, places.length + 1);
            longer[places.length] = k;
            byPair[pair] = longer;
        }
        return byPair;
    }

    /**
     * The place of the first phrase before {@code before} in the lexicon that begins at {@code start}, or {@code
     * before}. Only the phrases that begin with the two characters at {@code start} are compared, since every phrase
     * begins with two ASCII characters (issue #14).
     */
    private static int phraseAt(String lower, int start, int before) {
        if (start < 0) {
            return before;
        }
        char first = lower.charAt(start);
        char second = lower.charAt(start + 1);
        if (first >= 128 || second >= 128) {
            return before;
        }
        int[] places = VAGUE_QUALITY_BY_PAIR[first * 128 + second];
        if (places != null) {
            for (int k : places) {
                if (k >= before) {
                    break;
                }
                if (lower.startsWith(VAGUE_QUALITY_PHRASES[k], start)) {
                    return k;
                }
            }
        }
        return before;
    }

    /**
     * Whether a stem occurs in the text: stems of fewer than five letters at the start of a word only, longer
     * stems anywhere (German compounds put them inside words).
     */
    static boolean containsStem(String lowerText, List<String> stems) {
        for (String stem : stems) {
            if (stem.length() >= 5 || stem.contains(" ")) {
                if (lowerText.contains(stem)) {
                    return true;
                }
                continue;
            }
            for (int i = lowerText.indexOf(stem); i >= 0; i = lowerText.indexOf(stem, i + 1)) {
                if (i == 0 || !Character.isLetterOrDigit(lowerText.charAt(i - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words of a text in lower case, split at everything that is not a letter or a number
     * ({@code [^\\p{L}\\p{N}]+}).
     */
    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < lower.length()) {
            int c = lower.codePointAt(i);
            if (isLetterOrNumber(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(lower.substring(start));
        }
        return Collections.unmodifiableList(words);
    }

    /** {@code \\p{L}} or {@code \\p{N}}: a letter, or a decimal digit, letter number or other number. */
    static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The first catch-all phrase in any translation. */
    static Optional<String> catchAllPhrase(LocalizedText text) {
        return catchAllPhraseOf(normaliseAll(text));
    }

    /** {@link #catchAllPhrase(LocalizedText)} with the normalised translations of the run's memo. */
    static Optional<String> catchAllPhrase(LocalizedText text, RunMemo memo) {
        StringBuilder out = new StringBuilder();
        for (String value : text.getTranslations().values()) {
            out.append(memo.normalised(value)).append('\n');
        }
        return catchAllPhraseOf(out.toString());
    }

    private static Optional<String> catchAllPhraseOf(String normalisedAll) {
        for (int i = 0; i < CATCH_ALL_PHRASES.size(); i++) { // without a stream: asked of every purpose, issue #14
            String phrase = CATCH_ALL_PHRASES.get(i);
            if (normalisedAll.contains(phrase)) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    /** Whether any translation says that the list is not enumerated. */
    static boolean notEnumerated(LocalizedText text) {
        String t = normaliseAll(text);
        return NOT_ENUMERATED.stream().anyMatch(t::contains);
    }

    private static String normaliseAll(LocalizedText text) {
        StringBuilder out = new StringBuilder();
        for (String value : text.getTranslations().values()) {
            out.append(normalise(value)).append('\n');
        }
        return out.toString();
    }

    static boolean containsAny(LocalizedText text, List<String> stems) {
        return containsAny(lower(text), stems);
    }

    /** {@link #containsAny(LocalizedText, List)} of a text already in {@link #lower(LocalizedText)} form. */
    static boolean containsAny(String lower, List<String> stems) {
        for (String stem : stems) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The wording of a time limit, for messages: the first translation, or the period. */
    static String wording(TimeLimit limit) {
        if (limit.getWording().isPresent()) {
            LocalizedText w = limit.getWording().get();
            return w.getTranslations().values().iterator().next().strip();
        }
        return limit.getPeriod().map(Text::period).orElse("");
    }

    static String period(TimePeriod period) {
        return period.getAmount() + " "
                + period.getUnit().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Upper bound of a period in hours: business days count with weekends, months as 31 days. */
    static long maxHours(TimePeriod period) {
        long a = period.getAmount();
        return switch (period.getUnit()) {
            case HOURS -> a;
            case CALENDAR_DAYS -> a * 24;
            case BUSINESS_DAYS -> (a + 2 * ((a + 4) / 5)) * 24;
            case WEEKS -> a * 7 * 24;
            case MONTHS -> a * 31 * 24;
        };
    }

    /** Lower bound of a period in whole days: hours round down, months count as 28 days. */
    static long minDays(TimePeriod period) {
        long a = period.getAmount();
        return switch (period.getUnit()) {
            case HOURS -> a / 24;
            case CALENDAR_DAYS, BUSINESS_DAYS -> a;
            case WEEKS -> a * 7;
            case MONTHS -> a * 28;
        };
    }

    /** Upper bound of a period in whole days. */
    static long maxDays(TimePeriod period) {
        return (maxHours(period) + 23) / 24;
    }
}
