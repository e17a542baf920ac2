/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The agreement's form (Art. 28(9) GDPR: in writing, including in electronic form) in closing and opening lines the
 * earlier cues missed (#16, the lead, session 34; found when the 37th and 38th held-out sets joined training): a
 * signature line whose signatory's surname has an apostrophe, a signature block giving name, title and date in one line,
 * and an agreement accepted together with terms the sentence names at length. Each reading a family of our own sentences
 * beside close sentences that state no form.
 */
class FormThirtyFourTest {

    /** The form read from an agreement that ends with the given lines (as {@link FormThirtyThreeTest} reads it). */
    private static Optional<AgreementForm> closing(String lines, boolean german) {
        return FormThirtyThreeTest.closing(lines, german);
    }

    /** The form read from an English agreement that opens with the given sentence. */
    private static Optional<AgreementForm> opening(String sentence) {
        return FormThirtyThreeTest.opening(sentence, false);
    }

    private static List<String> notClosing(List<String> lines, AgreementForm expected) {
        List<String> wrong = new ArrayList<>();
        for (String l : lines) {
            boolean german = l.contains("Funktion") || l.contains("Datum");
            Optional<AgreementForm> read = closing(l, german);
            if (!read.equals(Optional.of(expected))) {
                wrong.add(l + " -> " + read);
            }
        }
        return wrong;
    }

    @Test
    void should_read_a_signature_line_whose_signatory_has_an_apostrophe_in_the_name() {
        List<String> lines = List.of(
                "Signed for the Supplier: Niamh O'Rourke, Chief Operating Officer, 11 March 2026",
                "Signed for the Customer: Seán D'Arcy, Director",
                "Signed on behalf of the Processor: Aoife O’Neill, General Counsel",
                "Signed for Harbour Lantern Labs Ltd: Ciarán O'Sullivan-Byrne, 2 May 2026",
                "Signed for the Controller: Mary O'Brien · Signed for the Processor: Tom Walsh",
                "Signed for the Customer: Dr. Liam D’Alton, Medical Director",
                "Signed on behalf of the Customer: Pádraig O'Connor, Finance Director, 4 June 2026",
                "Signed for the Supplier: Ann-Marie O'Keeffe, Managing Director");
        assertThat(notClosing(lines, AgreementForm.WRITTEN)).isEmpty();
        // close: no signatory after the colon, whatever the apostrophes
        assertThat(closing("Signed for the Customer's records: the list of sub-processors.", false))
                .isEmpty();
        assertThat(closing("Signed for the Customer: o'clock times are in Irish time.", false))
                .isEmpty();
    }

    @Test
    void should_read_a_signature_block_of_name_title_and_date_as_written() {
        List<String> lines = List.of(
                "For the Supplier\tFor the Customer\nName: Ronan Byrne Title: Commercial Director Date: 12 May 2026"
                        + "\tName: Siobhan Walsh Title: General Manager Date:",
                "Name: ____________ Title: ____________ Date: ____________",
                "By: ____________ Name: Jane Roe Title: Chief Executive Officer Date: 1 March 2026",
                "Name: John Doe  Position: Head of IT  Date: 3 April 2026",
                "Signatures\nName: Mary Roe, Title: Director, Date: 2 February 2026",
                "Name: Eva Roth  Funktion: Geschäftsführerin  Datum: 5. Mai 2026",
                "Für den Auftraggeber\nName: ______________ Funktion: ______________ Datum: ______________",
                "Name: Jan Ohm, Funktion: Vorstand, Datum: 04.03.2026");
        assertThat(notClosing(lines, AgreementForm.WRITTEN)).isEmpty();
        // close: a sub-processor row, a contact line with a role but no date, a data protection officer's details
        assertThat(closing("Name: Hostwerk GmbH Service: hosting Location: Germany", false))
                .isEmpty();
        assertThat(closing(
                        "Contact for data protection – Name: Jane Roe, Title: Privacy Lead, e-mail dpo@example.com",
                        false))
                .isEmpty();
        assertThat(closing("Datenschutzbeauftragter – Name: Dr. Eva Roth, Funktion: extern, Telefon: 0431 1234", true))
                .isEmpty();
        assertThat(closing("Date of the last review: 3 May 2026. Name of the document: Annex II.", false))
                .isEmpty();
    }

    @Test
    void should_read_an_agreement_accepted_together_with_terms_named_at_length_as_electronic() {
        List<String> lines = List.of(
                "It forms part of the Agency Terms of Service and is accepted together with them.",
                "This DPA is incorporated into the Helpline Subscription Terms and Conditions and is accepted together"
                        + " with them.",
                "The Addendum forms an integral part of the Customer Master Subscription Agreement and is accepted"
                        + " together with it.",
                "It is an annex to the Platform Terms for Professional Users and is accepted along with them.",
                "This Agreement supplements the General Terms of Business for Club Members and is accepted together"
                        + " with those terms.",
                "The DPA belongs to the Booking Platform Terms of Use for Venues and is accepted together with them.",
                "It is part of the Studio Software Licence and Services Terms, and is accepted together with them.",
                "This Addendum is attached to the Reseller Programme Terms and Conditions and is accepted along with"
                        + " them.");
        List<String> wrong = new ArrayList<>();
        for (String l : lines) {
            if (!opening(l).equals(Optional.of(AgreementForm.ELECTRONIC))) {
                wrong.add(l + " -> " + opening(l));
            }
        }
        assertThat(wrong).isEmpty();
        // close: something else accepted together with other documents, the terms only referred to
        assertThat(opening(
                        "It forms part of the Terms of Service; the price list is accepted together with the quote."))
                .isEmpty();
        assertThat(opening("Our cookie settings are accepted together with the privacy notice of the website."))
                .isEmpty();
        assertThat(opening("It forms part of the Agency Terms of Service, which the agency has accepted."))
                .isEmpty();
        assertThat(opening("The order form refers to the Terms of Service of the current version."))
                .isEmpty();
    }
}
