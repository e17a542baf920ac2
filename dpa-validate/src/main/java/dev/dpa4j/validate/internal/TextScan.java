/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.catalog.LegalForms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one pass over a translation of a free text finds for several rules: whether it holds a word of the annex or
 * section references of {@code DOC_REFERENCE} (the cheap test before its regular expressions) or a brace, and the
 * company names of {@code SUBPROC_NAMED_UNLISTED} ({@link CompanyNames#find}), and whether it holds "[[" or one of
 * the capitals TODO, TBD, TBA, XXX ({@link DocumentRules#MARK_WORDS}), the cheap tests of {@code DOC_PLACEHOLDER}. These used to be
 * fourteen searches and one pass of their own over every text; a validation run scans each translation once, on first
 * use, and looks for company names only in the texts that are searched for them (those scans are remembered for the
 * run, {@link RunMemo#scans}), issue #14. The same pass finds the clause-wording rules' cue words ({@link ClauseWording},
 * {@link #cues()}): they had a pass of their own over the same characters.
 */
final class TextScan {

    /** The characters below this one are ASCII. */
    private static final int ASCII = 128;

    private static final String[][] ANNEX_WORDS = byFirst(DocumentRules.ANNEX_WORDS);

    private static final String[][] SECTION_WORDS = byFirst(DocumentRules.SECTION_WORDS);

    private static final String[][] MARK_WORDS = byFirst(DocumentRules.MARK_WORDS);

    /** The first two characters of {@link #ANNEX_WORDS}, as bits (first × 128 + second). */
    private static final long[] ANNEX_PAIRS = pairs(DocumentRules.ANNEX_WORDS);

    /** The first two characters of {@link #SECTION_WORDS}, as bits (first × 128 + second). */
    private static final long[] SECTION_PAIRS = pairs(DocumentRules.SECTION_WORDS);

    /** The first two characters of {@link #MARK_WORDS}, as bits (first × 128 + second). */
    private static final long[] MARK_PAIRS = pairs(DocumentRules.MARK_WORDS);

    /** The first two characters of the legal forms ({@link CompanyNames#mayBeginForm(char, char)}), as bits. */
    private static final long[] FORM_PAIRS = formPairs();

    /**
     * Where the scan stops, one byte for each pair of characters as the lower seven bits of each
     * ({@code first × 128 + second}): {@link #WITH_NAMES} is set for the pairs of ASCII characters that begin a
     * reference word, a mark word or a legal form, and every pair that ends in "{" or "§", and "[["; {@link #WITHOUT_NAMES} for the
     * same pairs without the legal forms, for a scan without company names. Most pairs cost one look-up and no branch
     * taken; a character that is not ASCII may stop the scan where nothing begins, and the stop is checked on the text
     * itself ({@link #stop}). One byte a pair rather than one bit: the loop then needs no shift and mask, about a fifth
     * less time a character; its 16 KiB fit the processor's first cache (issue #14).
     */
    private static final byte[] STOPS = stops();

    /** The flag of {@link #STOPS} for a scan with company names. */
    private static final int WITH_NAMES = 1;

    /** The flag of {@link #STOPS} for a scan without company names. */
    private static final int WITHOUT_NAMES = 2;

    /** {@link #stop}: a word of the annex references occurs. */
    private static final int ANNEX = 1;

    /**
     * The flag of {@link #STOPS} for the clause-wording rules' cue words ({@link ClauseWording}): the pairs where one may
     * begin, or a cue of one character end. One pass finds them with the rest (issue #14).
     */
    private static final int CUES = 4;

    /** {@link #WITH_NAMES} or {@link #WITHOUT_NAMES}. */
    private static final int WORDS = WITH_NAMES | WITHOUT_NAMES;

    /** {@link #stop}: "§" or a word of the section references occurs. */
    private static final int SECTION = 2;

    /** {@link #stop}: a "{" occurs. */
    private static final int BRACE = 4;

    /** {@link #stop}: "[[" occurs. */
    private static final int DOUBLE_BRACKET = 8;

    /** {@link #stop}: a word of {@link DocumentRules#MARK_WORDS} occurs. */
    private static final int MARK = 16;

    private final boolean annexWord;
    private final boolean sectionWord;
    private final boolean brace;
    private final boolean doubleBracket;
    private final boolean markWord;
    private final @Nullable List<String> companyNames;
    private final long cues;
    /** {@link #englishTermStarts()}; null where the text holds no "the " or "The " (no such scan is shared). */
    private final int @Nullable [] englishTermStarts;

    private TextScan(
            boolean annexWord,
            boolean sectionWord,
            boolean brace,
            boolean doubleBracket,
            boolean markWord,
            @Nullable List<String> companyNames,
            long cues,
            int @Nullable [] englishTermStarts) {
        this.annexWord = annexWord;
        this.sectionWord = sectionWord;
        this.brace = brace;
        this.doubleBracket = doubleBracket;
        this.markWord = markWord;
        this.companyNames = companyNames;
        this.cues = cues;
        this.englishTermStarts = englishTermStarts;
    }

    /** The words by their first character, which must be ASCII. */
    private static String[][] byFirst(List<String> words) {
        List<List<String>> lists = new ArrayList<>();
        for (int c = 0; c < ASCII; c++) {
            lists.add(new ArrayList<>());
        }
        for (String word : words) {
            if (word.isEmpty() || word.charAt(0) >= ASCII) {
                throw new IllegalStateException("A word of the scan must begin with an ASCII character: " + word);
            }
            lists.get(word.charAt(0)).add(word);
        }
        String[][] table = new String[ASCII][];
        for (int c = 0; c < ASCII; c++) {
            table[c] = lists.get(c).isEmpty() ? null : lists.get(c).toArray(new String[0]);
        }
        return table;
    }

    /**
     * The first two characters of the legal forms as bits. Each form must begin with two ASCII characters: where the
     * character after a form's first is not ASCII, the scan calls no finder.
     */
    private static long[] formPairs() {
        for (String form : LegalForms.distinctive()) {
            if (form.length() < 2 || form.charAt(0) >= ASCII || form.charAt(1) >= ASCII) {
                throw new IllegalStateException("A legal form must begin with two ASCII characters: " + form);
            }
        }
        long[] pairs = new long[ASCII * ASCII / Long.SIZE];
        for (char first = 0; first < ASCII; first++) {
            for (char second = 0; second < ASCII; second++) {
                if (CompanyNames.mayBeginForm(first, second)) {
                    set(pairs, first * ASCII + second);
                }
            }
        }
        return pairs;
    }

    /** The first two characters of each word as one bit each, both ASCII. */
    private static long[] pairs(List<String> words) {
        long[] pairs = new long[ASCII * ASCII / Long.SIZE];
        for (String word : words) {
            if (word.length() < 2 || word.charAt(0) >= ASCII || word.charAt(1) >= ASCII) {
                throw new IllegalStateException("A word of the scan must begin with two ASCII characters: " + word);
            }
            set(pairs, word.charAt(0) * ASCII + word.charAt(1));
        }
        return pairs;
    }

    private static byte[] stops() {
        byte[] stops = new byte[ASCII * ASCII];
        for (int pair = 0; pair < ASCII * ASCII; pair++) {
            int second = pair % ASCII;
            boolean stop = second == '{'
                    || second == ('§' & (ASCII - 1))
                    || pair == '[' * ASCII + '['
                    || isSet(ANNEX_PAIRS, pair)
                    || isSet(SECTION_PAIRS, pair)
                    || isSet(MARK_PAIRS, pair);
            if (stop) {
                stops[pair] = WITH_NAMES | WITHOUT_NAMES;
            } else if (isSet(FORM_PAIRS, pair)) {
                stops[pair] = WITH_NAMES;
            }
            if (ClauseWording.mayStop(pair)) {
                stops[pair] |= CUES;
            }
        }
        return stops;
    }

    private static void set(long[] bits, int bit) {
        bits[bit / Long.SIZE] |= 1L << bit;
    }

    private static boolean isSet(long[] bits, int bit) {
        return (bits[bit / Long.SIZE] & (1L << bit)) != 0;
    }

    /**
     * Scans a text once.
     *
     * <p>One loop looks at each pair of neighbouring characters in one look-up ({@link #STOPS}) and compares the
     * words only where a pair begins one. A reference
     * word counts wherever it begins, a legal form after white space; the company-name finder is called at such a
     * form's first character, in increasing order, as before. The loop used to test every character of a kind that
     * might begin a word, then its pair, which the processor could not predict (issue #14).
     *
     * @param text one translation
     * @param withNames whether to look for company names as well (not in the texts that
     *     {@code SUBPROC_NAMED_UNLISTED} leaves out, such as the sub-processors' own)
     * @return what it holds
     */
    static TextScan of(String text, boolean withNames) {
        return of(text, withNames ? WITH_NAMES : WITHOUT_NAMES);
    }

    /**
     * {@link #of(String, boolean)}, and with {@code withCues} the clause-wording rules' cue words as well
     * ({@link #cues()}), in the same pass.
     */
    static TextScan of(String text, boolean withNames, boolean withCues) {
        return of(text, (withNames ? WITH_NAMES : WITHOUT_NAMES) | (withCues ? CUES : 0));
    }

    /** The cue words alone ({@link ClauseWording#cues}): the pass stops only where one may begin. */
    static long cues(String text) {
        return of(text, CUES).cues;
    }

    /** The scan for the cue words alone, with {@link #englishTermStarts()} ({@link ClauseWording}). */
    static TextScan ofCues(String text) {
        return of(text, CUES);
    }

    private static TextScan of(String text, int flag) {
        // made at the first place where a legal form may begin, which most translations do not have (issue #14)
        CompanyNames.@Nullable Finder names = null;
        byte[] stops = STOPS;
        boolean withNames = (flag & WITH_NAMES) != 0;
        boolean withCues = (flag & CUES) != 0;
        int found = 0;
        long cues = 0;
        int @Nullable [] starts = null;
        int startCount = 0;
        int length = text.length();
        int previous =
                0; // the lower seven bits of the character before, shifted to the pair's place; 0 before the first
        int i = 0;
        while (i < length) {
            // the inner loop holds the look-up alone, whatever the compiler inlines of stop(): with stop() inlined
            // into one loop, the loop ran at about two thirds of the speed in some JVMs (issue #14)
            int c = text.charAt(i) & (ASCII - 1);
            while ((stops[previous | c] & flag) == 0) {
                previous = c << 7;
                if (++i == length) {
                    return of(found, withNames, names, cues, starts, startCount);
                }
                c = text.charAt(i) & (ASCII - 1);
            }
            // each part only where its own flag stopped the scan, as when it had a pass of its own
            int stopped = stops[previous | c] & flag;
            if (withCues && (stopped & CUES) != 0) {
                cues = ClauseWording.stop(text, i, cues);
                // every "th" and "Th" stops the pass (THE's cue words): DOC_UNDEFINED_TERM's English terms are tried
                // where "the" or "The" stands before white space and capitalised words, found here rather than by
                // searching the text again (issue #14)
                if (i + 1 < length
                        && text.charAt(i) == 'h'
                        && text.charAt(i + 1) == 'e'
                        && (text.charAt(i - 1) == 't' || text.charAt(i - 1) == 'T')
                        && DocumentRules.mayFollowThe(text, i + 2)) {
                    if (starts == null) {
                        starts = new int[4];
                    } else if (startCount == starts.length) {
                        starts = Arrays.copyOf(starts, startCount * 2);
                    }
                    starts[startCount++] = i - 1;
                }
            }
            if ((stopped & WORDS) == 0) {
                previous = c << 7;
                i++;
                continue;
            }
            found = stop(text, i, found);
            if (withNames && formMayBegin(text, i)) {
                if (names == null) {
                    names = new CompanyNames.Finder(text);
                }
                names.wordAt(i - 1);
            }
            previous = c << 7;
            i++;
        }
        return of(found, withNames, names, cues, starts, startCount);
    }

    /**
     * The scans without company names by what they found ({@link #ANNEX} ... {@link #MARK}), first those that did not
     * look for them, then those that found none: most translations name no company, and their scans are these shared
     * values instead of one object each (issue #14).
     */
    private static final TextScan[] WITHOUT_NAMES_FOUND = withoutNamesFound();

    private static TextScan[] withoutNamesFound() {
        int kinds = MARK << 1;
        TextScan[] scans = new TextScan[2 * kinds];
        for (int found = 0; found < kinds; found++) {
            scans[found] = create(found, null, 0, null);
            scans[kinds + found] = create(found, List.of(), 0, null);
        }
        return scans;
    }

    private static TextScan of(
            int found,
            boolean withNames,
            CompanyNames.@Nullable Finder names,
            long cues,
            int @Nullable [] starts,
            int startCount) {
        // the English terms' starts only where the text holds "the " or "The ", where DOC_UNDEFINED_TERM reads them
        int @Nullable [] englishTermStarts =
                (cues & ClauseWording.THE) == 0 ? null : starts == null ? NO_STARTS : Arrays.copyOf(starts, startCount);
        if (!withNames) {
            return cues == 0 ? WITHOUT_NAMES_FOUND[found] : create(found, null, cues, englishTermStarts);
        }
        List<String> companyNames = names == null ? List.of() : names.names();
        return companyNames.isEmpty() && cues == 0
                ? WITHOUT_NAMES_FOUND[(MARK << 1) + found]
                : create(found, companyNames, cues, englishTermStarts);
    }

    /** No places. */
    private static final int[] NO_STARTS = new int[0];

    private static TextScan create(
            int found, @Nullable List<String> companyNames, long cues, int @Nullable [] englishTermStarts) {
        return new TextScan(
                (found & ANNEX) != 0,
                (found & SECTION) != 0,
                (found & BRACE) != 0,
                (found & DOUBLE_BRACKET) != 0,
                (found & MARK) != 0,
                companyNames,
                cues,
                englishTermStarts);
    }

    /**
     * What the character at {@code at} and the pair that it ends stand for, where the look-up of the pair stopped
     * the scan: "{" or "§", which add {@link #BRACE} or {@link #SECTION} to {@code found}, "[[", which adds
     * {@link #DOUBLE_BRACKET}, a reference word, which adds {@link #ANNEX} or {@link #SECTION}, a mark word, which adds
     * {@link #MARK} (a legal form after white space is {@link #formMayBegin}'s). Kept out of the loop, which most pairs
     * pass without it.
     */
    private static int stop(String text, int at, int found) {
        char second = text.charAt(at);
        int now = found | (second == '{' ? BRACE : 0) | (second == '§' ? SECTION : 0);
        int start = at - 1;
        if (second == '[' && start >= 0 && text.charAt(start) == '[') {
            now |= DOUBLE_BRACKET;
        }
        if (start < 0 || second >= ASCII || text.charAt(start) >= ASCII) {
            return now;
        }
        char first = text.charAt(start);
        int pair = first * ASCII + second;
        if ((now & ANNEX) == 0 && isSet(ANNEX_PAIRS, pair) && startsWithAny(text, start, ANNEX_WORDS[first])) {
            now |= ANNEX;
        }
        if ((now & SECTION) == 0 && isSet(SECTION_PAIRS, pair) && startsWithAny(text, start, SECTION_WORDS[first])) {
            now |= SECTION;
        }
        if ((now & MARK) == 0 && isSet(MARK_PAIRS, pair) && startsWithAny(text, start, MARK_WORDS[first])) {
            now |= MARK;
        }
        return now;
    }

    /**
     * Whether a legal form may begin at {@code at - 1}, where the look-up of the pair stopped the scan: its first two
     * characters after white space, where the company-name finder is called.
     */
    private static boolean formMayBegin(String text, int at) {
        int start = at - 1;
        if (start <= 0) {
            return false;
        }
        char first = text.charAt(start);
        char second = text.charAt(at);
        return first < ASCII
                && second < ASCII
                && isSet(FORM_PAIRS, first * ASCII + second)
                && Character.isWhitespace(text.charAt(start - 1));
    }

    private static boolean startsWithAny(String text, int at, String[] words) {
        if (words != null) {
            for (String word : words) {
                if (text.startsWith(word, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the words of the annex references occurs ({@code Anlage}, {@code Annex}, ...). */
    boolean annexWord() {
        return annexWord;
    }

    /** Whether "§" or one of the words of the section references occurs ({@code Ziffer}, {@code Clause}, ...). */
    boolean sectionWord() {
        return sectionWord;
    }

    /** Whether the text holds a "{". */
    boolean brace() {
        return brace;
    }

    /** Whether the text holds "[[", where a placeholder of the starter may begin ({@code DOC_PLACEHOLDER}). */
    boolean doubleBracket() {
        return doubleBracket;
    }

    /** Whether the text holds one of {@link DocumentRules#MARK_WORDS} anywhere ({@code DOC_PLACEHOLDER}). */
    boolean markWord() {
        return markWord;
    }

    /** The bits of the clause-wording rules' cue words the text holds ({@link ClauseWording}), where the scan looked. */
    long cues() {
        return cues;
    }

    /**
     * {@link DocumentRules#englishTermStarts} of the text, found by the pass at its stops on "th" and "Th", in
     * increasing order; null where the scan did not look for the cue words or the text holds neither "the " nor
     * "The " ({@link ClauseWording#THE}).
     */
    int @Nullable [] englishTermStarts() {
        return englishTermStarts;
    }

    /**
     * {@link CompanyNames#find} of the text.
     *
     * @throws IllegalStateException if the scan did not look for them
     */
    List<String> companyNames() {
        List<String> names = companyNames;
        if (names == null) {
            throw new IllegalStateException("The text was scanned without looking for company names");
        }
        return names;
    }
}
