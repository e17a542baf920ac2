/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two confusions of an OCR text layer that cost the reading of a clause (round 18, #16), mended from the document's
 * own words: a "d" read as "cl" ("clata subjects", „uncl“), where the word with "d" stands in the same document often
 * and the misread one seldom; and a middle dot read into the end of a word from a speck on the scan („Art der· Daten“,
 * "development·"), where a separator " · " has a space on both sides. A word that the document repeats as it is stays:
 * an OCR error is rare and random, a real word recurs ("clause", "include" and „Klasse“ have no "d" twin in use).
 */
final class OcrWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** A middle dot glued to the end of a word and followed by a space or the end: a speck, not a separator. */
    private static final Pattern SPECK = Pattern.compile("(?<=\\p{L})·(?=\\s|$)");

    /** How often the repaired word must stand in the document, and how seldom the misread one may. */
    private static final int TWIN_AT_LEAST = 5;

    private static final int MISREAD_AT_MOST = 2;

    private final Map<String, Integer> counts = new HashMap<>();

    /** Counts the words of all texts of one document. */
    OcrWords(List<String> texts) {
        for (String t : texts) {
            Matcher m = WORD.matcher(t);
            while (m.find()) {
                counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
    }

    /** The text with the two confusions mended. */
    String repair(String text) {
        String s = SPECK.matcher(text).replaceAll("");
        if (!s.contains("cl")) {
            return s;
        }
        Matcher m = WORD.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.contains("cl") && counts.getOrDefault(lower, 0) <= MISREAD_AT_MOST) {
                String twin = word.replace("cl", "d");
                if (counts.getOrDefault(twin.toLowerCase(Locale.ROOT), 0) >= TWIN_AT_LEAST) {
                    out.append(s, last, m.start()).append(twin);
                    last = m.end();
                }
            }
        }
        return out.append(s, last, s.length()).toString();
    }
}
