/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

/**
 * The one rule for spaces a line must not break at, shared by every writer that breaks lines itself (plain
 * text, PDF): between a legal reference word and what it refers to, so that "§ 126b BGB", "Art. 28 Abs. 3
 * lit. a DSGVO", "Clause 7.6" or "Annex II" never leave "§", "Art.", "Abs.", "lit." or "Clause" at the end of a
 * line with their number on the next; a date stays whole ("14. September 2026", "1 January 2027"), and so
 * does a number written in groups ("+49 30 1234 567", "030 1234 567", "DE89 3704 0044 0532 0130 00",
 * "10 000"). German typesetting binds these (DIN 5008 and legal citation practice); English practice does the
 * same for "Article 28" and "Annex II".
 *
 * <p>The composed text keeps ordinary spaces (the importer and every other reader of our output read them
 * as such); only the line breaking consults this rule. An abbreviation binds whatever follows it ("lit. a",
 * "Abs. 3"); a written-out word binds only a number: digits ("Clause 7.6") or a Roman numeral ("Annex II"). A
 * month binds a year of four digits. A group of digits binds the next group: a word of at most six digits or
 * capital letters with at least one digit (an international number's "+49" and an IBAN's "DE89" begin a group
 * too), so that a group followed by a comma or a full stop ends the number.
 */
public final class Bindings {

    private Bindings() {}

    /** Abbreviations that always stand before their number or letter. */
    private static final String[] ABBREVIATIONS = {
        "§", "§§", "Art.", "Arts.", "Artt.", "Abs.", "lit.", "Buchst.", "Nr.", "Nrn.", "Ziff.", "UAbs.", "Rn.", "Kap.",
        "No.", "para.", "Sec."
    };

    /** Words that bind a following number. */
    private static final String[] WORDS = {
        "Article",
        "Articles",
        "Artikel",
        "Clause",
        "Clauses",
        "Klausel",
        "Klauseln",
        "Annex",
        "Anlage",
        "Anhang",
        "Section",
        "Schedule",
        "Abschnitt",
        "Ziffer",
        "Paragraph",
        "Absatz",
        "Table",
        "Tabelle"
    };

    /** The months in German and English, so that a date's day and month stay on one line. */
    private static final String[] MONTHS = {
        "Januar",
        "Jänner",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "January",
        "February",
        "March",
        "May",
        "June",
        "July",
        "October",
        "December"
    };

    /** The longest entry of either list, so that longer words are rejected without a comparison. */
    private static final int LONGEST = 10;

    /** {@link #binder}: the word binds nothing. */
    public static final int NONE = 0;

    private static final int ABBREVIATION = 1;
    private static final int WORD = 2;
    private static final int DAY = 3;
    private static final int GROUP = 4;
    private static final int DAY_OR_GROUP = 5;
    private static final int MONTH = 6;

    /** The longest group of a number written in groups ("+49", "1234", "DE89", "0532"). */
    private static final int LONGEST_GROUP = 6;

    /** The characters an entry (or a day) can begin with, so that most words are rejected by one lookup. */
    private static final boolean[] FIRST = new boolean[256];

    /**
     * By first character, the lengths of the abbreviations and of the words that begin with it, one bit each,
     * so that a word with a possible first character is still rejected without a comparison unless an entry
     * of its length begins with it (in German every noun begins with a capital, as most entries do).
     */
    private static final int[] ABBREVIATION_LENGTHS = lengths(ABBREVIATIONS);

    private static final int[] WORD_LENGTHS = lengths(WORDS);

    private static final int[] MONTH_LENGTHS = lengths(MONTHS);

    static {
        for (String[] list : new String[][] {ABBREVIATIONS, WORDS, MONTHS}) {
            for (String entry : list) {
                FIRST[entry.charAt(0)] = true;
            }
        }
        for (char c = '0'; c <= '9'; c++) {
            FIRST[c] = true;
        }
        FIRST['+'] = true;
    }

    private static int[] lengths(String[] entries) {
        int[] lengths = new int[256];
        for (String entry : entries) {
            lengths[entry.charAt(0)] |= 1 << entry.length();
        }
        return lengths;
    }

    /**
     * Whether a line must not break at the space between two words of a text: {@link #binder} of the word
     * before, then {@link #binds} of the word after.
     *
     * @param text the text
     * @param from where the word before the space starts
     * @param to where it ends: the space
     * @param next where the word after the space starts
     * @param nextEnd where that word ends
     * @return {@code true} if the two words belong on one line
     */
    public static boolean keepTogether(CharSequence text, int from, int to, int next, int nextEnd) {
        int kind = binder(text, from, to);
        return kind != NONE && binds(kind, text, next, nextEnd);
    }

    /**
     * What the word before a space could bind; every word of a text passes here, so it allocates nothing and
     * rejects most words by their first character or length.
     *
     * @param text the text
     * @param from where the word starts (an opening parenthesis or quotation mark there is skipped)
     * @param to where it ends
     * @return {@link #NONE} if the word binds nothing, otherwise a kind for {@link #binds}
     */
    public static int binder(CharSequence text, int from, int to) {
        while (from < to && opening(text.charAt(from))) {
            from++;
        }
        int length = to - from;
        if (length == 0 || length > LONGEST) {
            return NONE;
        }
        char first = text.charAt(from);
        if (first >= FIRST.length || !FIRST[first]) {
            return NONE;
        }
        if (first <= '9' && first >= '0') {
            boolean group = group(text, from, to);
            if (day(text, from, to)) {
                return group ? DAY_OR_GROUP : DAY;
            }
            return group ? GROUP : NONE;
        }
        if (first == '+') {
            return length > 1 && group(text, from + 1, to) ? GROUP : NONE;
        }
        if (length == 4 && first <= 'Z' && first >= 'A' && ibanHead(text, from)) {
            return GROUP;
        }
        char last = text.charAt(to - 1);
        if (last == '.' || last == '§') {
            return (ABBREVIATION_LENGTHS[first] & (1 << length)) != 0 && matchesAny(ABBREVIATIONS, text, from, length)
                    ? ABBREVIATION
                    : NONE;
        }
        if (!Character.isLetter(last)) {
            return NONE;
        }
        if ((WORD_LENGTHS[first] & (1 << length)) != 0 && matchesAny(WORDS, text, from, length)) {
            return WORD;
        }
        return (MONTH_LENGTHS[first] & (1 << length)) != 0 && matchesAny(MONTHS, text, from, length) ? MONTH : NONE;
    }

    /**
     * Whether the word after a space is bound to a word before it of the given kind.
     *
     * @param kind what {@link #binder} said of the word before
     * @param text the text
     * @param next where the word after the space starts
     * @param nextEnd where it ends
     * @return {@code true} if the two words belong on one line
     */
    public static boolean binds(int kind, CharSequence text, int next, int nextEnd) {
        if (next >= nextEnd) {
            return false;
        }
        return switch (kind) {
            case ABBREVIATION -> Character.isLetterOrDigit(text.charAt(next)) || text.charAt(next) == '(';
            case WORD -> number(text, next, nextEnd);
            case DAY -> month(text, next, nextEnd);
            case GROUP -> group(text, next, withoutPunctuation(text, next, nextEnd));
            case DAY_OR_GROUP ->
                month(text, next, nextEnd) || group(text, next, withoutPunctuation(text, next, nextEnd));
            case MONTH -> year(text, next, withoutPunctuation(text, next, nextEnd));
            default -> false;
        };
    }

    /** A day of a date: one or two digits, in German with a period ("14." of "14. September 2026"). */
    private static boolean day(CharSequence text, int from, int to) {
        int digits = to - from - (text.charAt(to - 1) == '.' ? 1 : 0);
        if (digits < 1 || digits > 2) {
            return false;
        }
        for (int i = from; i < from + digits; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A group of a number: at most six digits or capital letters, at least one of them a digit. */
    private static boolean group(CharSequence text, int from, int to) {
        if (to <= from || to - from > LONGEST_GROUP) {
            return false;
        }
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return digit;
    }

    /** The first group of an IBAN: two capital letters, two digits ("DE89"). */
    private static boolean ibanHead(CharSequence text, int from) {
        char second = text.charAt(from + 1);
        char third = text.charAt(from + 2);
        char fourth = text.charAt(from + 3);
        return second >= 'A' && second <= 'Z' && third >= '0' && third <= '9' && fourth >= '0' && fourth <= '9';
    }

    /** A year: four digits. */
    private static boolean year(CharSequence text, int from, int to) {
        if (to - from != 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Where a word ends without the punctuation after it ("0100," "2027." "567)"). */
    private static int withoutPunctuation(CharSequence text, int from, int to) {
        while (to > from && ".,;:)]“”\"'".indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return to;
    }

    /** Whether the word is a month's name in German or English (with trailing punctuation). */
    private static boolean month(CharSequence text, int from, int to) {
        int end = from;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > from && matchesAny(MONTHS, text, from, end - from);
    }

    private static boolean matchesAny(String[] entries, CharSequence text, int from, int length) {
        for (String entry : entries) {
            if (entry.length() == length && entry.charAt(0) == text.charAt(from) && same(entry, text, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String entry, CharSequence text, int from) {
        for (int i = 1; i < entry.length(); i++) {
            if (entry.charAt(i) != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean opening(char c) {
        return c == '(' || c == '[' || c == '„' || c == '“' || c == '"' || c == '‘' || c == '‚' || c == '\'';
    }

    /** A number as a citation uses it: starts with a digit, or is a Roman numeral (with trailing punctuation). */
    private static boolean number(CharSequence text, int from, int to) {
        char first = text.charAt(from);
        if (first >= '0' && first <= '9') {
            return true;
        }
        int i = from;
        while (i < to && "IVXL".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i > from && (i == to || !Character.isLetter(text.charAt(i)));
    }
}
