/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.CompletenessTest.strongEnglish;
import static dev.dpa4j.importer.CompletenessTest.withSection;
import static dev.dpa4j.importer.WordingFrames.de;
import static dev.dpa4j.importer.WordingFrames.en;
import static dev.dpa4j.importer.WordingFrames.enResult;
import static dev.dpa4j.importer.WordingFrames.german;
import static dev.dpa4j.importer.WordingFrames.plainGerman;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of round 10 of #16 (the eighth held-out set), each where it fires and where it must not, with sentences
 * and documents written for this test (never one of a fixture).
 */
class RoundTenWordingsTest {

    private static final String SUBS = "9. Sub-processors";
    private static final String AUTH =
            "The Customer gives its general written authorisation for the sub-processors listed in "
                    + "Annex 3. The Processor imposes the same data protection obligations on each sub-processor by contract. "
                    + "The Processor remains fully liable to the Customer for the performance of its sub-processors. On "
                    + "request the Processor provides a copy of the sub-processor agreement. ";

    // --- sub-processor changes ---

    @Test
    void should_not_read_a_standstill_during_an_objection_as_a_negated_notice() {
        assertThat(en(
                        SUBS,
                        AUTH
                                + "The Processor tells the Customer of each intended new sub-processor by e-mail thirty days "
                                + "ahead; the Customer may object within that time. The Processor will not use the new "
                                + "sub-processor before the objection period has ended.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        SUBS,
                        AUTH + "The Processor may add a sub-processor once thirty days have passed after it told the "
                                + "Customer by e-mail, provided the Customer has not raised a written objection in that time.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        // a negation of the notice itself still weakens it
        assertThat(en(
                        SUBS,
                        AUTH
                                + "The Processor does not notify the Customer of new sub-processors; the Customer may object "
                                + "to any of them at any time.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_let_an_email_notice_in_the_same_clause_take_back_a_published_list() {
        // one clause, two paragraphs: the list on the web and the notice by e-mail
        String clause = "9.1 " + AUTH + "The current list is published at example.org/subprocessors.\n\n"
                + "9.2 The Processor will inform the Customer by email of each intended addition or replacement thirty "
                + "days in advance, and the Customer may object.";
        assertThat(en(SUBS, clause, Requirement.SUBPROCESSOR_CHANGES)).isEqualTo(Status.FOUND);
        // the list alone, with an objection that merely happens to be in writing
        String listOnly = "9.1 " + AUTH + "Changes are announced by updating the list published at "
                + "example.org/subprocessors.\n\n9.2 The Customer may object to a change within ten days.";
        assertThat(en(SUBS, listOnly, Requirement.SUBPROCESSOR_CHANGES)).isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_a_notice_shown_only_in_the_customer_portal_as_weaker() {
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        "(1) Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für "
                                + "Unterauftragsverarbeiter.\n\n(2) Über neue Unterauftragsverarbeiter informiert der "
                                + "Auftragnehmer durch eine Mitteilung im "
                                + "Kundenbereich vier Wochen vorher; der Auftraggeber kann widersprechen.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. "
                                + "Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher per "
                                + "E-Mail; der Auftraggeber kann widersprechen.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
    }

    // --- sub-processor obligations, copy, authorisation, liability ---

    @Test
    void should_read_obligations_that_are_the_same_as_the_agreements_and_not_merely_appropriate_ones() {
        String base = "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                + "The Processor will notify the Customer of any intended addition thirty days in advance, and the "
                + "Customer may object. ";
        assertThat(en(
                        SUBS,
                        base
                                + "Each sub-processor is engaged under a written contract whose data protection obligations "
                                + "are the same as those of these terms.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        SUBS,
                        base
                                + "Each sub-processor is engaged under a written contract with obligations appropriate to the "
                                + "nature of the work it does.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_a_copy_of_that_contract_after_the_sub_processor_contract_is_named() {
        String base = "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                + "The Processor will notify the Customer of any intended addition thirty days in advance, and the "
                + "Customer may object. The Processor remains fully liable for its sub-processors. ";
        assertThat(en(
                        SUBS,
                        base
                                + "Each sub-processor signs a written contract with the same data protection obligations as "
                                + "these terms. The Customer may ask for a copy of that contract at any time.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        SUBS,
                        base
                                + "Each sub-processor signs a written contract with the same data protection obligations as "
                                + "these terms. The Customer may ask for a list of the sub-processors at any time.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_an_authorisation_to_engage_others_to_process_the_data_as_one_for_sub_processors() {
        String rest =
                " The Processor will notify the Customer of any intended addition thirty days in advance, and the "
                        + "Customer may object.";
        ImportResult general = withSection(
                strongEnglish(),
                SUBS,
                "The Customer authorises the Processor generally to engage hosting partners to process the personal "
                        + "data." + rest);
        assertThat(general.getRequirement(Requirement.SUBPROCESSOR_AUTHORISATION)
                        .status())
                .isEqualTo(Status.FOUND);
        // and the draft says which kind of authorisation, so that the review does not call it missing
        assertThat(general.getFacts("subprocessing.authorisation"))
                .anyMatch(f -> f.value().equals("GENERAL"));
        assertThat(en(
                        SUBS,
                        "The Processor works with hosting partners who operate its data centres." + rest,
                        Requirement.SUBPROCESSOR_AUTHORISATION))
                .isNotEqualTo(Status.FOUND);
    }

    @Test
    void should_not_read_a_standstill_after_an_objection_as_liability_for_sub_processors() {
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. "
                                + "Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher per "
                                + "E-Mail. Widerspricht der Auftraggeber, unterbleibt der Einsatz des neuen "
                                + "Unterauftragsverarbeiters.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. "
                                + "Der Auftragnehmer bleibt dem Auftraggeber für die Unterauftragsverarbeiter voll "
                                + "verantwortlich.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.FOUND);
    }

    // --- personal data breaches ---

    @Test
    void should_not_read_a_breach_of_contract_or_containment_efforts_as_a_weaker_breach_notice() {
        assertThat(en(
                        "12. Personal data breaches",
                        "The Processor shall notify the Customer of any personal data breach without undue delay after "
                                + "becoming aware of it, and will take reasonable steps to contain and remedy the breach.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "15. Suspension",
                        "If the Processor breaches these terms, the Customer may suspend the processing until the breach "
                                + "is remedied. If a material breach is not remedied within a reasonable period, the "
                                + "Customer may terminate.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
        // best efforts on the notice itself still weaken it
        assertThat(en(
                        "12. Personal data breaches",
                        "The Processor will use reasonable efforts to notify the Customer of any personal data breach.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_the_time_of_the_notice_in_the_sentence_after_the_breach_and_from_the_end_of_an_investigation() {
        RequirementResult late = german(
                        "§ 8 Meldung von Verletzungen",
                        "Der Auftragnehmer unterrichtet den Auftraggeber über Verletzungen des Schutzes "
                                + "personenbezogener Daten. Die Unterrichtung erfolgt innerhalb von fünf Tagen.")
                .getRequirement(Requirement.BREACH_NOTIFICATION);
        assertThat(late.status()).isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 8 Meldung von Verletzungen",
                        "Der Auftragnehmer unterrichtet den Auftraggeber über Verletzungen des Schutzes "
                                + "personenbezogener Daten. Die Unterrichtung erfolgt unverzüglich.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
        RequirementResult investigated = enResult(
                "12. Personal data breaches",
                "The Processor shall notify the Customer of a personal data breach within 24 hours after the Processor "
                        + "has completed its investigation of the incident.",
                Requirement.BREACH_NOTIFICATION);
        assertThat(investigated.status()).isEqualTo(Status.WEAKER);
        assertThat(investigated.note()).isEqualTo("only confirmed breaches");
        assertThat(en(
                        "12. Personal data breaches",
                        "The Processor shall notify the Customer of a personal data breach within 24 hours after the "
                                + "Processor has become aware of it.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
    }

    // --- definitions ---

    @Test
    void should_read_definitions_tied_to_the_gdpr_in_words_of_their_own() {
        assertThat(en(
                        "18. Final provisions",
                        "\"Controller\", \"processor\" and \"personal data breach\" carry the meanings attributed to them "
                                + "by the GDPR. If these terms conflict with the main contract, these terms prevail. If a "
                                + "public authority requests access to the personal data, the Processor shall inform the "
                                + "Customer unless the law forbids it.",
                        Requirement.DEFINITIONS))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "18. Final provisions",
                        "Capitalised words carry the meanings given in the main contract. If these terms conflict with the "
                                + "main contract, these terms prevail. If a public authority requests access to the personal "
                                + "data, the Processor shall inform the Customer unless the law forbids it.",
                        Requirement.DEFINITIONS))
                .isNotEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Wörter wie „Verarbeitung“ oder „Empfänger“ meinen dasselbe wie in Art. 4 DSGVO. Es gilt "
                                + "deutsches Recht.",
                        Requirement.DEFINITIONS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Für Begriffe wie „Verarbeitung“ gelten die Definitionen des Art. 4 DSGVO. Es gilt deutsches "
                                + "Recht.",
                        Requirement.DEFINITIONS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Wörter wie „Verarbeitung“ meinen dasselbe wie im Hauptvertrag. Es gilt deutsches Recht.",
                        Requirement.DEFINITIONS))
                .isNotEqualTo(Status.FOUND);
    }

    // --- liability ---

    @Test
    void should_not_let_a_cap_that_also_binds_data_subjects_claims_count_as_their_exception() {
        String capped = "17.1 Each party's liability under these terms is capped at the fees of one year.\n\n";
        assertThat(en(
                        "17. Liability",
                        capped + "17.2 The cap also applies to claims that data subjects bring against the Processor.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "17. Liability",
                        capped + "17.2 The cap does not apply to claims of data subjects under Article 82 GDPR.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 10a Haftung",
                        "(1) Die Haftung des Auftragnehmers für Schäden aus dieser Vereinbarung und aus allen mit ihr "
                                + "zusammenhängenden Leistungen und Nebenpflichten ist je Kalenderjahr auf die Vergütung "
                                + "eines Jahres begrenzt.\n\n(2) Die Haftungsbegrenzung gilt auch für Ansprüche betroffener "
                                + "Personen.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_follow_a_reference_to_a_clause_that_is_itself_the_exception_for_data_subjects() {
        assertThat(en(
                        "17. Liability",
                        "17.1 Subject to clause 17.2, each party's liability is limited as set out in the main contract."
                                + "\n\n17.2 Nothing in these terms limits either party's liability to a data subject under "
                                + "Article 82 GDPR.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "17. Liability",
                        "17.1 Subject to clause 17.2, each party's liability is limited as set out in the main contract."
                                + "\n\n17.2 The limits of the main contract apply to all claims however arising.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_not_read_liability_for_others_as_for_ones_own_conduct_as_the_liability_clause() {
        Map<String, String> s = strongEnglish();
        s.remove("17. Liability");
        s.put(
                "9. Sub-processors",
                AUTH
                        + "The Processor will notify the Customer of any intended addition thirty days in advance, and the "
                        + "Customer may object. The Processor answers for its sub-processors as for its own conduct.");
        assertThat(CompletenessTest.importText(s)
                        .getRequirement(Requirement.LIABILITY)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
        assertThat(CompletenessTest.importText(strongEnglish())
                        .getRequirement(Requirement.LIABILITY)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    // --- instructions, audits, confidentiality, security, assistance ---

    @Test
    void should_read_use_of_the_data_to_improve_the_services_or_train_models_as_weaker_instructions() {
        RequirementResult own = enResult(
                "6. Instructions",
                "The Processor processes personal data only on documented instructions from the Customer. The "
                        + "Processor may use the personal data to improve its services and to train its models.",
                Requirement.INSTRUCTIONS);
        assertThat(own.status()).isEqualTo(Status.WEAKER);
        assertThat(own.note()).isEqualTo("processing for the processor's own purposes");
        assertThat(en(
                        "6. Instructions",
                        "The Processor processes personal data only on documented instructions from the Customer. The "
                                + "Customer may use the reports to improve its own processes.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 3 Weisungen",
                        "Wir verarbeiten die Daten nur so, wie der Auftraggeber es uns dokumentiert anweist.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_all_information_the_controller_needs_to_verify_compliance() {
        String inspections = " Der Auftraggeber darf die Einhaltung auch vor Ort überprüfen.";
        assertThat(de(
                        "§ 10 Kontrollen",
                        "Der Auftraggeber erhält alle Informationen, die er braucht, um nachzuvollziehen, dass der "
                                + "Auftragnehmer seine Pflichten einhält." + inspections,
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 10 Kontrollen",
                        "Der Auftraggeber erhält einmal im Jahr einen Tätigkeitsbericht." + inspections,
                        Requirement.AUDIT_INFORMATION))
                .isNotEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_report_the_controller_may_take_instead_of_an_audit_as_an_option_not_a_limit() {
        String info = "Der Auftragnehmer stellt alle zum Nachweis der Einhaltung erforderlichen Informationen zur "
                + "Verfügung. Der Auftraggeber darf den Auftragnehmer auch vor Ort überprüfen. ";
        assertThat(de(
                        "§ 10 Kontrollen",
                        info + "Statt einer eigenen Prüfung kann der Auftraggeber sich auch den Bericht eines "
                                + "Wirtschaftsprüfers geben lassen.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 10 Kontrollen",
                        "Der Auftragnehmer stellt alle zum Nachweis der Einhaltung erforderlichen Informationen zur "
                                + "Verfügung. Anstelle einer Prüfung vor Ort legt der Auftragnehmer ein Zertifikat vor.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_on_site_audits_only_where_reports_are_old_as_weaker() {
        String info = "The Processor makes available all information necessary to demonstrate compliance with "
                + "Article 28 GDPR. ";
        assertThat(en(
                        "14. Audits",
                        info
                                + "The Customer may audit the Processor's premises only where the Processor's latest audit "
                                + "report is older than two years.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "14. Audits",
                        info
                                + "The Customer may audit the Processor's premises once it has read the latest audit report.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_not_read_an_auditors_confidentiality_as_that_of_the_processors_staff() {
        Map<String, String> s = strongEnglish();
        s.remove("7. Confidentiality");
        s.put(
                "14. Audits",
                "The Processor makes available all information necessary to demonstrate compliance with Article 28 "
                        + "GDPR. The Processor allows audits, including inspections of its premises, by the Customer or an "
                        + "auditor it mandates, who must be bound by confidentiality.");
        assertThat(CompletenessTest.importText(s)
                        .getRequirement(Requirement.CONFIDENTIALITY)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
        assertThat(CompletenessTest.importText(strongEnglish())
                        .getRequirement(Requirement.CONFIDENTIALITY)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_safeguards_by_what_they_protect_and_weaken_them_by_discretion() {
        assertThat(en(
                        "8. Security",
                        "The Processor uses industry-standard safeguards designed to protect the personal data. It may "
                                + "change them at any time in its sole discretion.",
                        Requirement.SECURITY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "8. Security",
                        "The Processor uses safeguards designed to protect the personal data against accidental loss, as "
                                + "set out in Annex 2.",
                        Requirement.SECURITY))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_assistance_limited_to_documents_and_assistance_left_out_of_scope_as_weaker() {
        RequirementResult limited = enResult(
                "11. Assistance",
                "Our assistance with data protection impact assessments and the prior consultation of the supervisory "
                        + "authority is limited to making our security white paper available. The Processor shall inform "
                        + "the Customer if it learns that personal data it processes is inaccurate or outdated.",
                Requirement.ASSISTANCE);
        assertThat(limited.status()).isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 7a Unterstützung",
                        "Eine Unterstützung bei Datenschutz-Folgenabschätzungen ist nicht Gegenstand dieser "
                                + "Vereinbarung.",
                        Requirement.ASSISTANCE))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 7a Unterstützung",
                        "Der Auftragnehmer unterstützt den Auftraggeber bei Datenschutz-Folgenabschätzungen und "
                                + "vorherigen Konsultationen.",
                        Requirement.ASSISTANCE))
                .isEqualTo(Status.FOUND);
    }

    // --- description, infringing instructions, suspension, deletion ---

    @Test
    void should_read_data_and_data_subjects_left_to_the_controller_as_weaker() {
        assertThat(en(
                        "4. Categories of personal data",
                        "Such personal data as the Customer elects to upload to the service.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.WEAKER);
        RequirementResult subjects = enResult(
                "5. Data subjects",
                "Categories of data subjects: such individuals as the Customer may determine from time to time.",
                Requirement.DATA_SUBJECTS);
        assertThat(subjects.status()).isEqualTo(Status.WEAKER);
        assertThat(subjects.note()).isEqualTo("data subjects left to the controller instead of categories");
        assertThat(en(
                        "5. Data subjects",
                        "Categories of data subjects: the Customer's employees and the end users it determines.",
                        Requirement.DATA_SUBJECTS))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_an_instruction_held_incompatible_with_the_gdpr_as_the_warning_duty() {
        assertThat(de(
                        "§ 3 Weisungen",
                        "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung. Hält der Auftragnehmer "
                                + "eine Weisung für unvereinbar mit der DSGVO, weist er den Auftraggeber unverzüglich "
                                + "darauf hin.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 3 Weisungen",
                        "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung. Weisungen erteilt der "
                                + "Auftraggeber in Textform.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_halting_the_processing_and_a_termination_far_from_the_breach() {
        assertThat(de(
                        "§ 10a Verstöße",
                        "Verstößt der Auftragnehmer gegen diese Vereinbarung, kann der Auftraggeber verlangen, dass der "
                                + "Auftragnehmer die Verarbeitung anhält.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 10a Verstöße",
                        "Ist ein Verstoß schwerwiegend, wiederholt er sich oder wird er vom Auftragnehmer trotz "
                                + "Aufforderung nicht innerhalb von vier Wochen abgestellt, kann der Auftraggeber diese "
                                + "Vereinbarung fristlos kündigen.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                // read (not "not found"); a termination without a right to suspend is weaker than Clause 10 of
                // 2021/915 since round 15, which asks for both
                .isEqualTo(Status.WEAKER);
        Map<String, String> s = plainGerman();
        s.put("§ 10a Prüfungen", "Bei Anhaltspunkten für Verstöße darf der Auftraggeber kurzfristig prüfen.");
        StringBuilder doc = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        s.forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        assertThat(DpaImporter.standard()
                        .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt")
                        .getRequirement(Requirement.SUSPENSION_AND_TERMINATION)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_retention_for_the_processors_own_purposes_as_weaker_deletion() {
        RequirementResult kept = enResult(
                "13. End of processing",
                "When the services end, the Processor shall, at the Customer's choice, delete or return all personal "
                        + "data, save that it may retain copies for its own business purposes. The Processor shall "
                        + "certify the deletion in writing.",
                Requirement.DELETION_RETURN);
        assertThat(kept.status()).isEqualTo(Status.WEAKER);
        assertThat(kept.note()).isEqualTo("retention for the processor's own purposes");
        assertThat(en(
                        "13. End of processing",
                        "When the services end, the Processor shall, at the Customer's choice, delete or return all "
                                + "personal data, unless Union law requires it to keep them. The Processor shall certify "
                                + "the deletion in writing.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_not_follow_a_reference_to_the_annex_the_sentence_stands_in() {
        String clause =
                "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                        + "The Processor will notify the Customer of any intended addition thirty days in advance, and the "
                        + "Customer may object. The Processor remains fully liable for its sub-processors. On request the "
                        + "Processor provides a copy of the sub-processor agreement.";
        String annex =
                "Encrypted fields are not readable by the Processor's support staff. Each sub-processor must keep "
                        + "measures no less protective than those set out in this Annex 2.";
        Map<String, String> s = strongEnglish();
        s.put("9. Sub-processors", clause);
        s.put("Annex 2 Security measures", annex);
        assertThat(CompletenessTest.importText(s)
                        .getRequirement(Requirement.SUBPROCESSOR_OBLIGATIONS)
                        .status())
                .isEqualTo(Status.FOUND);
        // the same sentence in the clause on sub-processors refers to another provision, whose limits are its own
        Map<String, String> t = strongEnglish();
        t.put(
                "9. Sub-processors",
                clause + " Each sub-processor must keep measures no less protective than those set out in Annex 2.");
        t.put("Annex 2 Security measures", "The Processor is not obliged to bind sub-processors to these measures.");
        assertThat(CompletenessTest.importText(t)
                        .getRequirement(Requirement.SUBPROCESSOR_OBLIGATIONS)
                        .status())
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_not_read_the_content_of_a_breach_notice_as_the_data_categories() {
        Map<String, String> s = plainGerman();
        s.put(
                "§ 8 Meldung von Verletzungen",
                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener Daten "
                        + "unverzüglich. In der Meldung beschreibt er, welche Arten von Daten betroffen sind.");
        StringBuilder doc = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        s.forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        assertThat(DpaImporter.standard()
                        .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt")
                        .getRequirement(Requirement.DATA_CATEGORIES)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
        // a sentence of the description that names the kinds of data is still read
        s.put("§ 2a Arten der Daten", "Verarbeitet werden Namen, Anschriften und Rechnungsbeträge der Kunden.");
        StringBuilder described = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        s.forEach((h, b) -> described.append(h).append("\n\n").append(b).append("\n\n"));
        assertThat(DpaImporter.standard()
                        .importBytes(
                                described.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt")
                        .getRequirement(Requirement.DATA_CATEGORIES)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_not_read_self_service_tools_for_one_data_subject_as_the_end_of_the_processing() {
        assertThat(en(
                        "10. Data subject rights",
                        "The Processor shall assist the Customer in answering requests from data subjects. The service "
                                + "lets the Customer export and delete the data of an individual user.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "13. End of processing",
                        "When the services end, the Customer may delete all personal data using the deletion tools of the "
                                + "service. The Processor shall certify the deletion in writing.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_a_duration_until_the_end_of_the_main_agreement() {
        String subject =
                "The subject matter of the processing is the hosting of the Customer's shop. This agreement applies "
                        + "from its date ";
        ImportResult coupled = withSection(
                strongEnglish(),
                "2. Subject matter and duration",
                subject + "until the later of the end of the Main Agreement and the deletion of the data.");
        assertThat(coupled.getFacts("processing.duration"))
                .anyMatch(f -> f.value().contains("COUPLED"));
        ImportResult open = withSection(
                strongEnglish(), "2. Subject matter and duration", subject + "until the parties agree otherwise.");
        assertThat(open.getFacts("processing.duration"))
                .noneMatch(f -> f.value().contains("COUPLED"));
    }
}
