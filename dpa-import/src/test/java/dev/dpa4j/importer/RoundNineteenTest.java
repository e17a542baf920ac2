/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.de;
import static dev.dpa4j.importer.WordingFrames.en;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.DurationType;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingDuration;
import java.util.Optional;
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

    // --- the description the draft reads: a term of the main contract by its short name, a pointer with a colon ---

    private static Optional<DurationType> duration(String body) {
        return CompletenessTest.withSection(CompletenessTest.strongEnglish(), "2. Subject matter and duration", body)
                .getDraft()
                .getProcessing()
                .flatMap(ProcessingDescription::getDuration)
                .map(ProcessingDuration::getType);
    }

    @Test
    void should_read_a_duration_tied_to_the_main_contract_by_its_short_name() {
        assertThat(duration("Subject matter: hosting of the Customer's shop. Duration: for the term of the MSA."))
                .contains(DurationType.COUPLED_TO_MAIN_CONTRACT);
        assertThat(duration("Subject matter: hosting of the Customer's shop. Duration: as stated by the MSA team."))
                .isEmpty();
    }
}
