/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link Text#containsStem} of a list of stems in one pass over the text, with phrases that are removed from the text
 * before the stems are looked for (the technical phrases of {@code ART9_FLAG_SET}, such as "diagnostics"). The
 * searches it replaces ran {@code indexOf} over the whole text once per stem and once per phrase, 64 passes over each
 * name and description of a data category for {@code ART9_FLAG_SET} and 14 for {@code ART10_FLAG_SET} (issue #14);
 * this pass looks the pair of characters at each place up in a table of the entries' first two characters and
 * compares only the entries that begin so.
 */
final class StemSearch {

    /** {@link #find}: no stem occurs. */
    static final int ABSENT = 0;

    /** {@link #find}: a stem occurs. */
    static final int FOUND = 1;

    /** {@link #find}: a removed phrase occurs; the caller removes the phrases and searches as before. */
    static final int REMOVED_PHRASE = -1;

    /** The stems, then the removed phrases. */
    private final String[] entries;

    /** How many of {@link #entries} are stems; the rest are removed phrases. */
    private final int stems;

    /** Per entry: a stem that counts anywhere (five letters or more, or a space in it), as {@link Text#containsStem}. */
    private final boolean[] anywhere;

    /**
     * The places in {@link #entries} by their first two characters, each reduced to its lower seven bits ({@code
     * first × 128 + second}); null where no entry begins so. A character outside ASCII may share the bits of an
     * entry's: then the comparison decides.
     */
    private final int[][] byPair;

    /**
     * @param stems the stems, in lower case, as {@link Text#containsStem} takes them
     * @param removed the phrases removed (each replaced by a space) before the stems are looked for
     */
    StemSearch(List<String> stems, List<String> removed) {
        List<String> all = new ArrayList<>(stems);
        all.addAll(removed);
        this.entries = all.toArray(new String[0]);
        this.stems = stems.size();
        this.anywhere = new boolean[entries.length];
        this.byPair = new int[128 * 128][];
        for (int k = 0; k < entries.length; k++) {
            String entry = entries[k];
            if (entry.length() < 2) {
                throw new IllegalStateException("A stem or removed phrase must have two characters or more: " + entry);
            }
            anywhere[k] = entry.length() >= 5 || entry.contains(" ");
            int pair = (entry.charAt(0) & 127) << 7 | (entry.charAt(1) & 127);
            int[] places = byPair[pair] == null ? new int[0] : byPair[pair];
            int[] longer = Arrays.copyOf(places, places.length + 1);
            longer[places.length] = k;
            byPair[pair] = longer;
        }
    }

    /**
     * Whether a text in lower case holds a stem, as {@link Text#containsStem} answers, where it holds none of the
     * removed phrases (then removing them changes nothing).
     *
     * @return {@link #FOUND}, {@link #ABSENT}, or {@link #REMOVED_PHRASE} where a removed phrase occurs
     */
    int find(String lower) {
        boolean found = false;
        int last = lower.length() - 1; // every entry has two characters or more
        for (int i = 0; i < last; i++) {
            int[] places = byPair[(lower.charAt(i) & 127) << 7 | (lower.charAt(i + 1) & 127)];
            if (places == null) {
                continue;
            }
            for (int k : places) {
                if (!lower.startsWith(entries[k], i)) {
                    continue;
                }
                if (k >= stems) {
                    return REMOVED_PHRASE;
                }
                if (anywhere[k] || i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1))) {
                    found = true;
                    if (stems == entries.length) {
                        return FOUND; // nothing removed: the first stem decides
                    }
                }
            }
        }
        return found ? FOUND : ABSENT;
    }
}
