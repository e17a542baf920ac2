/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session 31 of #16 (party31): the parties' addresses as agreements state them (Art. 30(2)(a) GDPR asks for each
 * party's name and contact details; the review calls a named party without its address and country incomplete) and
 * the agreement's form (Art. 28(9) GDPR), each reading a family of our own paraphrases in English and German beside
 * close texts that must not change. All texts are written for this test.
 */
class PartyAddressThirtyOneTest {

    // the agreement's body and the reading are the party30 test's: only the parties' lines differ
    private static final String BODY_DE = PartiesAndFormThirtyTest.BODY_DE;

    private static final String BODY_EN = PartiesAndFormThirtyTest.BODY_EN;

    private static DataProcessingAgreement read(String doc) {
        return PartiesAndFormThirtyTest.read(doc);
    }

    /** The processor's address as "street | town | country", "" where none is read. */
    private static String address(Optional<Party> party) {
        return party.flatMap(Party::getAddress)
                .map(a -> String.join(", ", a.getStreetLines()) + " | "
                        + a.getLocality().orElse("") + " | "
                        + a.getCountry().map(Object::toString).orElse(""))
                .orElse("");
    }

    private record Case(String doc, String processor) {}

    private static List<String> wrong(List<Case> cases) {
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            String got = address(read(c.doc()).getProcessor());
            if (!got.equals(c.processor())) {
                wrong.add(c.doc().lines().limit(10).toList() + " -> " + got);
            }
        }
        return wrong;
    }

    // --- the processor's address where the agreement states it ---

    @Test
    void should_read_the_address_the_parties_lead_or_the_document_states() {
        List<Case> family = List.of(
                // after the company's description, "with its registered office at …"; the country from the postcode
                new Case(
                        "Data Processing Agreement\n\nThis agreement is made between Harbour Lantern Labs Ltd, 4 Quay "
                                + "Street, Galway, Ireland (the \"Customer\") and Bluefin Systems Limited, a company "
                                + "registered in England and Wales (no. 0481127) with its registered office at 1 Dock "
                                + "Road, Leeds LS1 4AB (the \"Processor\")." + BODY_EN,
                        "1 Dock Road | Leeds | GB"),
                new Case(
                        "Data Processing Agreement\n\nbetween Harbour Lantern Labs Ltd, 4 Quay Street, Galway, Ireland "
                                + "(the \"Customer\") and Fjordline AS, a company incorporated in Norway (org. no. 912 "
                                + "345 678) whose registered office is at Strandgata 3, 0150 Oslo (the \"Processor\")."
                                + BODY_EN,
                        "Strandgata 3 | Oslo | "),
                // a register's number in parentheses after the country
                new Case(
                        "Data Processing Agreement\n\nbetween Harbour Lantern Labs Ltd, 4 Quay Street, Galway, Ireland "
                                + "(the \"Customer\") and Tölgyfa Szoftver B.V., Keizersgracht 12, 1015 CJ Amsterdam, "
                                + "the Netherlands (KvK 81442097) (the \"Processor\")." + BODY_EN,
                        "Keizersgracht 12 | Amsterdam | NL"),
                // the European prefix of the postal code gives the country
                new Case(
                        "Data Processing Agreement\n\nbetween Harbour Lantern Labs Ltd, 4 Quay Street, Galway, Ireland "
                                + "(the \"Customer\") and Lumière Cloud S.A., 8 rue du Fort, L-2419 Luxembourg (the "
                                + "\"Processor\")." + BODY_EN,
                        "8 rue du Fort | Luxembourg | LU"),
                // the party's lines wrapped by a layout: the designation's own line goes on with the address
                new Case(
                        "Data Processing Agreement\n\nbetween\n\nHarbour Lantern Labs Ltd, 4 Quay Street, Galway, "
                                + "Ireland (the \"Customer\")\n\nand\n\nQUAYSIDE SYSTEMS LIMITED, 2nd Floor, Merchant’s "
                                + "Quay House,\nCork T12 K8RE, Ireland, company number 612874 (the \"Processor\")"
                                + BODY_EN,
                        "2nd Floor | Cork | IE"),
                // German: the postcode wrapped away from its town
                new Case(
                        "Vertrag über die Auftragsverarbeitung\n\nzwischen der Praxis Dr. Lind GmbH, Hafenweg 2, "
                                + "24103 Kiel (nachfolgend „Verantwortlicher“) und der Medisoft Dienste GmbH, "
                                + "Kaistraße 5, 24114\nKiel, Amtsgericht Kiel HRB 4711, vertreten durch die "
                                + "Geschäftsführerin\nAnna Berg (nachfolgend „Auftragsverarbeiter“)" + BODY_DE,
                        "Kaistraße 5 | Kiel | DE"),
                // the vendor's letterhead, the party's lines referring to it
                new Case(
                        "BRETTWERK SOFTWARE GMBH\nSoftware für Handwerksbetriebe\nKaistraße 5 · 24114 Kiel · Tel. 0431 "
                                + "123 45-0\n\nVertrag über die Auftragsverarbeitung\n\nzwischen\n\nHolzweg Tischlerei "
                                + "GmbH\nSägeweg 3\n79098 Freiburg\n– „Auftraggeber“ –\n\nund\n\nBrettwerk Software "
                                + "GmbH (Anschrift siehe oben)\n– „Auftragnehmer“ –" + BODY_DE,
                        "Kaistraße 5 | Kiel | DE"),
                // a table of the parties in columns, with a row of addresses
                new Case(
                        "Data Processing Agreement\n\nThis agreement is made between the parties below.\n\n"
                                + "Particular\tCustomer\tSupplier\nRole\tController\tProcessor\nName\tHarbour Lantern "
                                + "Labs Ltd\tBluefin Systems Limited\nAddress\t4 Quay Street, Galway H91 X2Y3\t1 Dock "
                                + "Road, Leeds LS1 4AB\n" + BODY_EN,
                        "1 Dock Road | Leeds | GB"),
                // the party's name again in the opening's table with its address, a street without a number
                new Case(
                        "Data Processing Addendum\n\nThis Addendum forms part of the agreement between Bluefin Systems "
                                + "Limited and the customer named in the Order Form (\"Customer\").\n\nProvider\t"
                                + "Bluefin Systems Limited, The Granary, Dock Road, Limerick V94 R2K8 (company no. "
                                + "655018)\nOrder Form\tOF-2026-0419\n" + BODY_EN.replace("Controller", "Customer"),
                        "The Granary, Dock Road | Limerick | IE"));
        assertThat(wrong(family)).isEmpty();
        // close: an address beside another name (a sub-processor, an authority, a data centre, a court) is no
        // address of the processor, which its lead names without one
        String lead =
                "Vertrag über die Auftragsverarbeitung\n\nzwischen der Praxis Dr. Lind GmbH, Hafenweg 2, 24103 Kiel "
                        + "(nachfolgend „Verantwortlicher“) und der Medisoft Dienste GmbH (nachfolgend „Auftragsverarbeiter“)"
                        + BODY_DE;
        List<Case> close = List.of(
                new Case(
                        lead + "\n§ 3 Unterauftragsverarbeiter\n\nNordwolk Hosting GmbH, Hafenstraße 3, 20457 Hamburg "
                                + "(Rechenzentrumsbetrieb).\n",
                        ""),
                new Case(
                        lead + "\n§ 4 Aufsicht\n\nZuständige Aufsichtsbehörde ist das Unabhängige Landeszentrum für "
                                + "Datenschutz, Holstenstraße 98, 24103 Kiel.\n",
                        ""),
                new Case(
                        lead + "\n§ 5 Ort der Verarbeitung\n\nDie Daten werden im Rechenzentrum Hanauer Landstraße "
                                + "300, 60314 Frankfurt am Main verarbeitet.\n",
                        ""),
                new Case(
                        lead + "\n§ 6 Gerichtsstand\n\nGerichtsstand ist das Landgericht Kiel, Harmsstraße 99, 24114 "
                                + "Kiel.\n",
                        ""));
        assertThat(wrong(close)).isEmpty();
    }

    // --- the form: concluded electronically ---

    private static Optional<AgreementForm> form(String sentence, boolean german) {
        return read((german ? "Vertrag über die Auftragsverarbeitung\n\n" : "Data Processing Agreement\n\n")
                        + sentence
                        + (german ? BODY_DE : BODY_EN))
                .getForm();
    }

    @Test
    void should_read_an_agreement_concluded_in_the_account_the_portal_or_by_a_reply_as_electronic() {
        List<String> en = List.of(
                "This DPA is incorporated into the Business Terms, which you accept when you open your account.",
                "These terms form part of the Service Terms that the Customer accepts when creating its account.",
                "The agreement is concluded when the Customer places its order in the online shop.",
                "Administrators accept this Addendum in the Harbour admin console under Settings.",
                "If you agree, please reply to this e-mail with \"agreed\" and the agreement is then concluded.");
        List<String> de = List.of(
                "Der Vertrag wird mit der Bestellung im Vereinsportal geschlossen.",
                "Sie schließen diesen Vertrag, indem Sie ihn im Kundenkonto unter „Verträge“ annehmen.",
                "Die Vereinbarung ist Teil der AGB, die der Kunde bei der Eröffnung seines Kundenkontos akzeptiert.",
                "Wenn Sie einverstanden sind, antworten Sie bitte mit „einverstanden“ – dann gilt die Vereinbarung.");
        List<String> wrong = new ArrayList<>();
        en.forEach(s -> {
            if (!form(s, false).equals(Optional.of(AgreementForm.ELECTRONIC))) {
                wrong.add(s + " -> " + form(s, false));
            }
        });
        de.forEach(s -> {
            if (!form(s, true).equals(Optional.of(AgreementForm.ELECTRONIC))) {
                wrong.add(s + " -> " + form(s, true));
            }
        });
        assertThat(wrong).isEmpty();
        // close: something else accepted in the account (an amendment, the privacy notice, an instruction), or a
        // reply that only confirms receipt, states no form
        assertThat(form("Amendments to this DPA are accepted when you open your account settings.", false))
                .isEmpty();
        assertThat(form("You accept our privacy notice when you open your account.", false))
                .isEmpty();
        assertThat(form("Weisungen werden mit der Bestellung im Kundenportal erteilt.", true))
                .isEmpty();
        assertThat(form("Bitte antworten Sie kurz mit einer Eingangsbestätigung.", true))
                .isEmpty();
    }

    // --- the form: a copy that marks the signatures ---

    @Test
    void should_read_a_signature_line_marked_signed_as_written() {
        List<String> lines = List.of(
                "Signed for Customer: Aalen, 14 October 2026 — Dr. Ansgar Wendling, Managing Director (signed)",
                "For the Customer: Harbour Lantern Labs Ltd, Anne Byrne, Director (signed)",
                "Signed for the Processor: Bluefin Systems Limited, 3 March 2026 (signed)",
                "For Bluefin Systems Limited: John Doe, CEO, London, 2 May 2026 (signed)",
                "Für den Auftraggeber: Kiel, 3. März 2026, Anna Berg, Geschäftsführerin (gez.)",
                "Für die Medisoft Dienste GmbH: Kiel, 4. März 2026 – Jan Ohm (unterschrieben)",
                "Unterzeichnet für den Auftragnehmer: Jan Ohm, Geschäftsführer (unterzeichnet)",
                "Für den Verantwortlichen: Dr. Lind (gez.)");
        List<String> wrong = new ArrayList<>();
        for (String l : lines) {
            boolean german = l.startsWith("Für") || l.startsWith("Unterzeichnet");
            if (!form("\n\n" + l, german).equals(Optional.of(AgreementForm.WRITTEN))) {
                wrong.add(l + " -> " + form(l, german));
            }
        }
        assertThat(wrong).isEmpty();
        // close: "(signed)" beside something else than a party's signature line states no form
        assertThat(form("The Order Form (signed) refers to this DPA.", false)).isEmpty();
        assertThat(form("Notices: by e-mail to the address in the Order Form (signed copy to follow).", false))
                .isEmpty();
        assertThat(form("Für Rückfragen: Frau Berg, Telefon 0431 12345.", true)).isEmpty();
        assertThat(form("Signed for the Customer's records: the list of sub-processors.", false))
                .isEmpty();
    }
}
