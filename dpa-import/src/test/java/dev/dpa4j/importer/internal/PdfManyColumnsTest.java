/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.ImportLimits;
import dev.dpa4j.importer.PdfSketch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PDF reader on pages set in three or four narrow columns of small print, as the terms on the back of an order
 * form are (#16, layout35): each column is read in turn, top to bottom, and a sentence that a column break cuts is one
 * paragraph again; a table of three columns whose cells start together stays a table. PDFs drawn for this test with
 * clauses of its own.
 */
class PdfManyColumnsTest {

    private static String read(byte[] pdf) {
        return PdfReader.read(pdf, ImportLimits.DEFAULT, "sketch.pdf").text();
    }

    /** Numbered clauses of our own, long enough to fill several columns of 7-point text. */
    private static final List<String> CLAUSES = List.of(
            "1.1 The Provider processes the personal data of the Customer only on the documented instructions of the"
                    + " Customer, including with regard to transfers to a third country, and informs the Customer at"
                    + " once where it thinks that an instruction infringes the data protection law of the Union.",
            "1.2 Where these terms and the order conflict, these terms prevail in all matters of data protection and"
                    + " the order prevails in all other matters, whatever the order of signature.",
            "2.1 The Provider ensures that every person it authorises to process the personal data has committed"
                    + " itself to confidentiality or is under an appropriate statutory obligation of confidentiality.",
            "2.2 The Provider takes all measures required under Article 32 of the Regulation and keeps them at a level"
                    + " of security appropriate to the risk, reviewing them at least once in every calendar year.",
            "3.1 The Provider notifies the Customer of every personal data breach without undue delay after becoming"
                    + " aware of it and gives the Customer the information it needs for its own notice to the authority.",
            "3.2 The Provider engages another processor only with the prior written authorisation of the Customer and"
                    + " imposes on it the same data protection obligations as these terms set out for the Provider.",
            "4.1 At the end of the services the Provider deletes or returns all personal data at the choice of the"
                    + " Customer and deletes the existing copies unless Union or Member State law requires storage.",
            "4.2 The Provider makes available to the Customer all information necessary to demonstrate compliance"
                    + " with Article 28 of the Regulation and allows for and contributes to audits, including inspections.",
            "5.1 The Provider assists the Customer by appropriate technical and organisational measures in answering"
                    + " the requests of data subjects who exercise their rights under Chapter III of the Regulation.",
            "5.2 The Provider remains fully liable to the Customer for the performance of the obligations of each of"
                    + " its sub-processors as for its own, and provides a copy of each sub-processing contract on request.");

    /**
     * A page of {@code n} columns of 7-point text under a title across the page; the clauses are wrapped line by
     * line and poured into the columns in turn, so that column breaks cut clauses in the middle of a sentence.
     */
    private static byte[] columns(int n) {
        PdfSketch s = new PdfSketch().page();
        s.text(200, 60, 12, true, "Data Processing Terms");
        float left = 40;
        float gap = 14;
        float width = (515 - (n - 1) * gap) / n;
        float size = 7;
        float pitch = 9;
        List<String[]> lines = new ArrayList<>(); // one wrapped line, or an empty one between clauses
        for (String clause : CLAUSES) {
            StringBuilder line = new StringBuilder();
            for (String w : clause.split(" ")) {
                String candidate = line.length() == 0 ? w : line + " " + w;
                if (s.width(candidate, size) > width && line.length() > 0) {
                    lines.add(new String[] {line.toString()});
                    line = new StringBuilder(w);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(new String[] {line.toString()});
            lines.add(new String[0]);
        }
        int perColumn = (lines.size() + n - 1) / n;
        for (int i = 0; i < lines.size(); i++) {
            int c = i / perColumn;
            float y = 90 + (i % perColumn) * pitch;
            if (lines.get(i).length > 0) {
                s.text(left + c * (width + gap), y, size, false, lines.get(i)[0]);
            }
        }
        s.text(270, 800, 7, false, "Page 1 of 1");
        return s.bytes();
    }

    @Test
    void should_read_three_or_four_narrow_columns_one_after_the_other_and_join_each_clause_across_the_breaks() {
        for (int n : new int[] {3, 4}) {
            String text = read(columns(n));
            assertThat(text).as("%s columns", n).startsWith("Data Processing Terms\n");
            int before = -1;
            for (String clause : CLAUSES) {
                assertThat(text).as("%s columns", n).contains(clause);
                assertThat(text.indexOf(clause)).as("%s columns", n).isGreaterThan(before);
                before = text.indexOf(clause);
            }
        }
    }

    /**
     * A table of three columns (a measure, its description and the person responsible) whose cells start together
     * on each row: it is not read as three columns of text.
     */
    @Test
    void should_not_read_a_table_of_three_columns_whose_cells_start_together_as_three_columns_of_text() {
        PdfSketch s = new PdfSketch().page();
        s.text(56, 60, 11, true, "Annex 2 Technical and organisational measures");
        float y = 90;
        for (int i = 0; i < 8; i++) {
            String measure = "Measure " + (i + 1) + " for the control of access to the systems of the Provider";
            s.paragraph(40, y, 150, 8, 10, measure);
            s.paragraph(
                    210,
                    y,
                    150,
                    8,
                    10,
                    "Described in the security handbook, reviewed every year by the security officer of the Provider.");
            float next = s.paragraph(380, y, 150, 8, 10, "Head of IT operations and the security officer");
            y = Math.max(next, y + 40) + 8;
        }
        String text = read(s.bytes());
        assertThat(text).contains("Measure 1 for the control of access");
        // the cells of one row stay together: the first measure's cells come before the second measure's
        assertThat(text.indexOf("Head of IT operations")).isLessThan(text.indexOf("Measure 2 for"));
    }
}
