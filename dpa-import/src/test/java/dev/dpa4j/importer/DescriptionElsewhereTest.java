/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.ProcessingDescription;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The description of the processing (Art. 28(3) first sentence) where it stands apart from the sentence that names
 * it (#16): the duration in Annex I.B of the 2021/914 clauses ("Period for which the personal data will be
 * retained"), the duration in the text under a run-in title of its own ("A.1 Subject matter and duration."), and
 * the nature in a paragraph under a heading in the Swiss vocabulary ("A. Art der Bearbeitung"). Each is read into the
 * draft so that the review does not call missing what its completeness table found. Agreements written for this test.
 */
class DescriptionElsewhereTest {

    private static Optional<ProcessingDescription> processing(String document) {
        return DpaImporter.standard()
                .importBytes(document.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "agreement.txt")
                .getDraft()
                .getProcessing();
    }

    private static Optional<String> durationType(String document) {
        return processing(document)
                .flatMap(ProcessingDescription::getDuration)
                .map(d -> d.getType().name());
    }

    @Test
    void should_read_the_retention_period_of_annex_i_b_as_the_duration() {
        String doc = SccAnnexTest.AGREEMENT.replace(
                "The frequency of the transfer: continuous",
                "The frequency of the transfer: continuous\n\nPeriod for which the personal data will be retained: "
                        + "for the term of the relevant statement of work, then until deletion under section 5");
        assertThat(durationType(doc)).contains("COUPLED_TO_MAIN_CONTRACT");
    }

    @Test
    void should_not_read_a_retention_period_without_a_term_as_the_duration() {
        String doc = SccAnnexTest.AGREEMENT.replace(
                "The frequency of the transfer: continuous",
                "The frequency of the transfer: continuous\n\nPeriod for which the personal data will be retained: "
                        + "as needed");
        assertThat(durationType(doc)).isEmpty();
    }

    private static String runIn(String body) {
        return String.join(
                "\n\n",
                "Data Processing Addendum",
                "1. Scope",
                "The provider processes personal data on behalf of the customer under Article 28 GDPR. The subject "
                        + "matter, duration, nature and purpose of the processing are set out in Annex 1.",
                "2. Instructions",
                "The provider processes personal data only on documented instructions of the customer.",
                "Annex 1 – Details of processing",
                "A.1 Subject matter and duration.",
                body,
                "A.2 Nature of the processing.",
                "Storage and retrieval of booking records.",
                "");
    }

    @Test
    void should_read_the_duration_in_the_text_under_a_run_in_title() {
        assertThat(durationType(
                        runIn("Operation of the booking service for the customer for the subscription term of the "
                                + "agreement.")))
                .contains("COUPLED_TO_MAIN_CONTRACT");
    }

    @Test
    void should_read_a_term_that_lasts_while_the_data_are_held_as_tied_to_the_service_and_say_so() {
        // the model has no type of its own for "as long as the data are processed": the processing on behalf lasts
        // as long as the service under which it takes place, and the retention while data is held is kept as a flag
        Optional<dev.dpa4j.model.ProcessingDuration> english = processing(runIn(
                        "Hosting of the booking records for the customer, for a duration from the first upload until "
                                + "the records are returned or deleted under section 9."))
                .flatMap(ProcessingDescription::getDuration);
        assertThat(english.map(d -> d.getType().name())).contains("COUPLED_TO_MAIN_CONTRACT");
        assertThat(english.map(dev.dpa4j.model.ProcessingDuration::isContinuesWhileDataHeld))
                .contains(true);
        Optional<dev.dpa4j.model.ProcessingDuration> german = processing(runIn(
                        "Betrieb der Terminbuchung für den Kunden; die Dauer der Verarbeitung reicht, solange der "
                                + "Anbieter personenbezogene Daten des Kunden verarbeitet."))
                .flatMap(ProcessingDescription::getDuration);
        assertThat(german.map(d -> d.getType().name())).contains("COUPLED_TO_MAIN_CONTRACT");
        assertThat(german.map(dev.dpa4j.model.ProcessingDuration::isContinuesWhileDataHeld))
                .contains(true);
    }

    @Test
    void should_not_read_a_deletion_duty_or_a_plain_data_sentence_as_a_term() {
        // "until" without a return or deletion, and data named without "as long as", state no term
        assertThat(durationType(
                        runIn("Hosting of the booking records for the customer for a duration until further notice.")))
                .isEmpty();
        assertThat(durationType(runIn("Der Anbieter verarbeitet die Buchungsdaten der Kunden des Kunden.")))
                .isEmpty();
        // a term tied to the contract keeps its type and is not marked as running on while data is held
        assertThat(processing(runIn("Operation of the booking service for the subscription term of the agreement."))
                        .flatMap(ProcessingDescription::getDuration)
                        .map(dev.dpa4j.model.ProcessingDuration::isContinuesWhileDataHeld))
                .contains(false);
    }

    @Test
    void should_not_make_up_a_duration_the_text_under_the_title_does_not_state() {
        assertThat(durationType(runIn("Operation of the booking service for the customer.")))
                .isEmpty();
    }

    private static String swiss(String heading) {
        return String.join(
                "\n\n",
                "Auftragsbearbeitungsvertrag",
                "1. Gegenstand",
                "Die Auftragsbearbeiterin bearbeitet Personendaten im Auftrag des Kunden nach dem revDSG. Art und "
                        + "Zweck der Bearbeitung sind in Anhang 1 beschrieben.",
                "2. Weisungen",
                "Die Auftragsbearbeiterin bearbeitet Personendaten nur auf dokumentierte Weisung des Kunden.",
                "3. Vertraulichkeit",
                "Die Mitarbeitenden der Auftragsbearbeiterin sind zur Vertraulichkeit verpflichtet.",
                "4. Datensicherheit",
                "Die Auftragsbearbeiterin trifft angemessene technische und organisatorische Massnahmen.",
                "5. Unterauftragsbearbeiter",
                "Der Kunde genehmigt den Beizug von Unterauftragsbearbeitern allgemein; über neue informiert die "
                        + "Auftragsbearbeiterin vier Wochen im Voraus, der Kunde kann widersprechen.",
                "6. Verletzungen der Datensicherheit",
                "Die Auftragsbearbeiterin meldet dem Kunden jede Verletzung der Datensicherheit unverzüglich.",
                "7. Löschung",
                "Nach Vertragsende löscht die Auftragsbearbeiterin alle Personendaten oder gibt sie nach Wahl des "
                        + "Kunden zurück.",
                "8. Kontrollen",
                "Die Auftragsbearbeiterin stellt dem Kunden alle nötigen Informationen zur Verfügung und ermöglicht "
                        + "Überprüfungen einschliesslich Inspektionen.",
                "Anhang 1 – Einzelheiten der Bearbeitung",
                heading,
                "Speicherung, Abfrage und Löschung der Kundendaten im Rahmen des Betriebs der Plattform.",
                "");
    }

    @Test
    void should_read_the_nature_in_a_paragraph_under_a_swiss_heading() {
        assertThat(processing(swiss("A. Art der Bearbeitung")).map(ProcessingDescription::getNature))
                .hasValueSatisfying(n -> assertThat(n).isNotEmpty());
    }

    @Test
    void should_not_read_a_paragraph_under_another_heading_as_the_nature() {
        assertThat(processing(swiss("A. Betrieb"))
                        .map(ProcessingDescription::getNature)
                        .orElseThrow())
                .isEmpty();
    }

    @Test
    void should_read_a_duration_tied_to_a_contract_named_with_an_abbreviation() {
        // round 12: "bzw." ended the clause, so the duration tied to the contract was not read
        String german = WordingFrames.plainGerman().entrySet().stream()
                .map(e -> e.getKey() + "\n\n"
                        + (e.getKey().startsWith("§ 2 ")
                                ? "Gegenstand der Verarbeitung ist der Betrieb einer Website. Die Vereinbarung gilt für"
                                        + " die Dauer des Wartungs- bzw. Hostingvertrags."
                                : e.getValue()))
                .collect(
                        java.util.stream.Collectors.joining("\n\n", "Vereinbarung zur Auftragsverarbeitung\n\n", "\n"));
        String open = german.replace("für die Dauer des Wartungs- bzw. Hostingvertrags", "bis auf Weiteres");

        assertThat(durationType(german)).contains("COUPLED_TO_MAIN_CONTRACT");
        assertThat(durationType(open)).isEmpty();
    }

    @Test
    void should_read_a_description_rows_personal_data_label_as_the_data_categories() {
        String table = runIn("Operation of the booking service for the subscription term of the agreement.")
                + "Personal data\tNames; e-mail addresses; booking histories\n";
        String other = runIn("Operation of the booking service for the subscription term of the agreement.")
                + "Personal notes\tNames; e-mail addresses; booking histories\n";

        assertThat(processing(table).map(p -> p.getDataCategories().size())).contains(3);
        assertThat(processing(other).map(p -> p.getDataCategories().size()).orElse(0))
                .isZero();
    }
}
