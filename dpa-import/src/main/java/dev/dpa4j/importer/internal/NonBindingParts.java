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

    /**
     * A sentence that speaks of the text it opens: "the answers below", "this section", "the following notes",
     * „die nachstehenden Hinweise“, „dieser Abschnitt“ (#16, layout35).
     */
    private static final Pattern SELF = AsciiGerman.compile(
            "\\b(?:below|hereunder|(?:the\\s+)?following|on\\s+this\\s+page|in\\s+this\\s+(?:section|part|chapter)"
                    + "|th(?:is|ese)\\s+(?:section|part|chapter|page|annex|appendix|schedule|faqs?|overview|summary|notes?"
                    + "|answers?|explanations?|comments?|questions?|guidance|information|examples?)"
                    + "|nachstehend\\w*|nachfolgend\\w*|folgende\\w*|unten|in\\s+diesem\\s+(?:abschnitt|teil|kapitel)"
                    + "|dies(?:e|er|es)\\s+(?:abschnitt|teil|kapitel|seite|anlage|übersicht|zusammenfassung|hinweise?"
                    + "|erläuterung\\w*|antworten|fragen|beispiele?|informationen))\\b",
            FLAGS);

    /**
     * Which passages stand in a section whose opening passage says of it that it is not part of the agreement (#16,
     * layout35): a trust-center page's FAQ under the agreement ("The answers below explain how we usually work. They
     * are not part of the Data Processing Agreement"), explanations after a clause set („Die nachstehenden Hinweise
     * sind nicht Vertragsbestandteil“). The heading need not say so; the section's first passage does, and speaks of
     * the text it opens. The part runs to the next heading that is not below the section's own.
     *
     * @param text the document's text
     * @param segments the document's passages
     * @return per passage, true where its section was declared not part of the agreement by its opening passage
     */
    static boolean[] declaredApart(SourceText text, List<Segment> segments) {
        boolean[] out = new boolean[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            String heading = segments.get(i).heading();
            if (heading.isEmpty() || (i > 0 && segments.get(i - 1).heading().equals(heading))) {
                continue; // not the opening passage of a section
            }
            String opening = text.text(segments.get(i).block());
            if (opening.length() > 600
                    || !NOT_PART.matcher(opening).find()
                    || !SELF.matcher(opening).find()) {
                continue;
            }
            int j = i;
            while (j < segments.size()
                    && (segments.get(j).heading().equals(heading)
                            || segments.get(j).heading().startsWith(heading + " > "))) {
                j++;
            }
            // a part that runs over most of the document is the document (a preamble about its annexes), not a part
            if ((j - i) * 2 <= segments.size()) {
                java.util.Arrays.fill(out, i, j, true);
            }
            i = j - 1;
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
