/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one pass over a translation of a free text finds for several rules: whether it holds a word of the annex or
 * section references of {@code DOC_REFERENCE} (the cheap test before its regular expressions) or a brace, and the
 * company names of {@code SUBPROC_NAMED_UNLISTED} ({@link CompanyNames#find}). These used to be
 * fourteen searches and one pass of their own over every text; a validation run scans each translation once, on first
 * use, and looks for company names only in the texts that are searched for them (those scans are remembered for the
 * run, {@link RunMemo#scans}), issue #14.
 */
final class TextScan {

    /** The characters below this one are ASCII. */
    private static final int ASCII = 128;

    private static final String[][] ANNEX_WORDS = byFirst(DocumentRules.ANNEX_WORDS);

    private static final String[][] SECTION_WORDS = byFirst(DocumentRules.SECTION_WORDS);

    /** The first two characters of {@link #ANNEX_WORDS}, as bits ({@link #pairAt}). */
    private static final long[] ANNEX_PAIRS = pairs(DocumentRules.ANNEX_WORDS);

    /** The first two characters of {@link #SECTION_WORDS}, as bits ({@link #pairAt}). */
    private static final long[] SECTION_PAIRS = pairs(DocumentRules.SECTION_WORDS);

    /**
     * The first two characters of the legal forms ({@link CompanyNames#mayBeginForm(char, char)}), as bits
     * ({@link #pairAt}): most words that begin with a legal form's first letter ("der", "eine", "Sicherheit") go on
     * with another letter than any form, and are told apart before the company-name finder is called (issue #14).
     */
    private static final long[] FORM_PAIRS = formPairs();

    /** {@link #KINDS}: the character begins a word of {@link #ANNEX_WORDS}. */
    private static final int ANNEX = 1;

    /** {@link #KINDS}: the character begins a word of {@link #SECTION_WORDS}. */
    private static final int SECTION = 2;

    /** {@link #KINDS}: an opening brace. */
    private static final int BRACE = 4;

    /** {@link #KINDS}: white space ({@link Character#isWhitespace}). */
    private static final int SPACE = 8;

    /**
     * {@link #KINDS}: the character may begin a legal form ({@link CompanyNames#mayBeginForm}); it counts only after
     * white space, where a word begins, so it is the {@link #SPACE} bit of the character before shifted by one.
     */
    private static final int FORM = SPACE << 1;

    /** The section sign, which counts as a section word. */
    private static final int SIGN = 32;

    /** The kinds that count wherever they occur. */
    private static final int ANYWHERE = ANNEX | SECTION | BRACE | SIGN;

    /** What each ASCII character may be, so that most characters cost one look-up and no branch taken. */
    private static final byte[] KINDS = kinds();

    private final boolean annexWord;
    private final boolean sectionWord;
    private final boolean brace;
    private final @Nullable List<String> companyNames;

    private TextScan(boolean annexWord, boolean sectionWord, boolean brace, @Nullable List<String> companyNames) {
        this.annexWord = annexWord;
        this.sectionWord = sectionWord;
        this.brace = brace;
        this.companyNames = companyNames;
    }

    private static byte[] kinds() {
        byte[] kinds = new byte[ASCII];
        for (char c = 0; c < ASCII; c++) {
            int kind = (ANNEX_WORDS[c] != null ? ANNEX : 0)
                    | (SECTION_WORDS[c] != null ? SECTION : 0)
                    | (c == '{' ? BRACE : 0)
                    | (Character.isWhitespace(c) ? SPACE : 0)
                    | (CompanyNames.mayBeginForm(c) ? FORM : 0);
            kinds[c] = (byte) kind;
        }
        return kinds;
    }

    /** The words by their first character, which must be ASCII. */
    private static String[][] byFirst(List<String> words) {
        List<List<String>> lists = new ArrayList<>();
        for (int c = 0; c < ASCII; c++) {
            lists.add(new ArrayList<>());
        }
        for (String word : words) {
            if (word.isEmpty() || word.charAt(0) >= ASCII) {
                throw new IllegalStateException("A reference word must begin with an ASCII character: " + word);
            }
            lists.get(word.charAt(0)).add(word);
        }
        String[][] table = new String[ASCII][];
        for (int c = 0; c < ASCII; c++) {
            table[c] = lists.get(c).isEmpty() ? null : lists.get(c).toArray(new String[0]);
        }
        return table;
    }

    private static long[] formPairs() {
        long[] pairs = new long[ASCII * ASCII / Long.SIZE];
        for (char first = 0; first < ASCII; first++) {
            for (char second = 0; second < ASCII; second++) {
                if (CompanyNames.mayBeginForm(first, second)) {
                    int bit = first * ASCII + second;
                    pairs[bit / Long.SIZE] |= 1L << bit;
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
                throw new IllegalStateException("A reference word must begin with two ASCII characters: " + word);
            }
            int bit = word.charAt(0) * ASCII + word.charAt(1);
            pairs[bit / Long.SIZE] |= 1L << bit;
        }
        return pairs;
    }

    /**
     * Whether a word of {@link #pairs} may begin at {@code at}: its first two characters are there. Most capitals
     * that begin a reference word ("A", "S") begin other words ("Auftrag", "Sicherheit"), which this tells apart
     * before the words themselves are compared (issue #14).
     */
    private static boolean pairAt(long[] pairs, String text, int at) {
        if (at + 1 >= text.length()) {
            return false;
        }
        char second = text.charAt(at + 1);
        if (second >= ASCII) {
            return false;
        }
        int bit = text.charAt(at) * ASCII + second;
        return (pairs[bit / Long.SIZE] & (1L << bit)) != 0;
    }

    /**
     * Scans a text once.
     *
     * @param text one translation
     * @param withNames whether to look for company names as well (not in the texts that
     *     {@code SUBPROC_NAMED_UNLISTED} leaves out, such as the sub-processors' own)
     * @return what it holds
     */
    static TextScan of(String text, boolean withNames) {
        CompanyNames.@Nullable Finder names = withNames ? new CompanyNames.Finder(text) : null;
        int counted = ANYWHERE | (names == null ? 0 : FORM);
        boolean annex = false;
        boolean section = false;
        int seen = 0;
        int before = 0; // the kind of the character before; none before the first, so no word begins there
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            int kind = c < ASCII ? KINDS[c] : otherKind(c);
            // one test per character: most characters are of no kind that counts (issue #14)
            int hit = kind & counted & (ANYWHERE | ((before & SPACE) << 1));
            if (hit != 0) {
                if (!annex && (hit & ANNEX) != 0 && pairAt(ANNEX_PAIRS, text, i)) {
                    annex = startsWithAny(text, i, ANNEX_WORDS[c]);
                }
                if (!section && (hit & SECTION) != 0 && pairAt(SECTION_PAIRS, text, i)) {
                    section = startsWithAny(text, i, SECTION_WORDS[c]);
                }
                if (names != null && (hit & FORM) != 0 && i + 1 < length && mayBeginForm(text, i)) {
                    names.wordAt(i);
                }
                seen |= hit;
            }
            before = kind;
        }
        return new TextScan(
                annex, section || (seen & SIGN) != 0, (seen & BRACE) != 0, names == null ? null : names.names());
    }

    /**
     * Whether a legal form may begin at {@code at}, a word's first character that begins one: its first two
     * characters begin one ({@link #FORM_PAIRS}), or one of them is not ASCII, which the company-name finder decides.
     */
    private static boolean mayBeginForm(String text, int at) {
        char first = text.charAt(at);
        char second = text.charAt(at + 1);
        if (first >= ASCII || second >= ASCII) {
            return true;
        }
        int bit = first * ASCII + second;
        return (FORM_PAIRS[bit / Long.SIZE] & (1L << bit)) != 0;
    }

    /** The kind of a character that is not ASCII: white space, the section sign or the start of a legal form. */
    private static int otherKind(char c) {
        return (Character.isWhitespace(c) ? SPACE : 0)
                | (c == '§' ? SIGN : 0)
                | (CompanyNames.mayBeginForm(c) ? FORM : 0);
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
