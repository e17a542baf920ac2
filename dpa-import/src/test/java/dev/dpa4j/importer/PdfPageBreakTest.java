/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A paragraph of a PDF cut in two by the layout is read as one, so that its sentence, and the footnote its mark
 * refers to, are read whole (#16): a sentence that a page break cuts, with the page's footnotes and its running
 * footer between the halves, and a line that a raised footnote number set lower than the line pitch (a browser's
 * {@code <sup>}). PDFs drawn for this test in our own words ({@link PdfSketch}).
 */
class PdfPageBreakTest {

    private static final float LEFT = 56;
    private static final float SIZE = 11;
    private static final float PITCH = 14;

    private static final float WIDTH = 480;

    /** The lines of {@code text} wrapped at {@link #WIDTH}, as a layout engine wraps them. */
    private static List<String> wrap(PdfSketch s, String text) {
        List<String> out = new ArrayList<>();
        String line = "";
        for (String w : text.split(" ")) {
            if (!line.isEmpty() && s.width(line + " " + w, SIZE) > WIDTH) {
                out.add(line);
                line = w;
            } else {
                line = line.isEmpty() ? w : line + " " + w;
            }
        }
        out.add(line);
        return out;
    }

    /** Writes wrapped lines from {@code y}, the last one {@code drop} points lower and with the note mark {@code mark} (or none); returns the next y. */
    private static float lines(PdfSketch s, float y, String text, float drop, String mark) {
        List<String> lines = wrap(s, text);
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            float at = last ? y + drop : y;
            s.text(LEFT, at, SIZE, false, lines.get(i));
            if (last && !mark.isEmpty()) {
                s.text(LEFT + s.width(lines.get(i), SIZE) + 0.3f, at - 4, 7, false, mark);
            }
            y += PITCH;
        }
        return y + drop;
    }

    /** Writes a footnote at the foot of a page: its number set small and raised, then its text. */
    private static void note(PdfSketch s, float y, String mark, String text) {
        s.text(LEFT, y - 3, 6, false, mark);
        s.text(LEFT + 5, y, 8, false, text);
    }

    private static void footer(PdfSketch s, int page) {
        s.text(LEFT, 815, 8, false, "Quillbright Systems Ltd - Data Processing Agreement");
        s.text(480, 815, 8, false, "Page " + page + " of 3");
    }

    private static final String PARTIES = "This agreement is made between Larchmere Retail Ltd (the Customer) and"
            + " Quillbright Systems Ltd (the Processor), and it applies to all personal data that the Processor"
            + " processes on behalf of the Customer under the services agreement.";
    private static final String INSTRUCTIONS = "The Processor processes personal data only on documented instructions"
            + " from the Customer. The Customer may give further instructions in writing or by e-mail to the"
            + " Processor's support desk, and the Processor records each of them with its date and author.";
    private static final String FILLER = "The Processor keeps a record of the processing activities it carries out"
            + " for the Customer and makes it available to the Customer on request, in the form the Customer asks for"
            + " where that form is reasonable.";

    /**
     * An agreement of three pages whose security clause starts at the foot of page 1 and ends on page 2 with the mark
     * of footnote 2; page 1 carries footnote 1 (on the parties) below the clause's first half, page 2 footnote 2.
     */
    private static ImportResult cutByPageBreak(String secondNote, boolean finishedOnPageOne) {
        PdfSketch s = new PdfSketch().page();
        float y = 80;
        s.text(LEFT, y, 14, true, "Data Processing Agreement");
        y += 30;
        s.text(LEFT, y, SIZE, true, "1. Parties");
        y = lines(s, y + PITCH + 4, PARTIES, 0, "1") + 6;
        s.text(LEFT, y, SIZE, true, "2. Instructions");
        y = lines(s, y + PITCH + 4, INSTRUCTIONS, 0, "") + 6;
        s.text(LEFT, y, SIZE, true, "3. Records");
        y += PITCH + 4;
        while (y < 640) {
            y = lines(s, y, FILLER, 0, "") + 6;
        }
        s.text(LEFT, y, SIZE, true, "4. Security");
        String first = "The Processor shall implement the technical and organisational measures that Article 32 GDPR"
                + " requires for the personal data it processes for the Customer, and keep them up to date";
        lines(s, y + PITCH + 4, first + (finishedOnPageOne ? "." : ", as"), 0, "");
        note(s, 770, "1", "Each party acts through its registered office named in the order form.");
        footer(s, 1);
        s.page();
        y = lines(s, 80, finishedOnPageOne ? "The measures are described in Annex 2." : "described in Annex 2.", 0, "2")
                + 6;
        s.text(LEFT, y, SIZE, true, "5. Breaches");
        lines(
                s,
                y + PITCH + 4,
                "The Processor notifies the Customer of a personal data breach within 48 hours.",
                0,
                "");
        note(s, 790, "2", secondNote);
        footer(s, 2);
        s.page();
        s.text(LEFT, 80, SIZE, true, "6. Deletion");
        lines(s, 80 + PITCH + 4, "After the end of the services the Processor deletes all personal data.", 0, "");
        footer(s, 3);
        return PdfLayoutTest.read(s.bytes());
    }

    private static Status security(ImportResult r) {
        return r.getRequirement(Requirement.SECURITY).status();
    }

    @Test
    void should_read_a_sentence_whole_when_a_page_break_and_footnotes_cut_it() {
        // given the clause's limit in the note whose mark ends the second half, on page 2
        ImportResult r = cutByPageBreak("Only where technically feasible and at the Processor's discretion.", false);
        // then the sentence is one paragraph, the first page's note and footer stand after it, and the note limits it
        String text = r.getText();
        assertThat(text).contains("and keep them up to date, as described in Annex 2\u00B2.");
        assertThat(text).doesNotContain("Page 1 of 3");
        assertThat(text.indexOf("\u00B9 Each party acts")).isGreaterThan(text.indexOf("in Annex 2\u00B2."));
        assertThat(security(r)).isEqualTo(Status.WEAKER);
    }

    @Test
    void should_keep_the_sentence_found_when_its_note_only_gives_an_example() {
        // given the same cut sentence, its note an example
        ImportResult r = cutByPageBreak("For example, encryption of stored data and logging of every access.", false);
        // then the sentence is read whole and stays met
        assertThat(r.getText()).contains("and keep them up to date, as described in Annex 2\u00B2.");
        assertThat(security(r)).isEqualTo(Status.FOUND);
    }

    @Test
    void should_not_join_a_finished_sentence_with_the_next_page() {
        // given a sentence that ends on page 1 and a new one on page 2
        ImportResult r = cutByPageBreak("Only where technically feasible and at the Processor's discretion.", true);
        // then they stay two paragraphs
        assertThat(r.getText()).contains("keep them up to date.\n").doesNotContain("up to date. The measures");
    }

    /** A clause whose last line carries a footnote mark and stands {@code drop} points lower than the line pitch. */
    private static ImportResult markedLastLine(float drop, String note) {
        PdfSketch s = new PdfSketch().page();
        float y = 80;
        s.text(LEFT, y, 14, true, "Data Processing Agreement");
        y = lines(s, y + 30, PARTIES, 0, "") + 6;
        s.text(LEFT, y, SIZE, true, "1. Instructions");
        y = lines(s, y + PITCH + 4, INSTRUCTIONS, 0, "") + 6;
        s.text(LEFT, y, SIZE, true, "2. Security");
        y = lines(
                        s,
                        y + PITCH + 4,
                        "The Processor shall implement the technical and organisational measures that Article 32 GDPR"
                                + " requires for the personal data it processes for the Customer, and keep them up to"
                                + " date as the state of the art develops.",
                        drop,
                        "1")
                + 6;
        s.text(LEFT, y, SIZE, true, "3. Breaches");
        lines(
                s,
                y + PITCH + 4,
                "The Processor notifies the Customer of a personal data breach within 48 hours.",
                0,
                "");
        note(s, 790, "1", note);
        return PdfLayoutTest.read(s.bytes());
    }

    @Test
    void should_keep_a_line_in_its_paragraph_when_its_raised_number_sets_it_lower() {
        // given the last line of the clause set 1.5 points lower, as a browser sets a line with <sup>
        ImportResult r = markedLastLine(1.5f, "Only where technically feasible and at the Processor's discretion.");
        // then it stays in the clause's paragraph, and the note limits the clause
        assertThat(r.getText())
                .contains("for the Customer, and keep them up to date as the state of the art develops\u00B9.");
        assertThat(security(r)).isEqualTo(Status.WEAKER);
    }

    @Test
    void should_keep_the_clause_found_when_the_marked_line_has_an_example_note() {
        ImportResult r = markedLastLine(1.5f, "For example, encryption of stored data and logging of every access.");
        assertThat(r.getText())
                .contains("for the Customer, and keep them up to date as the state of the art develops\u00B9.");
        assertThat(security(r)).isEqualTo(Status.FOUND);
    }

    @Test
    void should_still_start_a_paragraph_after_a_gap_between_paragraphs() {
        // given a marked line after a gap as wide as the one between paragraphs
        ImportResult r = markedLastLine(6f, "Only where technically feasible and at the Processor's discretion.");
        // then it is a paragraph of its own
        assertThat(r.getText()).doesNotContain("for the Customer, and keep them up to date as the state");
    }
}
