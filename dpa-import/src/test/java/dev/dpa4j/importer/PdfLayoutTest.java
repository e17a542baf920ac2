/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PDF reader's layout analysis on PDFs drawn word by word for this test (own words, Helvetica, laid out as word
 * processors lay out agreements): a sub-processor table with wrapped cells, bullets, numbered clauses with hanging
 * numbers, a heading in bold, running footers; and text that must not be read as a table.
 */
class PdfLayoutTest {

    static ImportResult read(byte[] pdf) {
        return DpaImporter.standard().importBytes(pdf, SourceFormat.PDF, "sketch.pdf");
    }

    /** An agreement of two pages: clauses with hanging numbers, a bulleted list, a table whose cells wrap. */
    static PdfSketch agreement(boolean footer) {
        PdfSketch s = new PdfSketch().page();
        float left = 72;
        float width = 451;
        s.text(left, 80, 16, true, "Data Processing Addendum");
        float y = 120;
        y = s.paragraph(
                left,
                y,
                width,
                10,
                13,
                "This addendum is made between Orchard Ledger Ltd (the \"Customer\") and Brightwater Systems GmbH "
                        + "(the \"Processor\"), and applies to personal data the Processor processes for the Customer.");
        y += 8;
        s.text(left, y, 12, true, "1. Security");
        y += 20;
        s.text(left, y, 10, false, "1.1");
        y = s.paragraph(
                left + 28,
                y,
                width - 28,
                10,
                13,
                "The Processor shall implement the technical and organisational measures required by Article 32 "
                        + "GDPR, in particular:");
        for (String m : List.of(
                "encryption of stored data with keys held in a hardware security module operated by the Processor",
                "badge readers at every door of the data centre",
                "quarterly restore tests of the backups")) {
            s.text(left + 28, y, 10, false, "•");
            y = s.paragraph(left + 42, y, width - 42, 10, 13, m);
        }
        y += 8;
        s.text(left, y, 10, false, "1.2");
        y = s.paragraph(
                left + 28,
                y,
                width - 28,
                10,
                13,
                "The Processor shall notify the Customer of a personal data breach without undue delay and no later "
                        + "than 48 hours after becoming aware of it.");
        y += 8;
        // a paragraph number set close to its text (a narrow gap), the lines below aligned with the text
        s.text(left, y, 10, false, "(10)");
        y = s.paragraph(
                left + s.width("(10)", 10) + 4,
                y,
                width - 24,
                10,
                13,
                "The Processor keeps a record of all categories of processing activities it carries out for the "
                        + "Customer and makes it available to the Customer on request.");
        y += 8;
        s.text(left, y, 12, true, "2. Audits and deletion");
        y += 20;
        y = s.paragraph(
                left,
                y,
                width,
                10,
                13,
                "The Processor makes available to the Customer all information necessary to demonstrate compliance "
                        + "and allows for audits, including inspections, by the Customer. When the services end, the "
                        + "Processor deletes or returns all personal data at the Customer's choice. Persons authorised "
                        + "to process the personal data are bound to confidentiality.");
        y += 8;
        // the annex's label and its title on two lines, in two sizes
        s.text(left, y, 9, true, "ANNEX 3");
        y += 14;
        s.text(left, y, 12, true, "Sub-processors");
        y += 22;
        float[] col = {left + 4, left + 154, left + 304};
        s.text(col[0], y, 9, true, "Sub-processor");
        s.text(col[1], y, 9, true, "Service");
        s.text(col[2], y, 9, true, "Country");
        y += 18;
        String[][] rows = {
            {"Harrow Data Centres Limited", "Colocation of the servers|and their power supply", "United Kingdom"},
            {"Pinecrest Mail Inc.", "Delivery of notification|e-mails to users", "United States"},
            {"Kalmar Support AB", "Second-level support", "Sweden"}
        };
        for (String[] row : rows) {
            float rowY = y;
            int lines = 1;
            for (int c = 0; c < 3; c++) {
                String[] parts = row[c].split("\\|");
                lines = Math.max(lines, parts.length);
                for (int k = 0; k < parts.length; k++) {
                    s.text(col[c], rowY + k * 11, 9, false, parts[k]);
                }
            }
            y += lines * 11 + 7;
        }
        y += 10;
        s.paragraph(
                left,
                y,
                width,
                10,
                13,
                "The Customer may object to a new sub-processor within thirty days of the notice.");
        if (footer) {
            s.text(left, 800, 8, false, "Brightwater Systems GmbH - Data Processing Addendum - page 1");
            for (int p = 2; p <= 3; p++) {
                s.page();
                s.paragraph(
                        left,
                        80,
                        width,
                        10,
                        13,
                        "The laws of Ireland govern this addendum. Part " + p + " of the addendum has no further "
                                + "terms.");
                s.text(left, 800, 8, false, "Brightwater Systems GmbH - Data Processing Addendum - page " + p);
            }
        }
        return s;
    }

    @Test
    void should_rebuild_table_rows_with_wrapped_cells_as_sub_processors() {
        ImportResult r = read(agreement(false).bytes());
        var facts = Facts.of(r.getDraft(), "en");
        assertThat(facts.get("subprocessors.name"))
                .containsExactlyInAnyOrder(
                        Facts.norm("Harrow Data Centres Limited"),
                        Facts.norm("Pinecrest Mail Inc."),
                        Facts.norm("Kalmar Support AB"));
        assertThat(facts.get("subprocessors.country"))
                .containsExactlyInAnyOrder(
                        Facts.norm("Harrow Data Centres Limited") + "|GB",
                        Facts.norm("Pinecrest Mail Inc.") + "|US",
                        Facts.norm("Kalmar Support AB") + "|SE");
        // a wrapped cell is one cell: the row holds the whole service
        assertThat(r.getText())
                .contains("Harrow Data Centres Limited\tColocation of the servers and their power "
                        + "supply\tUnited Kingdom");
        assertThat(r.getText()).contains("Delivery of notification e-mails to users");
    }

    @Test
    void should_read_bullets_as_list_items_and_hanging_numbers_as_part_of_their_clause() {
        ImportResult r = read(agreement(false).bytes());
        String text = r.getText();
        // the bullet's item wraps over two lines and stays one block, without the glyph
        assertThat(text)
                .contains("\nencryption of stored data with keys held in a hardware security module operated "
                        + "by the Processor\n");
        assertThat(text).doesNotContain("•");
        assertThat(text)
                .contains("\n(10) The Processor keeps a record of all categories of processing activities it "
                        + "carries out for the Customer and makes it available to the Customer on request.\n");
        // the annex label joins its title, so that the table stands in an annex named by both
        assertThat(text).contains("\nANNEX 3 Sub-processors\n");
        // a clause number standing apart from its text is not a table cell
        assertThat(text)
                .contains("\n1.2 The Processor shall notify the Customer of a personal data breach without "
                        + "undue delay and no later than 48 hours after becoming aware of it.");
        assertThat(Facts.of(r.getDraft(), "en").get("measures.description"))
                .contains(Facts.norm("badge readers at every door of the data centre"));
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status())
                .isEqualTo(RequirementResult.Status.FOUND);
    }

    @Test
    void should_leave_out_running_footers_and_not_read_prose_as_a_table() {
        ImportResult r = read(agreement(true).bytes());
        assertThat(r.getText()).doesNotContain("page 2").doesNotContain("Data Processing Addendum - page");
        assertThat(r.getText()).contains("The laws of Ireland govern this addendum.");
        // the paragraph after the table is a paragraph, not a row of it
        assertThat(r.getText())
                .contains("\nThe Customer may object to a new sub-processor within thirty days of " + "the notice.");
        assertThat(r.getText()).doesNotContain("\tThe Customer may object");
    }

    /**
     * A hanging indent set apart from its marker (#16, round 8): "(a)" at one position, its text a few points to the
     * right of where the lines below it start, as print style sheets lay out definitions. The clause is one passage,
     * not a first line and a list item; a paragraph that starts at the left margin after it stays its own.
     */
    @Test
    void should_keep_a_hanging_indent_clause_whole_where_its_lines_start_left_of_its_first() {
        PdfSketch s = agreement(false).page();
        s.text(72, 80, 12, true, "9. Definitions");
        float y = s.paragraph(
                72,
                110,
                451,
                10,
                13,
                "1.1 In this addendum the following terms have the following meanings, and the Processor processes"
                        + " personal data only on documented instructions from the Customer:");
        s.text(92, y, 10, false, "(a)");
        // the clause wrapped at the text's width; its first line starts 3 points right of the lines below it
        String clause = "\"Sub-processor\" means any third party engaged by the Processor to process personal data of"
                + " the Customer on its behalf under this addendum; and includes the affiliates of the Processor that"
                + " take part in the processing in any way.";
        StringBuilder line = new StringBuilder();
        boolean first = true;
        for (String w : clause.split(" ")) {
            String candidate = line.length() == 0 ? w : line + " " + w;
            if (s.width(candidate, 10) > 410 && line.length() > 0) {
                s.text(first ? 116 : 113, y, 10, false, line.toString());
                first = false;
                y += 13;
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        s.text(113, y, 10, false, line.toString());
        y += 21;
        y = s.paragraph(
                72,
                y,
                451,
                10,
                13,
                "1.2 The Processor shall notify the Customer of a personal data breach without undue delay.");
        s.paragraph(
                72,
                y + 8,
                451,
                10,
                13,
                "1.3 All persons authorised to process the personal data are bound to confidentiality, and at the end"
                        + " of the services the Processor deletes all personal data.");
        String text = read(s.bytes()).getText();
        // one block: its lines joined by single spaces, not separated as blocks are
        assertThat(text).contains("(a) " + clause);
        assertThat(text).doesNotContain("in any way. 1.2");
    }
}
