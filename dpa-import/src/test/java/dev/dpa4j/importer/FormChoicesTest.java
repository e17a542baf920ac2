/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.Note.Topic;
import dev.dpa4j.importer.RequirementResult.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Model forms (#16, round 12): options offered with checkboxes, of which only the ticked ones are agreed, and blanks
 * left empty; in plain text, Markdown and DOCX. Sentences of our own, in the frames of {@link WordingFrames} and
 * {@link CompletenessTest}.
 */
class FormChoicesTest {

    private static final String CHANGES_DE = "§ 6 Unterauftragsverarbeiter";
    private static final String GENERAL =
            "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für " + "Unterauftragsverarbeiter.";

    private static String changesOptions(String first, String second) {
        return GENERAL + " Für künftige Änderungen gilt (bitte eine Option wählen):\n\n" + first
                + " Jeder neue Unterauftragsverarbeiter bedarf der vorherigen Zustimmung des Auftraggebers.\n\n"
                + second
                + " Der Auftragnehmer informiert den Auftraggeber vier Wochen vor jeder Änderung; der Auftraggeber kann "
                + "ihr widersprechen.";
    }

    @Test
    void should_read_only_the_ticked_option_of_a_choice() {
        ImportResult r = WordingFrames.german(CHANGES_DE, changesOptions("☐", "☒"));

        RequirementResult changes = r.getRequirement(Requirement.SUBPROCESSOR_CHANGES);
        assertThat(changes.status()).isEqualTo(Status.FOUND);
        // the review quotes the ticked option; the unticked one is not in the text any more, its box is
        assertThat(changes.evidence()).anySatisfy(e -> assertThat(e.quote()).contains("widersprechen"));
        assertThat(r.getText())
                .doesNotContain("Jeder neue Unterauftragsverarbeiter")
                .contains("☐");
        assertThat(r.getNotes()).extracting(Note::topic).doesNotContain(Topic.FORM_CHOICE_NOT_MADE);
    }

    @Test
    void should_take_a_choice_with_no_option_ticked_as_nothing_agreed() {
        ImportResult r = WordingFrames.german(CHANGES_DE, changesOptions("☐", "☐"));

        assertThat(r.getRequirement(Requirement.SUBPROCESSOR_CHANGES).status()).isEqualTo(Status.NOT_FOUND);
        assertThat(r.getNotes())
                .filteredOn(n -> n.topic() == Topic.FORM_CHOICE_NOT_MADE)
                .singleElement()
                .satisfies(n -> assertThat(n.span().quote()).contains("bitte eine Option wählen"));
    }

    @Test
    void should_say_so_where_both_options_of_a_choice_of_one_are_ticked() {
        ImportResult both = WordingFrames.german(CHANGES_DE, changesOptions("☒", "☒"));
        assertThat(both.getNotes()).extracting(Note::topic).contains(Topic.FORM_CHOICE_CONTRADICTORY);

        // a list of which any number may be ticked is no contradiction
        ImportResult list = WordingFrames.german(
                "§ 2 Gegenstand und Dauer",
                "Gegenstand der Verarbeitung ist: ☒ Lohnabrechnung ☒ Reisekostenabrechnung ☐ Archivierung. "
                        + "Die Laufzeit dieser Vereinbarung folgt dem Hauptvertrag.");
        assertThat(list.getNotes())
                .extracting(Note::topic)
                .doesNotContain(Topic.FORM_CHOICE_CONTRADICTORY, Topic.FORM_CHOICE_NOT_MADE);
        assertThat(list.getText()).contains("Reisekostenabrechnung").doesNotContain("Archivierung");
    }

    @Test
    void should_not_take_a_lead_in_to_options_none_of_which_is_ticked_for_the_term() {
        String offer = "Für die Haftung gilt (bitte ankreuzen):\n\n%s die Haftung nach Art. 82 DSGVO ohne "
                + "vertragliche Begrenzung %s die Haftungsregelung des Hauptvertrags";
        Status none =
                WordingFrames.de("§ 12 Haftung", String.format(Locale.ROOT, offer, "☐", "☐"), Requirement.LIABILITY);
        Status ticked =
                WordingFrames.de("§ 12 Haftung", String.format(Locale.ROOT, offer, "☒", "☐"), Requirement.LIABILITY);

        assertThat(none).isEqualTo(Status.NOT_FOUND);
        assertThat(ticked).isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_blank_period_as_no_period_in_both_languages() {
        RequirementResult de = WordingFrames.deResult(
                "§ 8 Meldung von Verletzungen",
                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener Daten "
                        + "innerhalb von ____ Stunden.",
                Requirement.BREACH_NOTIFICATION);
        Status filled = WordingFrames.de(
                "§ 8 Meldung von Verletzungen",
                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener Daten "
                        + "innerhalb von 24 Stunden.",
                Requirement.BREACH_NOTIFICATION);
        Status en = WordingFrames.en(
                "12. Personal data breaches",
                "The Processor notifies the Customer of any personal data breach within ........ hours of "
                        + "becoming aware of it.",
                Requirement.BREACH_NOTIFICATION);
        Status enFilled = WordingFrames.en(
                "12. Personal data breaches",
                "The Processor notifies the Customer of any personal data breach within 24 hours of becoming aware"
                        + " of it.",
                Requirement.BREACH_NOTIFICATION);

        assertThat(de.status()).isEqualTo(Status.WEAKER);
        assertThat(de.note()).contains("blank");
        assertThat(filled).isEqualTo(Status.FOUND);
        assertThat(en).isEqualTo(Status.WEAKER);
        assertThat(enFilled).isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_markdown_task_boxes_in_english() {
        Map<String, String> s = new LinkedHashMap<>(CompletenessTest.strongEnglish());
        s.put(
                "9. Sub-processors",
                "The Customer gives its general written authorisation to engage sub-processors. For changes "
                        + "(choose one):\n\n- [x] The Processor informs the Customer by e-mail thirty days before any "
                        + "new sub-processor is engaged, and the Customer may object.\n- [ ] The Processor publishes "
                        + "changes on its website.");
        ImportResult md = importMarkdown(s);
        assertThat(md.getRequirement(Requirement.SUBPROCESSOR_CHANGES).status()).isEqualTo(Status.FOUND);
        assertThat(md.getText()).doesNotContain("publishes changes");

        s.put(
                "9. Sub-processors",
                "The Customer gives its general written authorisation to engage sub-processors. For changes "
                        + "(choose one):\n\n- [ ] The Processor informs the Customer by e-mail thirty days before any "
                        + "new sub-processor is engaged, and the Customer may object.\n- [ ] The Processor publishes "
                        + "changes on its website.");
        ImportResult none = importMarkdown(s);
        assertThat(none.getRequirement(Requirement.SUBPROCESSOR_CHANGES).status())
                .isEqualTo(Status.NOT_FOUND);
        assertThat(none.getNotes()).extracting(Note::topic).contains(Topic.FORM_CHOICE_NOT_MADE);
    }

    @Test
    void should_leave_a_document_without_boxes_and_bracketed_words_alone() {
        ImportResult r = CompletenessTest.withSection(
                CompletenessTest.strongEnglish(),
                "19. Records",
                "The Processor keeps a record (see Annex 2) of the processing [ ] and informs the Customer.");
        assertThat(r.getText())
                .contains("The Processor keeps a record (see Annex 2) of the processing [ ] and informs");
        assertThat(r.getNotes()).extracting(Note::topic).doesNotContain(Topic.FORM_CHOICE_NOT_MADE);
    }

    @Test
    void should_read_the_boxes_of_a_docx_symbol_font_and_form_field() {
        StringBuilder frame = new StringBuilder();
        WordingFrames.plainGerman().forEach((h, t) -> frame.append(p(h)).append(p(t)));
        String body = frame + p("Weisungen werden erteilt:")
                + "<w:p><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/></w:r><w:r><w:t xml:space=\"preserve\"> "
                + "in Textform</w:t></w:r><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0A8\"/></w:r><w:r><w:t "
                + "xml:space=\"preserve\"> mündlich am Telefon</w:t></w:r></w:p>"
                + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:sizeAuto/><w:default "
                + "w:val=\"0\"/><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:t xml:space=\"preserve\">"
                + " per E-Mail</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:sizeAuto/>"
                + "<w:default w:val=\"0\"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:t xml:space=\"preserve\">"
                + " per Fax</w:t></w:r></w:p>";
        ImportResult r = DpaImporter.standard().importBytes(docx(body), SourceFormat.DOCX, "formular.docx");

        assertThat(r.getText())
                .contains("☒ in Textform")
                .contains("☒ per E-Mail")
                .doesNotContain("mündlich")
                .doesNotContain("per Fax");
    }

    @Test
    void should_read_the_check_boxes_of_a_web_form() {
        StringBuilder frame = new StringBuilder();
        WordingFrames.plainGerman().forEach((h, t) -> {
            if (!h.startsWith("§ 8 ")) {
                frame.append("<h2>").append(h).append("</h2><p>").append(t).append("</p>");
            }
        });
        String html = "<html><body><h1>Vertrag zur Auftragsverarbeitung</h1>" + frame + "<h2>§ 8 Meldung</h2><p>Der "
                + "Auftragnehmer meldet Verletzungen des Schutzes personenbezogener Daten dem Auftraggeber:</p>"
                + "<p><input type=\"checkbox\" checked> unverzüglich, spätestens binnen 24 Stunden</p>"
                + "<p><input type=\"checkbox\"> binnen einer angemessenen Frist</p></body></html>";
        ImportResult r = DpaImporter.standard()
                .importBytes(html.getBytes(StandardCharsets.UTF_8), SourceFormat.HTML, "formular.html");

        assertThat(r.getText()).contains("☒ unverzüglich").doesNotContain("angemessenen Frist");
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status()).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).evidence())
                .anySatisfy(e -> assertThat(e.quote()).contains("☒ unverzüglich"));
    }

    private static ImportResult importMarkdown(Map<String, String> sections) {
        StringBuilder doc = new StringBuilder("# Data Processing Terms\n\n");
        sections.forEach(
                (h, b) -> doc.append("## ").append(h).append("\n\n").append(b).append("\n\n"));
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.MARKDOWN, "terms.md");
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
