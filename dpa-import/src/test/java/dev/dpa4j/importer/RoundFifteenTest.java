/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.de;
import static dev.dpa4j.importer.WordingFrames.en;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 15 of #16 (the twelfth held-out set): each rule where it fires and where it must not, in the frames of
 * {@link WordingFrames} (agreements of our own, never one of a fixture's sentences), in English and German.
 */
class RoundFifteenTest {

    // --- the first sentence of Art. 28(3): subject matter and duration ---

    @Test
    void should_read_a_subject_matter_without_any_duration_as_weaker() {
        String subject = "The subject matter of the processing is the hosting of the Customer's ticketing system.";
        RequirementResult r =
                WordingFrames.enResult("2. Subject matter and duration", subject, Requirement.SUBJECT_AND_DURATION);
        assertThat(r.status()).isEqualTo(Status.WEAKER);
        assertThat(r.note()).contains("without the duration");
        String gegenstand = "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware.";
        assertThat(de("§ 2 Gegenstand und Dauer", gegenstand, Requirement.SUBJECT_AND_DURATION))
                .isEqualTo(Status.WEAKER);
        // a deletion after the end of the main contract says nothing of how long the processing lasts
        assertThat(de(
                        "§ 2 Gegenstand und Dauer",
                        gegenstand + " Nach Beendigung des Hauptvertrags löscht der Auftragnehmer die Daten.",
                        Requirement.SUBJECT_AND_DURATION))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_a_subject_matter_with_a_duration_anywhere_in_the_terms_as_met() {
        String subject = "The subject matter of the processing is the hosting of the Customer's ticketing system.";
        assertThat(en(
                        "2. Subject matter and duration",
                        subject + " This agreement remains in force for as long as the Processor hosts the system.",
                        Requirement.SUBJECT_AND_DURATION))
                .isEqualTo(Status.FOUND);
        String gegenstand = "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware.";
        assertThat(de(
                        "§ 2 Gegenstand und Dauer",
                        gegenstand + " Die Vereinbarung ist unbefristet und endet mit dem Hauptvertrag.",
                        Requirement.SUBJECT_AND_DURATION))
                .isEqualTo(Status.FOUND);
        // the term stated in a clause of its own at the end of the agreement, or not at all
        assertThat(germanWithFinal(
                        gegenstand,
                        "Die Laufzeit dieser Vereinbarung entspricht der des Hauptvertrags. Es gilt deutsches Recht."))
                .isEqualTo(Status.FOUND);
        assertThat(germanWithFinal(gegenstand, "Es gilt deutsches Recht.")).isEqualTo(Status.WEAKER);
    }

    /** The plain German frame with its § 2 and § 11 replaced, read for the subject matter and duration. */
    private static Status germanWithFinal(String subject, String finalProvisions) {
        Map<String, String> s = WordingFrames.plainGerman();
        s.put("§ 2 Gegenstand und Dauer", subject);
        s.put("§ 11 Schlussbestimmungen", finalProvisions);
        StringBuilder doc = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        s.forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt")
                .getRequirement(Requirement.SUBJECT_AND_DURATION)
                .status();
    }

    // --- definitions tied to the GDPR in German wordings of their own ---

    @Test
    void should_read_german_definitions_tied_to_article_4() {
        String law = " Es gilt deutsches Recht.";
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Begriffe wie „Verarbeitung“, „Empfänger“ und „Verantwortlicher“ werden in dieser Vereinbarung im "
                                + "Sinne von Art. 4 DSGVO gebraucht." + law,
                        Requirement.DEFINITIONS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Die Begriffe „Verarbeitung“, „Empfänger“ und „Dritter“ haben die Bedeutung, die ihnen Art. 4 DSGVO "
                                + "gibt." + law,
                        Requirement.DEFINITIONS))
                .isEqualTo(Status.FOUND);
        // the agreement's own meaning, or that of the main contract, is not the GDPR's
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Begriffe wie „Werktag“ haben die Bedeutung, die ihnen der Hauptvertrag gibt." + law,
                        Requirement.DEFINITIONS))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Im Sinne dieses Vertrages bedeutet „Werktag“ jeder Tag außer Samstag, Sonntag und Feiertag."
                                + law,
                        Requirement.DEFINITIONS))
                .isEqualTo(Status.WEAKER);
    }

    // --- a letter agreement ---

    @Test
    void should_read_an_instruction_contrary_to_data_protection_law() {
        assertThat(de(
                        "§ 3 Weisungen",
                        "Wir verarbeiten die Daten nur auf Ihre dokumentierte Weisung. Halten wir eine Weisung für "
                                + "gesetzeswidrig, sagen wir Ihnen das sofort.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 3 Weisungen",
                        "Wir verarbeiten die Daten nur auf Ihre dokumentierte Weisung. Halten wir eine Weisung für "
                                + "unzweckmäßig, sagen wir Ihnen das sofort.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.NOT_FOUND);
        // the controller suspending the processing by an instruction is no infringing instruction
        assertThat(de(
                        "§ 3 Weisungen",
                        "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers. Der "
                                + "Auftraggeber kann die Verarbeitung durch Weisung aussetzen, wenn der Auftragnehmer gegen "
                                + "diese Vereinbarung verstößt.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_the_rules_of_this_letter_prevailing_as_the_order_of_precedence() {
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Bei Fragen des Datenschutzes gehen die Regelungen dieses Schreibens den Bestimmungen des "
                                + "Rahmenvertrags und unseren Liefer- und Zahlungsbedingungen vor.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Bei Fragen des Datenschutzes gehen die Regelungen des Rahmenvertrags den Bestimmungen dieses "
                                + "Schreibens und unseren Liefer- und Zahlungsbedingungen vor.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isNotEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_change_of_sub_processors_announced_without_objection_as_weaker() {
        String auth = "Sie sind damit einverstanden, dass wir Unterauftragnehmer einsetzen. ";
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        auth + "Über jede Hinzunahme eines Unterauftragnehmers unterrichten wir Sie frühzeitig.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        auth
                                + "Über jeden Wechsel eines Unterauftragnehmers unterrichten wir Sie vier Wochen vorher; Sie "
                                + "können widersprechen.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        auth + "Einen Wechsel Ihres Ansprechpartners bei uns teilen wir Ihnen mit.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.NOT_FOUND);
        // no right to object, said outright
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        "Der Auftraggeber erteilt eine allgemeine Genehmigung. Über neue Unterauftragsverarbeiter "
                                + "informiert der Auftragnehmer vier Wochen vorher; ein Widerspruchsrecht besteht nicht.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_measures_customary_in_a_trade_as_weaker() {
        assertThat(de(
                        "§ 5 Sicherheit",
                        "Der Auftragnehmer trifft die technischen und organisatorischen Maßnahmen, die für eine "
                                + "Spedition üblich sind.",
                        Requirement.SECURITY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "8. Security",
                        "The Processor maintains the technical and organisational measures customary for a courier "
                                + "company.",
                        Requirement.SECURITY))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 5 Sicherheit",
                        "Der Auftragnehmer trifft die technischen und organisatorischen Maßnahmen, die dem Risiko der "
                                + "Verarbeitung angemessen sind.",
                        Requirement.SECURITY))
                .isEqualTo(Status.FOUND);
    }

    // --- limits stated after the duty ---

    @Test
    void should_read_assistance_with_the_breach_notice_alone_as_weaker() {
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen betroffener "
                                + "Personen. Bei der Meldung an die Aufsichtsbehörde unterstützt er den Auftraggeber mit allen "
                                + "ihm vorliegenden Informationen.",
                        Requirement.ASSISTANCE))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "11. Assistance",
                        "The Processor supports the Customer with its notifications to the supervisory authority.",
                        Requirement.ASSISTANCE))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen betroffener "
                                + "Personen.",
                        Requirement.ASSISTANCE))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_a_limit_in_the_sentence_after_the_duty() {
        String dpia = "Der Auftragnehmer unterstützt den Auftraggeber bei Datenschutz-Folgenabschätzungen. ";
        assertThat(de(
                        "§ 7 Unterstützung",
                        dpia + "Darüber hinausgehende Unterstützung erbringt der Auftragnehmer nach seiner Wahl.",
                        Requirement.ASSISTANCE))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 7 Unterstützung",
                        dpia
                                + "Darüber hinaus unterstützt er ihn bei der vorherigen Konsultation der Aufsichtsbehörde.",
                        Requirement.ASSISTANCE))
                .isEqualTo(Status.FOUND);
        String help = "The Processor helps the Customer with data protection impact assessments and the prior "
                + "consultation of the supervisory authority. ";
        RequirementResult deemed = WordingFrames.enResult(
                "11. Assistance",
                help + "Its published security guide is deemed to satisfy this obligation.",
                Requirement.ASSISTANCE);
        assertThat(deemed.status()).isEqualTo(Status.WEAKER);
        assertThat(deemed.note()).contains("deemed to satisfy");
        assertThat(en(
                        "11. Assistance",
                        help + "This obligation continues after the end of the services.",
                        Requirement.ASSISTANCE))
                .isEqualTo(Status.FOUND);
        // a cap on the liability for sub-processors after a semicolon
        String liable = "The Processor remains fully liable to the Customer for the performance of its sub-processors";
        String body = "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                + "The Processor will notify the Customer of any intended addition or replacement thirty days in advance, "
                + "and the Customer may object. ";
        assertThat(en(
                        "9. Sub-processors",
                        body + liable + "; however, its liability for them is limited to what it recovers from them.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        body + liable + "; however, it need not name their staff.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_breach_clock_started_by_the_processors_own_review_as_weaker() {
        assertThat(de(
                        "§ 8 Meldung von Verletzungen",
                        "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten "
                                + "innerhalb von 48 Stunden nach Abschluss seiner internen Prüfung.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "12. Personal data breaches",
                        "The Processor shall notify the Customer of any personal data breach within 48 hours after "
                                + "completion of its internal review.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 8 Meldung von Verletzungen",
                        "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten "
                                + "innerhalb von 48 Stunden, nachdem er von ihnen Kenntnis erlangt hat.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_sub_processor_obligations_by_their_measure() {
        String auth = "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                + "The Processor will notify the Customer of any intended addition or replacement thirty days in "
                + "advance, and the Customer may object. The Processor remains fully liable for its sub-processors. ";
        assertThat(en(
                        "9. Sub-processors",
                        auth + "The Processor imposes on each sub-processor data protection obligations appropriate to "
                                + "its services.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        auth
                                + "The Processor imposes on each sub-processor by contract data protection obligations not "
                                + "less protective than these terms.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_non_disclosure_undertaking_as_confidentiality() {
        assertThat(en(
                        "7. Confidentiality",
                        "Everyone who processes the data signs a written non-disclosure undertaking first.",
                        Requirement.CONFIDENTIALITY))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "7. Confidentiality",
                        "Everyone who processes the data is trained first.",
                        Requirement.CONFIDENTIALITY))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_the_vendors_own_model_training_among_the_instructions_as_weaker() {
        String only = "The Processor processes personal data only on documented instructions from the Customer";
        assertThat(en(
                        "6. Instructions",
                        only + ", and as otherwise necessary to improve the services, including the training of its "
                                + "ranking models.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "6. Instructions",
                        only + ". It does not use the data for the training of any models.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_termination_without_suspension_as_weaker() {
        assertThat(en(
                        "15. Suspension",
                        "Either party may terminate the agreement if the other materially breaches these terms and does "
                                + "not cure the breach within sixty days.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "15. Suspension",
                        "If the Processor breaches these terms, the Customer may suspend the processing until the breach "
                                + "is remedied, and may terminate the agreement if it is not remedied within a month.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isEqualTo(Status.FOUND);
        // the processor holding back an instruction is not the controller's suspension
        assertThat(en(
                        "15. Suspension",
                        "The Processor may suspend the performance of an instruction it holds unlawful. Either party may "
                                + "terminate the agreement if the other materially breaches these terms.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_a_transfer_tool_the_processor_chooses_as_weaker() {
        String transfer = "Personal data is transferred to a third country only in line with Chapter V GDPR. ";
        assertThat(en(
                        "16. International transfers",
                        transfer + "The Processor selects the transfer mechanism.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "16. International transfers",
                        transfer + "Such transfers are subject to standard contractual clauses, as selected by the "
                                + "Processor.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Eine Übermittlung in Drittländer erfolgt nur auf dokumentierte Weisung des Auftraggebers. Das "
                                + "Übermittlungsinstrument wählt der Auftraggeber.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Eine Übermittlung in Drittländer erfolgt nur unter den Voraussetzungen der Art. 44 ff. DSGVO. Der "
                                + "Auftragnehmer wählt das geeignete Übermittlungsinstrument.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_data_subjects_and_data_described_as_everything_the_controller_has_as_weaker() {
        assertThat(de(
                        "§ 2 Gegenstand und Dauer",
                        "Gegenstand ist der Betrieb einer Buchhaltungssoftware für die Laufzeit des Hauptvertrags. "
                                + "Betroffen sind die natürlichen Personen, deren Daten der Auftraggeber in der Software "
                                + "speichert.",
                        Requirement.DATA_SUBJECTS))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 2 Gegenstand und Dauer",
                        "Gegenstand ist der Betrieb einer Buchhaltungssoftware für die Laufzeit des Hauptvertrags. "
                                + "Betroffen sind Kunden und Lieferanten des Auftraggebers sowie sonstige Personen, deren "
                                + "Daten der Auftraggeber in der Software speichert.",
                        Requirement.DATA_SUBJECTS))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "4. Categories of personal data",
                        "The files may contain any type of personal data that the Customer chooses to upload.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_a_return_the_processor_makes_through_an_export_function_as_return() {
        String end = "Nach Ende des Auftrags löscht der Auftragnehmer nach Wahl des Auftraggebers alle Daten oder ";
        assertThat(de(
                        "§ 9 Löschung",
                        end + "gibt sie über die Exportfunktion als CSV-Datei zurück.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 9 Löschung",
                        "Nach Ende des Auftrags kann der Auftraggeber seine Daten über die Exportfunktion herunterladen, "
                                + "danach löscht der Auftragnehmer die Daten.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
    }

    // --- a data processing exhibit that refers to the sections of its master agreement ---

    @Test
    void should_read_a_section_of_the_master_agreement_the_exhibit_refers_to_as_part_of_the_processing_terms() {
        assertThat(exhibit("Provider secures personal data as set out in Section 4 of the Agreement."))
                .isEqualTo(Status.FOUND);
        // without the reference the section is a provision of the whole contract, not of the processing terms
        assertThat(exhibit("Provider secures personal data carefully.")).isEqualTo(Status.WEAKER);
        // a reference to a section the text does not contain takes nothing in
        assertThat(exhibit("Provider secures personal data as set out in Section 9 of the Agreement."))
                .isEqualTo(Status.WEAKER);
    }

    /** A master services agreement with a data processing exhibit whose security clause is the given sentence. */
    private static Status exhibit(String security) {
        String msa = String.join(
                "\n\n",
                "# Master Services Agreement",
                "## 1. Fees",
                "Customer pays the fees set out in the order form.",
                "## 2. Warranty",
                "Provider warrants that the services conform to the order form.",
                "## 3. Intellectual property",
                "Each party keeps its own intellectual property.",
                "## 4. Information security",
                "4.1 Provider shall take the technical and organisational measures required by Article 32 GDPR.",
                "## 5. Governing law",
                "Irish law governs this Agreement.",
                "");
        return markdown(msa + exhibitText(security)).status();
    }

    @Test
    void should_report_a_reference_to_a_section_the_text_does_not_contain() {
        RequirementResult r = exhibitAlone("Provider secures personal data as set out in Section 9 of the Agreement.");
        assertThat(r.status()).isEqualTo(Status.WEAKER);
        assertThat(r.note())
                .isEqualTo("refers to Section 9 of the Agreement, which is not part of this document: its "
                        + "terms cannot be read here");
        assertThat(dev.dpa4j.importer.internal.NoteWordings.in(r.note(), java.util.Locale.GERMAN))
                .startsWith("verweist auf Section 9 of the Agreement, die nicht Teil dieses Dokuments ist");
        assertThat(exhibitAlone("Provider secures personal data carefully.").status())
                .isEqualTo(Status.NOT_FOUND);
        // a reference to a section of the exhibit itself is no reference to another document
        assertThat(exhibitAlone("Provider secures personal data as set out in Section 9 of this Exhibit.")
                        .status())
                .isEqualTo(Status.NOT_FOUND);
    }

    /** A data processing exhibit without its master agreement, read for its security. */
    private static RequirementResult exhibitAlone(String security) {
        return markdown(exhibitText(security));
    }

    /** The data processing exhibit, with the given sentence as its security clause. */
    private static String exhibitText(String security) {
        return String.join(
                "\n\n",
                "# Exhibit C – Data Processing",
                "## 1. Instructions",
                "Provider processes personal data only on documented instructions of Customer.",
                "## 2. Confidentiality",
                "Provider's staff who process personal data are bound to confidentiality.",
                "## 3. Security",
                security,
                "## 4. Sub-processors",
                "Customer gives its general written authorisation for the sub-processors listed in Schedule 3.",
                "## 5. Deletion",
                "When the services end, Provider deletes or returns all personal data, as Customer chooses.",
                "");
    }

    private static RequirementResult markdown(String doc) {
        return DpaImporter.standard()
                .importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.MARKDOWN, "exhibit.md")
                .getRequirement(Requirement.SECURITY);
    }
}
