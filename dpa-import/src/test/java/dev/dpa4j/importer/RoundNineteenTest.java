/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.de;
import static dev.dpa4j.importer.WordingFrames.duration;
import static dev.dpa4j.importer.WordingFrames.en;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.DurationType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 19 of #16 (the fifteenth held-out set): each reading where it fires and where it must not, in the frames of
 * {@link WordingFrames} (agreements of our own, never a fixture's sentence), in English and German.
 */
class RoundNineteenTest {

    // --- Art. 28(9) GDPR: the form, from a blank signature line for a party or acceptance with the terms ---

    @Test
    void should_read_a_blank_signature_line_headed_by_its_party_as_written() {
        assertThat(WordingFrames.formEn("English law applies.\n\nFor the Controller: ________________  Jane Roe, CTO"))
                .contains(AgreementForm.WRITTEN);
        assertThat(WordingFrames.formEn(
                        "English law applies.\n\nFor Rowan Analytics Ltd: ________  A. Smith, Director"))
                .contains(AgreementForm.WRITTEN);
        // a label with a value, or a blank within a sentence, is no signature line
        assertThat(WordingFrames.formEn("English law applies.\n\nFor the Controller: see the order form."))
                .isEmpty();
        assertThat(WordingFrames.formEn("English law applies. The fee for the Controller is EUR ____ per audit."))
                .isEmpty();
    }

    @Test
    void should_read_the_agreement_accepted_with_the_terms_or_in_the_onboarding_flow_as_electronic() {
        assertThat(WordingFrames.formEn("English law applies. This addendum is part of, and is accepted together with, "
                        + "the Platform Terms."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(WordingFrames.formEn(
                        "English law applies. The Controller signs by accepting the order in the sign-up flow."))
                .contains(AgreementForm.ELECTRONIC);
        // accepting something else together with the terms, or a flow that is not the acceptance
        assertThat(WordingFrames.formEn(
                        "English law applies. Price changes are accepted together with the next renewal invoice."))
                .isEmpty();
        assertThat(WordingFrames.formEn(
                        "English law applies. The Controller sets up its users in the onboarding flow."))
                .isEmpty();
    }

    // --- Art. 28(3)(e), (f), (h) GDPR: a duty that depends on a separate order or on paying first ---

    @Test
    void should_read_a_duty_that_begins_only_after_a_separate_order_or_a_commitment_to_pay_as_weaker() {
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        "Der Auftragsverarbeiter unterstützt den Verantwortlichen bei Datenschutz-Folgenabschätzungen "
                                + "und vorherigen Konsultationen auf gesonderte Bestellung.",
                        Requirement.ASSISTANCE))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "14. Audits",
                        "The Processor makes available all information necessary to demonstrate compliance. The "
                                + "Customer or its auditor may inspect the Processor's premises on 30 days' notice; an inspection "
                                + "starts only after the Customer has agreed to pay the Processor's costs.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
        // a fee beside the duty is no condition of it
        assertThat(en(
                        "14. Audits",
                        "The Processor makes available all information necessary to demonstrate compliance. The "
                                + "Customer or its auditor may inspect the Processor's premises on 30 days' notice; the Processor "
                                + "may charge its reasonable costs for a second inspection in the same year.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.FOUND);
    }

    // --- Clause 7.7(c) of 2021/915, Art. 28(3)(h) GDPR: a lesser thing declared to fulfil the duty ---

    @Test
    void should_read_a_summary_declared_to_fulfil_the_copy_of_a_sub_processor_contract_as_weaker() {
        String sub = "The Customer gives a general written authorisation for sub-processors. The Processor notifies "
                + "the Customer by e-mail 30 days before adding or replacing a sub-processor, and the Customer has "
                + "14 days to object on reasonable data protection grounds. The Processor imposes the same data protection obligations on each sub-processor by "
                + "contract and remains fully liable for its sub-processors. ";
        assertThat(en(
                        "9. Sub-processors",
                        sub + "On request the Processor gives a summary of the privacy terms of a sub-processor "
                                + "contract; that summary fulfils any obligation to provide copies of sub-processor contracts.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        sub + "On request the Processor provides a copy of a sub-processor contract, from which it may "
                                + "remove commercial terms.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(4) second sentence GDPR: liability for sub-processors limited to what is recovered from them ---

    @Test
    void should_read_liability_for_sub_processors_limited_to_what_is_recovered_as_weaker() {
        String sub = "The Customer gives a general written authorisation for sub-processors. The Processor notifies "
                + "the Customer by e-mail 30 days before adding or replacing a sub-processor, and the Customer has "
                + "14 days to object on reasonable data protection grounds. The Processor imposes the same data protection obligations on each sub-processor by "
                + "contract. ";
        assertThat(en(
                        "9. Sub-processors",
                        sub + "The Processor is responsible for its sub-processors' performance. Its liability for a "
                                + "hosting provider's failures is, however, limited to the sums it recovers from that "
                                + "provider.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        "Der Verantwortliche genehmigt die Unterauftragsverarbeiter der Anlage 2. Der "
                                + "Auftragsverarbeiter haftet für seine Unterauftragsverarbeiter wie für eigenes "
                                + "Verschulden. Für Rechenzentren beschränkt sich die Haftung darauf, dem Verantwortlichen "
                                + "die Ansprüche gegen den Betreiber abzutreten.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.WEAKER);
        // the processor's right of recourse against the sub-processor limits nothing
        assertThat(en(
                        "9. Sub-processors",
                        sub + "The Processor is responsible for its sub-processors' performance and may recover from a "
                                + "sub-processor what it pays for that sub-processor's failures.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(2) GDPR: sub-processors authorised that are not named; an objection without effect ---

    @Test
    void should_read_sub_processors_authorised_without_names_as_weaker() {
        String base = "The Customer gives a general written authorisation for the sub-processors listed in Annex 3. "
                + "The Processor notifies the Customer by e-mail 30 days before adding or replacing a sub-processor, "
                + "and the Customer may object. ";
        assertThat(en(
                        "9. Sub-processors",
                        base
                                + "The Customer also authorises the use of cloud capacity vendors as required; these vendors "
                                + "are not listed in Annex 3.",
                        Requirement.SUBPROCESSOR_AUTHORISATION))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        base + "Vendors that are not listed in Annex 3 may not be engaged.",
                        Requirement.SUBPROCESSOR_AUTHORISATION))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_an_objection_after_which_the_processor_may_engage_anyway_as_weaker() {
        String base = "The Customer gives a general written authorisation for sub-processors. The Processor notifies "
                + "the Customer by e-mail 30 days before adding or replacing a sub-processor, and the Customer has "
                + "14 days to object on reasonable data protection grounds. ";
        assertThat(en(
                        "9. Sub-processors",
                        base + "Should the parties fail to reach agreement, the Processor may engage the new "
                                + "sub-processor, and the Customer may switch off the features that use it.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        base + "Should the parties fail to reach agreement, the Processor may engage the new "
                                + "sub-processor, and the Customer may terminate the affected services with a refund.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 33(2) GDPR: 72 hours without "without undue delay"; Art. 28(3)(g): whose retention schedule ---

    @Test
    void should_read_a_breach_notice_within_72_hours_without_undue_delay_as_weaker() {
        assertThat(de(
                        "§ 8 Meldung von Verletzungen",
                        "Der Auftragsverarbeiter meldet dem Verantwortlichen Verletzungen des Schutzes "
                                + "personenbezogener Daten binnen 72 Stunden.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 8 Meldung von Verletzungen",
                        "Der Auftragsverarbeiter meldet dem Verantwortlichen Verletzungen des Schutzes "
                                + "personenbezogener Daten unverzüglich, spätestens binnen 72 Stunden.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_deletion_under_the_processors_own_rotation_practice_as_weaker() {
        String end = "At the end of the services the Processor returns or deletes the personal data at the Customer's "
                + "choice and deletes existing copies. ";
        assertThat(en(
                        "13. End of processing",
                        end + "Copies in backups are erased as they expire under the Processor's backup rotation "
                                + "practices.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        // the retention periods the controller itself sets are its own choice
        assertThat(en(
                        "13. End of processing",
                        end
                                + "Call recordings are deleted in accordance with the retention periods set by the Customer "
                                + "in its settings.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3) second subparagraph GDPR: "may" inform, after a condition ---

    @Test
    void should_read_a_permission_to_inform_after_a_condition_as_weaker() {
        assertThat(de(
                        "§ 3 Weisungen",
                        "Der Auftragsverarbeiter verarbeitet die Daten nur auf dokumentierte Weisung des "
                                + "Verantwortlichen. Hält der Auftragsverarbeiter eine Weisung für rechtswidrig, kann er "
                                + "den Verantwortlichen darauf hinweisen.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 3 Weisungen",
                        "Der Auftragsverarbeiter verarbeitet die Daten nur auf dokumentierte Weisung des "
                                + "Verantwortlichen. Hält der Auftragsverarbeiter eine Weisung für rechtswidrig, "
                                + "informiert er den Verantwortlichen unverzüglich; er kann die Ausführung bis zur "
                                + "Bestätigung aussetzen.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(10) GDPR: the processor's own purposes stated as a permission ---

    @Test
    void should_read_a_permission_to_use_the_data_for_the_processors_products_as_weaker() {
        String purpose = "The purpose of the processing is running the Customer's booking calendar. ";
        assertThat(en(
                        "3. Nature and purpose",
                        purpose + "The Processor may use pseudonymised booking records to improve its own scheduling "
                                + "products.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        // data made anonymous first are no personal data (Recital 26)
        assertThat(en(
                        "3. Nature and purpose",
                        purpose + "The Processor may use anonymised usage statistics to improve its own scheduling "
                                + "products.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3) first sentence: data types stated as "any personal data" ---

    @Test
    void should_read_data_types_stated_as_any_data_the_controller_determines_as_weaker() {
        assertThat(en(
                        "4. Categories of personal data",
                        "Types of personal data: any personal data held in the Customer's files, as determined by the "
                                + "Customer.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "4. Categories of personal data",
                        "Types of personal data: names, e-mail addresses, booking history and any other personal data "
                                + "as determined by the Customer.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.FOUND);
    }

    // --- Clause 8(a) of 2021/915: no duty beyond referring the data subject ---

    @Test
    void should_read_no_further_obligation_on_data_subjects_requests_as_weaker() {
        String dsr = "The Processor assists the Customer with appropriate technical and organisational measures in "
                + "responding to data subject requests. ";
        assertThat(en(
                        "10. Data subject rights",
                        dsr + "Where a data subject writes to the Processor, the Processor may point them to the "
                                + "Customer and has no further obligation regarding such requests.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "10. Data subject rights",
                        dsr + "The Processor has no further obligation to keep request logs once a request is closed.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 32 GDPR: measures held to what is commercially reasonable; Art. 28(4): sub-processors' standard ---

    @Test
    void should_read_commercially_reasonable_measures_as_weaker() {
        assertThat(en(
                        "8. Security",
                        "The Processor takes commercially reasonable security measures to protect the personal data.",
                        Requirement.SECURITY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "8. Security",
                        "The Processor takes the technical and organisational measures of Annex 2, appropriate to the "
                                + "risk, taking into account the state of the art and the costs of implementation.",
                        Requirement.SECURITY))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_sub_processors_required_only_to_protect_the_data_as_weaker() {
        String base = "The Customer gives a general written authorisation for sub-processors. The Processor notifies "
                + "the Customer by e-mail 30 days before adding or replacing a sub-processor, and the Customer has "
                + "14 days to object on reasonable data protection grounds. The Processor remains fully liable for its sub-processors. ";
        assertThat(en(
                        "9. Sub-processors",
                        base + "The Processor requires every sub-processor by written contract to protect the "
                                + "personal data adequately.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        base + "The Processor imposes on every sub-processor by written contract the same data "
                                + "protection obligations as set out in this DPA.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(2), (4) GDPR: leaving out of clause 9 who is no sub-processor is no exception to it ---

    @Test
    void should_not_read_a_clause_left_out_for_persons_who_are_no_sub_processors_as_a_derogation() {
        // ClauseReferences.DELIMITS_ROLES: couriers never fell under clause 9, so saying so limits nothing there
        assertThat(en(
                        "19. Other recipients",
                        "Couriers who carry parcels to the Customer's buyers are not sub-processors, and clause 9 "
                                + "does not apply to them, including its notice of new sub-processors.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        // the same words about sub-processors the Processor does engage take the notice away from them
        assertThat(en(
                        "19. Other recipients",
                        "Data centres that keep the Processor's backups are sub-processors, but clause 9 does not "
                                + "apply to them, including its notice of new sub-processors.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_not_read_a_paragraph_left_out_for_persons_who_are_no_sub_processors_as_a_derogation_in_german() {
        String recht = "Es gilt deutsches Recht. ";
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        recht + "Zustelldienste, die Pakete an Kunden des Auftraggebers ausliefern, sind keine "
                                + "Unterauftragsverarbeiter, und § 6 gilt nicht für sie, auch nicht die Information über "
                                + "einen Wechsel des Zustelldienstes.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        recht + "Rechenzentren, in denen der Auftragnehmer Sicherungskopien ablegt, sind "
                                + "Unterauftragsverarbeiter, doch § 6 gilt nicht für sie, auch nicht die Information über "
                                + "einen Wechsel des Rechenzentrums.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
    }

    // --- Clause 15 of 2021/914: authorities named as no sub-processors are no term on their requests ---

    @Test
    void should_not_read_authorities_named_as_no_sub_processors_as_a_term_on_their_requests() {
        String terms = "Terms defined in the GDPR have the meaning given to them there. ";
        String delimited = "Couriers and public authorities that receive delivery data from the Processor are not "
                + "sub-processors, and clause 9 does not apply to them. ";
        Map<String, String> s = CompletenessTest.strongEnglish();
        s.put("18. Final provisions", terms + delimited);
        assertThat(CompletenessTest.importText(s)
                        .getRequirement(Requirement.GOVERNMENT_ACCESS)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
        // a term on their requests beside it is still read
        s.put(
                "18. Final provisions",
                terms + delimited + "If a public authority asks the Processor for the personal data, the Processor "
                        + "shall tell the Customer unless the law forbids it.");
        assertThat(CompletenessTest.importText(s)
                        .getRequirement(Requirement.GOVERNMENT_ACCESS)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_not_read_authorities_named_as_no_sub_processors_as_a_term_on_their_requests_in_german() {
        // the same mention of access to the data, once as no sub-processors and once as recipients of an annex
        String recht = "Es gilt deutsches Recht. ";
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        recht + "Paketdienste und Behörden, die vom Auftragnehmer Zugriff auf Lieferdaten erhalten, "
                                + "sind keine Unterauftragsverarbeiter; § 6 findet auf sie keine Anwendung.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        recht + "Paketdienste und Behörden, die vom Auftragnehmer Zugriff auf Lieferdaten erhalten, "
                                + "werden in Anlage 4 aufgeführt.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.FOUND);
    }

    // --- Clause 15.1 of 2021/914: an attempt to redirect an authority, with and without notice to the controller ---

    @Test
    void should_read_an_attempt_to_redirect_an_authority_without_notice_to_the_controller_as_weaker() {
        assertThat(en(
                        "18. Final provisions",
                        "Terms defined in the GDPR have the meaning given to them there. Where a law enforcement "
                                + "agency demands personal data from the Processor, the Processor will seek to redirect "
                                + "the agency to the Customer.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_an_attempt_to_redirect_an_authority_with_notice_to_the_controller_in_the_passage_as_found() {
        // the notice in the next sentence of the passage, not within the sentence of the attempt
        assertThat(en(
                        "18. Final provisions",
                        "Terms defined in the GDPR have the meaning given to them there. Where a law enforcement "
                                + "agency demands personal data from the Processor, the Processor will seek to redirect "
                                + "the agency to the Customer. Unless the law forbids it, the Processor notifies the "
                                + "Customer of every such demand it receives.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.FOUND);
    }

    // --- the description the draft reads: a term of the main contract by its short name, a pointer with a colon ---

    @Test
    void should_read_a_duration_tied_to_the_main_contract_by_its_short_name() {
        assertThat(duration("Subject matter: hosting of the Customer's shop. Duration: for the term of the MSA."))
                .contains(DurationType.COUPLED_TO_MAIN_CONTRACT);
        assertThat(duration("Subject matter: hosting of the Customer's shop. Duration: as stated by the MSA team."))
                .isEmpty();
    }
}
