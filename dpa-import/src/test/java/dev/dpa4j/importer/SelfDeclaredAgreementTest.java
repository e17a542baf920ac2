/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.ImportException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * The refusal gate: a document in which fewer than three elements are found is refused as not a data processing
 * agreement, unless its own title names it one (Art. 28(3) GDPR: the contract may take any shape, a checklist, a short
 * addendum, a form); then it is imported with a warning to review it by hand. A document that only mentions an
 * agreement (a privacy policy, terms of service, an e-mail) is still refused, and so is a titled one with nothing
 * found. Our own wording throughout.
 */
class SelfDeclaredAgreementTest {

    /** One short clause under its heading, in which the importer finds fewer than three elements. */
    private static final String HEADING_EN = "Breach notification";

    private static final String CLAUSE_EN =
            "The Processor notifies the Controller of any personal data breach without undue delay and within 48 hours.";

    private static final String BODY_EN = HEADING_EN + "\n\n" + CLAUSE_EN;

    private static final String HEADING_DE = "§ 1 Meldepflichten";

    private static final String CLAUSE_DE = "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes"
            + " personenbezogener Daten unverzüglich, spätestens binnen 48 Stunden.";

    private static final String BODY_DE = HEADING_DE + "\n\n" + CLAUSE_DE;

    private static ImportResult read(String text, SourceFormat format, String name) {
        return read(text.getBytes(StandardCharsets.UTF_8), format, name);
    }

    private static ImportResult read(byte[] bytes, SourceFormat format, String name) {
        return DpaImporter.standard().importBytes(bytes, format, name);
    }

    private static ImportException refusal(String text, SourceFormat format) {
        try {
            read(text, format, "doc");
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError("expected a refusal: " + text);
    }

    private static long found(ImportResult r) {
        return r.getElements().stream().filter(ElementResult::found).count();
    }

    /** Imported on its title: few elements, one warning naming the title, a draft and a completeness table. */
    private static void importedWithWarning(ImportResult r, String title) {
        assertThat(found(r)).isBetween(1L, 2L);
        assertThat(r.getWarnings())
                .singleElement()
                .asString()
                .contains("elements found")
                .contains(title)
                .contains("review it by hand");
        assertThat(r.getCompleteness()).hasSize(Requirement.values().length);
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status())
                .isNotEqualTo(RequirementResult.Status.NOT_FOUND);
    }

    @Test
    void should_import_with_a_warning_when_the_title_names_a_near_empty_document_a_dpa() {
        // given: a short English addendum and a short German agreement, each one clause under its title
        String en = "Data Processing Addendum\n\n" + BODY_EN + "\n";
        String de = "Vereinbarung zur Auftragsverarbeitung\n\n" + BODY_DE + "\n";

        // when
        ImportResult english = read(en, SourceFormat.TEXT, "addendum.txt");
        ImportResult german = read(de, SourceFormat.TEXT, "avv.txt");

        // then
        importedWithWarning(english, "Data Processing Addendum");
        importedWithWarning(german, "Vereinbarung zur Auftragsverarbeitung");
    }

    @Test
    void should_refuse_the_same_clause_without_the_title() {
        // the same clauses under a neutral title: few elements and no self-declaration
        assertThat(refusal("Notice\n\n" + BODY_EN + "\n", SourceFormat.TEXT).getReason())
                .isEqualTo(Reason.NOT_A_DPA);
        assertThat(refusal("Mitteilung\n\n" + BODY_DE + "\n", SourceFormat.TEXT).getReason())
                .isEqualTo(Reason.NOT_A_DPA);
    }

    @Test
    void should_not_warn_when_enough_elements_are_found() {
        ImportResult r = DpaImporter.standard()
                .importFile(java.nio.file.Path.of("src", "test", "resources", "fixtures", "wiesengrund-avv-de.txt"));
        assertThat(found(r)).isGreaterThanOrEqualTo(3);
        assertThat(r.getWarnings()).isEmpty();
    }

    @Test
    void should_read_other_self_names_and_a_letterhead_before_the_title() {
        List<String> refused = new ArrayList<>();
        for (String title : new String[] {
            "DATA PROCESSING AGREEMENT (DPA)",
            "Article 28 Agreement",
            "Data Processing Terms for the Rota Service",
            "Auftragsverarbeitungsvertrag nach Art. 28 DSGVO",
            "AVV – Checkliste",
            "Vertrag über die Auftragsverarbeitung",
            "Zusatzvereinbarung zum Wartungsvertrag (Auftragsverarbeitung)"
        }) {
            String body = title.matches(".*(AVV|Auftrag|Vertrag).*") ? BODY_DE : BODY_EN;
            String text = "Rotaplan Ltd · 4 Mill Lane · Exeter\n\n" + title + "\n\n" + body + "\n";
            try {
                assertThat(read(text, SourceFormat.TEXT, "doc.txt").getWarnings())
                        .as(title)
                        .hasSize(1);
            } catch (ImportException e) {
                refused.add(title);
            }
        }
        assertThat(refused).isEmpty();
    }

    @Test
    void should_refuse_a_privacy_policy_terms_of_service_or_e_mail_that_mentions_a_dpa() {
        String[] mentions = {
            // a privacy policy: its title is another kind of document, the agreement only mentioned
            "Privacy Policy\n\nData Processing Agreement\n\n" + BODY_EN + "\n",
            "Privacy Policy\n\nOur DPA is available at https://rota.example/dpa.\n\n" + BODY_EN + "\n",
            // terms of service
            "Terms of Service\n\nWe conclude a data processing agreement on request.\n\n" + BODY_EN + "\n",
            "Allgemeine Geschäftsbedingungen\n\nEinen AVV schließen wir auf Anfrage ab.\n\n" + BODY_DE + "\n",
            // a sentence that mentions one as the first line
            "Our DPA is available at https://rota.example/dpa.\n\n" + BODY_EN + "\n",
            "Einen AVV schließen wir auf Anfrage ab.\n\n" + BODY_DE + "\n",
            // an e-mail about an agreement
            "Subject: Data Processing Agreement\nFrom: legal@rota.example\n\nPlease find our DPA attached.\n\n"
                    + BODY_EN + "\n",
            "Betreff: AVV\n\nanbei unser AVV.\n\n" + BODY_DE + "\n",
            // a cookie notice
            "Cookie Notice\n\nDPA\n\n" + BODY_EN + "\n"
        };
        for (String text : mentions) {
            assertThat(refusal(text, SourceFormat.TEXT).getReason()).as(text).isEqualTo(Reason.NOT_A_DPA);
        }
    }

    @Test
    void should_refuse_a_titled_document_in_which_nothing_is_found() {
        ImportException e =
                refusal("Data Processing Agreement\n\nThis page is left blank on purpose.\n", SourceFormat.TEXT);
        assertThat(e.getReason()).isEqualTo(Reason.NOT_A_DPA);
        assertThat(e.getMessage()).contains("0 of");
    }

    @Test
    void should_read_the_title_in_a_markdown_heading() {
        importedWithWarning(
                read("# Data Processing Addendum\n\n## " + BODY_EN + "\n", SourceFormat.MARKDOWN, "a.md"),
                "Data Processing Addendum");
        assertThat(refusal("# Privacy Policy\n\n## DPA\n\n## " + BODY_EN + "\n", SourceFormat.MARKDOWN)
                        .getReason())
                .isEqualTo(Reason.NOT_A_DPA);
    }

    @Test
    void should_read_the_title_in_an_html_title_or_h1() {
        importedWithWarning(
                read(
                        "<html><head><title>Auftragsverarbeitungsvertrag</title></head><body><h2>" + HEADING_DE
                                + "</h2><p>" + CLAUSE_DE + "</p></body></html>",
                        SourceFormat.HTML,
                        "a.html"),
                "Auftragsverarbeitungsvertrag");
        importedWithWarning(
                read(
                        "<html><body><h1>Data Processing Agreement</h1><h2>" + HEADING_EN + "</h2><p>" + CLAUSE_EN
                                + "</p></body></html>",
                        SourceFormat.HTML,
                        "b.html"),
                "Data Processing Agreement");
        assertThat(refusal(
                                "<html><head><title>Privacy Policy</title></head><body><h1>Privacy Policy</h1><p>Our"
                                        + " DPA is available on request.</p><h2>" + HEADING_EN + "</h2><p>" + CLAUSE_EN
                                        + "</p></body></html>",
                                SourceFormat.HTML)
                        .getReason())
                .isEqualTo(Reason.NOT_A_DPA);
    }

    @Test
    void should_read_the_title_in_a_docx_first_paragraph() {
        String document = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>" + p("Vertrag über die Auftragsverarbeitung") + p(HEADING_DE) + p(CLAUSE_DE)
                + "</w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(document.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        importedWithWarning(
                read(out.toByteArray(), SourceFormat.DOCX, "a.docx"), "Vertrag über die Auftragsverarbeitung");
    }

    @Test
    void should_read_the_title_in_a_pdf_first_line() throws IOException {
        importedWithWarning(
                read(pdf("Data Processing Addendum\n" + BODY_EN), SourceFormat.PDF, "a.pdf"),
                "Data Processing Addendum");
    }

    private static String p(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                s.newLineAtOffset(50, 700);
                for (String line : text.split("\n")) {
                    s.showText(line);
                    s.newLineAtOffset(0, -28);
                }
                s.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
