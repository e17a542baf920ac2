/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.de;
import static dev.dpa4j.importer.WordingFrames.en;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import org.junit.jupiter.api.Test;

/**
 * Round 16 of #16 (the thirteenth held-out set): limits vendors state in a condition, in another clause or in a
 * process of their own rather than in the duty, and the adequate hedges beside them; each rule where it fires and
 * where it must not, in the frames of {@link WordingFrames} (agreements of our own, never a fixture's sentence), in
 * English and German.
 */
class RoundSixteenTest {

    // --- Art. 33(2) GDPR: the clock runs from awareness, not from the processor's own classification ---

    @Test
    void should_read_a_breach_clock_started_by_triage_or_declaration_as_weaker() {
        assertThat(en(
                        "12. Personal data breaches",
                        "The Processor shall notify the Customer of a personal data breach within 48 hours after its "
                                + "incident team has completed its triage and declared the event a security incident.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 8 Meldung von Verletzungen",
                        "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten "
                                + "innerhalb von 24 Stunden, nachdem sein Sicherheitsteam das Ereignis als "
                                + "Sicherheitsvorfall eingestuft hat.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "12. Personal data breaches",
                        "The Processor shall notify the Customer of a personal data breach within 48 hours after "
                                + "becoming aware of it and shall describe the triage it has carried out.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 8 Meldung von Verletzungen",
                        "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten "
                                + "innerhalb von 24 Stunden, nachdem er von ihnen Kenntnis erlangt hat; die Meldung "
                                + "nennt auch die Einstufung des Vorfalls.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(h) GDPR: audits by the controller or an auditor it mandates ---

    @Test
    void should_read_an_auditor_the_processor_chooses_as_weaker() {
        String info = "The Processor makes available all information necessary to demonstrate compliance with "
                + "Article 28 GDPR. ";
        assertThat(en(
                        "14. Audits",
                        info + "The Processor allows audits, including inspections of its premises, by an independent "
                                + "auditor appointed by the Processor.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
        String nachweis = "Der Auftragnehmer stellt alle zum Nachweis der Einhaltung erforderlichen Informationen zur "
                + "Verfügung. ";
        assertThat(de(
                        "§ 10 Kontrollen",
                        nachweis + "Er ermöglicht Überprüfungen einschließlich Inspektionen durch einen Prüfer, den "
                                + "der Auftragnehmer benennt; es sei denn, eine Aufsichtsbehörde verlangt anderes.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
        // the controller's own auditor is the benchmark
        assertThat(en(
                        "14. Audits",
                        info + "The Processor allows audits, including inspections of its premises, by the Customer "
                                + "or an independent auditor appointed by the Customer.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 10 Kontrollen",
                        nachweis + "Er ermöglicht Überprüfungen einschließlich Inspektionen durch den Auftraggeber "
                                + "oder einen von ihm beauftragten Prüfer.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_reports_declared_to_be_the_audits_and_inspections_not_provided_for_as_weaker() {
        assertThat(en(
                        "19. Certifications",
                        "The Customer agrees that the Processor's ISO 27001 certificate and audit reports constitute "
                                + "the audits to which the Customer is entitled.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Zertifizierung",
                        "Der Auftragnehmer ist nach ISO 27001 zertifiziert. Weitergehende Vor-Ort-Kontrollen durch den "
                                + "Auftraggeber sind nicht vorgesehen.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "19. Certifications",
                        "The Processor's audit reports help the Customer prepare; they do not constitute the audits to "
                                + "which the Customer is entitled.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Zertifizierung",
                        "Der Auftragnehmer ist nach ISO 27001 zertifiziert. Weitergehende Vor-Ort-Kontrollen nach einem "
                                + "Sicherheitsvorfall sind ohne Ankündigung zulässig.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.FOUND);
    }

    // --- duties conditioned on a further contract or a fee ---

    @Test
    void should_read_assistance_only_under_a_separate_offer_as_weaker() {
        assertThat(en(
                        "11. Assistance",
                        "The Processor helps the Customer with data protection impact assessments and the prior "
                                + "consultation of the supervisory authority, subject to a separate statement of work.",
                        Requirement.ASSISTANCE))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Unterstützung",
                        "Bei Datenschutz-Folgenabschätzungen und vorherigen Konsultationen unterstützt der Auftragnehmer "
                                + "den Auftraggeber auf Grundlage eines gesonderten Angebots, sobald der Auftraggeber "
                                + "dieses angenommen hat.",
                        Requirement.ASSISTANCE))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "11. Assistance",
                        "The Processor helps the Customer with data protection impact assessments and the prior "
                                + "consultation of the supervisory authority; no separate order is needed for it.",
                        Requirement.ASSISTANCE))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Unterstützung",
                        "Bei Datenschutz-Folgenabschätzungen und vorherigen Konsultationen unterstützt der Auftragnehmer "
                                + "den Auftraggeber, ohne dass es eines weiteren Auftrags bedarf.",
                        Requirement.ASSISTANCE))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_confirmation_of_deletion_only_against_a_fee_as_weaker() {
        String end = "When the services end, the Processor shall, at the Customer's choice, delete or return all "
                + "personal data. ";
        assertThat(en(
                        "13. End of processing",
                        end + "It confirms the deletion in writing for a fee of EUR 100.",
                        Requirement.DELETION_CERTIFIED))
                .isEqualTo(Status.WEAKER);
        String ende = "Nach Ende des Auftrags löscht der Auftragnehmer alle Daten oder gibt sie nach Wahl des "
                + "Auftraggebers zurück. ";
        assertThat(de(
                        "§ 9 Löschung",
                        ende + "Eine schriftliche Bestätigung der Löschung erhält der Auftraggeber gegen "
                                + "eine Bearbeitungspauschale von 90 Euro.",
                        Requirement.DELETION_CERTIFIED))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "13. End of processing",
                        end + "It confirms the deletion in writing, free of charge.",
                        Requirement.DELETION_CERTIFIED))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 9 Löschung",
                        ende + "Eine schriftliche Bestätigung der Löschung erhält der Auftraggeber " + "kostenfrei.",
                        Requirement.DELETION_CERTIFIED))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_information_to_demonstrate_compliance_as_a_paid_service_as_weaker() {
        assertThat(en(
                        "19. Fees",
                        "Any further information or documentation the Customer requests to demonstrate compliance is "
                                + "provided as a professional service at the Processor's then-current rates.",
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Vergütung",
                        "Weitere Informationen und Unterlagen zum Nachweis der Einhaltung erhält der Auftraggeber gegen "
                                + "gesonderte Vergütung.",
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.WEAKER);
        // reasonable fees for audits beyond one a year are an adequate hedge (and say nothing of the information)
        assertThat(en(
                        "19. Fees",
                        "Audits beyond one a year are charged at the Processor's then-current daily rates.",
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Vergütung",
                        "Überprüfungen, die über eine im Jahr hinausgehen, vergütet der Auftraggeber nach Aufwand.",
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(2) second sentence GDPR: an objection with an effect ---

    @Test
    void should_read_an_objection_after_which_the_processor_may_proceed_as_weaker() {
        String sub = "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                + "The Processor will notify the Customer of any intended addition or replacement thirty days in "
                + "advance, and the Customer may object. ";
        assertThat(en(
                        "9. Sub-processors",
                        sub + "If the parties have not resolved the objection within thirty days, the Processor may "
                                + "proceed with the engagement.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        String unter =
                "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. "
                        + "Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher; der "
                        + "Auftraggeber kann widersprechen. ";
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        unter + "Einigen sich die Parteien über den Widerspruch nicht, kann der Auftragnehmer den "
                                + "Unterauftragsverarbeiter dennoch einsetzen.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        // the objection ending in a termination right with a refund is adequate
        assertThat(en(
                        "9. Sub-processors",
                        sub + "If the Customer objects, the Processor will not use the sub-processor for the Customer, "
                                + "or the Customer may terminate the affected service and receive a refund.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        unter + "Widerspricht der Auftraggeber, kann er den Vertrag kündigen; bereits gezahlte "
                                + "Vergütung wird erstattet.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_no_right_to_object_for_a_part_of_the_sub_processors_as_weaker() {
        String unter =
                "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. "
                        + "Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher; der "
                        + "Auftraggeber kann widersprechen. ";
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        unter + "Für Rechenzentrumsbetreiber besteht ein Widerspruchsrecht insoweit nicht.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        unter + "Für Rechenzentrumsbetreiber besteht ein Widerspruchsrecht auch insoweit.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
    }

    // --- the processor's judgement with a courtesy in between ---

    @Test
    void should_read_assistance_to_the_extent_the_processor_acting_reasonably_determines_as_weaker() {
        assertThat(en(
                        "10. Data subject rights",
                        "The Processor shall assist the Customer in answering requests from data subjects to the "
                                + "extent the Processor, acting reasonably, determines that such assistance is feasible.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen betroffener "
                                + "Personen, soweit der Auftragnehmer nach billigem Ermessen feststellt, dass dies "
                                + "technisch möglich ist.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "10. Data subject rights",
                        "The Processor shall assist the Customer in answering requests from data subjects to the "
                                + "extent the Customer, acting reasonably, determines that it needs such assistance.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen betroffener "
                                + "Personen, soweit der Auftraggeber nach billigem Ermessen feststellt, dass er sie "
                                + "benötigt.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
    }

    // --- the main contract prevailing under its own short name ---

    @Test
    void should_read_the_main_contract_prevailing_under_its_short_name_as_weaker() {
        assertThat(en(
                        "18. Final provisions",
                        "In the event of a conflict between this DPA and the MSA, the MSA shall prevail, except where "
                                + "this DPA expressly provides otherwise.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Bei Widersprüchen zwischen dieser Vereinbarung und dem Rahmenvertrag geht der Rahmenvertrag "
                                + "vor.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "18. Final provisions",
                        "In the event of a conflict between this DPA and the MSA, this DPA shall prevail.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Bei Widersprüchen zwischen dieser Vereinbarung und dem Rahmenvertrag geht diese Vereinbarung "
                                + "vor.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.FOUND);
        // the standard contractual clauses prevailing over the agreement is what their Clause 5 asks
        assertThat(en(
                        "18. Final provisions",
                        "In the event of a conflict between this DPA and the Standard Contractual Clauses, the "
                                + "Standard Contractual Clauses shall prevail. If these terms conflict with the main "
                                + "contract, these terms prevail.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 82 GDPR: a cap that names data subjects' claims among what it covers ---

    @Test
    void should_read_a_cap_that_includes_claims_brought_by_data_subjects_as_weaker() {
        assertThat(en(
                        "17. Liability",
                        "The Processor's total liability, including for any claims brought by data subjects, is "
                                + "limited to the fees paid in the twelve months before the claim.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Haftung",
                        "Die Haftung des Auftragnehmers ist einschließlich der Ansprüche von betroffenen Personen auf "
                                + "die Vergütung von zwölf Monaten begrenzt.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "17. Liability",
                        "The Processor's total liability is limited to the fees paid in the twelve months before the "
                                + "claim; this limit does not apply to claims brought by data subjects.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Haftung",
                        "Die Haftung des Auftragnehmers ist auf die Vergütung von zwölf Monaten begrenzt; dies gilt "
                                + "nicht für Ansprüche betroffener Personen.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(a) GDPR: transfers on the controller's instructions ---

    @Test
    void should_read_transfers_the_processor_may_make_where_its_services_need_them_as_weaker() {
        assertThat(en(
                        "16. International transfers",
                        "The Processor may transfer personal data to third countries where necessary to provide the "
                                + "services, in line with Chapter V GDPR.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Drittlandübermittlung",
                        "Der Auftragnehmer darf Daten in Drittländer übermitteln, soweit dies für die Erbringung der "
                                + "Leistungen erforderlich ist.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "16. International transfers",
                        "The Processor may transfer personal data to third countries only on the Customer's documented "
                                + "instructions, where necessary to provide the services.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Drittlandübermittlung",
                        "Der Auftragnehmer darf Daten nur auf dokumentierte Weisung des Auftraggebers in Drittländer "
                                + "übermitteln.",
                        Requirement.TRANSFERS))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(g) GDPR: deletion and return at the controller's choice, at the end ---

    @Test
    void should_read_deletion_under_the_processors_retention_schedule_as_weaker() {
        String end = "When the services end, the Processor shall, at the Customer's choice, delete or return all "
                + "personal data, and shall certify the deletion in writing. ";
        assertThat(en(
                        "13. End of processing",
                        end + "Backups are deleted in line with its standard data retention schedule.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 9 Löschung",
                        "Nach Ende des Auftrags gibt der Auftragnehmer die Daten nach Wahl des Auftraggebers zurück oder "
                                + "löscht sie. Sicherungskopien löscht er gemäß seinem internen Löschkonzept.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        // retention that Union or Member State law requires is adequate (Art. 28(3)(g), last half-sentence)
        assertThat(en(
                        "13. End of processing",
                        end + "Copies that Union or Member State law requires it to keep are deleted in accordance "
                                + "with the statutory retention periods.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 9 Löschung",
                        "Nach Ende des Auftrags gibt der Auftragnehmer die Daten nach Wahl des Auftraggebers zurück oder "
                                + "löscht sie. Unterlagen, die er nach dem Handelsrecht aufbewahren muss, löscht er "
                                + "entsprechend der gesetzlichen Aufbewahrungsfristen.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_return_only_if_requested_before_a_deadline_as_weaker() {
        String delete = "When the services end, the Processor shall, at the Customer's choice, delete or return all "
                + "personal data, and shall certify the deletion in writing. ";
        assertThat(en(
                        "13. End of processing",
                        delete + "The Processor returns the data only if the Customer requests the return no later "
                                + "than 60 days before the end of the term.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        String loeschen = "Nach Ende des Auftrags löscht der Auftragnehmer alle Daten oder gibt sie nach Wahl des "
                + "Auftraggebers zurück. ";
        assertThat(de(
                        "§ 9 Löschung",
                        loeschen + "Eine Rückgabe erfolgt nur, wenn der Auftraggeber sie spätestens zwei Monate vor "
                                + "dem Ende der Laufzeit verlangt.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "13. End of processing",
                        delete + "The Processor returns the data if the Customer requests the return no later than "
                                + "30 days after the end of the term.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 9 Löschung",
                        loeschen + "Eine Rückgabe erfolgt, wenn der Auftraggeber sie spätestens 30 Tage nach dem Ende "
                                + "der Laufzeit verlangt.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
    }

    // --- Clause 15.1 of 2021/914 as the benchmark: a request redirected is by nature an attempt ---

    @Test
    void should_read_an_attempt_to_redirect_an_authority_as_adequate() {
        assertThat(en(
                        "18. Final provisions",
                        "If a public authority requests access to the personal data, the Processor will attempt to "
                                + "redirect the authority to the Customer, inform the Customer and provide a copy of the "
                                + "request unless the law forbids it.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "18. Final provisions",
                        "If a public authority requests access to the personal data, the Processor will attempt to "
                                + "inform the Customer unless the law forbids it.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.WEAKER);
        // an attempt to redirect with no notice to the controller is all the clause gives: best efforts
        assertThat(en(
                        "18. Final provisions",
                        "If a public authority requests access to the personal data, the Processor will try to "
                                + "redirect the authority to the Customer.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.WEAKER);
    }

    // --- Clause 16 of 2021/915: the controller's suspension, not the processor's ---

    @Test
    void should_not_read_the_processors_suspension_of_an_account_as_the_controllers_suspension() {
        String terminate = "If the Processor breaches these terms and does not cure the breach within thirty days, the "
                + "Customer may terminate the agreement. ";
        assertThat(en(
                        "15. Suspension",
                        terminate
                                + "The Processor may suspend sending from an account whose bounce rates are too high.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "15. Suspension",
                        terminate + "Until the breach is cured, the Customer may suspend the processing.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isEqualTo(Status.FOUND);
    }

    // --- what is "not yet" done describes the object of the duty ---

    @Test
    void should_read_data_not_yet_deleted_as_the_object_of_the_duty_not_its_negation() {
        assertThat(en(
                        "13. End of processing",
                        "At the end of the services, data not yet deleted is returned or deleted at the Customer's "
                                + "choice, and the Processor shall certify the deletion in writing.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 9 Löschung",
                        "Nach Ende des Auftrags werden noch nicht gelöschte Daten nach Wahl des Auftraggebers gelöscht "
                                + "oder zurückgegeben.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "13. End of processing",
                        "At the end of the services, the data is not deleted or returned.",
                        Requirement.DELETION_RETURN))
                .isNotEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 9 Löschung",
                        "Nach Ende des Auftrags werden die Daten nicht gelöscht oder zurückgegeben.",
                        Requirement.DELETION_RETURN))
                .isNotEqualTo(Status.FOUND);
    }
}
