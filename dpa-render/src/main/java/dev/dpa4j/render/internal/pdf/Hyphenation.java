/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

/**
 * Where a word too long for its line may break with a printed hyphen, when it has no hyphen or soft hyphen of
 * its own: the PDF never breaks a word silently in the middle (a narrow column used to print
 * "Standardvertragskla" over "useln").
 *
 * <p>Two rules, in this order of preference. A compound joint: before one of the stems our clause texts build
 * their long German compounds from ("Auftrags-verarbeitungs-vertrag", "Datenschutz-folgen-abschätzung"), at
 * least three letters into the word and three before its end. A syllable boundary: before the consonant
 * between two vowels ("Verarbei-tung"), or between the two consonants between two vowels ("Klau-seln",
 * "Abschät-zung"), where the two are not one sound ("ch", "ck", "ph", "sh", "th" stay together), at least two
 * letters into the word and three before its end. This is a conservative subset of German and English
 * syllabification, not a dictionary: it prefers fewer, safe points to many.
 */
final class Hyphenation {

    /** Stems that begin a part of a compound in our German clause texts, lower case. */
    private static final String[] STEMS = {
        "verarbeit",
        "vertrag",
        "vereinbarung",
        "klausel",
        "schutz",
        "daten",
        "auftrag",
        "folgen",
        "abschätzung",
        "sicherheit",
        "maßnahme",
        "übermittlung",
        "empfänger",
        "kategorie",
        "beauftragt",
        "verantwortlich",
        "prüfung",
        "verletzung",
        "meldung",
        "löschung",
        "weisung",
        "pflicht",
        "kontakt",
        "zertifi",
        "bericht",
        "mechanismus",
        "garantie"
    };

    private Hyphenation() {}

    /**
     * The best point to break a word of letters with a hyphen, at or before {@code limit}.
     *
     * @param chars the characters (code points)
     * @param from where the word starts
     * @param to where it ends (exclusive)
     * @param limit the last index the break may be at (the break is before {@code chars[point]})
     * @return the index before which to break, or {@code -1} if the word has no such point up to the limit
     */
    static int point(int[] chars, int from, int to, int limit) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(chars[i])) {
                return -1;
            }
        }
        int last = Math.min(limit, to - 3);
        for (int p = last; p >= from + 3; p--) {
            if (stemAt(chars, p, to)) {
                return p;
            }
        }
        for (int p = last; p >= from + 2; p--) {
            if (syllable(chars, p)) {
                return p;
            }
        }
        return -1;
    }

    private static boolean stemAt(int[] chars, int p, int to) {
        for (String stem : STEMS) {
            if (p + stem.length() <= to && same(stem, chars, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String stem, int[] chars, int p) {
        for (int i = 0; i < stem.length(); i++) {
            if (Character.toLowerCase(chars[p + i]) != stem.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a syllable starts at {@code p}: V|CV, or VC|CV with the two consonants not one sound. */
    private static boolean syllable(int[] chars, int p) {
        if (!consonant(chars[p]) || !vowel(chars[p + 1])) {
            return false;
        }
        if (vowel(chars[p - 1])) {
            return true;
        }
        if (p - 2 < 0 || !consonant(chars[p - 1]) || !vowel(chars[p - 2])) {
            return false;
        }
        int a = Character.toLowerCase(chars[p - 1]);
        int b = Character.toLowerCase(chars[p]);
        boolean digraph = (a == 'c' && (b == 'h' || b == 'k')) || ((a == 'p' || a == 's' || a == 't') && b == 'h');
        return !digraph;
    }

    private static boolean vowel(int c) {
        return "aeiouyäöüAEIOUYÄÖÜ".indexOf(c) >= 0;
    }

    private static boolean consonant(int c) {
        return Character.isLetter(c) && !vowel(c);
    }
}
