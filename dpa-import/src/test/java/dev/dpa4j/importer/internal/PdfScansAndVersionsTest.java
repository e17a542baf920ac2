/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.ImportLimits;
import dev.dpa4j.importer.PdfSketch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PDF reader on the layouts of real vendors' PDFs (#16): two language versions side by side, a scanned contract's
 * OCR text layer (invisible text, running heads that vary by OCR errors, page numbers as OCR reads them, the text of
 * a stamp or a handwritten note) and footnote numbers set as superscripts. PDFs drawn for this test with sentences
 * of its own.
 */
class PdfScansAndVersionsTest {

    /** The text the PDF reader rebuilds, before any classification. */
    private static String read(byte[] pdf) {
        return PdfReader.read(pdf, ImportLimits.DEFAULT, "sketch.pdf").text();
    }

    private static final String[][] VERSIONS = {
        {
            "(1) Der Dienstleister speichert die Daten des Kunden ausschließlich in zwei Rechenzentren in Dresden und"
                    + " Bremen und spiegelt jeden Datensatz innerhalb einer Minute zwischen den beiden Standorten.",
            "(1) The service provider stores the customer's data only in two data centres in Dresden and Bremen and"
                    + " mirrors every record between the two sites within one minute."
        },
        {
            "(2) Der Dienstleister meldet dem Kunden jede Verletzung des Schutzes der Daten binnen zwölf Stunden,"
                    + " nachdem er von ihr erfahren hat, und nennt dabei die betroffenen Systeme und Personen.",
            "(2) The service provider reports every breach of the security of the data to the customer within two"
                    + " days after it has become aware of it and names the systems and persons affected."
        },
        {
            "(3) Die Mitarbeiter des Dienstleisters sind zur Vertraulichkeit verpflichtet, und der Dienstleister"
                    + " schult sie jedes Jahr über die Pflichten, die ihnen dieser Vertrag auferlegt.",
            "(3) The staff of the service provider are bound to confidentiality, and the service provider trains"
                    + " them every year on the duties that this contract imposes on them."
        },
    };

    private static final String[] GERMAN_PREVAILS = {
        "(4) Dieser Vertrag ist in deutscher und englischer Sprache abgefasst. Bei Abweichungen zwischen den beiden"
                + " Fassungen ist die deutsche Fassung maßgeblich.",
        "(4) This contract is drawn up in German and in English. In case of differences between the two versions,"
                + " the German version shall prevail."
    };

    /** Two pages, German left and English right, each paragraph beside its translation, both starting together. */
    private static byte[] bilingual(String[] languageClause) {
        PdfSketch s = new PdfSketch();
        for (int p = 0; p < 2; p++) {
            s.page();
            s.text(56, 60, 14, false, p == 0 ? "Vertrag über Datenverarbeitung" : "Fortsetzung");
            s.text(312, 60, 14, false, p == 0 ? "Data Processing Contract" : "Continuation");
            float y = 100;
            List<String[]> rows = new ArrayList<>(List.of(VERSIONS));
            if (languageClause != null && p == 0) {
                rows.add(0, languageClause);
            }
            for (String[] row : rows) {
                String de = p == 0 ? row[0] : row[0].replace("(", "(1").replace("Dienstleister", "Anbieter");
                String en = p == 0 ? row[1] : row[1].replace("(", "(1").replace("service provider", "vendor");
                float left = s.paragraph(56, y, 226, 10, 13, de);
                float right = s.paragraph(312, y, 226, 10, 13, en);
                y = Math.max(left, right) + 12;
            }
        }
        return s.bytes();
    }

    @Test
    void should_keep_the_governing_version_of_two_languages_side_by_side() {
        String text = read(bilingual(GERMAN_PREVAILS));
        assertThat(text).contains(VERSIONS[1][0]).contains(VERSIONS[0][0]).contains(GERMAN_PREVAILS[0]);
        assertThat(text).doesNotContain("service provider").doesNotContain("the vendor");
        for (String line : text.split("\n")) {
            assertThat(line).as(line).doesNotContainPattern("\\b(the|and|within)\\b");
        }
    }

    @Test
    void should_keep_the_english_version_where_a_clause_says_it_prevails() {
        String[] englishPrevails = {
            "(4) Dieser Vertrag ist in deutscher und englischer Sprache abgefasst. Bei Abweichungen geht die englische"
                    + " Fassung vor.",
            "(4) This contract is drawn up in German and in English. In case of differences the English version shall"
                    + " prevail."
        };
        String text = read(bilingual(englishPrevails));
        assertThat(text).contains(VERSIONS[1][1]).contains(englishPrevails[1]);
        assertThat(text).doesNotContain("Dienstleister").doesNotContain("Rechenzentren");
    }

    @Test
    void should_keep_the_first_column_where_no_clause_names_the_prevailing_version() {
        String text = read(bilingual(null));
        assertThat(text).contains(VERSIONS[2][0]).doesNotContain(VERSIONS[2][1]);
    }

    /** A paragraph of the scanned contract's body, each page its own. */
    private static final String[] BODY = {
        "Der Auftragnehmer verarbeitet die Daten der Mitglieder nur auf dokumentierte Weisung des Auftraggebers und"
                + " informiert ihn, wenn er eine Weisung für rechtswidrig hält. Die Verarbeitung erfolgt ausschließlich in"
                + " Deutschland.",
        "Der Auftragnehmer setzt weitere Auftragsverarbeiter nur nach vorheriger Mitteilung ein; der Auftraggeber"
                + " kann innerhalb von vier Wochen widersprechen.",
        "Nach Ende des Auftrags gibt der Auftragnehmer alle Daten zurück oder löscht sie nach Wahl des Auftraggebers"
                + " und bestätigt die Löschung schriftlich.",
    };

    /** Three pages as an OCR reads a scan: invisible text, a running head that varies, a stamp, page numbers. */
    private static byte[] scanned() {
        PdfSketch s = new PdfSketch().invisible();
        String[][] heads = {
            {"Vereinsdienst Kerbholz GmbH · Vertrag über Auftragsverarbeitung · Ausfertigung Verein"},
            {"Vereinsdienst Kerbho1z GmbH · Vertrag über Auftragsverarbeitunq ·", "Ausfertigung Verein"},
            {"Ausfertigung Vcrein", "Vereinsdienst Kerbholz GrnbH · Vertrag über Auftragsverarbeitung ·"},
        };
        String[] feet = {"– 1 –", "Paqe 2 0f 3", "- 3 -"};
        for (int p = 0; p < 3; p++) {
            s.page();
            float y = 36;
            for (String h : heads[p]) {
                s.text(60 + 3 * p, y, 9, false, h);
                y += 11;
            }
            y = s.paragraph(56, 90, 480, 11, 14, BODY[p]);
            if (p == 0) {
                s.text(380, y + 30, 9, false, "EINq^N| Ke~bholz :l0r ,O5");
            }
            if (p == 2) {
                s.text(120, y + 40, 9, false, "n'ch/e0and'1n_? ~ rS^ :lr02.");
            }
            s.text(280, 810, 9, false, feet[p]);
        }
        return s.bytes();
    }

    @Test
    void should_read_an_ocr_layer_without_its_running_heads_page_numbers_and_stamps() {
        String text = read(scanned());
        assertThat(text).contains("Die Verarbeitung erfolgt ausschließlich in Deutschland.");
        assertThat(text).contains("kann innerhalb von vier Wochen widersprechen.");
        assertThat(text).doesNotContain("Kerbh").doesNotContain("Ausfertigung").doesNotContain("Vcrein");
        assertThat(text).doesNotContain("Paqe").doesNotContain("– 1 –").doesNotContain("- 3 -");
        assertThat(text).doesNotContain("EINq").doesNotContain("rS^").doesNotContain("~");
    }

    @Test
    void should_tell_the_text_of_a_stamp_from_words() {
        assertThat(PdfLayout.noise("EINnAN| Ke~bholz no/dh - :l FEI^ ,O5")).isTrue();
        assertThat(PdfLayout.noise("C|l|nce")).isTrue();
        assertThat(PdfLayout.noise("Der Auftragnehmer meldet binnen 24 Stunden, vgl. § 4 Abs. 1 lit. a."))
                .isFalse();
        assertThat(PdfLayout.noise("The 1st and 2nd audit; ISO/IEC 27001:2022; Art. 28(3)(a) GDPR"))
                .isFalse();
        assertThat(PdfLayout.noise("Datcn des Auftraggebcr werden irn Rahrnen verarbeitet"))
                .isFalse();
    }

    @Test
    void should_keep_a_footnote_number_as_a_raised_digit_before_the_closing_stop() {
        PdfSketch s = new PdfSketch().page();
        String first = "The provider makes its recording and transcription platform available to the customer"
                + " (the Service).";
        s.text(56, 100, 11, false, first);
        float end = 56 + s.width(first, 11);
        s.text(end + 0.3f, 96, 7, false, "1");
        s.text(
                56,
                114,
                11,
                false,
                "The provider processes the recordings only on the customer's documented instructions.");
        s.text(56, 128, 11, false, "It reports a breach within 48 hours, as Art. 28 GDPR requires.");
        s.text(56, 780, 7, false, "1");
        s.text(
                61,
                783,
                9,
                false,
                "The Service includes the optional voice analysis, which is switched off by default.");
        String text = read(s.bytes());
        // the raised number by its size and baseline, kept as "¹" before the stop and opening its footnote (#16)
        assertThat(text)
                .contains("(the Service)\u00B9.")
                .doesNotContain("Service).1")
                .doesNotContain("1The");
        assertThat(text).contains("\u00B9 The Service includes the optional voice analysis");
        // numbers in the text's own size are no marks
        assertThat(text).contains("within 48 hours, as Art. 28 GDPR requires.");
    }
}
