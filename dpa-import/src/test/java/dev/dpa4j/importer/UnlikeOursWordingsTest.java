/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shapes of other vendors' agreements that the completeness table reads since #16, each with sentences
 * written for this test, both ways: details of processing as records and table rows, run-in titles, titles with a
 * full stop, several duties in one sentence, the classic German control headings of a TOM annex, deletion with a
 * separate export, and wordings in US and German style.
 */
class UnlikeOursWordingsTest {

    private static ImportResult text(String document) {
        return DpaImporter.standard()
                .importBytes(document.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "vendor.txt");
    }

    private static Status status(ImportResult r, Requirement q) {
        return r.getRequirement(q).status();
    }

    private static Map<String, String> without(String heading) {
        Map<String, String> s = new LinkedHashMap<>(CompletenessTest.strongEnglish());
        s.remove(heading);
        return s;
    }

    @Test
    void should_read_the_details_of_processing_from_labels_and_table_rows() {
        Map<String, String> s = without("4. Categories of personal data");
        s.remove("5. Data subjects");
        s.put(
                "Schedule 1 – Details of Processing",
                "Subject matter: hosting of the ticketing system.\n\nTypes of personal data: names, e-mail "
                        + "addresses, ticket texts.\n\nCategories of data subjects: staff and end users.");
        ImportResult r = CompletenessTest.importText(s);
        assertThat(status(r, Requirement.DATA_CATEGORIES)).isEqualTo(Status.FOUND);
        assertThat(status(r, Requirement.DATA_SUBJECTS)).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.DATA_SUBJECTS).evidence().get(0).quote())
                .startsWith("Categories of data subjects");

        Map<String, String> table = without("4. Categories of personal data");
        table.remove("5. Data subjects");
        table.put(
                "A. Übersicht", "Punkt\tFestlegung\nDatenarten\tStammdaten, Bankverbindung\nBetroffene\tBeschäftigte");
        ImportResult t = CompletenessTest.importText(table);
        assertThat(status(t, Requirement.DATA_CATEGORIES)).isEqualTo(Status.FOUND);
        assertThat(status(t, Requirement.DATA_SUBJECTS)).isEqualTo(Status.FOUND);

        // a record whose label names nothing of the kind is no list of data subjects
        Map<String, String> other = without("4. Categories of personal data");
        other.remove("5. Data subjects");
        other.put("Schedule 1 – Contacts", "Contact person: Jane Roe, privacy@example.com");
        ImportResult o = CompletenessTest.importText(other);
        assertThat(status(o, Requirement.DATA_CATEGORIES)).isEqualTo(Status.NOT_FOUND);
        assertThat(status(o, Requirement.DATA_SUBJECTS)).isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_a_run_in_title_and_a_section_title_with_a_full_stop_as_headings() {
        String doc = "Data Protection Addendum\n\nThis addendum applies where Examplo Ltd processes personal data for "
                + "you as your processor.\n\n"
                + "C.1 Our commitments. We process your personal data only on your documented instructions.\n\n"
                + "C.2 Breaches. If we become aware of a personal data breach, we will tell you within 24 hours.\n\n"
                + "We also give you the information you need to show compliance with\n\nArticle 28 GDPR.\n\n"
                + "Section 3. Vendor Personnel.\n\nAccess is limited to personnel who are subject to written "
                + "confidentiality obligations.\n\n"
                + "Section 4. Subprocessors.\n\nYou authorize us to use subprocessors. We will notify you in writing "
                + "30 days before we add a new subprocessor, and you may object to the change in that period.";
        ImportResult r = text(doc);
        assertThat(r.getElement(Element.BREACH_NOTIFICATION).found()).isTrue();
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION)
                        .evidence()
                        .get(0)
                        .quote())
                .startsWith("If we become aware of a personal data breach");
        assertThat(status(r, Requirement.CONFIDENTIALITY)).isEqualTo(Status.FOUND);
        assertThat(status(r, Requirement.SUBPROCESSOR_CHANGES)).isEqualTo(Status.FOUND);
        assertThat(r.getSections()).extracting(SourceSpan::section).contains("Section 3. Vendor Personnel.");
        // a reference wrapped onto a line of its own is no title
        assertThat(r.getSections()).extracting(SourceSpan::section).doesNotContain("Article 28 GDPR.");
        // a run-in title classifies its paragraph but stays part of it
        assertThat(r.getSections()).extracting(SourceSpan::section).noneMatch(h -> h.startsWith("C."));
    }

    @Test
    void should_find_a_duty_stated_among_others_in_one_sentence() {
        Map<String, String> s = without("7. Confidentiality");
        s.remove("8. Security");
        s.put(
                "7. Our commitments",
                "We process personal data only on documented instructions, we make sure that our personnel who can "
                        + "see the data are bound by confidentiality, and we protect it with the technical and "
                        + "organizational measures required by Article 32 GDPR.");
        ImportResult r = CompletenessTest.importText(s);
        assertThat(status(r, Requirement.CONFIDENTIALITY)).isEqualTo(Status.FOUND);
        assertThat(status(r, Requirement.SECURITY)).isEqualTo(Status.FOUND);
        assertThat(status(CompletenessTest.importText(without("7. Confidentiality")), Requirement.CONFIDENTIALITY))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_limit_best_efforts_to_the_duty_of_its_own_clause() {
        Map<String, String> s = without("10. Data subject rights");
        s.put(
                "11. Assistance",
                "We will use commercially reasonable efforts to help you answer requests from data subjects, and we "
                        + "will assist you with impact assessments and prior consultations under Articles 32 to 36 GDPR.");
        ImportResult r = CompletenessTest.importText(s);
        assertThat(status(r, Requirement.DATA_SUBJECT_RIGHTS)).isEqualTo(Status.WEAKER);
        assertThat(status(r, Requirement.ASSISTANCE)).isEqualTo(Status.FOUND);
        // without a subject of its own, the second part is governed by the efforts
        s.put(
                "11. Assistance",
                "We will use commercially reasonable efforts to help you answer requests from data subjects and to "
                        + "assist you with impact assessments and prior consultations under Articles 32 to 36 GDPR.");
        assertThat(status(CompletenessTest.importText(s), Requirement.ASSISTANCE))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_not_read_assistance_into_a_security_clause_that_cites_article_32() {
        Map<String, String> s = without("11. Assistance");
        assertThat(status(CompletenessTest.importText(s), Requirement.ASSISTANCE))
                .as("the security clause cites Article 32 GDPR")
                .isEqualTo(Status.NOT_FOUND);
        s.put("11. Help", "We will help you with the prior consultation of the supervisory authority.");
        assertThat(status(CompletenessTest.importText(s), Requirement.ASSISTANCE))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_the_classic_german_control_headings_as_security_not_audits() {
        String doc = "Vertrag über die Auftragsverarbeitung\n\n§ 1 Gegenstand\n\nDer Auftragnehmer verarbeitet "
                + "personenbezogene Daten im Auftrag des Auftraggebers nach Art. 28 DSGVO.\n\n"
                + "§ 2 Weisungen\n\nDer Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung.\n\n"
                + "§ 3 Unterauftragnehmer\n\nDer Auftraggeber genehmigt die Unterauftragnehmer der Anlage 2.\n\n"
                + "Anlage 1 – Technische und organisatorische Maßnahmen\n\n1. Zutrittskontrolle\n\n"
                + "– Elektronisches Schließsystem\n\n2. Eingabekontrolle\n\n– Protokollierung aller Änderungen\n";
        ImportResult r = text(doc);
        assertThat(r.getElement(Element.AUDITS).found()).isFalse();
        assertThat(r.getDraft().getSecurity().orElseThrow().getMeasures()).hasSize(2);
    }

    @Test
    void should_read_deletion_with_an_export_in_the_next_sentence_as_deletion_or_return() {
        Map<String, String> s = new LinkedHashMap<>(CompletenessTest.strongEnglish());
        s.put(
                "13. End of processing",
                "After the subscription ends, the Customer can download an export of all its data for 30 days. The "
                        + "Processor then erases the personal data, and shall certify the deletion in writing.");
        assertThat(status(CompletenessTest.importText(s), Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        s.put(
                "13. End of processing",
                "Once the account is closed, we delete your data within 60 days, and shall certify the deletion in "
                        + "writing.");
        RequirementResult weaker = CompletenessTest.importText(s).getRequirement(Requirement.DELETION_RETURN);
        assertThat(weaker.status()).isEqualTo(Status.WEAKER);
        assertThat(weaker.note()).isEqualTo("deletion without the controller's choice of return");
    }

    @Test
    void should_not_take_the_liability_for_sub_processors_for_a_liability_clause() {
        Map<String, String> s = without("17. Liability");
        ImportResult r = CompletenessTest.importText(s);
        assertThat(r.getRequirement(Requirement.SUBPROCESSOR_LIABILITY).status())
                .isEqualTo(Status.FOUND);
        assertThat(status(r, Requirement.LIABILITY)).isEqualTo(Status.NOT_FOUND);
        s.put("17. Indemnification", "The Processor will indemnify the Customer against fines caused by its breach.");
        assertThat(status(CompletenessTest.importText(s), Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_us_wordings_of_breach_notice_subcontractors_and_safeguards() {
        Map<String, String> s = without("12. Personal data breaches");
        s.remove("8. Security");
        s.put(
                "12. Security Breach Notification",
                "Vendor will notify Customer within forty-eight (48) hours after discovering any unauthorized access "
                        + "to Customer Personal Data.");
        s.put("8. Safeguards", "Vendor will maintain administrative, physical and technical safeguards.");
        ImportResult r = CompletenessTest.importText(s);
        assertThat(status(r, Requirement.BREACH_NOTIFICATION)).isEqualTo(Status.FOUND);
        assertThat(status(r, Requirement.SECURITY)).isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_german_wordings_of_the_rights_of_data_subjects_and_of_their_limits() {
        String base = "Vertrag über die Auftragsverarbeitung\n\n§ 1 Gegenstand\n\nDer Auftragnehmer verarbeitet "
                + "personenbezogene Daten im Auftrag des Auftraggebers nach Art. 28 DSGVO.\n\n"
                + "§ 2 Weisungen\n\nDer Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung.\n\n"
                + "§ 3 Unterauftragnehmer\n\nDer Auftraggeber genehmigt die Unterauftragnehmer der Anlage 2.\n\n"
                + "§ 4 Rechte der Betroffenen\n\n";
        ImportResult plain = text(base + "Bei der Beantwortung von Anträgen auf Auskunft, Berichtigung und Löschung "
                + "unterstützt der Auftragnehmer den Auftraggeber.\n");
        assertThat(status(plain, Requirement.DATA_SUBJECT_RIGHTS)).isEqualTo(Status.FOUND);
        ImportResult limited = text(base + "Bei der Beantwortung von Anträgen auf Auskunft, Berichtigung und Löschung "
                + "unterstützt der Auftragnehmer den Auftraggeber im Rahmen seiner Möglichkeiten.\n");
        assertThat(status(limited, Requirement.DATA_SUBJECT_RIGHTS)).isEqualTo(Status.WEAKER);
        assertThat(limited.getRequirement(Requirement.DATA_SUBJECT_RIGHTS).note())
                .isEqualTo("only best efforts");
    }

    private static Status with(String heading, String body, Requirement q) {
        return status(CompletenessTest.withSection(CompletenessTest.strongEnglish(), heading, body), q);
    }

    @Test
    void should_read_a_definition_list_as_terms_and_their_values() {
        String html = "<html><body><h1>Auftragsverarbeitung</h1><p>Der Anbieter verarbeitet personenbezogene Daten im "
                + "Auftrag des Kunden nach Art. 28 DSGVO und nur auf dokumentierte Weisung.</p>"
                + "<h3>Nr. 1 Verarbeitung</h3><dl><dt>Zweck</dt><dd>Versand von Rundbriefen</dd>"
                + "<dt>Betroffene Personen</dt><dd>Abonnenten des Kunden</dd></dl>"
                + "<h3>Nr. 2 Subunternehmer</h3><p>Der Kunde genehmigt die Subunternehmer der Anlage 2.</p></body></html>";
        ImportResult r = DpaImporter.standard()
                .importBytes(html.getBytes(StandardCharsets.UTF_8), SourceFormat.HTML, "avv.html");
        assertThat(status(r, Requirement.NATURE_AND_PURPOSE)).isEqualTo(Status.FOUND);
        assertThat(status(r, Requirement.DATA_SUBJECTS)).isEqualTo(Status.FOUND);
        assertThat(r.getText()).contains("Betroffene Personen\tAbonnenten des Kunden");
    }

    @Test
    void should_read_limits_stated_in_other_words_as_weaker() {
        assertThat(with(
                        "10. Data subject rights",
                        "The Processor offers self-service tools for requests from data subjects. The Processor is not "
                                + "obliged to assist the Customer beyond those tools.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
        assertThat(with(
                        "14. Audits",
                        "The Processor makes available all information necessary to demonstrate compliance. The "
                                + "Customer may audit the premises where the reports the Processor provides do not "
                                + "answer its questions.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(with(
                        "14. Audits",
                        "As evidence of compliance the Processor makes its ISO 27001 certificate available. The "
                                + "Processor allows audits, including inspections, by the Customer.",
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.WEAKER);
        assertThat(with(
                        "14. Audits",
                        "The Processor makes available all information necessary to demonstrate compliance, including "
                                + "its certificates. The Processor allows audits, including inspections, by the Customer.",
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.FOUND);
        assertThat(with(
                        "18. Final provisions",
                        "Terms defined in the GDPR have the meaning given to them there. If these terms conflict with "
                                + "the main contract, these terms prevail. If a public authority demands the personal data, "
                                + "the Processor will try to redirect it to the Customer.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.WEAKER);
        assertThat(with(
                        "8. Security",
                        "The Processor maintains the technical and organisational measures required by Article 32 "
                                + "GDPR. The Processor may change Annex 2 at its discretion.",
                        Requirement.SECURITY))
                .isEqualTo(Status.WEAKER);
        assertThat(with(
                        "9. Sub-processors",
                        "The Customer gives its general written authorisation for sub-processors. The Processor "
                                + "publishes the current list at processor.example/subprocessors.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_further_wordings_of_the_requirements() {
        Map<String, String> s = new LinkedHashMap<>(CompletenessTest.strongEnglish());
        s.put(
                "6. Instructions",
                "We only use the data as you instruct us. If we think one of your instructions breaks data "
                        + "protection law, we will tell you.");
        s.put(
                "9. Sub-processors",
                "The Customer gives general authorisation to engage sub-contractors. The Processor will inform the "
                        + "Customer of new sub-contractors 30 days in advance, and the Customer may object. The "
                        + "Processor imposes on each sub-contractor terms that protect the data to the same standard "
                        + "as these terms, and remains liable for the acts of its sub-contractors.");
        s.put(
                "13. End of processing",
                "The Processor returns or deletes the data, at the Customer's choice, and will delete any remaining "
                        + "copies and confirm this in writing.");
        s.put("16. Where the data is processed", "All processing takes place within the EU/EEA.");
        s.put(
                "18. Final provisions",
                "Expressions such as controller and processor are to be read as in Article 4 GDPR. If these terms "
                        + "conflict with the main contract, these terms prevail. If a public authority requests access "
                        + "to the personal data, the Processor shall inform the Customer unless the law forbids it.");
        ImportResult r = CompletenessTest.importText(s);
        for (Requirement q : java.util.List.of(
                Requirement.INSTRUCTIONS,
                Requirement.INFRINGING_INSTRUCTION,
                Requirement.SUBPROCESSOR_OBLIGATIONS,
                Requirement.SUBPROCESSOR_LIABILITY,
                Requirement.DELETION_CERTIFIED,
                Requirement.TRANSFERS,
                Requirement.DEFINITIONS)) {
            assertThat(status(r, q)).as(q.name()).isEqualTo(Status.FOUND);
        }
        ImportResult de = text("Vertrag über die Auftragsverarbeitung\n\n§ 1 Gegenstand\n\nDer Auftragnehmer "
                + "verarbeitet personenbezogene Daten im Auftrag des Auftraggebers nach Art. 28 DSGVO nur auf "
                + "dokumentierte Weisung.\n\n§ 2 Unterauftragnehmer\n\nDer Auftraggeber genehmigt die "
                + "Unterauftragnehmer der Anlage 2.\n\n§ 3 Verletzungen\n\nVerletzungen des Schutzes "
                + "personenbezogener Daten teilt der Auftragnehmer dem Auftraggeber ohne schuldhaftes Zögern mit.\n");
        assertThat(status(de, Requirement.BREACH_NOTIFICATION)).isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_the_wordings_of_a_public_sector_schedule() {
        Map<String, String> s = new LinkedHashMap<>(CompletenessTest.strongEnglish());
        s.remove("4. Categories of personal data");
        s.put("4. Schedule of Processing", "Description\tDetails\nType of Personal Data\tNames, addresses");
        s.put(
                "6. Instructions",
                "The Supplier shall process the data only in accordance with the written instructions of the "
                        + "Customer, and shall notify the Customer at once if it believes that an instruction conflicts "
                        + "with the Data Protection Legislation.");
        s.put(
                "7. Confidentiality",
                "The Supplier shall take reasonable steps to ensure that its personnel keep the data confidential.");
        s.put(
                "12. Data Loss Events",
                "The Supplier shall inform the Customer within 24 hours if it becomes aware of a Data Loss Event.");
        s.put(
                "13. End of processing",
                "At the Customer's choice the Supplier shall delete or return the data, and copies of it, when the "
                        + "contract ends, and shall certify the deletion in writing.");
        s.put(
                "16. International transfers",
                "The Supplier shall not transfer personal data outside the United Kingdom or the EEA without prior "
                        + "written consent.");
        s.put(
                "17. Liability",
                "The Supplier shall be liable to the Customer for every act and omission of a sub-processor.");
        s.put("9. Sub-processors", "The Customer gives its general written authorisation for the sub-processors.");
        ImportResult r = CompletenessTest.importText(s);
        for (Requirement q : java.util.List.of(
                Requirement.DATA_CATEGORIES,
                Requirement.INFRINGING_INSTRUCTION,
                Requirement.BREACH_NOTIFICATION,
                Requirement.TRANSFERS)) {
            assertThat(status(r, q)).as(q.name()).isEqualTo(Status.FOUND);
        }
        assertThat(status(r, Requirement.CONFIDENTIALITY)).isEqualTo(Status.WEAKER);
        assertThat(status(r, Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .as("a copy of the data is no copy of a contract")
                .isEqualTo(Status.NOT_FOUND);
        assertThat(status(r, Requirement.LIABILITY))
                .as("the liability for sub-processors is no liability clause")
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_an_austrian_agreement_with_details_in_running_text() {
        ImportResult r = text("Datenschutzvereinbarung\n\nPunkt 1 – Vertragsgegenstand\n\n1.1 Der Auftragnehmer "
                + "verarbeitet personenbezogene Daten im Auftrag des Kunden nach Art. 28 DSGVO nur auf dokumentierte "
                + "Weisung. Verarbeitet werden Stammdaten und Buchungsdaten der Gäste; betroffen sind Gäste und "
                + "Mitarbeiter des Kunden. Die Verarbeitung dient der Reservierung und Abrechnung.\n\n"
                + "Punkt 2 – Sub-Auftragsverarbeiter\n\n2.1 Der Kunde erteilt die allgemeine Genehmigung, "
                + "Sub-Auftragsverarbeiter einzusetzen. Der Auftragnehmer informiert den Kunden per E-Mail vor dem "
                + "Einsatz eines neuen Sub-Auftragsverarbeiters; der Kunde kann Einspruch erheben.\n\n"
                + "2.2 Der Auftragnehmer überbindet den Sub-Auftragsverarbeitern dieselben Datenschutzpflichten und "
                + "haftet dem Kunden für deren Einhaltung.\n\nPunkt 3 – Anfragen\n\n3.1 Betroffenenanfragen leitet "
                + "der Auftragnehmer an den Kunden weiter und unterstützt ihn bei ihrer Beantwortung.\n\n"
                + "Punkt 4 – Datenschutzvorfälle\n\n4.1 Verletzungen des Schutzes personenbezogener Daten meldet der "
                + "Auftragnehmer binnen 24 Stunden.\n\nPunkt 5 – Weisungen\n\n5.1 Weisungen erteilt der Kunde "
                + "in Textform.\n");
        for (Requirement q : java.util.List.of(
                Requirement.NATURE_AND_PURPOSE,
                Requirement.DATA_CATEGORIES,
                Requirement.DATA_SUBJECTS,
                Requirement.SUBPROCESSOR_CHANGES,
                Requirement.SUBPROCESSOR_LIABILITY,
                Requirement.DATA_SUBJECT_RIGHTS)) {
            assertThat(status(r, q)).as(q.name()).isEqualTo(Status.FOUND);
        }
        assertThat(status(r, Requirement.LIABILITY)).isEqualTo(Status.NOT_FOUND);
        assertThat(r.getSections()).extracting(SourceSpan::section).contains("Punkt 2 – Sub-Auftragsverarbeiter");
    }

    // ---- the fourth held-out round (#16): a PDF's text layer, vague time, notice without objection, 2021/915

    /** The text of an agreement with these sections, as {@link CompletenessTest#importText} builds it. */
    private static String document(Map<String, String> sections) {
        StringBuilder doc = new StringBuilder("Data Processing Terms\n\n");
        sections.forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        return doc.toString();
    }

    @Test
    void should_read_a_pdf_text_layer_without_its_page_furniture_and_line_end_hyphens() {
        String header = "Examplo Ltd | Processing Terms | March 2026";
        Map<String, String> rest = without("12. Personal data breaches");
        rest.remove("8. Security");
        String doc = header + "\n\n" + document(rest)
                + "4. Breaches\n\n"
                + "4.1 Examplo shall notify the customer of a personal data breach without undue delay and in any\n"
                + "event within\n\nPage 1 of 2\n\f" + header + "\n\n"
                + "36 hours after it becomes aware of it. The notifica-\n"
                + "tion describes the breach and the measures taken.\n\n"
                + "5. Security\n\n"
                + "5.1 Examplo maintains the technical and organisa-\n"
                + "tional measures in Annex 2 and binds every sub-\n"
                + "processor to them.\n\nPage 2 of 2\n";
        ImportResult r = text(doc);
        assertThat(r.getText())
                .contains("in any event within 36 hours after it becomes aware of it. The notification describes")
                .contains("technical and organisational measures")
                .contains("every sub-processor")
                .doesNotContain("Page 1")
                .doesNotContain(header);
        assertThat(status(r, Requirement.SECURITY)).isEqualTo(Status.FOUND);
        assertThat(r.getFacts("breachNotification.deadline")).isNotEmpty();
        // without page numbers or form feeds, a repeated line is text, and a hyphen before a capital stays
        ImportResult plain = text(document(CompletenessTest.strongEnglish()) + "Annex 4\n\nThe customer may audit.\n\n"
                + "Not applicable.\n\nThe customer may object.\n\nNot applicable.\n\nThe customer may suspend.\n\n"
                + "Not applicable.\n\nThe personal data of every customer of Examplo is always kept in the EU-\n"
                + "Datenraum of Examplo, with its Lohn-\nund Gehaltsdaten.\n");
        assertThat(plain.getText().split("Not applicable", -1)).hasSize(4);
        assertThat(plain.getText()).contains("EU-Datenraum").contains("Lohn- und Gehaltsdaten");
    }

    @Test
    void should_read_a_vague_breach_notice_as_weaker_and_a_prompt_one_with_a_condition_as_met() {
        for (String vague : java.util.List.of(
                "The Processor shall notify the Customer of any personal data breach within a reasonable time.",
                "The Processor will inform the Customer of personal data breaches as appropriate.",
                "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten "
                        + "innerhalb einer angemessenen Frist.",
                "Bei einer Datenpanne informiert der Auftragnehmer den Auftraggeber zeitnah.")) {
            ImportResult r =
                    CompletenessTest.withSection(CompletenessTest.strongEnglish(), "12. Personal data breaches", vague);
            assertThat(status(r, Requirement.BREACH_NOTIFICATION)).as(vague).isEqualTo(Status.WEAKER);
        }
        ImportResult met = CompletenessTest.withSection(
                CompletenessTest.strongEnglish(),
                "12. Personal data breaches",
                "The Processor shall notify the Customer of any personal data breach without undue delay and "
                        + "provide further information as appropriate.");
        assertThat(status(met, Requirement.BREACH_NOTIFICATION)).isEqualTo(Status.FOUND);
    }

    @Test
    void should_report_a_vague_breach_deadline_with_its_words() {
        ImportResult r = CompletenessTest.withSection(
                CompletenessTest.strongEnglish(),
                "12. Personal data breaches",
                "The Processor shall notify the Customer of any personal data breach within a reasonable time.");
        Review review = Review.of(
                r,
                dev.dpa4j.validate.Validator.builder()
                        .asOf(java.time.LocalDate.of(2026, 12, 4))
                        .build());
        Review.Item deadline = review.getItems().stream()
                .filter(i -> i.finding().getRuleId().equals("ART33_2_DEADLINE"))
                .findFirst()
                .orElseThrow();
        assertThat(deadline.finding().getParams()).containsEntry("term", "within a reasonable time");
        assertThat(deadline.span())
                .hasValueSatisfying(s -> assertThat(s.quote()).isEqualTo("within a reasonable time"));
        // the statutory wording is no vague term
        ImportResult prompt = CompletenessTest.importText(CompletenessTest.strongEnglish());
        assertThat(Review.of(
                                prompt,
                                dev.dpa4j.validate.Validator.builder()
                                        .asOf(java.time.LocalDate.of(2026, 12, 4))
                                        .build())
                        .getItems()
                        .stream()
                        .filter(i -> i.finding().getRuleId().equals("ART33_2_DEADLINE"))
                        .map(i -> i.finding().getParams().getOrDefault("term", "")))
                .doesNotContain("within a reasonable time")
                .allMatch(t -> t.isEmpty() || t.equals("without undue delay"));
    }

    @Test
    void should_read_notice_of_a_new_sub_processor_without_a_right_to_object_as_weaker() {
        String notice = "The Customer gives its general written authorisation for the sub-processors listed in Annex "
                + "3. The Processor will send the Customer an e-mail ten days before a new sub-processor starts. The "
                + "Processor imposes the same data protection obligations on each sub-processor by contract.";
        ImportResult r = CompletenessTest.withSection(CompletenessTest.strongEnglish(), "9. Sub-processors", notice);
        assertThat(status(r, Requirement.SUBPROCESSOR_CHANGES)).isEqualTo(Status.WEAKER);
        assertThat(r.getRequirement(Requirement.SUBPROCESSOR_CHANGES).note()).contains("object");
        ImportResult withObjection = CompletenessTest.withSection(
                CompletenessTest.strongEnglish(), "9. Sub-processors", notice + " The Customer may object.");
        assertThat(status(withObjection, Requirement.SUBPROCESSOR_CHANGES)).isEqualTo(Status.FOUND);
        // consent sought before each change is more than an objection
        ImportResult consent = CompletenessTest.withSection(
                CompletenessTest.strongEnglish(),
                "9. Sub-processors",
                "Die Einschaltung von Unterauftragnehmern bedarf der vorherigen schriftlichen Zustimmung des "
                        + "Auftraggebers. Der Auftragnehmer beantragt die Zustimmung drei Wochen vor dem Einsatz eines "
                        + "weiteren Unterauftragnehmers.");
        assertThat(status(consent, Requirement.SUBPROCESSOR_CHANGES)).isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_the_terms_of_the_2021_915_clauses_into_an_agreement_that_incorporates_them() {
        String incorporation = "A.1 The parties agree that the standard contractual clauses of Commission Implementing "
                + "Decision (EU) 2021/915 are incorporated into this agreement by reference.";
        String annex = "\n\nAnnex II – Description of the processing\n\nCategories of personal data: names, e-mail "
                + "addresses.\n\nPurpose of the processing: newsletter delivery.\n\nDuration: the term of the "
                + "newsletter service contract.\n\nB.1 Audits under Clause 7.6 take "
                + "place only by review of the processor's ISO 27001 certificate; on-site inspections are excluded.\n";
        String parties = "Processing Agreement\n\nController: Harbour Analytics Ltd\n\nProcessor: Fjordline Cloud "
                + "GmbH, which processes personal data on behalf of the controller under Article 28 GDPR.\n\n";
        ImportResult r = text(parties + "Part A – The Clauses\n\n" + incorporation + annex);
        for (Requirement q : java.util.List.of(
                Requirement.INSTRUCTIONS,
                Requirement.BREACH_NOTIFICATION,
                Requirement.SUBPROCESSOR_CHANGES,
                Requirement.DELETION_CERTIFIED,
                Requirement.ORDER_OF_PRECEDENCE)) {
            assertThat(status(r, q)).as(q.name()).isEqualTo(Status.FOUND);
            assertThat(r.getRequirement(q).evidence().get(0).quote()).startsWith("A.1 The parties agree");
        }
        // the clauses say nothing of public authorities or of liability in general, and a limit of its own stays
        assertThat(status(r, Requirement.GOVERNMENT_ACCESS)).isEqualTo(Status.NOT_FOUND);
        assertThat(status(r, Requirement.LIABILITY)).isEqualTo(Status.NOT_FOUND);
        assertThat(status(r, Requirement.DATA_SUBJECTS)).isEqualTo(Status.NOT_FOUND);
        assertThat(status(r, Requirement.AUDIT_INSPECTIONS)).isEqualTo(Status.WEAKER);
        // clauses that do not apply, or that are only cited, incorporate nothing
        ImportResult not = text(parties + "Part A\n\nA.1 The standard contractual clauses of "
                + "Implementing Decision (EU) 2021/915 do not apply to this agreement." + annex);
        assertThat(status(not, Requirement.INSTRUCTIONS)).isEqualTo(Status.NOT_FOUND);
        ImportResult cited =
                text(parties + "Part A\n\nA.1 See Clause 10 of Implementing Decision " + "(EU) 2021/915." + annex);
        assertThat(status(cited, Requirement.INSTRUCTIONS)).isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_effort_limited_security_and_a_separable_german_verb() {
        Map<String, String> s = without("8. Security");
        s.remove("14. Audits");
        String base = document(s);
        ImportResult r = text(base + "19. Sicherheit\n\nDer Auftragnehmer trifft die nach Art. 32 DSGVO erforderlichen "
                + "Maßnahmen, soweit dies mit vertretbarem Aufwand möglich ist.\n\n20. Kontrollen\n\n"
                + "Der Auftragnehmer weist dem Auftraggeber die Einhaltung seiner Pflichten mit geeigneten "
                + "Mitteln nach.\n");
        assertThat(status(r, Requirement.SECURITY)).isEqualTo(Status.WEAKER);
        assertThat(status(r, Requirement.AUDIT_INFORMATION)).isEqualTo(Status.FOUND);
        ImportResult plain = text(base + "19. Sicherheit\n\nDer Auftragnehmer trifft die nach Art. 32 DSGVO "
                + "erforderlichen Maßnahmen.\n\n20. Kontrollen\n\nDer Auftragnehmer legt dem Auftraggeber "
                + "auf Anfrage eine Selbstauskunft vor.\n");
        assertThat(status(plain, Requirement.SECURITY)).isEqualTo(Status.FOUND);
        assertThat(status(plain, Requirement.AUDIT_INFORMATION)).isNotEqualTo(Status.FOUND);
    }
}
