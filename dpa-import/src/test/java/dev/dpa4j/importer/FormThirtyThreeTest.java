/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The agreement's form (Art. 28(9) GDPR: in writing, including in electronic form) as the closing lines of a copy state
 * it, in words the earlier cues missed (#16, the lead, session 33; found when the 35th and 36th held-out sets joined
 * training): a signature line that names who signed for a party, with or without the place and date of signing before
 * it; the same line naming an electronic signature; a German signature line left blank over the signatories' names
 * whose officer is a „Geschäftsführerin“; acceptance by a reply to the e-mail or together with the terms the customer
 * accepts. Each reading a family of our own sentences beside close sentences that state no form.
 */
class FormThirtyThreeTest {

    private static final String BODY_DE = PartiesAndFormThirtyTest.BODY_DE;

    private static final String BODY_EN = PartiesAndFormThirtyTest.BODY_EN;

    /** The form read from an agreement that ends with the given lines. */
    static Optional<AgreementForm> closing(String lines, boolean german) {
        return PartiesAndFormThirtyTest.read(
                        (german ? "Vertrag über die Auftragsverarbeitung" : "Data Processing Agreement")
                                + (german ? BODY_DE : BODY_EN)
                                + "\n\n"
                                + lines
                                + "\n")
                .getForm();
    }

    /** The form read from an agreement that opens with the given sentence. */
    static Optional<AgreementForm> opening(String sentence, boolean german) {
        return PartiesAndFormThirtyTest.read(
                        (german ? "Vertrag über die Auftragsverarbeitung\n\n" : "Data Processing Agreement\n\n")
                                + sentence
                                + (german ? BODY_DE : BODY_EN))
                .getForm();
    }

    private static List<String> notRead(List<String> lines, AgreementForm expected, boolean opening) {
        List<String> wrong = new ArrayList<>();
        for (String l : lines) {
            boolean german = l.contains("für ") || l.contains("Für ") || l.contains(" den ") || l.contains("„");
            Optional<AgreementForm> read = opening ? opening(l, german) : closing(l, german);
            if (!read.equals(Optional.of(expected))) {
                wrong.add(l + " -> " + read);
            }
        }
        return wrong;
    }

    @Test
    void should_read_a_line_naming_who_signed_for_a_party_as_written() {
        List<String> lines = List.of(
                "Signed for the Customer: Orla Fennessy, Managing Director",
                "Signed for Harbour Lantern Labs Ltd: Anne Byrne, Director, 21 October 2026.",
                "Signed on behalf of the Processor: Dr. Malcolm Reid, Chief Operating Officer",
                "Signed for Bluefin Systems Limited: John Doe          Signed for the Customer: Mary Roe",
                "Wachenheim / Mainz, 6. Oktober 2026 – für den Auftraggeber: Vorstand Theresa Kübler",
                "Kiel, 3. März 2026 – für die Medisoft Dienste GmbH: Jan Ohm, Geschäftsführer",
                "Graz, am 12.05.2026 – für den Verantwortlichen: Dr. Lena Brandstätter",
                "Dublin, 6 November 2026 – for the Customer: Siobhan Kelly, Head of Operations");
        assertThat(notRead(lines, AgreementForm.WRITTEN, false)).isEmpty();
    }

    @Test
    void should_read_a_line_naming_an_electronic_signature_as_electronic() {
        List<String> lines = List.of(
                "Signed for Carrowhill Systems Ltd: Niamh Doyle, Head of Governance (electronic signature, record 5512).",
                "Signed for the Customer: Mary Roe (electronically signed on 3 May 2026)",
                "Signed on behalf of the Processor: John Doe, CEO – qualified electronic signature",
                "Für den Auftraggeber: Anna Berg, Geschäftsführerin (qualifizierte elektronische Signatur)",
                "Für die Medisoft Dienste GmbH: Jan Ohm – elektronisch signiert am 4. März 2026",
                "Unterzeichnet für den Auftragnehmer: Jan Ohm (elektronisch unterzeichnet)",
                "Signed for Bluefin Systems Limited: John Doe, Director, advanced electronic signature",
                "Für den Verantwortlichen: Dr. Lind, elektronische Signatur über das Vertragsportal");
        assertThat(notRead(lines, AgreementForm.ELECTRONIC, false)).isEmpty();
    }

    @Test
    void should_read_no_form_from_a_line_for_a_party_that_names_no_signatory() {
        // close: a party's records, notices or contact, a date of an amendment, a signatory named in lower case text
        assertThat(closing("Signed for the Customer's records: the list of sub-processors.", false))
                .isEmpty();
        assertThat(closing("Notices for the Customer: by e-mail to the address in the order form.", false))
                .isEmpty();
        assertThat(closing("Kiel, 3. März 2026 – für Rückfragen: telefonisch unter 0431 12345.", true))
                .isEmpty();
        assertThat(closing("Version of 6 October 2026 – for the record: this replaces version 3.", false))
                .isEmpty();
        assertThat(closing("Für den Auftraggeber: die Liste der Unterauftragsverarbeiter in Anlage 3.", true))
                .isEmpty();
    }

    @Test
    void should_read_blank_signature_lines_over_an_officer_whose_title_has_an_umlaut() {
        String lines = "Bielefeld, den ______________          Bielefeld, den ______________\n\n"
                + "_____________________________          _____________________________\n\n"
                + "Sabine Hollmann, Geschäftsführerin          Mehmet Aydın, Geschäftsführer";
        assertThat(closing(lines, true)).contains(AgreementForm.WRITTEN);
        for (String officer : List.of("Geschäftsführerin", "Geschäftsführender Vorstand", "Geschäftsführung")) {
            assertThat(closing(
                            "Kassel, den ____________\n\n_____________________________\n\nPetra Lang, " + officer,
                            true))
                    .as(officer)
                    .contains(AgreementForm.WRITTEN);
        }
        // close: a place and a blank date without anyone who signs is no signature block
        assertThat(closing("Kassel, den ____________\n\nBitte senden Sie das Formular zurück.", true))
                .isEmpty();
    }

    @Test
    void should_read_acceptance_by_reply_or_with_the_terms_as_electronic() {
        List<String> lines = List.of(
                "Wenn Sie den AVV so annehmen möchten, antworten Sie einfach mit „einverstanden“ – das genügt uns "
                        + "als Annahme.",
                "Antworten Sie mit „ja“ auf diese Nachricht, dann ist der Vertrag angenommen.",
                "Please reply \"agreed\" to this e-mail, which we treat as your acceptance.",
                "Simply reply \"I agree\" and this Addendum is accepted.",
                "Podcasters accept this Addendum when they accept the Terms of Service at sign-up.",
                "Members accept this DPA when they agree to the Membership Terms online.",
                "Customers accept this Addendum by accepting the Order Form in the portal.",
                "The customer accepts this Agreement when the customer accepts the General Terms.");
        assertThat(notRead(lines, AgreementForm.ELECTRONIC, true)).isEmpty();
        // close: a reply that confirms receipt, an amendment accepted by reply, terms accepted without the agreement
        assertThat(opening("Bitte antworten Sie mit „erhalten“, sobald Ihnen die Unterlagen vorliegen.", true))
                .isEmpty();
        assertThat(opening("Amendments are accepted when you reply \"agreed\" to our notice.", false))
                .isEmpty();
        assertThat(opening("Please reply \"yes\" if you would like a printed copy.", false))
                .isEmpty();
        assertThat(opening("They accept the Terms of Service at sign-up.", false))
                .isEmpty();
    }

    @Test
    void should_read_an_electronic_format_named_with_its_article_in_brackets() {
        List<String> lines = List.of(
                "Sie wird in einem elektronischen Format (Art. 28 Abs. 9 DSGVO) geschlossen.",
                "Die Vereinbarung wird in einem elektronischen Format (Textform) abgeschlossen.",
                "This Agreement is concluded in an electronic format (Article 28(9) GDPR).",
                "The DPA is executed in an electronic form (Art. 28(9) GDPR) by both parties.");
        List<String> wrong = new ArrayList<>();
        for (String l : lines) {
            boolean german = l.startsWith("Sie") || l.startsWith("Die");
            if (!opening(l, german).equals(Optional.of(AgreementForm.ELECTRONIC))) {
                wrong.add(l + " -> " + opening(l, german));
            }
        }
        assertThat(wrong).isEmpty();
        // close: something else in an electronic format, not the agreement's conclusion
        assertThat(opening("Änderungen werden in einem elektronischen Format (E-Mail) mitgeteilt.", true))
                .isEmpty();
        assertThat(opening("Reports are provided in an electronic format (PDF) on request.", false))
                .isEmpty();
    }
}
