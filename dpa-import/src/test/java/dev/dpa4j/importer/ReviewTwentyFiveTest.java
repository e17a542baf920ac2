/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.internal.Readers;
import dev.dpa4j.importer.internal.SourceText;
import dev.dpa4j.model.BreachNoticeContent;
import dev.dpa4j.model.BreachNotificationTerms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Round 25 of the review (#16): findings a reviewer reading the training documents beside their notes finds wrong.
 * Each reading both ways, in sentences written for this test (German and English where both occur), and the training
 * documents the round was about.
 */
class ReviewTwentyFiveTest {

    private static final String BASE = "# Data Processing Terms\n\n"
            + "## 1. Subject matter and term\n\nThe Processor hosts a booking calendar for the Controller and processes "
            + "the personal data of the Controller's tenants for it. These terms apply for as long as the main "
            + "agreement is in force.\n\n"
            + "## 2. Instructions\n\nThe Processor processes personal data only on documented instructions of the "
            + "Controller.\n\n";

    private static final String DE = "# Vertrag zur Auftragsverarbeitung\n\n"
            + "## § 1 Gegenstand und Dauer\n\nDer Auftragnehmer betreibt für den Auftraggeber die Mieterverwaltung und "
            + "verarbeitet dabei personenbezogene Daten der Mieter des Auftraggebers. Der Vertrag läuft so lange wie "
            + "der Hauptvertrag.\n\n"
            + "## § 2 Weisungen\n\nDer Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
            + "Auftraggebers.\n\n";

    private static ImportResult read(String doc) {
        return ReviewTwentyThreeTest.read(doc);
    }

    private static List<String> findings(ImportResult r, String rule) {
        return ReviewTwentyThreeTest.findings(r, rule);
    }

    private static ImportResult unseen(String name) throws IOException {
        return TrainingCorpus.importFile(Path.of("src", "test", "resources", "fixtures", "unseen", name));
    }

    // ---- the content of a breach notice in the agreement's own words (Art. 33(3)(a)-(d) GDPR) ----------------------

    /** The items of Art. 33(3)(a) to (d) GDPR, as ART33_3_CONTENT checks them. */
    private static final List<BreachNoticeContent> ALL = List.of(
            BreachNoticeContent.NATURE,
            BreachNoticeContent.DATA_SUBJECT_CATEGORIES_AND_NUMBERS,
            BreachNoticeContent.RECORD_CATEGORIES_AND_NUMBERS,
            BreachNoticeContent.CONTACT_POINT,
            BreachNoticeContent.LIKELY_CONSEQUENCES,
            BreachNoticeContent.MEASURES);

    private static Set<BreachNoticeContent> content(ImportResult r) {
        SortedSet<BreachNoticeContent> none = new TreeSet<>();
        return r.getDraft()
                .getBreachNotification()
                .map(BreachNotificationTerms::getMinimumContent)
                .orElse(none);
    }

    private static String en(String notice) {
        return BASE + "## 3. Security incidents\n\nThe Processor notifies the Controller of a personal data breach "
                + "without undue delay and in any case within 24 hours after becoming aware of it. " + notice + "\n";
    }

    private static String de(String notice) {
        return DE + "## § 3 Datenschutzverletzungen\n\nDer Auftragnehmer meldet dem Auftraggeber eine Verletzung des "
                + "Schutzes personenbezogener Daten unverzüglich, spätestens binnen 24 Stunden. " + notice + "\n";
    }

    @Test
    void should_read_the_items_of_a_breach_notice_named_in_the_agreement_s_own_words() {
        ImportResult en = read(en("The notice describes the nature of the Security Incident, the categories and "
                + "approximate number of tenants and records concerned, the likely consequences and the measures "
                + "taken or proposed, and names a contact person."));
        ImportResult de = read(de("Die Meldung enthält die Art des Sicherheitsvorfalls, die ungefähre Zahl der Mieter "
                + "und Datensätze, wahrscheinliche Folgen, ergriffene Maßnahmen und eine Kontaktperson."));
        ImportResult reference = read(de("Die Meldung enthält die in Art. 33 Abs. 3 DSGVO genannten Angaben."));

        assertThat(content(en)).containsAll(ALL);
        assertThat(findings(en, "ART33_3_CONTENT")).isEmpty();
        assertThat(content(de)).containsAll(ALL);
        assertThat(findings(de, "ART33_3_CONTENT")).isEmpty();
        assertThat(content(reference)).containsAll(ALL);
    }

    @Test
    void should_not_read_items_a_close_sentence_leaves_out() {
        // the nature of the processing is not the nature of the breach; records alone are not the data subjects; a
        // reference to one point of Art. 33(3) is not all of them
        ImportResult en = read(en("Taking into account the nature of processing and incident response, the notice "
                + "describes the approximate number of records concerned, the likely consequences and the measures "
                + "taken or proposed."));
        ImportResult de = read(de("Die Meldung enthält die ungefähre Zahl der Datensätze, die wahrscheinlichen Folgen "
                + "und die ergriffenen Maßnahmen."));
        ImportResult reference = read(de("Die Meldung enthält die in Art. 33 Abs. 3 lit. a DSGVO genannten Angaben."));

        assertThat(content(en))
                .doesNotContain(
                        BreachNoticeContent.NATURE,
                        BreachNoticeContent.DATA_SUBJECT_CATEGORIES_AND_NUMBERS,
                        BreachNoticeContent.CONTACT_POINT);
        assertThat(findings(en, "ART33_3_CONTENT")).containsExactly("WARNING ART33_3_CONTENT.incomplete");
        assertThat(content(de))
                .doesNotContain(
                        BreachNoticeContent.NATURE,
                        BreachNoticeContent.DATA_SUBJECT_CATEGORIES_AND_NUMBERS,
                        BreachNoticeContent.CONTACT_POINT);
        assertThat(content(reference)).isEmpty();
    }

    @Test
    void should_read_the_breach_notices_of_the_named_training_documents_complete() throws IOException {
        for (String name : List.of(
                "apolink_avv_erezept.html", // „nennt eine Kontaktperson“
                "chirpwell_chatbot_dpa.docx", // "the nature of the Security Incident"
                "genotrace_avv_dna_labor.txt", // „wahrscheinliche Folgen“
                "lodgeline_hotel_pms_dpa.pdf", // "the nature of the incident", "number of guests"
                "medicora_avv_praxis_cloud.pdf")) { // „die in Art. 33 Abs. 3 DSGVO genannten Angaben“
            assertThat(findings(unseen(name), "ART33_3_CONTENT")).as(name).isEmpty();
        }
    }

    // ---- the law's retention period is not a backup kept after the deletion (Art. 28(3)(g), Art. 5(1)(e) GDPR) -----

    private static String deletion(String sentence) {
        return DE + "## § 9 Löschung und Rückgabe\n\nNach Ende des Vertrags gibt der Auftragnehmer nach Wahl des "
                + "Auftraggebers alle Daten zurück oder löscht sie. " + sentence + "\n";
    }

    @Test
    void should_not_read_the_law_s_retention_period_as_backups_kept_without_a_limit() {
        ImportResult withData = read(deletion("Nach Ablauf der gesetzlichen Aufbewahrungsfristen löscht der "
                + "Auftragnehmer die Daten einschließlich aller Sicherungskopien."));
        ImportResult duty = read(deletion("Die Sicherungskopien übergibt er dem Auftraggeber und löscht vorhandene "
                + "Kopien, soweit keine gesetzliche Aufbewahrungspflicht besteht."));

        assertThat(findings(withData, "BACKUP_RETENTION")).isEmpty();
        assertThat(findings(duty, "BACKUP_RETENTION")).isEmpty();
    }

    @Test
    void should_still_report_backups_kept_after_the_deletion_without_a_period() {
        ImportResult kept = read(deletion("Sicherungskopien werden nach der Löschung weiter aufbewahrt."));
        ImportResult toKeep =
                read(deletion("Sicherungskopien sind nach der Löschung bis zur nächsten Rotation " + "aufzubewahren."));
        ImportResult period = read(deletion("Sicherungskopien werden nach der Löschung noch 30 Tage aufbewahrt."));

        assertThat(findings(kept, "BACKUP_RETENTION")).containsExactly("WARNING BACKUP_RETENTION.noLimitInText");
        assertThat(findings(toKeep, "BACKUP_RETENTION")).containsExactly("WARNING BACKUP_RETENTION.noLimitInText");
        assertThat(findings(period, "BACKUP_RETENTION")).isEmpty();
    }

    @Test
    void should_not_warn_of_backups_in_medicora_and_brandtner() throws IOException {
        assertThat(findings(unseen("medicora_avv_praxis_cloud.pdf"), "BACKUP_RETENTION"))
                .isEmpty();
        assertThat(findings(unseen("brandtner_avv_email.txt"), "BACKUP_RETENTION"))
                .isEmpty();
    }

    // ---- PDF tables: a head set centred over its columns, a row cut by a page break, cells wrapped in one row -------

    /** The table rows of a PDF, each as its cells joined by " | ". */
    private static List<String> rows(byte[] pdf) {
        SourceText t = Readers.read(pdf, SourceFormat.PDF, ImportLimits.DEFAULT, "sketch.pdf");
        List<String> out = new ArrayList<>();
        for (SourceText.Block b : t.blocks()) {
            if (b.kind() == SourceText.Kind.TABLE_ROW) {
                out.add(String.join(" | ", b.cells().stream().map(t::text).toList()));
            }
        }
        return out;
    }

    private static final float[] COLUMNS = {72, 190, 330};

    /** A cell's lines from {@code y} at pitch 12 in column {@code c}. */
    private static void cell(PdfSketch s, int c, float y, String... lines) {
        for (int i = 0; i < lines.length; i++) {
            s.text(COLUMNS[c], y + 12 * i, 10, false, lines[i]);
        }
    }

    /** The head of the table, bold and centred over each column, the second column's label on two lines. */
    private static void head(PdfSketch s, float y) {
        s.text(110, y, 10, true, "Name");
        s.text(235, y, 10, true, "Seat /");
        s.text(236, y + 12, 10, true, "address");
        s.text(390, y, 10, true, "Service");
    }

    private static void paragraph(PdfSketch s, float y, String text) {
        s.paragraph(72, y, 450, 10, 13, text);
    }

    @Test
    void should_read_a_pdf_table_with_a_centred_head_across_a_page_break() {
        PdfSketch s = new PdfSketch().page();
        paragraph(
                s,
                80,
                "The Controller authorises the engagement of the following sub-processors, each for the "
                        + "service stated next to it and for no other processing of personal data.");
        head(s, 700);
        // the first row's name and address wrap; its address ends at the head of the next page
        cell(s, 0, 735, "Larchfield Hosting", "GmbH");
        cell(s, 1, 735, "Mühlenweg 4, 34117", "Kassel,");
        cell(s, 2, 735, "Hosting of servers and", "backups");
        s.page();
        cell(s, 1, 60, "Germany");
        cell(s, 0, 80, "Tinsel Mail SAS");
        cell(s, 1, 80, "Lyon, France");
        cell(s, 2, 80, "Sending of e-mails", "to staff");
        cell(s, 0, 120, "Quarrel Support Ltd");
        cell(s, 1, 120, "Cork, Ireland");
        cell(s, 2, 120, "Support tickets");
        paragraph(
                s,
                160,
                "Any use of a sub-processor for other processing needs the written consent of the "
                        + "Controller, given in advance and for the processing named in it.");

        assertThat(rows(s.bytes()))
                .containsExactly(
                        "Name | Seat / address | Service",
                        "Larchfield Hosting GmbH | Mühlenweg 4, 34117 Kassel, Germany | Hosting of servers and backups",
                        "Tinsel Mail SAS | Lyon, France | Sending of e-mails to staff",
                        "Quarrel Support Ltd | Cork, Ireland | Support tickets");
    }

    /** A paragraph and a measures table whose two rows each pad their wrapped cells apart (the document's pitch). */
    private static void paddedMeasuresTable(PdfSketch s) {
        paragraph(s, 80, "The measures of the Processor are those in the table below and in the annex.");
        cell(s, 0, 120, "Access", "control");
        cell(s, 1, 120, "Personal accounts,", "two factors");
        cell(s, 0, 160, "Logging");
        cell(s, 1, 160, "Every session is", "recorded");
    }

    @Test
    void should_read_one_row_whose_cells_wrap_where_the_document_s_other_tables_pad_their_rows() {
        PdfSketch s = new PdfSketch().page();
        paddedMeasuresTable(s);
        paragraph(s, 220, "The Processor engages the following sub-processor with the consent of the Controller.");
        // one row of three lines at the pitch inside a cell, its last line filling only the first column
        cell(s, 0, 260, "Larchfield", "Data Hosting", "GmbH");
        cell(s, 1, 260, "Mühlenweg 4,", "34117 Kassel");
        cell(s, 2, 260, "Hosting of the", "database");

        assertThat(rows(s.bytes()))
                .containsExactly(
                        "Access control | Personal accounts, two factors",
                        "Logging | Every session is recorded",
                        "Larchfield Data Hosting GmbH | Mühlenweg 4, 34117 Kassel | Hosting of the database");
    }

    @Test
    void should_keep_rows_apart_that_fill_every_column_and_a_paragraph_after_a_table_at_the_foot_of_a_page() {
        PdfSketch s = new PdfSketch().page();
        paddedMeasuresTable(s);
        paragraph(s, 220, "The contacts of the parties are the following persons, reachable on working days.");
        // a table without padding whose every line fills each column: two rows, not one
        cell(s, 0, 260, "Controller");
        cell(s, 1, 260, "Ada Brook");
        cell(s, 0, 272, "Processor");
        cell(s, 1, 272, "Ben Carrow");
        // a table at the foot of the page; the next page opens with a paragraph at the margin
        cell(s, 0, 760, "Hosting");
        cell(s, 1, 760, "Larchfield Hosting GmbH");
        cell(s, 0, 772, "E-mail");
        cell(s, 1, 772, "Tinsel Mail SAS");
        s.page();
        paragraph(s, 60, "These sub-processors are approved on the signature of this agreement by both parties.");

        List<String> rows = rows(s.bytes());
        assertThat(rows).contains("Controller | Ada Brook", "Processor | Ben Carrow");
        assertThat(rows).contains("Hosting | Larchfield Hosting GmbH", "E-mail | Tinsel Mail SAS");
        assertThat(rows).noneMatch(r -> r.contains("approved on the signature"));
    }

    // ---- the transfer tool a sentence states for one sub-processor by its name (Art. 46(2)(c) GDPR) ---------------

    private static String withList(String sentence) {
        return BASE + "## 3. Sub-processors\n\nThe Controller authorises the following sub-processors:\n\n"
                + "| Sub-processor | Location | Service |\n|---|---|---|\n"
                + "| Larchfield Hosting GmbH | Germany | Hosting |\n"
                + "| Quarrel Support, Inc. | United States | Support tickets |\n\n"
                + "## 4. Transfers\n\nThe Controller instructs the Processor to use Quarrel Support, Inc. for support "
                + "tickets. " + sentence + "\n";
    }

    private static List<String> transferErrors(ImportResult r) {
        return findings(r, "TRANSFER_MECHANISM");
    }

    @Test
    void should_read_the_transfer_tool_a_sentence_states_for_a_sub_processor_by_name() {
        ImportResult dpf = read(withList("Quarrel Support, Inc. is certified under the EU-U.S. Data Privacy "
                + "Framework, and the standard contractual clauses apply in the alternative."));
        ImportResult de = read(withList("Quarrel Support ist nach dem EU-U.S. Data Privacy Framework zertifiziert."));

        assertThat(transferErrors(dpf)).isEmpty();
        assertThat(transferErrors(de)).isEmpty();
    }

    @Test
    void should_not_read_a_tool_the_sentence_denies_or_gives_to_no_listed_sub_processor() {
        ImportResult denied =
                read(withList("Quarrel Support, Inc. is not certified under the EU-U.S. Data Privacy Framework."));
        ImportResult other = read(withList("Tinsel Mail Inc. is certified under the EU-U.S. Data Privacy Framework."));

        assertThat(transferErrors(denied)).containsExactly("ERROR TRANSFER_MECHANISM.missing");
        assertThat(transferErrors(other)).containsExactly("ERROR TRANSFER_MECHANISM.missing");
    }

    @Test
    void should_read_the_transfer_tools_of_the_named_training_documents() throws IOException {
        for (String name : List.of(
                "anfragio_avv_helpdesk.pdf",
                "corvessa_data_protection_terms.md",
                "lexicrate_ediscovery_dpa.html",
                "orrestel_iaas_dpa.html",
                "vandlys-dpa-en.pdf")) {
            assertThat(transferErrors(unseen(name))).as(name).isEmpty();
        }
    }
}
