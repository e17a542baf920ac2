/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who "we" and "you" are in a plain-language agreement (round 12b of #16): decided per document from a definition,
 * from roles stated in the first or second person, or from the publisher; never where the document does not speak as
 * "we" to "you". Sentences of our own.
 */
class PersonsTest {

    private static final String VENDOR_EN = "This page explains how we handle the data you put into Tidepool. "
            + "We host your bookings, we back up your files and we answer your questions. "
            + "You decide what goes in, and we only act on your instructions.";

    @Test
    void should_read_we_as_the_processor_where_the_document_says_so_in_the_first_person() {
        Persons p = Persons.of(
                VENDOR_EN + " In legal terms we are your processor and you are the controller.", Map.of(), false);
        assertThat(p).isNotNull();
        assertThat(p.direction()).isEqualTo(Persons.Direction.WE_PROCESSOR);
        assertThat(p.normalise("We'll tell you without undue delay."))
                .isEqualTo("The processor will tell the controller without undue delay.");
        assertThat(p.normalise("We won't use your data for our own purposes."))
                .isEqualTo("The processor will not use its data for its own purposes.");
        assertThat(p.normalise("If you're unhappy, tell us."))
                .isEqualTo("If the controller is unhappy, tell the processor.");
    }

    @Test
    void should_read_we_as_the_controller_in_terms_the_customer_writes() {
        String purchase = "These purchase terms apply when we buy services from you. You process personal data only on "
                + "our documented instructions. We are the controller and you are our processor. We may audit you. "
                + "You must tell us about any breach.";
        Persons p = Persons.of(purchase, Map.of(), false);
        assertThat(p).isNotNull();
        assertThat(p.direction()).isEqualTo(Persons.Direction.WE_CONTROLLER);
        assertThat(p.normalise("You must tell us about any breach."))
                .isEqualTo("The processor must tell the controller about any breach.");
    }

    @Test
    void should_follow_a_definition_of_we_over_the_publisher() {
        Map<String, String> names = Map.of("Brightmoor", "controller");
        String doc =
                "Brightmoor Foods plc (\"we\", \"us\") buys services from the supplier (\"you\"). We own the data. "
                        + "You keep our data safe. We decide, you follow. You help us.";
        assertThat(Persons.of(doc, names, false).direction()).isEqualTo(Persons.Direction.WE_CONTROLLER);
        String vendor = "\"We\", \"us\" and \"our\" mean the provider of the service. We keep your data safe. "
                + "You decide. You can ask us. We help you.";
        assertThat(Persons.of(vendor, Map.of(), false).direction()).isEqualTo(Persons.Direction.WE_PROCESSOR);
        String you =
                "\"You\" means the customer that signs up. We keep your data safe. You decide. You can ask us. We help.";
        assertThat(Persons.of(you, Map.of(), false).direction()).isEqualTo(Persons.Direction.WE_PROCESSOR);
    }

    @Test
    void should_take_the_publisher_as_the_processor_where_nothing_is_stated() {
        assertThat(Persons.of(VENDOR_EN, Map.of(), false).direction()).isEqualTo(Persons.Direction.WE_PROCESSOR);
    }

    @Test
    void should_not_count_a_role_for_other_data() {
        // "we are the controller of our own account data" is no role under the agreement; the publisher decides
        String doc = VENDOR_EN + " We are the controller for our own billing records.";
        assertThat(Persons.of(doc, Map.of(), false).direction()).isEqualTo(Persons.Direction.WE_PROCESSOR);
    }

    @Test
    void should_leave_a_document_in_the_third_person_alone() {
        String doc = "The Processor processes personal data on behalf of the Customer. We thank you for reading. "
                + "The Processor shall notify the Customer of any breach.";
        assertThat(Persons.of(doc, Map.of(), false)).isNull();
        String german = "Der Auftragsverarbeiter verarbeitet die Daten im Auftrag des Verantwortlichen. Sie werden "
                + "nach Vertragsende gelöscht. Sie sind verschlüsselt.";
        assertThat(Persons.of(german, Map.of(), true)).isNull();
    }

    @Test
    void should_read_wir_and_sie_as_the_roles_with_the_verb_in_the_third_person() {
        String doc =
                "Wir betreiben für Sie den Dienst Kornblume. Datenschutzrechtlich sind wir Ihr Auftragsverarbeiter und "
                        + "Sie der Verantwortliche. Wir verarbeiten Ihre Daten nur nach Ihrer Weisung. Sie können uns jederzeit "
                        + "fragen.";
        Persons p = Persons.of(doc, Map.of(), true);
        assertThat(p).isNotNull();
        assertThat(p.direction()).isEqualTo(Persons.Direction.WE_PROCESSOR);
        assertThat(p.normalise("Wir löschen Ihre Daten nach dem Ende des Vertrags."))
                .isEqualTo("Der Auftragsverarbeiter löscht seine Daten nach dem Ende des Vertrags.");
        assertThat(p.normalise("Bei einer Datenpanne informieren wir Sie unverzüglich."))
                .isEqualTo(
                        "Bei einer Datenpanne informiert der Auftragsverarbeiter den Verantwortlichen unverzüglich.");
        assertThat(p.normalise("Wir werden Sie unterstützen, wenn wir können."))
                .isEqualTo(
                        "Der Auftragsverarbeiter wird den Verantwortlichen unterstützen, wenn der Auftragsverarbeiter kann.");
        assertThat(p.normalise("Nach unserem Ermessen")).isEqualTo("Nach seinem Ermessen");
        // „denen“ before „wir“ is no verb
        assertThat(p.normalise("Dienstleister, denen wir vertrauen"))
                .isEqualTo("Dienstleister, denen der Auftragsverarbeiter vertraut");
    }

    @Test
    void should_read_a_german_designation_of_wir() {
        String doc =
                "Die Wolkenhof GmbH (nachfolgend „wir“) beauftragt Sie mit dem Hosting. Wir bestimmen, was Sie mit "
                        + "unseren Daten tun. Wir erteilen Ihnen Weisungen, und Sie folgen ihnen. Datenschutzrechtlich sind Sie "
                        + "unser Auftragsverarbeiter.";
        // the statement "Sie sind Auftragsverarbeiter" makes "wir" the controller
        assertThat(Persons.of(doc, Map.of(), true).direction()).isEqualTo(Persons.Direction.WE_CONTROLLER);
        String defined = "„Wir“ ist der Anbieter des Dienstes. Wir hosten, was Sie uns geben. Wir sichern, was Sie "
                + "speichern. Wir tun, was Ihnen hilft.";
        assertThat(Persons.of(defined, Map.of(), true).direction()).isEqualTo(Persons.Direction.WE_PROCESSOR);
    }

    @Test
    void should_form_the_third_person_of_german_verbs() {
        assertThat(Persons.thirdPerson("löschen")).isEqualTo("löscht");
        assertThat(Persons.thirdPerson("melden")).isEqualTo("meldet");
        assertThat(Persons.thirdPerson("verarbeiten")).isEqualTo("verarbeitet");
        assertThat(Persons.thirdPerson("ändern")).isEqualTo("ändert");
        assertThat(Persons.thirdPerson("informieren")).isEqualTo("informiert");
        assertThat(Persons.thirdPerson("weitergeben")).isEqualTo("weitergibt");
        assertThat(Persons.thirdPerson("sind")).isEqualTo("ist");
        assertThat(Persons.thirdPerson("öffnen")).isEqualTo("öffnet");
    }
}
