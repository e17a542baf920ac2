/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.EndOfProcessingChoice;
import dev.dpa4j.model.EndOfProcessingTerms;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whose choice deletion or return is (Art. 28(3)(g) GDPR: "at the choice of the controller") is read in the ways
 * agreements say it, "at the election of the Customer", "auf Verlangen des Auftraggebers", and is left absent where
 * the agreement names no one, instead of being guessed. Sentences of our own.
 */
class EndOfProcessingChoiceTest {

    private static Optional<EndOfProcessingChoice> choice(String body) {
        DataProcessingAgreement draft = CompletenessTest.withSection(
                        CompletenessTest.strongEnglish(), "13. End of processing", body)
                .getDraft();
        return draft.getEndOfProcessing().flatMap(EndOfProcessingTerms::getChoice);
    }

    @Test
    void should_read_the_controllers_choice_in_the_words_agreements_use() {
        assertThat(choice("On termination all Customer Personal Data shall, at the election of the Customer, be"
                        + " returned to the Customer or securely deleted."))
                .contains(EndOfProcessingChoice.CONTROLLER_CHOICE);
        assertThat(choice("On termination the Processor shall return or delete all personal data as the Customer"
                        + " may direct."))
                .contains(EndOfProcessingChoice.CONTROLLER_CHOICE);
        assertThat(choice("Nach Beendigung der Leistungen hat der Auftragnehmer auf Verlangen des Auftraggebers"
                        + " sämtliche Daten zurückzugeben oder zu löschen."))
                .contains(EndOfProcessingChoice.CONTROLLER_CHOICE);
    }

    @Test
    void should_leave_the_choice_absent_where_the_agreement_names_no_one() {
        assertThat(choice("On termination the Processor shall delete or return all personal data."))
                .isEmpty();
    }
}
