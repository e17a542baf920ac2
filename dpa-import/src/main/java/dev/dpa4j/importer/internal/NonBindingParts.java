/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.internal.Segmenter.Segment;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a document that say of themselves that they are not part of the agreement: a model form's filling-in
 * notes ("Anlage 4 – Ausfüllhinweise (nicht Vertragsbestandteil)"), explanations "for information only", a
 * "non-binding" summary. What they say (a note that the controller decides on deletion, a 72-hour deadline the form
 * recommends) is not agreed, so no requirement is met by a sentence in them. Read from the headings of a passage's
 * section: the part ends where a heading of the same or a higher level begins.
 */
final class NonBindingParts {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A heading that says its part is not part of the agreement. */
    private static final Pattern NOT_PART = Pattern.compile(
            "\\b(?:nicht|kein)\\s+(?:vertrags)?bestandteil\\b|\\bnicht\\s+teil\\s+(?:des|dieses|der)\\b|\\bunverbindlich\\w*"
                    + "|\\bnicht\\s+verbindlich\\b|\\b(?:not|does\\s+not\\s+form)\\s+(?:a\\s+)?part\\s+of\\s+(?:this|the)\\b"
                    + "|\\bnon-?binding\\b|\\bnot\\s+binding\\b|\\bfor\\s+information(?:al)?\\s+(?:purposes\\s+)?only\\b"
                    + "|\\bnur\\s+zur\\s+information\\b",
            FLAGS);

    private NonBindingParts() {}

    /**
     * Which passages stand in a part that is not part of the agreement.
     *
     * @param segments the document's passages
     * @return per passage, true where a heading of its section says its part is not agreed
     */
    static boolean[] excluded(List<Segment> segments) {
        boolean[] out = new boolean[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            out[i] = NOT_PART.matcher(segments.get(i).heading()).find();
        }
        return out;
    }
}
