/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.DpaImporter;
import dev.dpa4j.importer.ImportLimits;
import dev.dpa4j.importer.ImportResult;
import dev.dpa4j.importer.Requirement;
import dev.dpa4j.importer.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The PDF reader on an agreement printed in two columns of running text by a browser (CSS {@code columns: 2}), once
 * justified and once ragged right (#16): Chromium sets the two columns' lines at baselines that need not meet, and
 * the last page holds only short clauses. The text of {@code avv.txt} (our own) and the two PDFs printed from it by
 * Chromium; before the change the pages read as one column, the lines of the two columns interleaved row by row, and
 * six requirements were lost. {@code two-narrow-justified.pdf} ({@code make-narrow-justified.sh}) sets the same text
 * justified in columns so narrow for its type that many lines' word spaces are stretched wider than the gap between
 * table cells, under a title block across both columns: before pdfcol33 those lines counted as rows split into cells on
 * both sides of the gutter, the page was taken for a table and read across, and nine requirements were lost.
 */
class PdfPrintedColumnsTest {

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PdfPrintedColumnsTest.class.getResourceAsStream("/fixtures/pdf-columns/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }

    private static Map<Requirement, String> verdicts(ImportResult r) {
        Map<Requirement, String> out = new LinkedHashMap<>();
        for (Requirement q : Requirement.values()) {
            out.put(q, String.valueOf(r.getRequirement(q).status()));
        }
        return out;
    }

    @Test
    void should_read_an_agreement_printed_in_two_columns_as_the_same_agreement_in_one() throws IOException {
        Map<Requirement, String> text =
                verdicts(DpaImporter.standard().importBytes(fixture("avv.txt"), SourceFormat.TEXT, "avv.txt"));
        for (String pdf : new String[] {"two-justified.pdf", "two-ragged.pdf", "two-narrow-justified.pdf"}) {
            Map<Requirement, String> read =
                    verdicts(DpaImporter.standard().importBytes(fixture(pdf), SourceFormat.PDF, pdf));
            assertThat(read).as(pdf).isEqualTo(text);
        }
    }

    @Test
    void should_read_each_column_in_reading_order_and_join_paragraphs_across_the_column_break() throws IOException {
        for (String pdf : new String[] {"two-justified.pdf", "two-ragged.pdf", "two-narrow-justified.pdf"}) {
            String text =
                    PdfReader.read(fixture(pdf), ImportLimits.DEFAULT, pdf).text();
            int at = -1;
            for (int i = 1; i <= 11; i++) {
                int next = text.indexOf("\n§ " + i + " ");
                assertThat(next).as("%s: § %s after § %s", pdf, i, i - 1).isGreaterThan(at);
                at = next;
            }
            // the left column of page 1 ends inside § 5 (2), the right column of page 2 starts inside § 10
            assertThat(text)
                    .as(pdf)
                    .contains("\n(2) Über jede beabsichtigte Hinzuziehung oder Ersetzung informiert der Auftragnehmer"
                            + " den Auftraggeber mindestens vier Wochen im Voraus in Textform. Der Auftraggeber kann"
                            + " innerhalb von zwei Wochen nach Zugang der Information widersprechen.\n")
                    .contains("\n(5) Kommt ein Unterauftragsverarbeiter seinen Datenschutzpflichten nicht nach, haftet"
                            + " der Auftragnehmer gegenüber dem Auftraggeber für die Einhaltung der Pflichten des"
                            + " Unterauftragsverarbeiters.\n")
                    .contains("\nVerstößt der Auftragnehmer gegen diese Vereinbarung, kann der Auftraggeber die"
                            + " Verarbeitung bis zur Abhilfe aussetzen lassen. Wird die Einhaltung nicht binnen eines"
                            + " Monats wiederhergestellt, kann der Auftraggeber die Vereinbarung fristlos kündigen.\n");
        }
    }

    @Test
    void should_read_narrow_justified_columns_whose_word_spaces_are_stretched_as_columns_not_as_a_table()
            throws IOException {
        String text = PdfReader.read(fixture("two-narrow-justified.pdf"), ImportLimits.DEFAULT, "narrow")
                .text();
        assertThat(text)
                .startsWith("Vereinbarung zur Auftragsverarbeitung\n")
                .contains("\n(1) Der Auftraggeber erteilt dem Auftragnehmer die allgemeine schriftliche Genehmigung,"
                        + " Unterauftragsverarbeiter einzusetzen. Die bei Vertragsschluss eingesetzten"
                        + " Unterauftragsverarbeiter sind in Anlage 2 aufgeführt.\n")
                .contains("\n(1) Der Auftragnehmer erhebt, speichert, ordnet, übermittelt und löscht Daten"
                        + " ausschließlich zur Durchführung der Kursverwaltung für den Auftraggeber.\n")
                .doesNotContain("\t");
    }
}
