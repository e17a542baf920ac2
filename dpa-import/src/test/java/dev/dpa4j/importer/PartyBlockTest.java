/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The party block at the head of an agreement: "zwischen … und …" / "between … and …", each party as a name line,
 * further lines and the designation that closes it. The name is the block's first line whatever its words, with a
 * legal form of dpa-model's list or with none. All texts are written for this test.
 */
class PartyBlockTest {

    private static final String BODY =
            "§ 1 Gegenstand\n\nDer Auftragsverarbeiter verarbeitet personenbezogene Daten im "
                    + "Auftrag des Verantwortlichen für den Betrieb eines Buchungsportals.\n\n"
                    + "§ 2 Weisungen\n\nDer Auftragsverarbeiter verarbeitet die Daten nur auf dokumentierte Weisung des "
                    + "Verantwortlichen.\n\n"
                    + "§ 3 Vertraulichkeit\n\nDie eingesetzten Beschäftigten sind zur Vertraulichkeit verpflichtet.\n";

    private static DataProcessingAgreement read(String doc) {
        return DpaImporter.standard()
                .importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt")
                .getDraft();
    }

    private static List<String> controllerNames(DataProcessingAgreement a) {
        return a.getControllers().stream().flatMap(p -> p.getName().stream()).toList();
    }

    @Test
    void should_read_names_without_legal_form_and_every_controller_of_the_block() {
        DataProcessingAgreement a = read("Vereinbarung zur Auftragsverarbeitung\n\nzwischen\n\n"
                + "Otterbach Fahrradverleih\nAm Hafen 3\n24103 Kiel\n"
                + "vertreten durch die Inhaberin Frau Jana Otterbach, die zugleich die Buchhaltung, den Verleih, die "
                + "Werkstatt und die Vermietung der Lastenräder an Firmenkunden in Kiel und Umgebung verantwortet, "
                + "jede Bestellung prüft und für die Einhaltung der Hausordnung der Werkstatt sorgt\n"
                + "– im Folgenden „Verantwortlicher“ –\n\nund\n\n"
                + "Möwenpost Versand, Inh. Kai Möller\nDeichweg 12\n25813 Husum\n"
                + "– im Folgenden „Verantwortlicher“ –\n\nund\n\n"
                + "Brise Datendienste\nKaistraße 5\n24114 Kiel\n– im Folgenden „Auftragsverarbeiter“ –\n\n"
                + BODY);
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Brise Datendienste");
        assertThat(controllerNames(a)).containsExactly("Otterbach Fahrradverleih", "Möwenpost Versand");
        assertThat(a.getControllers().get(0).getAddress().flatMap(x -> x.getLocality()))
                .contains("Kiel");
    }

    @Test
    void should_read_a_name_with_any_legal_form_of_the_list() {
        DataProcessingAgreement a = read("Data Processing Agreement\n\nbetween\n\nHarbour Lantern Labs\n"
                + "4 Quay Street\nGalway\nIreland\n(the “Controller”)\n\nand\n\nTölgyfa Szoftverház Kft.\n"
                + "Fő utca 1\n1011 Budapest\nHungary\n(the “Processor”)\n\n"
                + "1. Subject matter\n\nThe Processor processes personal data on behalf of the Controller.\n\n"
                + "2. Instructions\n\nThe Processor processes personal data only on documented instructions of the "
                + "Controller.\n\n3. Confidentiality\n\nPersons authorised to process the data are bound to "
                + "confidentiality.\n");
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Tölgyfa Szoftverház Kft.");
        assertThat(a.getProcessor().flatMap(Party::getLegalForm)).contains("Kft.");
        assertThat(controllerNames(a)).containsExactly("Harbour Lantern Labs");
    }

    @Test
    void should_read_parties_numbered_in_one_paragraph_as_english_contracts_list_them() {
        DataProcessingAgreement a = read("SCHEDULE 4 - DATA PROCESSING\n\n"
                + "Parties: (1) HOLLYBANK GARDEN CENTRES LIMITED, a company incorporated in England and Wales with"
                + " company number 01234567, whose registered office is at 3 Mill Lane, York YO1 7HH (the"
                + " \"Customer\"); and (2) FERNLEAF PAYROLL SERVICES LIMITED, a company incorporated in England and"
                + " Wales with company number 07654321, whose registered office is at 8 Canal Street, Leeds LS1 4AB (the"
                + " \"Supplier\").\n\n"
                + "1. Subject matter\n\nThe Supplier processes personal data on behalf of the Customer.\n\n"
                + "2. Instructions\n\nThe Supplier processes personal data only on documented instructions of the "
                + "Customer.\n");
        assertThat(controllerNames(a)).containsExactly("HOLLYBANK GARDEN CENTRES LIMITED");
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("FERNLEAF PAYROLL SERVICES LIMITED");
        // "whose registered office is at" leads into the address; "registered" labels no number here
        assertThat(a.getControllers().get(0).getAddress().map(x -> x.getStreetLines()))
                .contains(List.of("3 Mill Lane"));
        assertThat(a.getProcessor().flatMap(Party::getAddress).flatMap(x -> x.getPostalCode()))
                .contains("LS1 4AB");
    }

    @Test
    void should_read_a_block_after_a_lead_that_names_the_role() {
        DataProcessingAgreement a = read("Vereinbarung zur Auftragsverarbeitung\n\nzwischen dem Verantwortlichen:\n\n"
                + "Kornfeld Reisen\n\nGartenweg 2\n\n04109 Leipzig\n\n(nachstehend Auftraggeber genannt)\n\n"
                + "und dem Auftragsverarbeiter:\n\nBrise Datendienste\n\nKaistraße 5\n\n24114 Kiel\n\n"
                + "(nachstehend Auftragnehmer genannt)\n\n" + BODY);
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Brise Datendienste");
        assertThat(controllerNames(a)).containsExactly("Kornfeld Reisen");
    }

    @Test
    void should_take_no_description_of_a_party_for_its_name() {
        DataProcessingAgreement a = read("Vereinbarung zur Auftragsverarbeitung\n\nzwischen\n\n"
                + "Brise Datendienste\nKaistraße 5\n24114 Kiel\n– nachfolgend „Auftragsverarbeiter“ –\n\nund\n\n"
                + "dem jeweiligen Kunden, der als Verantwortlicher handelt\n– nachfolgend „Verantwortlicher“ –\n\n"
                + BODY);
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Brise Datendienste");
        assertThat(controllerNames(a)).isEmpty();
    }

    private static final String GERMAN_PARTIES = "Vereinbarung zur Auftragsverarbeitung\n\nzwischen\n\n"
            + "Kornfeld Reisen\nGartenweg 2\n04109 Leipzig\n– im Folgenden „Verantwortlicher“ –\n\nund\n\n"
            + "Brise Datendienste\nKaistraße 5\n24114 Kiel\n– im Folgenden „Auftragsverarbeiter“ –\n\n";

    @Test
    void should_read_the_dpo_of_each_party_by_its_role() {
        DataProcessingAgreement a = read(GERMAN_PARTIES + BODY + "\n§ 4 Datenschutzbeauftragte\n\n"
                + "(1) Der Verantwortliche (Kornfeld Reisen) hat als Datenschutzbeauftragten benannt: Dr. Anna Berg, "
                + "Gartenweg 2, 04109 Leipzig, dsb@kornfeld.example.\n\n"
                + "(2) Der Auftragsverarbeiter (Brise Datendienste) hat als Datenschutzbeauftragten benannt: Lars "
                + "Nielsen, datenschutz@brise.example.\n");
        assertThat(a.getControllers().get(0).getDataProtectionOfficer().flatMap(d -> d.getEmail()))
                .contains("dsb@kornfeld.example");
        assertThat(a.getProcessor().flatMap(Party::getDataProtectionOfficer).flatMap(d -> d.getEmail()))
                .contains("datenschutz@brise.example");
    }

    @Test
    void should_read_an_english_dpo_sentence_broken_over_lines() {
        DataProcessingAgreement a = read("Data Processing Agreement\n\nbetween\n\nHarbour Lantern Labs\n"
                + "4 Quay Street\nGalway\nIreland\n(the “Controller”)\n\nand\n\nFjordline Data AS\n"
                + "(the “Processor”)\n\n1. Subject matter\n\nThe Processor processes personal data on behalf "
                + "of the Controller.\n\n2. Instructions\n\nThe Processor processes personal data only on "
                + "documented instructions of the Controller.\n\n3. Confidentiality\n\nPersons authorised to "
                + "process the data are bound to confidentiality.\n\n4. Contacts\n\n"
                + "The data protection officer of the Controller (Harbour Lantern Labs) is\n"
                + "Mary Quinn, dpo@harbour.example.\n");
        assertThat(a.getControllers().get(0).getDataProtectionOfficer().flatMap(d -> d.getEmail()))
                .contains("dpo@harbour.example");
        assertThat(a.getProcessor().flatMap(Party::getDataProtectionOfficer)).isEmpty();
    }

    @Test
    void should_read_a_dpo_sentence_broken_before_the_dpo_word_and_keep_a_controllers_dpo_from_the_processor() {
        DataProcessingAgreement a = read(GERMAN_PARTIES + BODY + "\n§ 4 Datenschutzbeauftragte\n\n"
                + "Weisungsberechtigt für den Verantwortlichen sind:\n\n"
                + "- Dr. Anna Berg (Datenschutzbeauftragte), dsb@kornfeld.example\n\n"
                + "(1) Der Verantwortliche (Kornfeld Reisen) hat als Datenschutzbeauftragte für alle Fragen rund um "
                + "den\n    Datenschutz benannt: Dr. Anna Berg, dsb@kornfeld.example.\n\n"
                + "(2) Der Auftragsverarbeiter (Brise Datendienste) hat für alle Fragen rund um den Datenschutz als\n"
                + "    Datenschutzbeauftragten benannt: Lars Nielsen, datenschutz@brise.example.\n");
        assertThat(a.getControllers().get(0).getDataProtectionOfficer().flatMap(d -> d.getEmail()))
                .contains("dsb@kornfeld.example");
        assertThat(a.getProcessor().flatMap(Party::getDataProtectionOfficer).flatMap(d -> d.getEmail()))
                .contains("datenschutz@brise.example");
    }

    @Test
    void should_take_no_address_with_dpo_in_it_for_a_dpo() {
        DataProcessingAgreement a = read(GERMAN_PARTIES + BODY + "\n§ 4 Ansprechpartner\n\n"
                + "Weisungen richtet der Verantwortliche an dpo@brise.example oder an support@brise.example.\n");
        assertThat(a.getControllers().get(0).getDataProtectionOfficer()).isEmpty();
        assertThat(a.getProcessor().flatMap(Party::getDataProtectionOfficer)).isEmpty();
    }

    @Test
    void should_take_no_blank_and_no_designation_of_the_body_for_a_party() {
        DataProcessingAgreement a = read("Vereinbarung zur Auftragsverarbeitung\n\nzwischen\n\n"
                + "[Name des Verantwortlichen]\n[Anschrift]\n– im Folgenden „Verantwortlicher“ –\n\nund\n\n"
                + "Brise Datendienste\nKaistraße 5\n24114 Kiel\n– im Folgenden „Auftragsverarbeiter“ –\n\n"
                + "§ 1 Gegenstand\n\nDer Verantwortliche, die Kornfeld Reisen (im Folgenden „Kunde“), beauftragt den "
                + "Auftragsverarbeiter mit dem Betrieb eines Buchungsportals.\n\n" + BODY);
        assertThat(a.getControllers()).hasSize(1);
        assertThat(a.getControllers().get(0).getName()).isEmpty();
        assertThat(a.getControllers().get(0).isPlaceholder()).isTrue();
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Brise Datendienste");
    }

    @Test
    void should_read_a_role_word_as_no_name_and_the_address_on_the_name_line() {
        String doc = "Vereinbarung zur Auftragsverarbeitung\n\nzwischen\n\n"
                + "dem Kunden, wie im Bestellformular bezeichnet\n– nachfolgend „Auftraggeber“ –\n\nund\n\n"
                + "der Seeblick Software GmbH, Lindenallee 7, 24103 Kiel\n– nachfolgend „Auftragnehmer“ –\n\n" + BODY;
        ImportResult r =
                DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt");
        DataProcessingAgreement a = r.getDraft();
        // "Kunden" is the role, not a name: the controller is described, not named
        assertThat(controllerNames(a)).isEmpty();
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Seeblick Software GmbH");
        // the quotation is the name itself, not "der Seeblick Softw"
        assertThat(r.locate("processor.name").orElseThrow().quote()).isEqualTo("Seeblick Software GmbH");
        assertThat(a.getProcessor().flatMap(Party::getAddress).flatMap(x -> x.getLocality()))
                .contains("Kiel");
        assertThat(a.getProcessor().flatMap(Party::getAddress).flatMap(x -> x.getPostalCode()))
                .contains("24103");
        // a name that is a shop's name, not a role word, stays a name; the owner after the comma is no address
        DataProcessingAgreement b = read("Vereinbarung zur Auftragsverarbeitung\n\nzwischen\n\n"
                + "Kundenladen Nord, Inh. Kai Möller\n– nachfolgend „Auftraggeber“ –\n\nund\n\n"
                + "der Seeblick Software GmbH\nLindenallee 7\n24103 Kiel\n– nachfolgend „Auftragnehmer“ –\n\n" + BODY);
        assertThat(controllerNames(b)).containsExactly("Kundenladen Nord");
        assertThat(b.getControllers().get(0).getAddress()).isEmpty();
        assertThat(b.getProcessor().flatMap(Party::getAddress).flatMap(x -> x.getLocality()))
                .contains("Kiel");
    }

    @Test
    void should_read_a_party_designated_by_its_short_name_or_its_role() {
        DataProcessingAgreement de = read("Vereinbarung zur Auftragsverarbeitung\n\nzwischen\n\n"
                + "der Steuerberaterin / dem Steuerberater bzw. der Kanzlei, wie im Lizenzvertrag bezeichnet,\n"
                + "– nachfolgend „Kanzlei“ oder „Auftraggeber“ –\n\nund\n\n"
                + "der Rabenfeld Belegdienst GmbH, Domgasse 4, 93047 Regensburg,\n"
                + "– nachfolgend „Rabenfeld“ oder „Auftragnehmer“ –\n\n"
                + BODY);
        assertThat(de.getProcessor().flatMap(Party::getName)).contains("Rabenfeld Belegdienst GmbH");
        // who the customer may be, as alternatives with their articles, is no name
        assertThat(controllerNames(de)).isEmpty();

        DataProcessingAgreement en = read("Data Processing Agreement\n\nbetween\n\nthe customer named in the order"
                + " form (the \"Customer\")\n\nand\n\nQuillon Archive Ltd, 8 Mill Lane, Leeds (\"Quillon\" or the"
                + " \"Processor\")\n\n1. Subject matter\n\nThe Processor processes personal data on behalf of the"
                + " Customer.\n\n2. Instructions\n\nThe Processor processes personal data only on documented"
                + " instructions of the Customer.\n\n3. Confidentiality\n\nStaff are bound to confidentiality.\n");
        assertThat(en.getProcessor().flatMap(Party::getName)).contains("Quillon Archive Ltd");
    }

    @Test
    void should_not_take_a_short_name_alone_for_a_role() {
        DataProcessingAgreement a = read("Vereinbarung zur Auftragsverarbeitung\n\nzwischen\n\n"
                + "der Rabenfeld Belegdienst GmbH, Domgasse 4, 93047 Regensburg,\n– nachfolgend „Rabenfeld“ –\n\n"
                + "und\n\nder Kanzlei Eibach, Marktplatz 2, 93047 Regensburg,\n– nachfolgend „Eibach“ –\n\n"
                + BODY);
        assertThat(a.getProcessor()).isEmpty();
        assertThat(a.getControllers()).isEmpty();
    }
}
