/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.WE_PROCESSOR_OPENING;
import static dev.dpa4j.importer.WordingFrames.de;
import static dev.dpa4j.importer.WordingFrames.en;
import static dev.dpa4j.importer.WordingFrames.formDe;
import static dev.dpa4j.importer.WordingFrames.formEn;
import static dev.dpa4j.importer.WordingFrames.we;
import static dev.dpa4j.importer.WordingFrames.wir;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.model.AgreementForm;
import org.junit.jupiter.api.Test;

/**
 * Round 22 of #16 (the seventeenth held-out set, now training): each reading where it fires and where it must not, in
 * the frames of {@link WordingFrames} (agreements of our own, never a fixture's sentence), in English and German.
 */
class RoundTwentyTwoTest {

    private static final String SUBPROCESSORS = "The Customer gives its general written authorisation for the "
            + "sub-processors listed in Annex 3. The Processor imposes the same data protection obligations on each "
            + "sub-processor by contract. The Processor remains fully liable to the Customer for the performance of its "
            + "sub-processors. On request the Processor provides a copy of the sub-processor agreement. ";

    private static final String UNTERAUFTRAG = "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für "
            + "die in Anlage 2 genannten Unterauftragsverarbeiter. Der Auftragnehmer legt ihnen dieselben "
            + "Datenschutzpflichten auf und haftet für sie wie für eigenes Verschulden. ";

    private static final String ZWECK =
            "Zweck der Verarbeitung ist die Übersetzung von Dokumenten des " + "Auftraggebers. ";

    // --- Art. 28(10), 28(3)(a): the data used for the processor's other customers or its own models ---

    @Test
    void should_read_the_use_of_the_data_across_the_processors_customers_as_a_purpose_of_its_own() {
        assertThat(en(
                        "15. Service signals",
                        "The Processor uses delivery events linked to the Customer's recipients across its entire "
                                + "customer base to keep the platform reliable.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "15. Service signals",
                        "The Processor uses the support transcripts to train its speech recognition models.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Zweck der Verarbeitung",
                        ZWECK
                                + "Der Auftragnehmer darf Textbausteine aus den Aufträgen des Auftraggebers auch für andere "
                                + "Kunden verwenden.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Zweck der Verarbeitung",
                        ZWECK + "Der Auftragnehmer nutzt Zustellereignisse der Empfänger kundenübergreifend, um die "
                                + "Zustellbarkeit zu sichern.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        // denied, or only aggregated statistics: no purpose of the processor's own
        assertThat(en(
                        "15. Service signals",
                        "The Processor does not use the Customer's data across its customer base or for other "
                                + "customers.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "15. Service signals",
                        "The Processor uses aggregated usage statistics across its entire customer base to plan "
                                + "capacity.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Zweck der Verarbeitung",
                        ZWECK + "Der Auftragnehmer verwendet die Daten des Auftraggebers nicht für andere Kunden.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3) first sentence: a plain-language description ---

    @Test
    void should_read_a_plain_language_label_and_heading_of_the_description() {
        assertThat(we(
                                WE_PROCESSOR_OPENING,
                                "3. Details",
                                "Data we process: names, e-mail addresses and the times of bookings.")
                        .getRequirement(Requirement.DATA_CATEGORIES)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(we(WE_PROCESSOR_OPENING, "3. Details", "We keep the calendar running at night.")
                        .getRequirement(Requirement.DATA_CATEGORIES)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
        assertThat(wir(
                        "3. Einzelheiten",
                        "Arten personenbezogener Daten: Namen, Telefonnummern und Termine.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.FOUND);
        assertThat(we(
                                WE_PROCESSOR_OPENING,
                                "2. What we process",
                                "We host your booking page and send reminders by e-mail and text message.")
                        .getRequirement(Requirement.NATURE_AND_PURPOSE)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(we(
                                WE_PROCESSOR_OPENING,
                                "2. Our history",
                                "We host your booking page and send reminders by e-mail and text message.")
                        .getRequirement(Requirement.NATURE_AND_PURPOSE)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
    }

    // --- Chapter V: access from a third country is a transfer ---

    @Test
    void should_read_access_from_a_third_country_declared_no_transfer_as_weaker() {
        assertThat(de(
                        "§ 9 Fernwartung",
                        "Die Fernwartung erfolgt nachts durch Beschäftigte in Serbien; da dort keine Daten gespeichert "
                                + "werden, liegt keine Übermittlung in ein Drittland vor.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "16. Support",
                        "Remote access by the support desk in India does not constitute a transfer of personal data.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.WEAKER);
        // a commitment that nothing is transferred stays met
        assertThat(de(
                        "§ 9 Ort der Verarbeitung",
                        "Die Daten werden nur in Deutschland verarbeitet. Eine Übermittlung in ein Drittland findet "
                                + "nicht statt.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "16. Location",
                        "The data are processed only in the EEA. No transfer to a third country takes place.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(g): copies kept as the processor's own ---

    @Test
    void should_read_copies_kept_as_the_processors_own_after_the_end_as_weaker() {
        assertThat(en(
                        "15. Glossaries",
                        "Glossaries built in the course of the services form part of the Processor's own assets and "
                                + "are retained by the Processor after the end of the agreement.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Glossare",
                        "Die im Auftrag erstellten Glossare verbleiben nach Vertragsende beim Auftragnehmer.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        // storage the law requires is the exception of Art. 28(3)(g)
        assertThat(en(
                        "15. Invoices",
                        "Invoices are retained by the Processor after the end of the agreement where tax law "
                                + "requires it.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Rechnungen",
                        "Rechnungen verbleiben nach Vertragsende beim Auftragnehmer, soweit das Gesetz ihre "
                                + "Aufbewahrung verlangt.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(2): the notice of changes and the list of sub-processors ---

    @Test
    void should_read_a_notice_by_updating_a_page_and_an_objection_only_for_an_important_reason_as_weaker() {
        assertThat(en(
                        "9. Sub-processors",
                        SUBPROCESSORS
                                + "The Processor announces a new sub-processor by updating the Sub-processor page "
                                + "thirty days in advance, and the Customer may object.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        SUBPROCESSORS + "The Processor informs the Customer by e-mail of a new sub-processor thirty "
                                + "days in advance, and the Customer may object.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        UNTERAUFTRAG + "Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen "
                                + "vorher per E-Mail. Ein Widerspruch ist nur aus wichtigem Grund zulässig.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        UNTERAUFTRAG + "Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen "
                                + "vorher per E-Mail. Der Auftraggeber kann widersprechen; eines Grundes bedarf es nicht.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_sub_processors_listed_by_category_only_as_weaker() {
        assertThat(en(
                        "15. Couriers",
                        "Local couriers engaged per delivery are listed in Annex 3 by category only.",
                        Requirement.SUBPROCESSOR_AUTHORISATION))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Kuriere",
                        "Örtliche Kuriere sind in Anlage 2 nur der Kategorie nach aufgeführt.",
                        Requirement.SUBPROCESSOR_AUTHORISATION))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "15. Couriers",
                        "Local couriers are listed in Annex 3 by name, address and category.",
                        Requirement.SUBPROCESSOR_AUTHORISATION))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(h): all information necessary, not a closed list ---

    @Test
    void should_read_information_declared_to_be_all_that_is_made_available_as_weaker() {
        assertThat(en(
                        "14. Audits",
                        "The Processor allows for and contributes to audits, including inspections, by the Customer or "
                                + "its auditor. On request the Processor sends its ISO 27001 certificate. This is the "
                                + "information the Processor makes available to demonstrate compliance.",
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "14. Audits",
                        "The Processor allows for and contributes to audits, including inspections, by the Customer or "
                                + "its auditor. The Processor makes available all information necessary to demonstrate "
                                + "compliance, including its ISO 27001 certificate.",
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(9): the agreement accepted by ticking a box ---

    @Test
    void should_read_acceptance_by_ticking_a_box_as_electronic_form() {
        assertThat(formEn("By ticking the box \"I accept the Data Processing Terms\" at sign-up, the Customer enters "
                        + "into these terms."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(formEn("The Customer accepts this agreement by checking the box on the order page."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(formDe("Durch Setzen des Häkchens bei der Registrierung schließt der Kunde diese Vereinbarung ab."))
                .contains(AgreementForm.ELECTRONIC);
        // a box ticked for something else is not the agreement's form
        assertThat(formEn("By ticking the box the Customer agrees to receive our newsletter under these terms."))
                .isEmpty();
        assertThat(formEn("Customers may tick a box to receive product updates."))
                .isEmpty();
        // acceptance that mere use of the service can give instead states no form (conduct is not writing)
        assertThat(formEn("The Customer accepts these terms by ticking the box at sign-up or by using the service."))
                .isEmpty();
        assertThat(formDe("Das Häkchen für Werbe-E-Mails kann der Kunde jederzeit entfernen."))
                .isEmpty();
    }

    // --- Art. 28(3)(a): acts on the data without the controller's instruction ---

    @Test
    void should_read_a_right_to_act_on_the_data_without_instruction_as_weaker() {
        assertThat(de(
                        "§ 3 Weisungen",
                        "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers. Der "
                                + "Auftragnehmer ist berechtigt, ohne vorherige Weisung Konten zu löschen, wenn er dies für "
                                + "den Betrieb für nötig hält.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "6. Instructions",
                        "The Processor processes personal data only on documented instructions from the Customer. The "
                                + "Processor may, without prior instructions, move or delete accounts to keep the systems "
                                + "stable.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.WEAKER);
        // a prohibition to act without instruction is the duty itself
        assertThat(de(
                        "§ 3 Weisungen",
                        "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers. Er "
                                + "darf Daten nicht ohne Weisung löschen.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "6. Instructions",
                        "The Processor processes personal data only on documented instructions from the Customer. The "
                                + "Processor may not delete data without instructions.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.FOUND);
    }

    // --- 2021/915 Clause 10(a): suspension until the processor complies, in German word order ---

    @Test
    void should_read_the_processing_suspended_until_compliance_in_german_word_order() {
        assertThat(de(
                        "§ 12 Aussetzung",
                        "Kann der Auftragnehmer diese Vereinbarung nicht einhalten, teilt er dies mit. Der Auftraggeber "
                                + "kann dann die Verarbeitung aussetzen lassen, bis die Einhaltung wiederhergestellt ist.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Wartung",
                        "Der Auftragnehmer kann die Verarbeitung für Wartungsarbeiten aussetzen, bis die Arbeiten "
                                + "beendet sind.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isNotEqualTo(Status.FOUND);
    }

    // --- Art. 82 GDPR: a cap that also applies to data subjects' claims ---

    @Test
    void should_read_a_cap_that_also_applies_to_data_subjects_as_weaker() {
        assertThat(de(
                        "§ 12 Haftung",
                        "Die Haftung des Auftragnehmers ist je Schadensfall auf 50.000 EUR begrenzt. Die Begrenzung gilt "
                                + "für alle Ansprüche, auch für Ansprüche betroffener Personen nach Art. 82 DSGVO.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "17. Liability",
                        "The Processor's liability is capped at EUR 50,000 per claim. The cap applies to all claims, "
                                + "including claims of data subjects under Article 82 GDPR.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        // a cap that leaves the data subjects' claims out is an inter-party cap
        assertThat(de(
                        "§ 12 Haftung",
                        "Die Haftung des Auftragnehmers ist je Schadensfall auf 50.000 EUR begrenzt. Die Begrenzung gilt "
                                + "nicht für Ansprüche betroffener Personen nach Art. 82 DSGVO.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_copies_kept_by_the_processor_named_by_its_name_as_weaker() {
        assertThat(en(
                        "15. Glossaries",
                        "Glossaries built from the Customer's texts are retained by Fjordline after the end of the "
                                + "agreement.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "15. Glossaries",
                        "Glossaries built from the Customer's texts are retained by the Customer after the end of the "
                                + "agreement.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
    }

    // --- Chapter V: routine transfers on the derogations of Art. 49 ---

    @Test
    void should_read_routine_transfers_on_the_derogations_of_article_49_as_weaker() {
        assertThat(en(
                        "16. Transfers",
                        "Transfers to local agents outside the EEA are made on the basis of Article 49(1)(b) GDPR.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Drittländer",
                        "Übermittlungen an Auskunfteien in Drittländern erfolgen gestützt auf Art. 49 Abs. 1 lit. b "
                                + "DSGVO.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.WEAKER);
        // the derogation kept for the occasional case it is made for
        assertThat(en(
                        "16. Transfers",
                        "In exceptional cases, and only on the Customer's instruction, a transfer may be made on the "
                                + "basis of Article 49 GDPR.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.FOUND);
    }

    // --- the parties' roles: "X is Customer's processor" ---

    private static Status kestrel(String audits) {
        java.util.Map<String, String> s = CompletenessTest.strongEnglish();
        s.put(
                "1. Parties",
                "These terms are agreed between Harbour Analytics Ltd (\"Customer\") and Kestrel Audit B.V. "
                        + "(\"Kestrel\"). Customer is the controller and Kestrel is Customer's processor.");
        return CompletenessTest.withSection(
                        s,
                        "14. Audits",
                        "The Processor makes available all information necessary to demonstrate compliance with "
                                + "Article 28 GDPR. The Processor allows audits, including inspections of its premises. "
                                + audits)
                .getRequirement(Requirement.AUDIT_INSPECTIONS)
                .status();
    }

    @Test
    void should_read_a_name_given_as_the_other_partys_processor_as_the_processor() {
        // the limit is stated with the processor's name: read once the name is known as the processor's
        assertThat(kestrel("The auditor is selected by Kestrel.")).isEqualTo(Status.WEAKER);
        assertThat(kestrel("The auditor is selected by Customer.")).isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_an_objection_whose_only_remedy_is_termination_at_the_controllers_cost_as_weaker() {
        assertThat(en(
                        "9. Sub-processors",
                        SUBPROCESSORS + "The Processor informs the Customer by e-mail of a new sub-processor thirty "
                                + "days in advance. If the Customer objects, its sole remedy is to terminate the "
                                + "affected order without refund of fees already paid.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        UNTERAUFTRAG + "Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen "
                                + "vorher per E-Mail. Widerspricht der Auftraggeber, kann er den Vertrag kündigen, ohne "
                                + "Erstattung bereits gezahlter Entgelte.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        // termination with a refund of what was paid in advance keeps the objection usable
        assertThat(en(
                        "9. Sub-processors",
                        SUBPROCESSORS + "The Processor informs the Customer by e-mail of a new sub-processor thirty "
                                + "days in advance. If the Customer objects, it may terminate the affected order and "
                                + "receives a refund of prepaid fees.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_suspension_by_written_instruction_as_the_suspension() {
        assertThat(we(
                                WE_PROCESSOR_OPENING,
                                "14. What if we break these terms?",
                                "If we break these terms, you may suspend the processing by written instruction until "
                                        + "we comply, and you may end the contract if we do not comply within a month.")
                        .getRequirement(Requirement.SUSPENSION_AND_TERMINATION)
                        .status())
                .isEqualTo(Status.FOUND);
        // an instruction held back is not the processing suspended
        assertThat(we(
                                WE_PROCESSOR_OPENING,
                                "14. What if we break these terms?",
                                "If we break these terms, you may end the contract. We may suspend the execution of an "
                                        + "instruction we hold unlawful.")
                        .getRequirement(Requirement.SUSPENSION_AND_TERMINATION)
                        .status())
                .isNotEqualTo(Status.FOUND);
    }
}
