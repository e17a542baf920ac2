/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.formDe;
import static dev.dpa4j.importer.WordingFrames.formEn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session 30 of #16 (party30): how agreements introduce their parties (Art. 28(3) GDPR: the processor binds itself to
 * the controller; Art. 30(2)(a): each is identified by name) and how they state their form (Art. 28(9) GDPR), each
 * reading a family of our own paraphrases in English and German beside close texts that must not yield a party or a
 * form. All texts are written for this test.
 */
class PartiesAndFormThirtyTest {

    static final String BODY_DE = "\n\n§ 1 Gegenstand\n\nDer Auftragsverarbeiter verarbeitet personenbezogene "
            + "Daten im Auftrag des Verantwortlichen für den Betrieb eines Buchungsportals.\n\n§ 2 Weisungen\n\nDer "
            + "Auftragsverarbeiter verarbeitet die Daten nur auf dokumentierte Weisung des Verantwortlichen.\n";

    static final String BODY_EN = "\n\n1. Subject matter\n\nThe Processor processes personal data on behalf "
            + "of the Controller for the operation of a booking portal.\n\n2. Instructions\n\nThe Processor processes "
            + "personal data only on documented instructions of the Controller.\n";

    static DataProcessingAgreement read(String doc) {
        return DpaImporter.standard()
                .importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt")
                .getDraft();
    }

    private static String processor(DataProcessingAgreement a) {
        return a.getProcessor().flatMap(Party::getName).orElse("");
    }

    private static String controller(DataProcessingAgreement a) {
        return a.getControllers().isEmpty()
                ? ""
                : a.getControllers().get(0).getName().orElse("");
    }

    /** One text with the names it must give its processor and first controller ("" for none). */
    private record Case(String doc, String processor, String controller) {}

    private static List<String> wrong(List<Case> cases) {
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            DataProcessingAgreement a = read(c.doc());
            if (!processor(a).equals(c.processor()) || !controller(a).equals(c.controller())) {
                wrong.add(c.doc().lines().limit(8).toList() + " -> processor " + processor(a) + ", controller "
                        + controller(a));
            }
        }
        return wrong;
    }

    // --- a party's designation alone on the line that closes its lines, between dashes ---

    private static String dashed(String lead, String c, String cMark, String and, String p, String pMark, String body) {
        return lead + "\n\nzwischen\n\n".replace("zwischen", lead.startsWith("Data") ? "between" : "zwischen") + c
                + "\n" + cMark + "\n\n" + and + "\n\n" + p + "\n" + pMark + body;
    }

    @Test
    void should_read_a_designation_between_dashes_on_a_line_of_its_own() {
        String de = "Vertrag über die Auftragsverarbeitung";
        String en = "Data Processing Agreement";
        String holz = "Holzweg Tischlerei GmbH\nSägeweg 3\n79098 Freiburg";
        String brett = "Brettwerk Software GmbH, Kaistraße 5, 24114 Kiel";
        String harbour = "Harbour Lantern Labs Ltd\n4 Quay Street\nGalway";
        String blue = "Bluefin Systems Limited, 1 Dock Road, Leeds LS1 4AB";
        List<Case> family = List.of(
                new Case(
                        dashed(
                                de,
                                holz,
                                "- \"Verantwortlicher\" -",
                                "und",
                                brett,
                                "- \"Auftragsverarbeiter\" -",
                                BODY_DE),
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        dashed(de, holz, "– „Auftraggeber“ –", "und", brett, "– „Auftragnehmer“ –", BODY_DE),
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        dashed(de, holz, "— „Kunde“ —", "und", brett, "— „Anbieter“ —", BODY_DE),
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        dashed(de, holz, "„Verantwortlicher“", "und", brett, "„Auftragsverarbeiter“", BODY_DE),
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        dashed(
                                de,
                                holz,
                                "- der „Verantwortliche“ -",
                                "und",
                                brett,
                                "- der „Auftragsverarbeiter“ -",
                                BODY_DE),
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        dashed(en, harbour, "- \"Controller\" -", "and", blue, "- \"Processor\" -", BODY_EN),
                        "Bluefin Systems Limited",
                        "Harbour Lantern Labs Ltd"),
                new Case(
                        dashed(en, harbour, "– the “Customer” –", "and", blue, "– the “Supplier” –", BODY_EN),
                        "Bluefin Systems Limited",
                        "Harbour Lantern Labs Ltd"),
                new Case(
                        dashed(en, harbour, "\"Client\" -", "and", blue, "\"Provider\" -", BODY_EN),
                        "Bluefin Systems Limited",
                        "Harbour Lantern Labs Ltd"));
        assertThat(wrong(family)).isEmpty();
        // close: a line of its own that designates no party of the agreement (a sub-processor, an authority, the data
        // subjects, the main contract) leaves the parties as they are
        String parties = "Vertrag über die Auftragsverarbeitung\n\nzwischen\n\n" + holz
                + "\n(nachfolgend „Verantwortlicher“)\n\nund\n\n" + brett + "\n(nachfolgend „Auftragsverarbeiter“)\n\n";
        List<Case> close = List.of(
                new Case(
                        parties + "Nordwolk Hosting B.V., Rotterdam\n- \"Unterauftragsverarbeiter\" -" + BODY_DE,
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        parties + "Landesbeauftragte für den Datenschutz, Kiel\n- „Aufsichtsbehörde“ -" + BODY_DE,
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        parties + "Die Beschäftigten des Verantwortlichen\n– „Betroffene“ –" + BODY_DE,
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        parties + "Nutzungsvertrag „Holzweg Pro“ vom 1. März 2026\n- „Hauptvertrag“ -" + BODY_DE,
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"));
        assertThat(wrong(close)).isEmpty();
    }

    // --- the other party of the opening, designated by its own short name ---

    @Test
    void should_read_the_company_beside_the_designated_party_as_the_other_party() {
        List<Case> family = List.of(
                new Case(
                        "Data Processing Agreement\n\nThis agreement is made between Harbour Lantern Labs Ltd, 4 Quay "
                                + "Street, Galway (the \"Customer\") and Tölgyfa Szoftverház Kft., Fő utca 1, Budapest "
                                + "(\"Tölgyfa\")." + BODY_EN,
                        "Tölgyfa Szoftverház Kft.",
                        "Harbour Lantern Labs Ltd"),
                new Case(
                        "Data Processing Agreement\n\nThese terms form part of the agreement between Fjordline AS, "
                                + "Strandgata 3, Oslo (\"Fjordline\") and the customer named in the Order Form "
                                + "(\"Customer\")." + BODY_EN,
                        "Fjordline AS",
                        ""),
                new Case(
                        "Data Processing Agreement\n\nThis DPA is entered into between Acme Widgets GmbH, Hafenweg 4, "
                                + "Bremen (\"Acme\") and Bluefin Systems Limited, 1 Dock Road, Leeds (the "
                                + "\"Processor\")." + BODY_EN,
                        "Bluefin Systems Limited",
                        "Acme Widgets GmbH"),
                new Case(
                        "Data Processing Agreement\n\nbetween\n\nHALDEN CAR HIRE LIMITED, Unit 4 Ballymount Cross "
                                + "Business Park, Dublin 24, company number 298113 (the “Customer”), and\nQUAYSIDE "
                                + "SYSTEMS LIMITED, 2nd Floor, Merchant’s Quay House, Cork, company number 612874 "
                                + "(“Quayside”)." + BODY_EN,
                        "QUAYSIDE SYSTEMS LIMITED",
                        "HALDEN CAR HIRE LIMITED"),
                new Case(
                        "Vertrag über die Auftragsverarbeitung\n\nDieser Vertrag wird geschlossen zwischen der Praxis "
                                + "Dr. Lind GmbH, Hafenweg 2, 24103 Kiel (nachfolgend „Verantwortlicher“) und der "
                                + "Medisoft Dienste GmbH, Kaistraße 5, 24114 Kiel (nachfolgend „Medisoft“)." + BODY_DE,
                        "Medisoft Dienste GmbH",
                        "Praxis Dr. Lind GmbH"),
                new Case(
                        "Vertrag über die Auftragsverarbeitung\n\nDieser Vertrag gilt zwischen der Medisoft Dienste "
                                + "GmbH, Kaistraße 5, 24114 Kiel („Medisoft“), und der Praxis, die den Dienst bucht "
                                + "(„Kunde“)." + BODY_DE,
                        "Medisoft Dienste GmbH",
                        ""),
                new Case(
                        "Vertrag über die Auftragsverarbeitung\n\nzwischen der Stadtwerke Lindau GmbH, Seeweg 1, "
                                + "88131 Lindau („Stadtwerke“) und der Zählerdienst Süd GmbH, Ringstraße 9, 88131 "
                                + "Lindau (nachfolgend „Auftragnehmer“)" + BODY_DE,
                        "Zählerdienst Süd GmbH",
                        "Stadtwerke Lindau GmbH"),
                new Case(
                        "Vertrag über die Auftragsverarbeitung\n\nVertragspartner sind die Kaltwasser Apotheke OHG, "
                                + "Burgstraße 31, 20457 Hamburg („Kunde“), und die Nordhafen Rechenzentrum GmbH, "
                                + "Wendenstraße 190, 20537 Hamburg („Nordhafen“)." + BODY_DE,
                        "Nordhafen Rechenzentrum GmbH",
                        "Kaltwasser Apotheke OHG"));
        assertThat(wrong(family)).isEmpty();
        // close: a sub-processor, an authority, an affiliate and a data subject designated by a short name near the
        // designated party are no party of the agreement
        String customer =
                "Data Processing Agreement\n\nThis agreement is made between Harbour Lantern Labs Ltd, 4 Quay "
                        + "Street, Galway (the \"Customer\") and the provider of the platform.\n\n";
        List<Case> close = List.of(
                new Case(
                        customer + "Hosting is provided by Nordwolk Hosting B.V., Rotterdam (\"Nordwolk\")." + BODY_EN,
                        "",
                        "Harbour Lantern Labs Ltd"),
                new Case(
                        customer + "Complaints go to the Data Protection Commission, 21 Fitzwilliam Square, Dublin "
                                + "(\"DPC\")." + BODY_EN,
                        "",
                        "Harbour Lantern Labs Ltd"),
                new Case(
                        "Data Processing Agreement\n\nThis agreement is made between Harbour Lantern Labs Ltd, 4 Quay "
                                + "Street, Galway (the \"Customer\") and its affiliate Harbour Retail Ltd "
                                + "(\"Retail\")." + BODY_EN,
                        "",
                        "Harbour Lantern Labs Ltd"),
                new Case(
                        "Vertrag über die Auftragsverarbeitung\n\nDieser Vertrag gilt zwischen der Praxis Dr. Lind "
                                + "GmbH, Hafenweg 2, 24103 Kiel (nachfolgend „Verantwortlicher“) und ihrer Patientin "
                                + "Jana Otterbach („Patientin“)." + BODY_DE,
                        "",
                        "Praxis Dr. Lind GmbH"));
        assertThat(wrong(close)).isEmpty();
    }

    // --- party tables: the role and its designation in the first cell, or the parties in columns ---

    @Test
    void should_read_the_name_of_a_party_table_not_its_role_or_row_label() {
        String de = "Vertrag über die Auftragsverarbeitung\n\n";
        String en = "Data Processing Agreement\n\n";
        List<Case> family = List.of(
                new Case(
                        de + "Verantwortlicher („Auftraggeber“)\tHolzweg Tischlerei GmbH, Sägeweg 3, 79098 Freiburg\n"
                                + "Auftragsverarbeiter („Auftragnehmer“)\tBrettwerk Software GmbH, Kaistraße 5, 24114 "
                                + "Kiel" + BODY_DE,
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        en + "Controller (the “Customer”)\tHarbour Lantern Labs Ltd, 4 Quay Street, Galway\n"
                                + "Processor (the “Supplier”)\tBluefin Systems Limited, 1 Dock Road, Leeds" + BODY_EN,
                        "Bluefin Systems Limited",
                        "Harbour Lantern Labs Ltd"),
                new Case(
                        en + "Controller (“Client”)\tHarbour Lantern Labs Ltd, Galway\n"
                                + "Processor (“Vendor”)\tBluefin Systems Limited, Leeds" + BODY_EN,
                        "Bluefin Systems Limited",
                        "Harbour Lantern Labs Ltd"),
                new Case(
                        de + "Kunde („Verantwortlicher“)\tHolzweg Tischlerei GmbH, Freiburg\n"
                                + "Anbieter („Auftragsverarbeiter“)\tBrettwerk Software GmbH, Kiel" + BODY_DE,
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        en + "\tCustomer\tSupplier\nName\tHarbour Lantern Labs Ltd\tBluefin Systems Limited\n"
                                + "Address\t4 Quay Street, Galway\t1 Dock Road, Leeds\nRole\tController\tProcessor"
                                + BODY_EN,
                        "Bluefin Systems Limited",
                        "Harbour Lantern Labs Ltd"),
                new Case(
                        de + "\tKunde\tAnbieter\nFirma\tHolzweg Tischlerei GmbH\tBrettwerk Software GmbH\n"
                                + "Anschrift\tSägeweg 3, 79098 Freiburg\tKaistraße 5, 24114 Kiel\n"
                                + "Rolle\tVerantwortlicher\tAuftragsverarbeiter" + BODY_DE,
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        en + "Role\tController (or processor, see clause 2(c))\tProcessor (or sub-processor)\n"
                                + "Legal name\tHarbour Lantern Labs Ltd\tBluefin Systems Limited" + BODY_EN,
                        "Bluefin Systems Limited",
                        "Harbour Lantern Labs Ltd"),
                new Case(
                        en + "Party\tHarbour Lantern Labs Ltd\tBluefin Systems Limited\nCapacity\tController\tProcessor"
                                + BODY_EN,
                        "Bluefin Systems Limited",
                        "Harbour Lantern Labs Ltd"));
        assertThat(wrong(family)).isEmpty();
        // close: rows of a table that name no party (the main contract, the sub-processors, the authority, the data
        // subjects) beside parties designated in the usual way leave those parties as they are
        String parties = "Vertrag über die Auftragsverarbeitung\n\nzwischen\n\nHolzweg Tischlerei GmbH\nSägeweg 3\n"
                + "79098 Freiburg\n(nachfolgend „Verantwortlicher“)\n\nund\n\nBrettwerk Software GmbH\nKaistraße 5\n"
                + "24114 Kiel\n(nachfolgend „Auftragsverarbeiter“)\n\n";
        List<Case> close = List.of(
                new Case(
                        parties + "Hauptvertrag\tNutzungsvertrag „Holzweg Pro“ vom 1. März 2026" + BODY_DE,
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        parties + "Name\tLeistung\tOrt\nNordwolk Hosting B.V.\tHosting\tNiederlande\n"
                                + "Rolle\tUnterauftragsverarbeiter\tUnterauftragsverarbeiter" + BODY_DE,
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        parties + "Aufsichtsbehörde\tLandesbeauftragte für den Datenschutz Schleswig-Holstein"
                                + BODY_DE,
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"),
                new Case(
                        parties + "Betroffene\tBeschäftigte, Kundinnen und Kunden" + BODY_DE,
                        "Brettwerk Software GmbH",
                        "Holzweg Tischlerei GmbH"));
        assertThat(wrong(close)).isEmpty();
    }

    // --- Art. 28(9): the agreement accepted in the customer's account, portal or console ---

    @Test
    void should_read_acceptance_in_an_account_portal_or_console_as_electronic() {
        List<Optional<AgreementForm>> family = List.of(
                formEn("This DPA is accepted by the account owner when the Customer's account is created."),
                formEn("The Addendum is accepted by the Customer's account administrator when the workspace is set up "
                        + "(Admin › Contracts › Accept)."),
                formEn("The Customer accepts this agreement through the admin console when it opens its account."),
                formEn("This agreement is entered into by the practice that accepts it in its online account."),
                formEn("Acceptance of this DPA is recorded in the Customer's account under Settings › Legal."),
                formDe("Dieser Vertrag gilt zwischen dem Verein, der ihn im Mitgliederportal unter „Verträge“ annimmt, "
                        + "und dem Anbieter."),
                formDe("Die Vereinbarung wird vom Kontoinhaber bei der Einrichtung des Kundenkontos angenommen "
                        + "(Einstellungen › Rechtliches › AVV annehmen)."),
                formDe("Der Kunde nimmt diesen Vertrag in seinem Kundenkonto unter „Datenschutz“ an."),
                formDe("Die Praxis akzeptiert die Vereinbarung in der Verwaltungskonsole."));
        assertThat(family).allMatch(f -> f.equals(Optional.of(AgreementForm.ELECTRONIC)));
        // close: what else is accepted in an account (quotes, amendments, invitations, instructions) is not the form
        List<Optional<AgreementForm>> close = List.of(
                formEn("The Customer may accept quotes for additional services in the admin console."),
                formEn("Amendments to this DPA apply only if the Customer accepts them in the portal."),
                formEn("The account owner accepts invitations of further users from the settings page of its account."),
                formDe("Änderungen dieses Vertrags gelten nur, wenn der Kunde sie im Portal annimmt."),
                formDe("Der Kontoinhaber nimmt Einladungen weiterer Nutzer im Kundenkonto an."));
        assertThat(close).allMatch(Optional::isEmpty);
    }

    // --- Art. 28(9): the signature blocks of both parties set side by side in columns ---

    @Test
    void should_read_signature_blocks_set_in_columns_as_written() {
        List<Optional<AgreementForm>> family = List.of(
                formEn("For the Customer\tFor the Provider\n\n________________________ Jane Roe, Director Date: "
                        + "__________\t________________________ John Doe, CEO Date: __________"),
                formEn("______________ Name: Ana Ruiz\t______________ Name: Tom Ek"),
                formEn("____________ Mary Major, for the Controller\t____________ Kim Lee, for the Processor"),
                formEn("__________ Customer (authorised signatory)\t__________ Supplier (authorised signatory)"),
                formDe(
                        "Für den Auftraggeber\tFür den Auftragnehmer\n\n____________________ Eva Beispiel, "
                                + "Geschäftsführerin Datum: ________\t____________________ Max Muster, Prokurist Datum: ________"),
                formDe("____________ Verantwortlicher, Ort, Datum\t____________ Auftragsverarbeiter, Ort, Datum"),
                formDe("_________________ Name, Funktion\t_________________ Name, Funktion"),
                formDe("________________ Praxis Dr. Lind\t________________ Medisoft GmbH"));
        assertThat(family).allMatch(f -> f.equals(Optional.of(AgreementForm.WRITTEN)));
        // close: a form's labelled fields and blank periods in columns are no signature blocks
        List<Optional<AgreementForm>> close = List.of(
                formEn("Approved: ____________________"),
                formEn("Contact person: ______________\tTelephone: ______________"),
                formEn("Deletion within:\n\n________ days\t________ weeks"),
                formDe("Löschfrist: ________ Tage\tRückgabe: ________ Wochen"));
        assertThat(close).allMatch(Optional::isEmpty);
    }
}
