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
 *
 * <p>The same holds for the requirements of Art. 28 in a part on joint controllership: an agreement that joins an
 * arrangement under Art. 26 GDPR for one processing with processing on behalf for another („Teil A – Gemeinsame
 * Verantwortlichkeit“, "Part 1 – Joint controllers") agrees the joint part between two controllers, and what it says
 * there (a breach notice between the parties, their own duties to data subjects) is no duty of the processor. A
 * heading that also names processing on behalf (the title „… (Art. 26 DSGVO) und die Verarbeitung im Auftrag (Art. 28
 * DSGVO)“) covers both parts and excludes nothing.
 */
final class NonBindingParts {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A heading that says its part is not part of the agreement. */
    private static final Pattern NOT_PART = AsciiGerman.compile(
            "\\b(?:nicht|kein)\\s+(?:vertrags)?bestandteil\\b|\\bnicht\\s+teil\\s+(?:des|dieses|der)\\b|\\bunverbindlich\\w*"
                    + "|\\bnicht\\s+verbindlich\\b|\\b(?:not|does\\s+not\\s+form)\\s+(?:a\\s+)?part\\s+of\\s+(?:this|the)\\b"
                    + "|\\bnon-?binding\\b|\\bnot\\s+binding\\b|\\bfor\\s+information(?:al)?\\s+(?:purposes\\s+)?only\\b"
                    + "|\\bnur\\s+zur\\s+information\\b",
            FLAGS);

    /** A heading of a part on joint controllership (Art. 26 GDPR). */
    private static final Pattern JOINT = AsciiGerman.compile(
            "\\bgemeinsame(?:n|r)?\\s+verantwortlich\\w*|\\bgemeinsam\\s+verantwortliche\\w*|\\bjoint(?:ly)?[\\s-]+controll\\w*"
                    + "|\\bjoint\\s+responsibility\\b",
            FLAGS);

    /** A heading that names processing on behalf (Art. 28 GDPR) as well. */
    private static final Pattern ON_BEHALF = AsciiGerman.compile(
            "\\bim\\s+auftrag\\b|auftragsverarbeit\\w*|\\bon\\s+behalf\\b|\\bprocessors?\\b|\\bart(?:ikel|icle|\\.)?\\s*28\\b",
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
            String heading = segments.get(i).heading();
            out[i] = NOT_PART.matcher(heading).find() || jointPart(heading);
        }
        return out;
    }

    /** Whether a level of the heading path names joint controllership and not processing on behalf. */
    private static boolean jointPart(String heading) {
        for (String level : heading.split(" > ")) {
            if (JOINT.matcher(level).find() && !ON_BEHALF.matcher(level).find()) {
                return true;
            }
        }
        return false;
    }
}
