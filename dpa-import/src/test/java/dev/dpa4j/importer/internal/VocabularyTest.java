/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The synonyms of {@code vocabulary.txt} (round 11 of #16): each family where the document uses it, and not where a
 * word of it has its everyday meaning. Sentences of our own.
 */
class VocabularyTest {

    private static final String SWISS_DOC =
            "Die Auftragsbearbeiterin bearbeitet Personendaten im Auftrag des Kunden nach dem revDSG.";
    private static final String GERMAN_DOC =
            "Der Auftragsverarbeiter verarbeitet personenbezogene Daten im Auftrag des Verantwortlichen.";

    @Test
    void should_read_the_swiss_terms_as_the_gdpr_terms_in_a_swiss_agreement() {
        Vocabulary v = Vocabulary.of(SWISS_DOC);
        assertThat(v.normalise("Die Bearbeitung der Personendaten durch die Auftragsbearbeiterin"))
                .isEqualTo("Die Verarbeitung der personenbezogene Daten durch die Auftragsverarbeiter");
        assertThat(v.normalise("Unterauftragsbearbeiter werden innert 30 Tagen gemeldet."))
                .isEqualTo("Unterauftragsverarbeiter werden innerhalb 30 Tagen gemeldet.");
        assertThat(v.normalise(
                        "Verstösst eine Weisung gegen das Recht, sind die Massnahmen gemäss Anhang zu sistieren."))
                .isEqualTo("Verstößt eine Weisung gegen das Recht, sind die Maßnahmen gemäß Anhang zu aussetzen.");
        assertThat(v.normalise("Meldung an den EDÖB")).isEqualTo("Meldung an den Aufsichtsbehörde");
        // a word that only looks like a Swiss spelling stays
        assertThat(v.normalise("Die Daten werden nicht ausgesetzt; Massen von Daten"))
                .isEqualTo("Die Daten werden nicht ausgesetzt; Massen von Daten");
    }

    @Test
    void should_leave_the_everyday_word_bearbeitung_in_a_german_agreement() {
        Vocabulary v = Vocabulary.of(GERMAN_DOC);
        assertThat(v.normalise("Die Bearbeitung von Anfragen erfolgt innert einer Woche."))
                .isEqualTo("Die Bearbeitung von Anfragen erfolgt innert einer Woche.");
    }

    @Test
    void should_read_treatment_as_processing_only_where_the_document_calls_processing_so() {
        Vocabulary translated = Vocabulary.of("This agreement governs the treatment of personal data by the Provider.");
        assertThat(translated.normalise("The Provider treats the Data only for the purposes of the treatment."))
                .isEqualTo("The Provider processes the personal data only for the purposes of the processing.");
        // a clinic's agreement speaks of medical treatment
        Vocabulary plain = Vocabulary.of("The Processor hosts the records of the clinic's patients.");
        assertThat(plain.normalise("Records of each treatment are stored for ten years."))
                .isEqualTo("Records of each treatment are stored for ten years.");
    }

    @Test
    void should_read_the_translated_english_terms_in_every_document() {
        Vocabulary v = Vocabulary.of("The Processor processes personal data on behalf of the Customer.");
        assertThat(v.normalise("The Processor reports any personal data violation to the Customer."))
                .isEqualTo("The Processor reports any personal data breach to the Customer.");
        assertThat(v.normalise("The Subcontractor is bound by the same duties."))
                .isEqualTo("the sub-processor is bound by the same duties.");
        // a defined term that only starts with "the Data" and a violation of a contract stay
        assertThat(v.normalise("Under the Data Protection Act a violation of this Agreement is a breach."))
                .isEqualTo("Under the Data Protection Act a violation of this Agreement is a breach.");
    }

    @Test
    void should_read_the_old_bdsg_terms_only_in_an_agreement_written_under_the_old_bdsg() {
        Vocabulary old = Vocabulary.of("Vertrag über Auftragsdatenverarbeitung nach § 11 BDSG zwischen der "
                + "verantwortlichen Stelle und dem Auftragnehmer.");
        assertThat(old.normalise("Art und Zweck der Erhebung, Verarbeitung oder Nutzung von Daten"))
                .isEqualTo("Art und Zweck der Verarbeitung von Daten");
        assertThat(old.normalise("Der Auftraggeber bleibt verantwortliche Stelle."))
                .isEqualTo("Der Auftraggeber bleibt verantwortlicher.");
        // an agreement under the GDPR keeps its words: "Nutzung" there is the everyday word of a service
        Vocabulary current = Vocabulary.of(GERMAN_DOC);
        assertThat(current.normalise("Die Verarbeitung und Nutzung des Portals ist kostenlos."))
                .isEqualTo("Die Verarbeitung und Nutzung des Portals ist kostenlos.");
    }

    @Test
    void should_read_the_companies_a_plain_language_page_uses_as_its_sub_processors() {
        Vocabulary v = Vocabulary.of("We store your bookings for you.");
        assertThat(v.normalise("Every company we use signs an agreement with us."))
                .isEqualTo("Every sub-processor signs an agreement with us.");
        assertThat(v.normalise("We list the companies that help us on our website."))
                .isEqualTo("We list sub-processors on our website.");
        assertThat(v.normalise("Wir nennen Ihnen die Dienstleister, die wir einsetzen."))
                .isEqualTo("Wir nennen Ihnen unterauftragsverarbeiter.");
        // companies the customer uses, or that use the service, are not the processor's sub-processors
        assertThat(v.normalise("Many companies use our calendar; the companies you use stay your business."))
                .isEqualTo("Many companies use our calendar; the companies you use stay your business.");
    }
}
