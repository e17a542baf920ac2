/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.SubprocessingTerms;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An authorisation of the sub-processors a list or the sentence itself names ("authorises the sub-processors listed
 * in Appendix 2", „genehmigt den Einsatz der … GmbH als Unterauftragsverarbeiter") is read like a consent to them: a
 * general authorisation from an agreed list, which the notice of changes and the objection right of Art. 28(2)
 * second sentence then complete (#16). Agreements written for this test.
 */
class ConsentToNamedSubprocessorsTest {

    private static Optional<String> authorisation(String clause) {
        boolean german = clause.contains(" der ");
        String document = german
                ? String.join(
                        "\n\n",
                        "Vereinbarung zur Auftragsverarbeitung",
                        "§ 1 Gegenstand",
                        "Der Anbieter verarbeitet personenbezogene Daten im Auftrag des Kunden für den Betrieb einer "
                                + "Terminbuchung.",
                        "§ 2 Weisungen",
                        "Der Anbieter verarbeitet die Daten nur auf dokumentierte Weisung des Kunden.",
                        "§ 3 Vertraulichkeit",
                        "Die eingesetzten Beschäftigten sind zur Vertraulichkeit verpflichtet.",
                        "§ 4 Unterauftragsverarbeiter",
                        clause,
                        "§ 5 Löschung",
                        "Nach Ende der Leistungen löscht der Anbieter die Daten oder gibt sie zurück.",
                        "")
                : String.join(
                        "\n\n",
                        "Data Processing Agreement",
                        "1. Subject matter",
                        "The processor processes personal data on behalf of the customer to run a booking service.",
                        "2. Instructions",
                        "The processor processes personal data only on documented instructions of the customer.",
                        "3. Confidentiality",
                        "Staff who process the data are bound to confidentiality.",
                        "4. Sub-processors",
                        clause,
                        "5. Deletion",
                        "At the end of the services the processor deletes or returns the data.",
                        "");
        return DpaImporter.standard()
                .importBytes(document.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "agreement.txt")
                .getDraft()
                .getSubprocessing()
                .flatMap(SubprocessingTerms::getAuthorisation)
                .map(Enum::name);
    }

    @Test
    void should_read_the_authorisation_of_listed_or_named_sub_processors_as_general() {
        assertThat(authorisation("The Customer authorises the sub-processors listed in Appendix 2. Any further "
                        + "sub-processor is notified to the Customer in writing 30 days in advance, and the Customer "
                        + "may object within 14 days."))
                .contains("GENERAL");
        assertThat(authorisation("Der Kunde genehmigt den Einsatz der Rechenwerk Hosting GmbH, Kassel (Betrieb der "
                        + "Server, Rechenzentrum in Kassel) als Unterauftragsverarbeiter. Weitere "
                        + "Unterauftragsverarbeiter zeigt der Anbieter einen Monat vorher an; der Kunde kann "
                        + "widersprechen."))
                .contains("GENERAL");
    }

    @Test
    void should_not_read_an_authorisation_of_something_else_as_one_of_sub_processors() {
        // authorising staff, or approving a measure, says nothing about sub-processors
        assertThat(authorisation("The Customer authorises the staff listed in Appendix 2 to give instructions."))
                .isEmpty();
        assertThat(authorisation(
                        "Der Kunde genehmigt den Einsatz der Verschlüsselung nach Anlage 2 als " + "Schutzmaßnahme."))
                .isEmpty();
    }

    @Test
    void should_read_a_consent_in_the_plural_or_second_person_as_general() {
        // a letter agreement addresses the controller as „Sie“ (#16, round 15): the plural of „ist einverstanden“
        assertThat(authorisation("Sie sind damit einverstanden, dass wir Unterauftragnehmer einsetzen. Derzeit "
                        + "arbeiten wir mit der Rechenwerk Hosting GmbH, Kassel, zusammen."))
                .contains("GENERAL");
        assertThat(authorisation("Die Auftraggeber erklären sich damit einverstanden, dass der Anbieter weitere "
                        + "Unterauftragsverarbeiter hinzuzieht."))
                .contains("GENERAL");
    }

    @Test
    void should_not_read_a_disagreement_or_a_consent_to_something_else_as_an_authorisation() {
        assertThat(authorisation("Sind Sie mit einem neuen Unterauftragnehmer nicht einverstanden, können Sie der "
                        + "Änderung innerhalb von zwei Wochen widersprechen."))
                .isEmpty();
        assertThat(authorisation("Sie sind damit einverstanden, dass wir Ihnen Rechnungen per E-Mail senden."))
                .isEmpty();
    }
}
