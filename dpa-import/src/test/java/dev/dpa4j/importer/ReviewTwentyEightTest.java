/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.formDe;
import static dev.dpa4j.importer.WordingFrames.formEn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementForm;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Round 28 of the review (#16): the form in which an agreement is concluded (Art. 28(9) GDPR: in writing, including in
 * electronic form), as the rotated training documents state it — a click in the customer account in German, an
 * acceptance "in Settings" without an article, and the execution clause of a U.S.-style exhibit signed by hand. Sentences of our own, each beside a close one whose reading must not change.
 */
class ReviewTwentyEightTest {

    @Test
    void should_read_an_agreement_concluded_by_a_click_in_the_customer_account_as_electronic() {
        assertThat(formDe("Sie nehmen diese Vereinbarung im Kundenportal unter „Dokumente“ durch Klick auf "
                        + "„Vertrag annehmen“ an."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(formDe("Der Auftraggeber schließt den Vertrag, indem er in der Verwaltungsoberfläche auf "
                        + "„Vereinbarung akzeptieren“ klickt."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(formDe("Die Vereinbarung kommt per Mausklick auf die Schaltfläche „Jetzt abschließen“ zustande."))
                .contains(AgreementForm.ELECTRONIC);
        // a cookie consent and a change of the agreement are no conclusion of it
        assertThat(formDe("Mit Klick auf „Alle akzeptieren“ willigen Sie in die Verwendung von Cookies ein."))
                .isEqualTo(Optional.empty());
        assertThat(formDe("Änderungen dieser Vereinbarung nehmen Sie durch Klick auf „Änderung annehmen“ an."))
                .isEqualTo(Optional.empty());
    }

    @Test
    void should_read_an_acceptance_in_settings_without_an_article_as_electronic() {
        assertThat(formEn("This agreement is concluded when an account owner accepts it in Settings > Legal."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(formEn("The Customer accepts this DPA in Account settings before the first upload."))
                .contains(AgreementForm.ELECTRONIC);
        // settings that are changed, not an agreement accepted
        assertThat(formEn("The Customer may change its notification settings in the account at any time."))
                .isEqualTo(Optional.empty());
    }

    @Test
    void should_read_the_execution_clause_of_an_agreement_signed_by_hand_as_written() {
        assertThat(formEn("IN WITNESS WHEREOF, the parties have caused this Exhibit to be executed by their duly "
                        + "authorized representatives as of the Effective Date."))
                .contains(AgreementForm.WRITTEN);
        assertThat(formEn("In witness whereof the parties have signed this Agreement on the dates below."))
                .contains(AgreementForm.WRITTEN);
        // executed electronically stays electronic; witnesses named elsewhere are no execution clause
        assertThat(formEn("IN WITNESS WHEREOF, the parties have executed this Agreement electronically through the "
                        + "Order Form."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(formEn("The processor keeps a record of witnesses to an audit on site."))
                .isEqualTo(Optional.empty());
    }
}
