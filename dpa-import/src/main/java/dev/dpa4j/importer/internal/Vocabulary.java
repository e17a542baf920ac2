/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal vocabulary of a document mapped to the words the cues are written in (table and its reasons in {@code
 * vocabulary.txt}): Swiss German under the revised FADP ("Bearbeitung", "Auftragsbearbeiterin", "Personendaten",
 * "EDÖB", "innert", "Massnahmen") and English translated from a Romance language ("treatment" for processing,
 * "personal data violation", "the Data", "the Subcontractor") and German written under the old BDSG ("Erhebung,
 * Verarbeitung oder Nutzung", "verantwortliche Stelle"). A family of synonyms is applied only where the document
 * shows that it uses that vocabulary, since some of its words have an everyday meaning elsewhere. Only cue matching
 * sees the rewritten text; quotations and offsets keep the original.
 */
final class Vocabulary {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A document that uses the Swiss terms for itself. */
    private static final Pattern SWISS = AsciiGerman.compile(
            "\\b(?:personendaten|auftragsbearbeiter\\w*|edöb|revdsg|ndsg|massnahmen|gemäss|ausserhalb)\\b", FLAGS);

    /** A document that calls processing "treatment". */
    private static final Pattern TRANSLATED = AsciiGerman.compile(
            "\\btreatment of (?:the |such )?(?:personal )?data\\b|\\b(?:personal )?data treatment\\b"
                    + "|\\btreatment (?:operations?|activit(?:y|ies))\\b",
            FLAGS);

    /** A German agreement written under the old BDSG (§ 11 BDSG before 25 May 2018). */
    private static final Pattern BDSG = AsciiGerman.compile(
            "\\bauftragsdatenverarbeitung\\b|§\\s*11\\s+bdsg\\b|\\bverantwortliche\\s+stelle\\b"
                    + "|\\berhebung,\\s+verarbeitung\\s+(?:und|oder|und/oder)\\s+nutzung\\b",
            FLAGS);

    private record Entry(String family, String canonical, Pattern pattern) {}

    private static final List<Entry> TABLE = load();

    /** The vocabulary of documents that show neither family. */
    static final Vocabulary PLAIN = new Vocabulary(false, false, false);

    private final List<Entry> entries;

    private Vocabulary(boolean swiss, boolean translated, boolean bdsg) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : TABLE) {
            if (e.family().equals("always")
                    || (swiss && e.family().equals("swiss"))
                    || (translated && e.family().equals("translated"))
                    || (bdsg && e.family().equals("bdsg"))) {
                out.add(e);
            }
        }
        this.entries = List.copyOf(out);
    }

    private static List<Entry> load() {
        List<Entry> out = new ArrayList<>();
        for (Cues.Line l : Cues.load("vocabulary.txt", 2)) {
            String family = l.fields().get(0);
            if (!List.of("always", "swiss", "translated", "bdsg").contains(family)) {
                throw new IllegalStateException("vocabulary.txt: unknown family " + family);
            }
            out.add(new Entry(family, l.fields().get(1), l.pattern()));
        }
        return List.copyOf(out);
    }

    /**
     * The vocabulary of a document.
     *
     * @param document the document's whole text
     * @return the families of synonyms the document uses
     */
    static Vocabulary of(String document) {
        boolean swiss = SWISS.matcher(document).find();
        boolean translated = TRANSLATED.matcher(document).find();
        boolean bdsg = BDSG.matcher(document).find();
        return swiss || translated || bdsg ? new Vocabulary(swiss, translated, bdsg) : PLAIN;
    }

    /**
     * A passage with its synonyms written as the canonical terms.
     *
     * @param passage the passage's original text
     * @return the text for cue matching
     */
    String normalise(String passage) {
        String out = passage;
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(out);
            if (!m.find()) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            do {
                String word = expand(e.canonical(), m);
                // a single word takes the case of the word it replaces; a phrase stays as written
                // („Personendaten“ is „personenbezogene Daten“ wherever it stands)
                if (!word.isEmpty()
                        && word.indexOf(' ') < 0
                        && Character.isUpperCase(m.group().charAt(0)) != Character.isUpperCase(word.charAt(0))
                        && Character.isLetter(word.charAt(0))) {
                    word = Character.isUpperCase(m.group().charAt(0))
                            ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                            : Character.toLowerCase(word.charAt(0)) + word.substring(1);
                }
                m.appendReplacement(b, Matcher.quoteReplacement(word));
            } while (m.find());
            m.appendTail(b);
            out = b.toString();
        }
        return out;
    }

    /** The canonical term with "$1" and the like replaced by the match's groups. */
    private static String expand(String canonical, Matcher m) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if (c == '$' && i + 1 < canonical.length() && Character.isDigit(canonical.charAt(i + 1))) {
                String g = m.group(canonical.charAt(++i) - '0');
                out.append(g == null ? "" : g);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
