/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.internal.Segmenter.Segment;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amendments inside a document (#16): an addendum or a later part that deletes a clause or gives it a new wording
 * ("Clause 7.3 is deleted and replaced by the following: …", "Section 9 shall be amended to read as follows", „§ 5
 * Abs. 2 wird gestrichen“, „§ 5 erhält folgende Fassung: …“). The document is read as amended: the passages of the
 * clause, where they stand before the amendment, are no evidence any more; the new wording, which follows the
 * amendment, is read as any other passage. The clause is found by its number as {@link ClauseReferences} resolves
 * it. An amendment that changes some words of a clause ("the words '24 hours' are replaced by '72 hours'", „die
 * Angabe … wird durch … ersetzt“) or adds to it ("a new paragraph 9.4 is inserted") does not take the clause away, and
 * is read as it stands.
 */
final class Amendments {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * After the reference: the clause deleted or given a new wording ("is deleted", "shall be deleted in its
     * entirety", "is hereby replaced", "is amended to read as follows", "shall be amended as follows", "shall read as
     * follows", „wird gestrichen“, „wird aufgehoben“, „wird wie folgt neu gefasst“, „erhält folgende Fassung“,
     * „entfällt“).
     */
    private static final Pattern AMENDED = Pattern.compile(
            "^\\W{0,3}(?:(?:of\\s+)?(?:this|the)\\s+(?:dpa|agreement|addendum|contract)\\s*|(?:dieses|des)\\s+vertrags\\s*"
                    + "|(?:dieser|der)\\s+vereinbarung\\s*)?"
                    + "(?:(?:is|are|shall\\s+be|will\\s+be|be)\\s+(?:hereby\\s+)?(?:deleted|removed|struck(?:\\s+out)?|replaced|superseded"
                    + "|amended(?:\\s+and\\s+restated)?(?:\\s+to\\s+read)?\\s+as\\s+follows|restated\\s+as\\s+follows)"
                    + "|shall\\s+(?:hereafter\\s+|now\\s+)?read\\s+as\\s+follows"
                    + "|(?:wird|werden)\\s+(?:hiermit\\s+|hierdurch\\s+|ersatzlos\\s+|vollständig\\s+)*(?:gestrichen|aufgehoben|ersetzt"
                    + "|(?:wie\\s+folgt\\s+)?neu\\s+gefasst|wie\\s+folgt\\s+(?:geändert|gefasst))"
                    + "|erhält\\s+folgende\\s+(?:neue\\s+)?fassung|entfällt|entfallen)",
            FLAGS);

    /** A change of some words, or an addition, after which the clause stays. */
    private static final Pattern IN_PART = Pattern.compile(
            "\\b(?:the\\s+words?|the\\s+phrase|the\\s+figure|the\\s+number|insert\\w*|add(?:ed|ition)?\\b|new\\s+(?:paragraph|clause|section|sentence)"
                    + "|die\\s+(?:wörter|worte|angabe|zahl)|eingefügt|angefügt|ergänzt|folgender?\\s+(?:satz|absatz)\\s+(?:wird|werden)\\s+(?:angefügt|eingefügt))",
            FLAGS);

    private Amendments() {}

    /**
     * Which passages an amendment later in the document takes away.
     *
     * @param text the document
     * @param segments its passages
     * @return per passage, true where a later sentence deletes its clause or gives the clause a new wording
     */
    static boolean[] superseded(SourceText text, List<Segment> segments) {
        boolean[] out = new boolean[segments.size()];
        List<List<String>> addresses = null;
        boolean articles = false;
        for (int i = 0; i < segments.size(); i++) {
            String passage = text.text(segments.get(i).block());
            if (!mayAmend(passage)) {
                continue;
            }
            if (addresses == null) {
                addresses = ClauseReferences.addresses(text, segments);
                articles = ClauseReferences.articles(segments);
            }
            for (Sentences.Sentence s : Sentences.split(passage)) {
                for (Map.Entry<List<List<String>>, String> ref : ClauseReferences.references(s.text(), articles)) {
                    Matcher a = AMENDED.matcher(ref.getValue());
                    if (!a.lookingAt()) {
                        continue;
                    }
                    // what follows the amendment's verb, up to the passage's end: a change of some words keeps the
                    // clause
                    String rest = passage.substring(
                            Math.min(passage.length(), s.end() - ref.getValue().length() + a.end()));
                    String tail = rest.length() > 200 ? rest.substring(0, 200) : rest;
                    if (IN_PART.matcher(tail).find()) {
                        continue;
                    }
                    for (List<String> target : ref.getKey()) {
                        for (int j = 0; j < i; j++) {
                            if (ClauseReferences.lies(addresses.get(j), target)) {
                                out[j] = true;
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether a passage may hold an amendment at all: a quick test before it is read sentence by sentence. */
    private static boolean mayAmend(String passage) {
        return MAY.matcher(passage).find();
    }

    private static final Pattern MAY = Pattern.compile(
            "delet|replac|amend|struck|supersed|read\\s+as\\s+follows|gestrichen|aufgehoben|ersetzt|neu\\s+gefasst|fassung|entf[aä]ll|geändert",
            FLAGS);
}
