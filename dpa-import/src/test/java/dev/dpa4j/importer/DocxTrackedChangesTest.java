/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * An agreement under negotiation is read as it would read with all tracked changes accepted (ECMA-376 Part 1,
 * 17.13.5), and its footnotes are agreement text (#16). The documents are written for this test: what one party
 * inserted counts, what was deleted (also a deletion inside an insertion) and the text a move left behind do not, a
 * paragraph whose mark was deleted joins the next, a deleted table row is gone, a former heading style recorded in a
 * property change is not the paragraph's style; a footnote's text follows the paragraph that refers to it.
 */
class DocxTrackedChangesTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static final String AUTHOR = "w:author=\"Vertrieb\" w:date=\"2026-11-02T10:00:00Z\"";

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String deleted(int id, String text) {
        return "<w:del w:id=\"" + id + "\" " + AUTHOR + "><w:r><w:delText xml:space=\"preserve\">" + text
                + "</w:delText></w:r></w:del>";
    }

    private static String inserted(int id, String content) {
        return "<w:ins w:id=\"" + id + "\" " + AUTHOR + ">" + content + "</w:ins>";
    }

    private static String p(String content) {
        return "<w:p>" + content + "</w:p>";
    }

    private static String cell(String content) {
        return "<w:tc>" + content + "</w:tc>";
    }

    private static String heading(String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" + run(text) + "</w:p>";
    }

    private static byte[] docx(Map<String, String> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : new TreeMap<>(parts).entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String document(String body) {
        return "<w:document " + W + "><w:body>" + body + "</w:body></w:document>";
    }

    private static final String STYLES = "<w:styles " + W + "><w:style w:styleId=\"Heading1\"><w:name"
            + " w:val=\"heading 1\"/></w:style></w:styles>";

    /** Enough of an agreement around the clause under test for the importer to read it as one. */
    private static final String FRAME = heading("Auftragsverarbeitungsvertrag nach Art. 28 DSGVO")
            + heading("§ 0 Gegenstand und Dauer")
            + p(run("Der Auftragnehmer verarbeitet personenbezogene Daten im Auftrag des Auftraggebers für die Dauer"
                    + " des Hauptvertrags."))
            + heading("§ 0a Weisungen")
            + p(run("Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers."))
            + heading("§ 0b Vertraulichkeit")
            + p(run("Die zur Verarbeitung befugten Personen sind zur Vertraulichkeit verpflichtet."))
            + heading("§ 0c Technische und organisatorische Maßnahmen")
            + p(run("Der Auftragnehmer trifft alle nach Art. 32 DSGVO erforderlichen Maßnahmen."));

    private static ImportResult read(String body, Map<String, String> more) {
        Map<String, String> parts = new TreeMap<>(more);
        parts.put("word/document.xml", document(FRAME + body));
        parts.put("word/styles.xml", STYLES);
        return DpaImporter.standard().importBytes(docx(parts), SourceFormat.DOCX, "avv-entwurf.docx");
    }

    @Test
    void should_read_insertions_and_not_deletions_or_what_a_move_left_behind() {
        String body = heading("§ 7 Meldung von Verletzungen")
                + p(run("Der Auftragnehmer meldet dem Auftraggeber jede Verletzung innerhalb von ")
                        + deleted(1, "24")
                        + inserted(2, run("48"))
                        + run(" Stunden")
                        // the vendor inserted a condition; the customer deleted it again inside the insertion
                        + inserted(3, deleted(4, ", sofern er sie für meldepflichtig hält"))
                        + run("."))
                + p("<w:moveFrom w:id=\"5\" " + AUTHOR + ">" + run("Kontrollen vor Ort sind ausgeschlossen.")
                        + "</w:moveFrom>")
                + p("<w:moveTo w:id=\"6\" " + AUTHOR + ">"
                        + run("Kontrollen vor Ort kündigt der Auftraggeber zwei Wochen vorher an.") + "</w:moveTo>");
        ImportResult r = read(body, Map.of());
        assertThat(r.getText())
                .contains("innerhalb von 48 Stunden.")
                .doesNotContain("24")
                .doesNotContain("meldepflichtig")
                .doesNotContain("ausgeschlossen")
                .contains("Kontrollen vor Ort kündigt der Auftraggeber zwei Wochen vorher an.");
    }

    @Test
    void should_join_a_paragraph_whose_mark_was_deleted_with_the_next() {
        String markDeleted = "<w:pPr><w:rPr><w:del w:id=\"7\" " + AUTHOR + "/></w:rPr></w:pPr>";
        String body = heading("§ 3 Unterauftragsverarbeiter")
                + "<w:p>" + markDeleted + run("Der Auftragnehmer informiert den Auftraggeber vorab")
                + "</w:p>"
                + p(run("über jede beabsichtigte Änderung."));
        ImportResult r = read(body, Map.of());
        assertThat(r.getText())
                .contains("Der Auftragnehmer informiert den Auftraggeber vorab über jede beabsichtigte Änderung.");
    }

    @Test
    void should_drop_a_deleted_table_row_and_keep_an_inserted_one() {
        String deletedRow = "<w:tr><w:trPr><w:del w:id=\"8\" " + AUTHOR + "/></w:trPr>"
                // the row's mark decides: its cells' runs are not each marked as deleted here
                + cell(p(run("Altwolke GmbH"))) + cell(p(run("USA")))
                + "</w:tr>";
        String insertedRow = "<w:tr><w:trPr><w:ins w:id=\"11\" " + AUTHOR + "/></w:trPr>"
                + cell(p(inserted(12, run("Nordrechen AG"))))
                + cell(p(inserted(13, run("Deutschland")))) + "</w:tr>";
        String header =
                "<w:tr>" + cell(p(run("Unterauftragsverarbeiter"))) + cell(p(run("Ort der Verarbeitung"))) + "</w:tr>";
        String body = heading("Anlage 2 Unterauftragsverarbeiter") + "<w:tbl>" + header + deletedRow + insertedRow
                + "</w:tbl>";
        ImportResult r = read(body, Map.of());
        assertThat(r.getText())
                .contains("Nordrechen AG")
                .doesNotContain("Altwolke")
                .doesNotContain("USA");
    }

    @Test
    void should_not_take_a_former_style_recorded_in_a_property_change_as_the_current_one() {
        String formerHeading = "<w:pPr><w:pPrChange w:id=\"14\" " + AUTHOR
                + "><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr></w:pPrChange></w:pPr>";
        String body = heading("§ 1 Gegenstand")
                + "<w:p>" + formerHeading + run("Der Auftragnehmer betreibt die Lohnabrechnung.") + "</w:p>"
                + p(run("Die Vergütung regelt der Hauptvertrag."));
        ImportResult r = read(body, Map.of());
        assertThat(r.getSections())
                .extracting(SourceSpan::section)
                .noneSatisfy(s -> assertThat(s).startsWith("Der Auftragnehmer betreibt"));
    }

    @Test
    void should_read_a_footnote_after_the_paragraph_that_refers_to_it() {
        String footnotes = "<w:footnotes " + W + ">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"1\"><w:p>" + run("Für Daten in Backups gilt eine Frist von 90 Tagen.")
                + "</w:p></w:footnote></w:footnotes>";
        String body = heading("§ 9 Löschung")
                + p(run("Nach Vertragsende löscht der Auftragnehmer alle Daten.")
                        + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>")
                + heading("§ 10 Haftung")
                + p(run("Es gelten die gesetzlichen Vorschriften."));
        ImportResult r = read(body, Map.of("word/footnotes.xml", footnotes));
        String text = r.getText();
        assertThat(text)
                .contains("alle Daten.\u00B9")
                .contains("\u00B9 Für Daten in Backups gilt eine Frist von 90 Tagen.");
        assertThat(text.indexOf("Backups")).isLessThan(text.indexOf("§ 10"));
    }
}
