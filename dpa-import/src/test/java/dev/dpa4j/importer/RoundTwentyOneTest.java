/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.de;
import static dev.dpa4j.importer.WordingFrames.en;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Round 21 of #16 (the sixteenth held-out set, now training): each reading where it fires and where it must not, in
 * the frames of {@link WordingFrames} (agreements of our own, never a fixture's sentence), in English and German.
 */
class RoundTwentyOneTest {

    private static final String ASSISTANCE = "The Processor helps the Customer with data protection impact assessments "
            + "and the prior consultation of the supervisory authority. ";

    private static final String FINAL =
            "Terms defined in the GDPR have the meaning given to them there. If these terms "
                    + "conflict with the main contract, these terms prevail. ";

    // --- 2021/914 Clause 15: requests of public authorities, not the supervisory authority or the law's own duty ---

    @Test
    void should_not_read_the_supervisory_authority_or_the_legal_duty_to_process_as_a_term_on_authorities_requests() {
        // the Austrian and German name of the supervisory authority (Art. 31 GDPR, not Clause 15)
        assertThat(de(
                        "§ 12 Verzeichnis",
                        "Der Auftragnehmer legt sein Verzeichnis nach Art. 30 Abs. 2 DSGVO der Datenschutzbehörde auf "
                                + "deren Anfrage vor und arbeitet mit ihr zusammen.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.NOT_FOUND);
        // "gerichtet" is no court
        assertThat(de(
                        "§ 12 Begriffe",
                        "Eine Weisung ist jede auf einen bestimmten Umgang mit den Daten gerichtete Anordnung des "
                                + "Auftraggebers in Textform.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.NOT_FOUND);
        // the Art. 28(3)(a) exception, even where an authority's order is the source of the legal duty
        assertThat(de(
                        "§ 12 Gesetzliche Pflichten",
                        "Ist der Auftragnehmer durch Gesetz zu einer Verarbeitung verpflichtet, etwa auf Anordnung einer "
                                + "Behörde, teilt er dies dem Auftraggeber vorher mit.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(en(
                        "18. Final provisions",
                        FINAL + "Where the Processor is required by a court order to process the data otherwise, "
                                + "it tells the Customer before doing so.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.NOT_FOUND);
        // a statement that the topic needs no provision agrees nothing
        assertThat(de(
                        "§ 12 Behörden",
                        "Anfragen von Behörden: Dafür sehen die Parteien keinen Regelungsbedarf.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.NOT_FOUND);
        // a request of a public authority for the data stays a term on it
        assertThat(de(
                        "§ 12 Behörden",
                        "Verlangt eine Behörde die Herausgabe von Daten des Auftraggebers, unterrichtet der "
                                + "Auftragnehmer den Auftraggeber unverzüglich und prüft die Rechtmäßigkeit des Ersuchens.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.FOUND);
    }

    // --- 2021/915 Clause 8(c)(3): data that are wrong or out of date, in other words ---

    @Test
    void should_read_a_notice_of_wrong_or_outdated_data_in_other_words_as_met() {
        assertThat(en(
                        "11. Assistance",
                        ASSISTANCE + "Should the Processor notice that Customer records are obsolete or erroneous, "
                                + "it informs the Customer.",
                        Requirement.INACCURATE_DATA))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen. Bemerkt er, "
                                + "dass Daten fehlerhaft oder nicht mehr aktuell sind (z. B. eine alte Anschrift), weist er "
                                + "den Auftraggeber darauf hin.",
                        Requirement.INACCURATE_DATA))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen. Erfährt er, "
                                + "dass Daten falsch sind, wird der Auftraggeber davon ohne Verzug in Kenntnis gesetzt.",
                        Requirement.INACCURATE_DATA))
                .isEqualTo(Status.FOUND);
        // wrong data the controller corrects itself: no notice by the processor
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen. Fehlerhafte "
                                + "Daten berichtigt der Auftraggeber selbst im Kundenportal.",
                        Requirement.INACCURATE_DATA))
                .isEqualTo(Status.NOT_FOUND);
    }

    // --- Art. 28(4) GDPR: the same obligations, not a comparable level of protection ---

    @Test
    void should_read_a_comparable_level_of_protection_for_sub_processors_as_weaker() {
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. "
                                + "Der Auftragnehmer vereinbart mit jedem Unterauftragsverarbeiter ein vergleichbares "
                                + "Datenschutzniveau.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        "The Customer gives its general written authorisation for sub-processors. The Processor agrees "
                                + "with each sub-processor a broadly similar level of data protection.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.WEAKER);
        // the same obligations stay met even where the level of protection is named beside them
        assertThat(en(
                        "9. Sub-processors",
                        "The Customer gives its general written authorisation for sub-processors. The Processor imposes "
                                + "the same data protection obligations on each sub-processor by contract, so that the level "
                                + "of protection is kept.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.FOUND);
    }

    // --- 2021/915 Clause 4: German precedence stated with the verb ---

    @Test
    void should_read_german_precedence_stated_with_the_verb_as_met() {
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Diese Vereinbarung geht dem Hauptvertrag, den Preislisten und allen Leistungsbeschreibungen des "
                                + "Auftragnehmers vor, soweit es um personenbezogene Daten geht.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Sollten der Hauptvertrag und diese Vereinbarung einander widersprechen, gilt in Fragen des "
                                + "Datenschutzes diese Vereinbarung.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.FOUND);
        // a clause that says what applies without any conflict is no precedence
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Für diese Vereinbarung gilt deutsches Recht; sie gilt so lange wie der Hauptvertrag.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.NOT_FOUND);
    }
    // --- the processing terms of a longer contract: their schedules are theirs, other sections limit none of them ---

    /**
     * A master agreement of our own (fees, intellectual property, warranties: a longer contract) whose processing terms
     * are its Exhibit D, with the details of the processing in a schedule of that exhibit and the given warranty.
     */
    private static ImportResult masterAgreement(String warranty) {
        String doc = String.join(
                "\n\n",
                "Master Subscription Agreement",
                "1. Definitions",
                "\"Services\" means the route-planning platform of Kelpford Logistics Software Ltd (\"Provider\") used by "
                        + "Marlow Couriers Ltd (\"Customer\").",
                "2. Fees and Payment",
                "Customer pays the annual fee within thirty days of invoice.",
                "3. Intellectual Property",
                "Provider owns the platform; Customer owns its data.",
                "4. Warranties",
                warranty,
                "5. Limitation of Liability",
                "Neither party limits its liability to data subjects under Article 82 GDPR.",
                "Exhibit D – Data Processing Terms",
                "D1. The details of the processing are set out in Schedule 1 to this Exhibit.",
                "D2. Provider processes personal data only on Customer's documented instructions and immediately informs "
                        + "Customer if an instruction infringes the GDPR. Persons authorised to process the data are bound "
                        + "to confidentiality. Provider maintains the technical and organisational measures required by "
                        + "Article 32 GDPR.",
                "D3. Customer gives general written authorisation for sub-processors; Provider notifies intended changes "
                        + "thirty days ahead and Customer may object.",
                "D4. If Provider breaches these Data Processing Terms, Customer may suspend the processing until the "
                        + "breach is remedied and terminate the affected order if it is not remedied within one month.",
                "D5. These Data Processing Terms prevail over any conflicting order form.",
                "Exhibit D, Schedule 1 – Details",
                "The subject matter of the processing is the planning of delivery routes for Customer for the term of the "
                        + "Agreement. The purpose is the delivery of parcels. Data: names and addresses of recipients.");
        return DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "msa.txt");
    }

    @Test
    void should_read_the_schedules_of_the_processing_terms_as_theirs_and_no_other_section_as_limiting_them() {
        ImportResult plain = masterAgreement("Provider warrants that the platform performs as documented.");
        // the schedule of Exhibit D is part of the processing terms, whatever its own heading says
        assertThat(plain.getRequirement(Requirement.SUBJECT_AND_DURATION).status())
                .isEqualTo(Status.FOUND);
        assertThat(plain.getRequirement(Requirement.SUSPENSION_AND_TERMINATION).status())
                .isEqualTo(Status.FOUND);
        // the remedy for breach of a service warranty is not the remedy for breach of the processing terms
        ImportResult warranty = masterAgreement("Provider warrants that the platform performs as documented. "
                + "Customer's sole remedy for breach of this warranty is termination of the order and a refund.");
        assertThat(warranty.getRequirement(Requirement.SUSPENSION_AND_TERMINATION)
                        .status())
                .isEqualTo(Status.FOUND);
        // an order of precedence in a section of another topic still governs the whole contract, the processing
        // terms included
        String ranked = "Provider warrants that the platform performs as documented. In the event of any conflict, the "
                + "Agreement prevails over Exhibit D.";
        assertThat(masterAgreement(ranked)
                        .getRequirement(Requirement.ORDER_OF_PRECEDENCE)
                        .status())
                .isEqualTo(Status.WEAKER);
    }
    // --- 2021/915 Clause 4: the main contract ranked first in a list, or prevailing over any statement of an exhibit
    // ---

    @Test
    void should_read_a_precedence_list_that_ranks_the_main_contract_first_as_weaker() {
        String defined = "Terms defined in the GDPR have the meaning given to them there. ";
        assertThat(en(
                        "18. Final provisions",
                        defined
                                + "In the event of a conflict, the following order of precedence applies: (a) the main body of the Master "
                                + "Agreement; (b) the order form; (c) these terms.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "18. Final provisions",
                        defined + "These terms prevail over the order form. The Master Agreement applies "
                                + "notwithstanding any statement of precedence in a schedule or exhibit.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "18. Final provisions",
                        defined + "If these terms and the Main Agreement conflict, the Main Agreement will prevail.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Bei Widersprüchen gilt folgende Rangfolge: 1. der Hauptvertrag, 2. diese Vereinbarung, 3. die "
                                + "Preisliste.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.WEAKER);
        // the processing terms ranked first, or "the present Agreement" prevailing, is the precedence of Clause 4
        assertThat(en(
                        "18. Final provisions",
                        defined
                                + "In the event of a conflict, the following order of precedence applies: (a) these terms; (b) the main "
                                + "body of the Master Agreement; (c) the order form.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "18. Final provisions",
                        defined
                                + "In case of contradiction with the general conditions, the present Agreement prevails "
                                + "in all matters of personal data.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.FOUND);
    }
    // --- Art. 28(3)(a) GDPR, 2021/915 Clause 7.1: instructions always documented, and given throughout ---

    @Test
    void should_read_instructions_that_need_not_be_documented_or_bind_only_with_the_processors_consent_as_weaker() {
        String documented = "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers. ";
        assertThat(de(
                        "§ 3 Weisungen",
                        documented
                                + "Weisungen kann der Auftraggeber auch am Telefon geben; eine Bestätigung solcher Weisungen "
                                + "in Textform ist nicht erforderlich.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "6. Instructions",
                        "The Processor processes personal data only on documented instructions from the Customer. "
                                + "Instructions given by phone need not be confirmed in writing.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "6. Instructions",
                        "The Processor processes personal data only on documented instructions from the Customer, "
                                + "which are the settings the Customer chooses in the portal. The Processor is not obliged to "
                                + "follow any further instructions.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 3 Weisungen",
                        documented + "Weitere Einzelweisungen sind nur verbindlich, wenn der Auftragnehmer ihnen "
                                + "zugestimmt hat.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.WEAKER);
        // oral instructions confirmed in text form, and further instructions in a form, stay documented instructions
        assertThat(de(
                        "§ 3 Weisungen",
                        documented + "Mündliche Weisungen bestätigt der Auftraggeber unverzüglich in Textform. Weitere "
                                + "Weisungen sind nur verbindlich, wenn sie in Textform erteilt werden.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "6. Instructions",
                        "The Processor processes personal data only on documented instructions from the Customer. "
                                + "Instructions given by phone are confirmed by e-mail without delay.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.FOUND);
    }
    // --- Art. 28(3)(a) GDPR, 2021/915 Clause 7.8(a): transfers on the controller's instructions, not at the
    // processor's choice ---

    @Test
    void should_read_transfers_at_the_processors_own_choice_wherever_the_law_allows_them_as_weaker() {
        assertThat(en(
                        "16. International transfers",
                        "The Processor may transfer personal data to any country in which it keeps staff, provided that "
                                + "the safeguards of Chapter V GDPR are in place.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Drittländer",
                        "Der Auftragnehmer ist berechtigt, Daten in Drittländer zu übermitteln, sofern dort ein "
                                + "Angemessenheitsbeschluss der Kommission besteht oder Standardvertragsklauseln gelten.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.WEAKER);
        // tied to the controller's instructions, or the access of the listed sub-processors, the transfer is met
        assertThat(de(
                        "§ 12 Drittländer",
                        "Der Auftragnehmer ist berechtigt, Daten in Drittländer zu übermitteln, soweit eine dokumentierte Weisung des "
                                + "Auftraggebers vorliegt und Kapitel V DSGVO eingehalten ist.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "16. International transfers",
                        "Personal data is transferred to a third country only on documented instructions and in line "
                                + "with Chapter V GDPR. The sub-processors listed in Annex 3 may access the data from outside "
                                + "the EEA.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.FOUND);
    }
    // --- Art. 33(2) GDPR, 2021/915 Clause 9.2: every breach, from awareness ---

    @Test
    void should_not_read_where_feasible_on_a_stricter_target_beside_undue_delay_as_best_efforts() {
        String duty = "The Processor shall notify the Customer of any personal data breach without undue delay after "
                + "becoming aware of it";
        assertThat(en(
                        "12. Personal data breaches",
                        duty + " and, where feasible, within 24 hours.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
        // the hedge on the only period there is stays a hedge
        assertThat(en(
                        "12. Personal data breaches",
                        "The Processor shall notify the Customer of any personal data breach, where feasible, within "
                                + "24 hours.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
    }

    private static ImportResult incidents(String definition, String notice) {
        return WordingFrames.larchmere(
                "3. Definitions",
                "3.1 " + definition,
                "4. Confidentiality",
                "The Processor ensures that everyone authorised to process the personal data is bound to confidentiality.",
                "5. Security Incidents",
                notice,
                "6. Audits",
                "The Processor allows for and contributes to audits, including inspections, by the Customer or its "
                        + "auditor.");
    }

    @Test
    void should_read_a_breach_defined_as_confirmed_as_narrowing_the_notice() {
        String notice = "The Processor shall notify the Customer of any Security Incident without undue delay and in "
                + "any event within 48 hours after becoming aware of it.";
        assertThat(incidents(
                                "\"Security Incident\" means a verified breach of security affecting the Customer's "
                                        + "personal data.",
                                notice)
                        .getRequirement(Requirement.BREACH_NOTIFICATION)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(WordingFrames.kornhaus(
                                "§ 3 Begriffe",
                                "(1) „Sicherheitsvorfall“ ist jede festgestellte Verletzung des Schutzes der Daten des "
                                        + "Auftraggebers.",
                                "§ 4 Meldung",
                                "Der Auftragnehmer meldet dem Auftraggeber jeden Sicherheitsvorfall unverzüglich, "
                                        + "nachdem er ihm bekannt geworden ist.",
                                "§ 5 Vertraulichkeit",
                                "Alle Personen, die Zugang zu den Daten haben, sind zur Vertraulichkeit verpflichtet.",
                                "§ 6 Kontrollen",
                                "Der Auftragnehmer ermöglicht Überprüfungen einschließlich Inspektionen durch den "
                                        + "Auftraggeber.")
                        .getRequirement(Requirement.BREACH_NOTIFICATION)
                        .status())
                .isEqualTo(Status.WEAKER);
        // confirmed and suspected breaches together leave nothing out
        assertThat(incidents(
                                "\"Security Incident\" means a confirmed or reasonably suspected breach of security "
                                        + "affecting the Customer's personal data.",
                                notice)
                        .getRequirement(Requirement.BREACH_NOTIFICATION)
                        .status())
                .isEqualTo(Status.FOUND);
    }
    // --- Art. 28(3)(h) GDPR, 2021/915 Clause 7.6(c): inspections only where the evidence does not suffice ---

    @Test
    void should_read_inspections_only_where_the_evidence_does_not_suffice_as_weaker() {
        assertThat(de(
                        "§ 10 Kontrollen",
                        "Der Auftragnehmer stellt alle zum Nachweis der Einhaltung erforderlichen Informationen zur "
                                + "Verfügung. Inspektionen vor Ort finden nur statt, soweit die vorgelegten Nachweise nicht "
                                + "ausreichen.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "14. Audits",
                        "The Processor makes available all information necessary to demonstrate compliance with Article "
                                + "28 GDPR. Inspections of its premises take place only where the evidence provided does not "
                                + "answer the Customer's questions.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
        // evidence beside an inspection the controller may choose is no condition of it
        assertThat(de(
                        "§ 10 Kontrollen",
                        "Der Auftragnehmer legt Nachweise über die Einhaltung vor und ermöglicht daneben Überprüfungen "
                                + "einschließlich Inspektionen durch den Auftraggeber.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(e) GDPR in Swiss German: „Begehren“ of data subjects (Art. 25 revDSG: „Auskunftsbegehren“) ---

    @Test
    void should_read_the_swiss_begehren_of_data_subjects_as_their_requests() {
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        "Der Auftragnehmer hilft dem Auftraggeber, Begehren betroffener Personen auf Auskunft oder "
                                + "Berichtigung zu beantworten.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
    }
}
