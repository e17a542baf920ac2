/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The extractor reads a sentence where the completeness table reads it (#16): the full stop of "Art.", "Abs.",
 * "gem.", "z. B.", "e.g.", "i.e." or "No." ends no sentence, so a fact whose words stand on both sides of such an
 * abbreviation is read whole; a real sentence end still separates two sentences. Every sentence is written for this
 * test.
 */
class SentenceGuardTest {

    private static ImportResult read(String text) {
        return DpaImporter.standard()
                .importBytes(text.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "snippet.txt");
    }

    private static final String HEAD = """
            DATA PROCESSING AGREEMENT

            This agreement is made between Lintel Office Ltd ("Customer") and Quarry Backup Ltd ("Supplier"). The Customer is the controller and the Supplier is the processor of the personal data.

            1. Instructions
            The Supplier processes the personal data only on documented instructions from the Customer.

            2. Confidentiality
            Every person the Supplier allows to process the personal data is bound by a duty of confidentiality.

            3. Sub-processors
            The Customer gives the Supplier a general written authorisation to engage sub-processors.
            """;

    private static final String HEAD_DE = """
            VEREINBARUNG ZUR AUFTRAGSVERARBEITUNG

            zwischen der Ziegelhof Praxis GmbH (nachfolgend „Auftraggeber“) und der Kellerarchiv Sicherung GmbH (nachfolgend „Auftragnehmer“).

            § 1 Weisungen
            Der Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Auftraggebers.

            § 2 Vertraulichkeit
            Die Beschäftigten des Auftragnehmers sind auf die Vertraulichkeit verpflichtet.

            § 3 Unterauftragsverhältnisse
            """;

    private static Optional<TimePeriod> objection(ImportResult r) {
        return r.getDraft()
                .getSubprocessing()
                .flatMap(SubprocessingTerms::getObjectionPeriod)
                .flatMap(TimeLimit::getPeriod);
    }

    @Test
    void should_read_an_objection_period_across_an_abbreviation() {
        ImportResult en = read(HEAD
                + "The Supplier informs the Customer of each new sub-processor. The Customer may object within ten "
                + "days, e.g. by a message to the Supplier's privacy team, to the engagement of that sub-processor.\n");
        assertThat(objection(en)).map(TimePeriod::getAmount).contains(10);
        ImportResult de = read(HEAD_DE
                + "Der Auftraggeber genehmigt allgemein die Beauftragung weiterer Unterauftragsverarbeiter. Der "
                + "Auftragnehmer informiert ihn vorab über jede Änderung. Der Auftraggeber kann der Änderung binnen 14 "
                + "Tagen, z. B. per E-Mail, widersprechen.\n");
        assertThat(objection(de)).map(TimePeriod::getAmount).contains(14);
    }

    @Test
    void should_read_that_no_special_categories_are_processed_across_a_citation() {
        ImportResult de = WordingFrames.german(
                "§ 2 Gegenstand und Dauer",
                "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware. Die Laufzeit folgt dem "
                        + "Hauptvertrag.\n\nArt der Daten: Kontaktdaten, Rechnungsdaten\n\nBesondere Kategorien "
                        + "personenbezogener Daten gem. Art. 9 Abs. 1 DSGVO werden nicht verarbeitet.");
        assertThat(specialCategories(de)).containsExactly(SpecialCategory.NONE, SpecialCategory.NONE);
        ImportResult en = CompletenessTest.withSection(
                CompletenessTest.strongEnglish(),
                "3. Description",
                "Types of personal data: contact details, invoices. Special categories of personal data (e.g. "
                        + "Health data or biometric data) will not be processed.");
        assertThat(specialCategories(en)).isNotEmpty().containsOnly(SpecialCategory.NONE);
    }

    private static List<SpecialCategory> specialCategories(ImportResult r) {
        return r.getDraft().getProcessing().map(ProcessingDescription::getDataCategories).orElse(List.of()).stream()
                .map(c -> c.getSpecialCategory().orElse(null))
                .toList();
    }

    @Test
    void should_not_join_two_sentences_at_a_real_sentence_end() {
        // the period belongs to the notice, the objection sentence states none
        ImportResult en = read(HEAD
                + "The Supplier informs the Customer thirty days in advance of each new sub-processor. The Customer "
                + "may object to it in writing, i.e. by letter.\n");
        assertThat(objection(en)).isEmpty();
        ImportResult de = read(HEAD_DE
                + "Der Auftraggeber genehmigt allgemein die Beauftragung weiterer Unterauftragsverarbeiter. Der "
                + "Auftragnehmer informiert ihn vier Wochen vorab über jede Änderung. Der Auftraggeber kann der "
                + "Änderung, z. B. per E-Mail, widersprechen.\n");
        assertThat(objection(de)).isEmpty();
        // a sentence on processed special categories and one on data not processed stay two sentences
        ImportResult special = WordingFrames.german(
                "§ 2 Gegenstand und Dauer",
                "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware. Die Laufzeit folgt dem "
                        + "Hauptvertrag.\n\nArt der Daten: Kontaktdaten, Rechnungsdaten\n\nBesondere Kategorien "
                        + "personenbezogener Daten werden verarbeitet. Daten von Kindern werden nicht verarbeitet.");
        assertThat(specialCategories(special)).doesNotContain(SpecialCategory.NONE);
    }
}
