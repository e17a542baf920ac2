/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ProcessingDescription;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The lists of a model form (#16): a description that offers its data categories and data subjects with boxes
 * ("Art der Daten: ☒ Bankverbindung ☐ Gesundheitsdaten ☒ …") gives one item per ticked box, in every reader's
 * output (text, Markdown, HTML, DOCX), and none for an unticked one; and a list without boxes is cut only where it
 * separates items. Sentences of our own.
 */
class FormListsTest {

    private static List<String> categories(ImportResult r, String lang) {
        return r.getDraft().getProcessing().map(ProcessingDescription::getDataCategories).orElse(List.of()).stream()
                .map(DataCategory::getName)
                .map(t -> text(t, lang))
                .toList();
    }

    private static List<String> subjects(ImportResult r, String lang) {
        return r.getDraft().getProcessing().map(ProcessingDescription::getDataSubjects).orElse(List.of()).stream()
                .map(DataSubjectCategory::getName)
                .map(t -> text(t, lang))
                .toList();
    }

    private static String text(LocalizedText t, String lang) {
        return t.get(lang).orElse("");
    }

    private static final String DESCRIPTION_DE =
            "Gegenstand der Verarbeitung ist die Lohnabrechnung des Auftraggebers. "
                    + "Die Laufzeit dieser Vereinbarung folgt dem Hauptvertrag.";

    @Test
    void should_give_one_category_per_ticked_box_of_a_text_form() {
        ImportResult r = WordingFrames.german(
                "§ 2 Gegenstand und Dauer",
                DESCRIPTION_DE + "\n\nArt der Daten: ☒Bankverbindung ☒Steuer- und Sozialversicherungsdaten ☐"
                        + " Gesundheitsdaten ☒Religionszugehörigkeit (nur Kirchensteuermerkmal)☐ sonstige: ____\n\n"
                        + "Kreis der Betroffenen: ☒ Beschäftigte ☐ Bewerber ☒ sonstige: Angehörige");

        assertThat(categories(r, "de"))
                .containsExactly(
                        "Bankverbindung",
                        "Steuer- und Sozialversicherungsdaten",
                        "Religionszugehörigkeit (nur Kirchensteuermerkmal)");
        assertThat(subjects(r, "de")).containsExactly("Beschäftigte", "Angehörige");
    }

    @Test
    void should_give_one_subject_per_ticked_task_box_of_markdown() {
        String doc = "# Data Processing Terms\n\n"
                + "## 1. Parties\n\nThis agreement is made between Fennel Books Ltd (the Controller) and Ledgerline"
                + " Ltd (the Processor).\n\n"
                + "## 2. Description\n\nThe Processor keeps the Controller's book-keeping records for the term of the"
                + " main contract.\n\nData subjects:\n\n- [x] employees\n- [ ] job applicants\n- [x] customers"
                + "\n\nTypes of personal data:\n\n- [x] names and addresses\n- [ ] health data\n- [x] invoices\n\n"
                + "## 3. Instructions\n\nThe Processor processes personal data only on documented instructions of the"
                + " Controller.\n\n## 4. Confidentiality\n\nStaff of the Processor are bound to confidentiality.\n\n"
                + "## 5. Security\n\nThe Processor takes the measures that Article 32 GDPR requires.\n";
        ImportResult r = DpaImporter.standard()
                .importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.MARKDOWN, "terms.md");

        assertThat(subjects(r, "en")).containsExactly("employees", "customers");
        // an option that names two types gives both
        assertThat(categories(r, "en")).containsExactly("names", "addresses", "invoices");
    }

    @Test
    void should_give_one_category_per_checked_box_of_a_web_form() {
        StringBuilder frame = new StringBuilder();
        WordingFrames.plainGerman().forEach((h, t) -> {
            frame.append("<h2>").append(h).append("</h2><p>").append(t).append("</p>");
            if (h.startsWith("§ 2 ")) {
                frame.append("<p>Art der Daten: <input type=\"checkbox\" checked> Kontaktdaten"
                        + " <input type=\"checkbox\"> Gesundheitsdaten <input type=\"checkbox\" checked>"
                        + " Vertragsdaten</p>");
            }
        });
        String html = "<html><body><h1>Vertrag zur Auftragsverarbeitung</h1>" + frame + "</body></html>";
        ImportResult r = DpaImporter.standard()
                .importBytes(html.getBytes(StandardCharsets.UTF_8), SourceFormat.HTML, "formular.html");

        assertThat(categories(r, "de")).containsExactly("Kontaktdaten", "Vertragsdaten");
    }

    @Test
    void should_give_one_category_per_ticked_symbol_box_of_a_docx_form() {
        StringBuilder frame = new StringBuilder();
        WordingFrames.plainGerman().forEach((h, t) -> frame.append(p(h)).append(p(t)));
        String body = frame + "<w:p><w:r><w:t xml:space=\"preserve\">Art der Daten: </w:t></w:r>" + box(true)
                + run(" Kundennummern ") + box(false) + run(" Strafregisterauszüge ") + box(true)
                + run(" Zahlungsdaten") + "</w:p>";
        ImportResult r = DpaImporter.standard().importBytes(docx(body), SourceFormat.DOCX, "formular.docx");

        assertThat(categories(r, "de")).containsExactly("Kundennummern", "Zahlungsdaten");
    }

    @Test
    void should_cut_a_list_without_boxes_only_between_its_items() {
        ImportResult r = WordingFrames.german(
                "§ 2 Gegenstand und Dauer",
                DESCRIPTION_DE + "\n\nArt der Daten: Stammdaten (Name, Anschrift (privat, dienstlich), Geburtsdatum),"
                        + " Steuer- und Sozialversicherungsdaten und Bankverbindung\n\n"
                        + "Kreis der Betroffenen: Beschäftigte; Angehörige, Erben und Bevollmächtigte von Beschäftigten;"
                        + " Bewerber");

        assertThat(categories(r, "de"))
                .containsExactly(
                        "Stammdaten (Name, Anschrift (privat, dienstlich), Geburtsdatum)",
                        "Steuer- und Sozialversicherungsdaten",
                        "Bankverbindung");
        assertThat(subjects(r, "de"))
                .containsExactly("Beschäftigte", "Angehörige, Erben und Bevollmächtigte von Beschäftigten", "Bewerber");
    }

    private static String box(boolean ticked) {
        return "<w:r><w:sym w:font=\"Wingdings\" w:char=\"" + (ticked ? "F0FE" : "F0A8") + "\"/></w:r>";
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String p(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static byte[] docx(String body) {
        String document = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>" + p("Vertrag zur Auftragsverarbeitung") + body + "</w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(document.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
