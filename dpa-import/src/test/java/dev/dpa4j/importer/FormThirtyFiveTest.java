/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The agreement's form (Art. 28(9) GDPR: in writing, including in electronic form) in opening and closing lines the
 * earlier cues missed (#16, the lead, session 35; found when the 39th to 42nd held-out sets joined training): the
 * controller accepting the agreement together with, or when it accepts, the terms it belongs to; an agreement accepted
 * by ticking a box; terms that form part of a main agreement the parties signed; a table row with a party's "Signed:"
 * cell. Each reading a family of our own sentences beside close sentences that state no form.
 */
class FormThirtyFiveTest {

    private static List<String> notOpening(List<String> sentences, AgreementForm expected) {
        List<String> wrong = new ArrayList<>();
        for (String s : sentences) {
            boolean german = s.contains("Vertrag") || s.contains("angenommen") || s.contains("Kunde");
            Optional<AgreementForm> read = FormThirtyThreeTest.opening(s, german);
            if (!read.equals(Optional.of(expected))) {
                wrong.add(s + " -> " + read);
            }
        }
        return wrong;
    }

    @Test
    void should_read_the_agreement_the_controller_accepts_with_its_terms_as_electronic() {
        List<String> sentences = List.of(
                "The Customer accepts it together with the Subscription Agreement when placing an order.",
                "The Customer accepts this DPA together with the Platform Terms on registration.",
                "You accept it together with our Terms of Service when you open an account.",
                "The Controller accepts this Addendum along with the Reseller Terms when it signs up online.",
                "Harbour Lantern Labs Ltd (\"we\") provides the software to the business that holds the account"
                        + " (\"you\"); this addendum is part of your subscription and you accept it when you accept the"
                        + " subscription terms.",
                "The Customer accepts this DPA when the Customer accepts the Terms of Use.",
                "Customers accept it when they agree to the General Terms in the checkout.",
                "The Customer accepted this data processing agreement together with the Order Terms.");
        assertThat(notOpening(sentences, AgreementForm.ELECTRONIC)).isEmpty();
        // close: something else accepted together with the terms, an acceptance of instructions, a plain reference
        assertThat(FormThirtyThreeTest.opening(
                        "The Customer accepts the price list together with the quote; this DPA applies to the Service.",
                        false))
                .isEmpty();
        assertThat(FormThirtyThreeTest.opening(
                        "The Customer accepts the sub-processors listed in Annex 3 when it orders the Service.", false))
                .isEmpty();
        assertThat(FormThirtyThreeTest.opening("This DPA applies together with the Subscription Agreement.", false))
                .isEmpty();
        assertThat(FormThirtyThreeTest.opening(
                        "We accept instructions together with the ticket in which the Customer gives them.", false))
                .isEmpty();
    }

    @Test
    void should_read_an_agreement_accepted_by_ticking_a_box_as_electronic() {
        List<String> sentences = List.of(
                "It forms part of the Subscription Terms and is accepted when an account owner ticks the DPA box"
                        + " during onboarding.",
                "This DPA is accepted by the administrator ticking the box on the order page.",
                "The Addendum is accepted once the Customer checks the acceptance box in the sign-up form.",
                "These terms are accepted when the club clicks the \"Accept\" button in its settings.",
                "This Agreement will be accepted when the Customer ticks the checkbox next to it at checkout.",
                "Die Vereinbarung wird angenommen, indem der Kunde das Kästchen „AVV akzeptieren“ anklickt.",
                "Der Vertrag gilt als angenommen, sobald der Kunde das Häkchen im Bestellformular setzt.",
                "Diese Vereinbarung wird vom Kunden akzeptiert, indem er die Checkbox im Kundenkonto aktiviert.");
        assertThat(notOpening(sentences, AgreementForm.ELECTRONIC)).isEmpty();
        // close: a newsletter or consent box, an amendment accepted by a click, a box ticked for something else
        assertThat(FormThirtyThreeTest.opening(
                        "The newsletter is accepted when the user ticks the marketing box; this DPA forms part of the"
                                + " Terms.",
                        false))
                .isEmpty();
        assertThat(FormThirtyThreeTest.opening(
                        "An amendment is accepted when the Customer clicks the button shown in the console.", false))
                .isEmpty();
        assertThat(FormThirtyThreeTest.opening(
                        "Eine Änderung gilt als angenommen, wenn der Kunde das Kästchen im Kundenkonto anklickt.",
                        true))
                .isEmpty();
        assertThat(FormThirtyThreeTest.opening(
                        "Data subjects tick a box to give their consent; the Processor keeps the record.", false))
                .isEmpty();
    }

    @Test
    void should_read_terms_that_form_part_of_a_signed_main_agreement_as_written() {
        List<String> sentences = List.of(
                "These terms form part of the Licence and Services Agreement signed by the licensee.",
                "This DPA is part of the Master Services Agreement executed by both parties.",
                "The Addendum forms an integral part of the Framework Contract signed by the Customer and the Supplier.",
                "This Agreement is part of the signed Order Form between the parties.",
                "It forms part of our Service Agreement, countersigned by the Customer on 3 March 2026.",
                "Diese Vereinbarung ist Bestandteil des vom Kunden unterzeichneten Rahmenvertrags.",
                "Der AVV ist Bestandteil der von beiden Parteien unterschriebenen Bestellung.",
                "Diese Anlage ist Bestandteil des Hauptvertrags, den der Kunde unterzeichnet hat.");
        assertThat(notOpening(sentences, AgreementForm.WRITTEN)).isEmpty();
        // close: a main agreement accepted electronically or signed electronically, a signed document of another
        // subject, a reference to the main agreement without its signature
        assertThat(FormThirtyThreeTest.opening(
                        "These terms form part of the Services Agreement signed by the Customer with an electronic"
                                + " signature.",
                        false))
                .isNotEqualTo(Optional.of(AgreementForm.WRITTEN));
        assertThat(FormThirtyThreeTest.opening(
                        "The Customer keeps the delivery notes signed by the driver; this DPA forms part of the"
                                + " Terms.",
                        false))
                .isEmpty();
        assertThat(FormThirtyThreeTest.opening("This DPA forms part of the Master Services Agreement.", false))
                .isEmpty();
        assertThat(FormThirtyThreeTest.opening(
                        "Diese Vereinbarung ist Bestandteil des Rahmenvertrags über die Wartung.", true))
                .isEmpty();
    }

    @Test
    void should_read_a_table_row_with_a_party_signed_cell_as_written() {
        List<String> rows = List.of(
                "For Foxhollow Cinema Ltd\tSigned: Declan Furlong, Director Date: 14 November 2026",
                "For the Customer\tSigned: ______________ Date: ________",
                "Supplier\tSigned: Mary Roe\tDate: 2 May 2026",
                "Customer\tSignature: ____________________",
                "For Harbour Lantern Labs Ltd\tSigned and date: J. Doe, 4 June 2026",
                "Für den Kunden\tUnterschrift: ____________________",
                "Auftragnehmer\tUnterzeichnet: Eva Roth, Geschäftsführerin",
                "Processor\tSigned: Tom Walsh, Chief Executive Officer, 3 April 2026");
        List<String> wrong = new ArrayList<>();
        for (String r : rows) {
            boolean german = r.contains("Kunden") || r.contains("Auftragnehmer");
            Optional<AgreementForm> read = FormThirtyThreeTest.closing(r, german);
            if (!read.equals(Optional.of(AgreementForm.WRITTEN))) {
                wrong.add(r + " -> " + read);
            }
        }
        assertThat(wrong).isEmpty();
        // close: a table row naming a signed document or a signing feature, not a signature field
        assertThat(FormThirtyThreeTest.closing("Recordings\tSigned URLs expire after 24 hours", false))
                .isEmpty();
        assertThat(FormThirtyThreeTest.closing("Firmware\tsigned updates: yes", false))
                .isEmpty();
        assertThat(FormThirtyThreeTest.closing("Export\tPDF with a signed hash of each result", false))
                .isEmpty();
        assertThat(FormThirtyThreeTest.closing("Sub-processor\tSignwell Ltd\tE-signature service\tIreland", false))
                .isEmpty();
    }
}
