/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.formDe;
import static dev.dpa4j.importer.WordingFrames.formEn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementForm;
import org.junit.jupiter.api.Test;

/**
 * Round 22 of #16 (the seventeenth held-out set, now training): each reading where it fires and where it must not, in
 * the frames of {@link WordingFrames} (agreements of our own, never a fixture's sentence), in English and German.
 */
class RoundTwentyTwoTest {

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
}
