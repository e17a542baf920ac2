/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.ImportLimits;
import dev.dpa4j.importer.PdfSketch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * The PDF reader on pages set in two columns, on paragraphs that go on across a column or page break, and on text
 * layers without space glyphs (#16): PDFs drawn for this test with sentences of its own.
 */
class PdfColumnsTest {

    /** The text the PDF reader rebuilds, before any classification. */
    private static String read(byte[] pdf) {
        return PdfReader.read(pdf, ImportLimits.DEFAULT, "sketch.pdf").text();
    }

    private static final String LEFT_FIRST = "The Processor keeps the personal data of the Customer in two data centres"
            + " in Frankfurt and Amsterdam and replicates every record between them within one minute, so that the"
            + " loss of one site does not lose any of the data.";
    private static final String LEFT_SECOND = "The Processor grants access to the personal data only to employees"
            + " who need it for the support of the Customer, logs every access with the name of the employee and"
            + " the time, and keeps these logs for twelve months before it deletes them and reports the";
    private static final String RIGHT_GOES_ON = "deletion to the Customer in writing.";
    private static final String RIGHT_SECOND = "The Customer may audit these measures once a year after giving"
            + " thirty days of notice, and the Processor answers the questions of the auditor in writing within"
            + " two weeks of receiving them.";

    /**
     * A page of two columns under a title across the page: the left column ends in the middle of a sentence that
     * the right column finishes. {@code offset} moves the right column's baselines down, as a browser sets columns
     * whose lines do not share baselines.
     */
    private static byte[] twoColumns(float offset) {
        PdfSketch s = new PdfSketch().page();
        s.text(200, 70, 14, true, "Agreement on Data Processing");
        float left = 56;
        float right = 312;
        float width = 226;
        float y = s.paragraph(left, 110, width, 10, 13, LEFT_FIRST);
        s.paragraph(left, y + 9, width, 10, 13, LEFT_SECOND);
        s.text(right, 110 + offset, 10, false, RIGHT_GOES_ON);
        s.paragraph(right, 110 + offset + 22, width, 10, 13, RIGHT_SECOND);
        s.paragraph(right, 110 + offset + 22 + 9 + 13 * 4, width, 10, 13, LEFT_FIRST.replace("Frankfurt", "Vienna"));
        s.text(280, 800, 8, false, "Page 1 of 1");
        return s.bytes();
    }

    @Test
    void should_read_the_left_column_before_the_right_one_and_join_the_sentence_across_the_column_break() {
        for (float offset : new float[] {0, 4.5f}) {
            String text = read(twoColumns(offset));
            assertThat(text).as("offset %s", offset).startsWith("Agreement on Data Processing\n");
            assertThat(text).as("offset %s", offset).contains("\n" + LEFT_FIRST + "\n");
            // the sentence cut by the column break is one paragraph again
            assertThat(text).as("offset %s", offset).contains("\n" + LEFT_SECOND + " " + RIGHT_GOES_ON + "\n");
            assertThat(text).as("offset %s", offset).contains("\n" + RIGHT_SECOND + "\n");
            assertThat(text.indexOf(LEFT_FIRST)).isLessThan(text.indexOf(RIGHT_SECOND));
        }
    }

    /**
     * A page of one column with a table of two columns over most of its height: a label and a description of some
     * lines in each row, the gap between the columns free of words from top to bottom. It stays a table.
     */
    @Test
    void should_not_split_a_table_whose_columns_leave_a_gap_into_two_columns_of_text() {
        PdfSketch s = new PdfSketch().page();
        s.paragraph(
                56,
                70,
                480,
                10,
                13,
                "Annex 2 lists the technical and organisational measures the Processor"
                        + " takes for the personal data of the Customer under this agreement.");
        float y = 110;
        List<String> labels = List.of(
                "Entry control",
                "Access control",
                "Transfer control",
                "Input control",
                "Availability",
                "Separation",
                "Encryption",
                "Testing");
        for (String label : labels) {
            s.text(60, y, 10, false, label);
            float next = s.paragraph(
                    200,
                    y,
                    330,
                    10,
                    13,
                    "Measures for " + label.toLowerCase(java.util.Locale.ROOT)
                            + " are written down in the security handbook of the Processor, reviewed every year by its"
                            + " security officer and applied to every system that holds personal data of the Customer.");
            y = next + 12;
        }
        s.paragraph(
                56,
                y + 10,
                480,
                10,
                13,
                "The Processor may replace a measure by one that protects the data as" + " well.");
        String text = read(s.bytes());
        for (String label : labels) {
            assertThat(text)
                    .contains("\n" + label + "\tMeasures for " + label.toLowerCase(java.util.Locale.ROOT)
                            + " are written down in the security handbook");
        }
    }

    /** A paragraph whose sentence goes on over a page break, and a clause that starts a page: both ways. */
    @Test
    void should_join_a_sentence_that_goes_on_over_a_page_break_but_not_a_numbered_clause() {
        PdfSketch s = new PdfSketch().page();
        s.text(72, 70, 12, true, "1. Notification");
        // the paragraph's last line on the page is short: the layout moved the next words over the break
        s.paragraph(
                72,
                100,
                451,
                10,
                13,
                "The Processor notifies the Customer of every breach of the security of"
                        + " the personal data without undue delay and gives the Customer all the information it needs for its"
                        + " own notice to the supervisory authority, including the categories of data subjects concerned and");
        s.page();
        s.paragraph(72, 70, 451, 10, 13, "the approximate number of records, as far as the Processor knows them.");
        s.paragraph(
                72,
                110,
                451,
                10,
                13,
                "The Processor documents every breach with its facts, its effects and the"
                        + " remedial action taken, and the Customer may read this record at any time, including the list of"
                        + " measures for");
        s.page();
        s.text(72, 70, 10, false, "2.1 The Customer may audit the Processor once a year.");
        String text = read(s.bytes());
        assertThat(text)
                .contains("including the categories of data subjects concerned and the approximate number of"
                        + " records, as far as the Processor knows them.");
        // a numbered clause at the top of the next page starts a paragraph of its own
        assertThat(text).contains("list of measures for\n2.1 The Customer may audit the Processor once a year.");
    }

    /**
     * Lines of a paragraph whose baselines a browser rounded to its pixels (12 and, every third line, 12.75 points
     * apart) are one paragraph; a paragraph 22 points below is another.
     */
    @Test
    void should_keep_lines_whose_pitch_varies_by_a_pixel_in_one_paragraph() {
        PdfSketch s = new PdfSketch().page();
        String paragraph = "The Processor processes the personal data only on documented instructions from the"
                + " Customer, including with regard to transfers of personal data to a third country, unless Union or"
                + " Member State law to which the Processor is subject requires it to do so; in such a case the"
                + " Processor informs the Customer of that legal requirement before processing, unless that law"
                + " prohibits such information on important grounds of public interest.";
        // wrapped at 300 points, the baselines 12 and 12.75 points apart in turn (16 and 17 pixels of a browser)
        StringBuilder line = new StringBuilder();
        float y = 90;
        int n = 0;
        for (String w : paragraph.split(" ")) {
            String candidate = line.length() == 0 ? w : line + " " + w;
            if (s.width(candidate, 10) > 300 && line.length() > 0) {
                s.text(68, y, 10, false, line.toString());
                y += n++ % 3 == 2 ? 12.75f : 12f;
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        s.text(68, y, 10, false, line.toString());
        s.text(68, y + 22, 10, false, "The Customer gives its instructions in writing.");
        s.text(68, y + 34, 10, false, "Oral instructions are confirmed by e-mail within two days.");
        String text = read(s.bytes());
        assertThat(n).isGreaterThanOrEqualTo(5);
        assertThat(text).contains(paragraph + "\n");
        assertThat(text).contains("\nThe Customer gives its instructions in writing.");
    }

    /**
     * A text layer as browsers print it: the page scaled to 0.75, each word placed by moving the pen (no space
     * glyph) a fifth of the font size after the one before; and a word set with a kerning pair inside it.
     */
    @Test
    void should_put_a_space_where_the_pen_moved_between_words_but_not_inside_a_kerned_word() throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float size = 12; // 9 points on the page
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.transform(Matrix.getScaleInstance(0.75f, 0.75f));
                float top = page.getMediaBox().getHeight() / 0.75f;
                String[] sentences = {
                    "The Processor deletes the personal data under this Addendum after the end of the services.",
                    "Each Auftragsverarbeiter keeps a record of all categories of processing for the Customer.",
                    "The Customer may audit the Processor once in every year of this Addendum on notice."
                };
                float y = top - 100;
                for (String sentence : sentences) {
                    float x = 80;
                    for (String w : sentence.split(" ")) {
                        cs.beginText();
                        cs.setFont(font, size);
                        cs.newLineAtOffset(x, y);
                        if (w.equals("Auftragsverarbeiter")) {
                            // a kerning pair of 0.06 of the font size between "Auftrags" and "verarbeiter"
                            cs.showTextWithPositioning(new Object[] {"Auftrags", -60f, "verarbeiter"});
                            x += 0.06f * size;
                        } else {
                            cs.showText(w);
                        }
                        cs.endText();
                        x += font.getStringWidth(w) / 1000 * size + 0.19f * size;
                    }
                    y -= 18;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        String text = read(pdf);
        assertThat(text).contains("personal data under this Addendum after the end of the services.");
        assertThat(text).contains("Each Auftragsverarbeiter keeps a record");
        assertThat(text).doesNotContain("thisAddendum").doesNotContain("Auftrags verarbeiter");
    }
}
