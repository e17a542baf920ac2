/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

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
