/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.de;
import static dev.dpa4j.importer.WordingFrames.duration;
import static dev.dpa4j.importer.WordingFrames.en;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.DurationType;
import org.junit.jupiter.api.Test;

/**
 * Round 18 of #16 (the fourteenth held-out set): each rule where it fires and where it must not, in the frames of
 * {@link WordingFrames} (agreements of our own, never a fixture's sentence), in English and German. The OCR repair of
 * the PDF reader is tested in {@code internal.OcrWordsTest}.
 */
class RoundEighteenTest {

    // --- Art. 28(9) GDPR: the form, from a copy of the signed agreement or acceptance in the console ---

    @Test
    void should_read_a_signature_shown_in_a_copy_as_written() {
        assertThat(WordingFrames.formEn("English law applies.\n\n[signature]   [signature]\n\nDate: 3 March 2026"))
                .contains(AgreementForm.WRITTEN);
        assertThat(WordingFrames.formDe(
                        "Es gilt deutsches Recht.\n\n[Unterschrift]\n\nMaria Beispiel, Geschäftsführerin"))
                .contains(AgreementForm.WRITTEN);
        assertThat(WordingFrames.formDe(
                        "Es gilt deutsches Recht.\n\nBremen, 2. März 2026\n\ngez. Dr. Anna Muster, Vorstand"))
                .contains(AgreementForm.WRITTEN);
        assertThat(WordingFrames.formDe(
                        "Es gilt deutsches Recht. Kunde GmbH Rechenwerk GmbH gez. Jan Muster gez. Eva Probe"))
                .contains(AgreementForm.WRITTEN);
        // a signature mentioned, a certificate "signed", a placeholder that is not a signature mark
        assertThat(WordingFrames.formEn("The deletion certificate is signed by the Processor's security officer."))
                .isEmpty();
        assertThat(WordingFrames.formEn("Fill in the [signature block] before sending the order form."))
                .isEmpty();
        assertThat(WordingFrames.formDe(
                        "Änderungen bedürfen der Schriftform; die Bestätigung wird gezeichnet vom Auftragnehmer."))
                .isEmpty();
    }

    @Test
    void should_read_the_agreement_accepted_in_a_named_part_of_the_console_as_electronic() {
        assertThat(WordingFrames.formEn("This DPA is accepted by the Customer's account owner in the billing console."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(WordingFrames.formEn("The Customer accepts this addendum in the admin dashboard."))
                .contains(AgreementForm.ELECTRONIC);
        // accepting something else there is not the agreement's form
        assertThat(WordingFrames.formEn("The Customer may accept or reject new sub-processors in the admin console."))
                .isEmpty();
        assertThat(WordingFrames.formEn("Notices are posted in the admin console."))
                .isEmpty();
    }

    // --- Art. 28(3) first sentence: the duration named as a contract's term ("for the subscription term") ---

    @Test
    void should_read_a_duration_named_as_the_subscription_term_after_a_run_in_title() {
        // the table finds the duration; the draft must state it too, or the review contradicts the table
        assertThat(duration("2.1 Subject matter and duration. Hosting of the Customer's ticketing system for the "
                        + "subscription term and until the data are deleted."))
                .contains(DurationType.COUPLED_TO_MAIN_CONTRACT);
        assertThat(duration("2.1 Subject matter and duration. Hosting of the Customer's ticketing system during the "
                        + "service term."))
                .contains(DurationType.COUPLED_TO_MAIN_CONTRACT);
        // a term of something else is no duration of the processing
        assertThat(duration("2.1 Subject matter. Hosting of the Customer's ticketing system; the term \"ticket\" "
                        + "means a support request."))
                .isEmpty();
    }

    // --- Art. 28(3) first sentence: data subjects and data categories, not left to the controller ---

    @Test
    void should_read_categories_left_to_the_controller_as_weaker() {
        assertThat(en(
                        "5. Data subjects",
                        "Categories of data subjects: as specified by the Customer.",
                        Requirement.DATA_SUBJECTS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "4. Categories of personal data",
                        "Types of personal data: as determined by the Customer.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 2 Gegenstand und Dauer",
                        "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware. Die Laufzeit folgt dem "
                                + "Hauptvertrag. Kategorien betroffener Personen: nach Festlegung des Auftraggebers.",
                        Requirement.DATA_SUBJECTS))
                .isEqualTo(Status.WEAKER);
        // a list of categories with a catch-all after it names categories
        assertThat(en(
                        "5. Data subjects",
                        "Categories of data subjects: the Customer's employees, its suppliers' contact persons and "
                                + "other persons as determined by the Customer.",
                        Requirement.DATA_SUBJECTS))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "4. Categories of personal data",
                        "Types of personal data: names, e-mail addresses and support tickets, as submitted by the "
                                + "Customer's users.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(a), 28(10) GDPR: the processor's own purposes among the purposes ---

    @Test
    void should_read_the_processors_own_product_development_as_a_purpose_as_weaker() {
        assertThat(en(
                        "3. Nature and purpose",
                        "The purpose of the processing is running and supporting the ticketing system and the "
                                + "improvement of the Processor's own products, including training its language models.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 2 Gegenstand und Dauer",
                        "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware. Die Laufzeit folgt dem "
                                + "Hauptvertrag. Zweck der Verarbeitung ist die Buchhaltung des Auftraggebers sowie die "
                                + "Weiterentwicklung der Produkte des Auftragnehmers.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        // denied, or the controller's own products
        assertThat(en(
                        "3. Nature and purpose",
                        "The purpose of the processing is running the ticketing system. The Processor shall not use "
                                + "the data to improve its products or to train its models.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "3. Nature and purpose",
                        "The purpose of the processing is supporting the development of the Customer's products.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(2) second sentence GDPR: an objection with an effect ---

    @Test
    void should_read_an_objection_the_processor_decides_on_as_weaker() {
        String notice = "The Customer gives a general written authorisation for sub-processors. The Processor "
                + "notifies the Customer by e-mail 30 days before adding or replacing a sub-processor, and the "
                + "Customer has 14 days to object on reasonable data protection grounds. ";
        assertThat(en(
                        "9. Sub-processors",
                        notice + "The Processor then decides in good faith whether to accommodate the objection.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        notice + "The Processor then determines whether the objection will be accepted.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        String mitteilung = "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für "
                + "Unterauftragsverarbeiter. Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier "
                + "Wochen vorher per E-Mail; der Auftraggeber kann widersprechen. ";
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        mitteilung + "Über die Folgen eines Widerspruchs entscheidet der Auftragnehmer.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        // the objection blocks the engagement, or gives a right to terminate; where it blocks, no termination right is
        // needed
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        mitteilung + "Im Fall des Widerspruchs unterbleibt die Beauftragung. Ein Kündigungsrecht wird "
                                + "durch den Widerspruch nicht begründet.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "9. Sub-processors",
                        notice + "If the Customer objects, the Processor will not engage the sub-processor, and the "
                                + "Customer has the right to terminate the affected services.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        mitteilung + "Im Fall des Widerspruchs unterbleibt die Beauftragung oder der Auftraggeber kann "
                                + "den Vertrag kündigen.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(a) GDPR, Chapter V: transfers on instructions, not wherever the processor thinks fit ---

    @Test
    void should_read_transfers_under_a_mechanism_the_processor_thinks_fit_as_weaker() {
        String instructed = "Personal data is transferred to a third country only on documented instructions and in "
                + "line with Chapter V GDPR. ";
        assertThat(en(
                        "16. International transfers",
                        instructed + "For each transfer the Processor relies on the safeguard it deems appropriate.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "16. International transfers",
                        instructed + "The Processor may transfer personal data to any country where its group "
                                + "companies have offices.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.WEAKER);
        // the mechanism named, or chosen by the controller
        assertThat(en(
                        "16. International transfers",
                        instructed + "Each transfer relies on the standard contractual clauses, which the Customer "
                                + "considers appropriate.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(2) second sentence GDPR: notice of every change, not of some classes only ---

    @Test
    void should_read_a_class_of_sub_processors_engaged_without_notice_as_weaker() {
        String notice = "The Customer gives a general written authorisation for sub-processors. The Processor "
                + "notifies the Customer by e-mail 30 days before adding or replacing a sub-processor, and the "
                + "Customer has 14 days to object; if it objects, the Processor will not engage the sub-processor. ";
        assertThat(en(
                        "9. Sub-processors",
                        notice
                                + "Hosting providers in the EU, however, the Processor may replace without prior notice.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        String mitteilung = "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für "
                + "Unterauftragsverarbeiter. Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier "
                + "Wochen vorher per E-Mail; der Auftraggeber kann widersprechen. ";
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        mitteilung + "Rechenzentren innerhalb der EU kann der Auftragnehmer ohne vorherige Mitteilung "
                                + "austauschen.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        // forbidden, not permitted
        assertThat(en(
                        "9. Sub-processors",
                        notice + "The Processor may not replace any sub-processor without prior notice.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        mitteilung + "Der Auftragnehmer darf keinen Unterauftragsverarbeiter ohne vorherige Mitteilung "
                                + "einsetzen.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 82 GDPR: a cap the agreement applies to the liability towards data subjects ---

    @Test
    void should_read_a_cap_on_the_liability_towards_data_subjects_as_weaker() {
        assertThat(en(
                        "17. Liability",
                        "Each party is liable to data subjects under Article 82 GDPR. The Processor's liability to the "
                                + "Customer and towards data subjects is limited to the fees paid in the last year.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Es gilt deutsches Recht. Die Haftung richtet sich nach Art. 82 DSGVO. Die Haftung des "
                                + "Auftragnehmers gegenüber betroffenen Personen ist auf die "
                                + "Jahresvergütung begrenzt.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        // the cap between the parties, with the data subjects' claims left out of it
        assertThat(en(
                        "17. Liability",
                        "Each party is liable to data subjects under Article 82 GDPR. The Processor's liability to the "
                                + "Customer is limited to the fees paid in the last year; liability towards data "
                                + "subjects is not limited.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
    }

    // --- definitions: the GDPR named by a title an OCR split, with its number ---

    @Test
    void should_read_definitions_that_refer_to_the_regulation_by_its_number() {
        String precedence = " If these terms conflict with the main contract, these terms prevail.";
        assertThat(en(
                        "18. Final provisions",
                        "In these terms, \"personal data\" and \"processing\" have the meanings given to them in the "
                                + "General Data Prot ection Regulation (EU) 2016/679." + precedence,
                        Requirement.DEFINITIONS))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "18. Final provisions",
                        "In these terms, \"personal data\" and \"processing\" have the meanings given to them in the "
                                + "Customer's privacy handbook." + precedence,
                        Requirement.DEFINITIONS))
                .isNotEqualTo(Status.FOUND);
    }

    // --- Art. 33(2) GDPR: the clock runs from awareness, not from the end of the processor's assessment ---

    @Test
    void should_read_a_breach_clock_started_by_the_end_of_an_assessment_as_weaker() {
        assertThat(de(
                        "§ 8 Meldung von Verletzungen",
                        "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten "
                                + "innerhalb von 48 Stunden nach Abschluss seiner internen Prüfung.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "12. Personal data breaches",
                        "The Processor shall notify the Customer of a personal data breach within 48 hours following "
                                + "the completion of its internal investigation.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        // the clock runs from awareness; the assessment is content of the notice
        assertThat(de(
                        "§ 8 Meldung von Verletzungen",
                        "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten "
                                + "unverzüglich nach Kenntnis; die Meldung nennt auch das Ergebnis seiner Prüfung.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(e) GDPR: assistance owed, not sold as an add-on ---

    @Test
    void should_read_assistance_only_with_a_booked_add_on_as_weaker() {
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen betroffener "
                                + "Personen, sofern der Auftraggeber das Zusatzpaket „Datenschutz“ bestellt hat.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "10. Data subject rights",
                        "The Processor assists the Customer in responding to requests from data subjects where the "
                                + "Customer has purchased the privacy add-on.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
        // an add-on that offers more than the duty: the duty itself stands
        assertThat(en(
                        "10. Data subject rights",
                        "The Processor assists the Customer in responding to requests from data subjects. Customers "
                                + "who want automated exports can buy the privacy add-on.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
    }
}
