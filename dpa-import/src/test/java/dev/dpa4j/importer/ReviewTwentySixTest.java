/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.Location;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 26 of the review (#16): findings a reviewer reading the training documents beside their notes finds wrong, the
 * twenty-second set's among them. Each reading both ways, in documents written for this test, and the training
 * documents the round was about.
 */
class ReviewTwentySixTest {

    private static final String DE = "# Vertrag zur Auftragsverarbeitung\n\n"
            + "## § 1 Gegenstand und Dauer\n\nDer Auftragnehmer betreibt für den Auftraggeber die Mieterverwaltung und "
            + "verarbeitet dabei personenbezogene Daten der Mieter des Auftraggebers. Der Vertrag läuft so lange wie "
            + "der Hauptvertrag.\n\n"
            + "## § 2 Art der Daten und Betroffene\n\nVerarbeitet werden Name, Anschrift und Mietzahlungen der Mieter "
            + "des Auftraggebers.\n\n"
            + "## § 3 Weisungen\n\nDer Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
            + "Auftraggebers. Er weist den Auftraggeber unverzüglich darauf hin, wenn eine Weisung nach seiner Auffassung "
            + "gegen Datenschutzvorschriften verstößt.\n\n"
            + "## § 4 Vertraulichkeit und Sicherheit\n\nDie eingesetzten Personen sind zur Vertraulichkeit "
            + "verpflichtet. Der Auftragnehmer trifft die Maßnahmen nach Art. 32 DSGVO; er verschlüsselt die Daten.\n\n"
            + "## § 5 Unterstützung und Meldungen\n\nDer Auftragnehmer unterstützt den Auftraggeber bei Anträgen "
            + "betroffener Personen und meldet ihm Verletzungen des Schutzes personenbezogener Daten unverzüglich.\n\n"
            + "## § 6 Löschung und Kontrollen\n\nNach Ende des Auftrags löscht der Auftragnehmer die Daten oder gibt "
            + "sie nach Wahl des Auftraggebers zurück. Der Auftraggeber darf die Einhaltung dieses Vertrags prüfen.\n\n"
            + "## § 7 Unterauftragsverarbeiter\n\nDer Auftraggeber genehmigt den Einsatz der in Anlage 2 genannten "
            + "Unterauftragsverarbeiter.\n\n";

    private static ImportResult read(String doc) {
        return ReviewTwentyThreeTest.read(doc);
    }

    private static ImportResult unseen(String name) throws IOException {
        return TrainingCorpus.importFile(Path.of("src", "test", "resources", "fixtures", "unseen", name));
    }

    private static List<Subprocessor> subprocessors(ImportResult r) {
        return r.getDraft()
                .getSubprocessing()
                .map(SubprocessingTerms::getSubprocessors)
                .orElse(List.of());
    }

    private static List<String> names(ImportResult r) {
        return subprocessors(r).stream().map(Subprocessor::getName).toList();
    }

    private static List<String> countries(Subprocessor sp) {
        return sp.getLocations().stream()
                .flatMap(l -> l.getCountry().stream())
                .map(c -> c.getCode())
                .toList();
    }

    // ---- a table after a heading is not read on as the list of sub-processors (Art. 28(2), (4) GDPR) ---------------

    private static final String LIST = "## Anlage 2 – Unterauftragsverarbeiter\n\n"
            + "| Name | Sitz | Tätigkeit | Standort |\n|---|---|---|---|\n"
            + "| Hangwerk Hosting GmbH | Kassel | Betrieb der Server | Deutschland |\n"
            + "| Briefhof Versand GmbH | Fulda | Druck und Versand | Deutschland |\n\n";

    @Test
    void should_not_read_a_change_log_under_its_own_heading_as_sub_processors() {
        ImportResult r = read(DE + LIST + "## Änderungsprotokoll\n\n"
                + "| Version | Datum | Änderung |\n|---|---|---|\n"
                + "| 1.2 | 01.03.2025 | Anlage 2 ergänzt |\n"
                + "| 2.0 | 15.11.2025 | Neufassung |\n");

        assertThat(names(r)).containsExactly("Hangwerk Hosting GmbH", "Briefhof Versand GmbH");
    }

    @Test
    void should_not_read_version_numbers_or_dates_as_sub_processors_in_a_table_of_the_list_s_width() {
        // the same number of columns as the list, so the heading alone does not end it: the cells name no one
        ImportResult r = read(DE + LIST + "## Änderungsprotokoll\n\n"
                + "| Version | Datum | Änderung | Bearbeiter |\n|---|---|---|---|\n"
                + "| 1.2 | 01.03.2025 | Anlage 2 ergänzt | Recht |\n"
                + "| 12 Nov 2025 | 2.0 | Neufassung | Recht |\n");

        assertThat(names(r)).containsExactly("Hangwerk Hosting GmbH", "Briefhof Versand GmbH");
    }

    @Test
    void should_still_read_the_list_across_a_heading_where_the_rows_have_its_columns() {
        // a second group of the same list under a heading of its own, with the list's columns: still its rows
        ImportResult r = read(
                DE + LIST + "### Weitere Unterauftragsverarbeiter\n\n"
                        + "| Aktenhof Vernichtung GmbH | Melsungen | Vernichtung von Akten | Deutschland |\n|---|---|---|---|\n");

        assertThat(names(r))
                .containsExactly("Hangwerk Hosting GmbH", "Briefhof Versand GmbH", "Aktenhof Vernichtung GmbH");
    }

    @Test
    void should_read_the_named_training_documents_without_their_change_logs() throws IOException {
        assertThat(names(unseen("baugatter_avv_baustellenzutritt.md")))
                .containsExactly("Alpen Datacenter GmbH", "Kartenwerk Druck KG", "SMSrelay s.r.o.");
        assertThat(names(unseen("panelwise_marktforschung_dpa.docx")))
                .hasSize(3)
                .noneMatch(n -> n.equals("Version") || n.matches("\\d.*"));
        assertThat(names(unseen("chirpwell_chatbot_dpa.docx")))
                .isNotEmpty()
                .noneMatch(n -> n.equals("Date") || n.matches("\\d.*"));
    }

    // ---- the location of processing given by a country's code after the city (Art. 28(2), (4) GDPR) ----------------

    private static ImportResult listWithLocations(String first, String second) {
        return read(DE + "## Anlage 2 – Unterauftragsverarbeiter\n\n"
                + "| Name | Tätigkeit | Standort |\n|---|---|---|\n"
                + "| Hangwerk Hosting GmbH | Betrieb der Server | " + first + " |\n"
                + "| Briefhof Versand GmbH | Druck und Versand | " + second + " |\n");
    }

    @Test
    void should_read_a_country_given_by_its_code_after_the_city() {
        ImportResult r = listWithLocations("Frankfurt (DE), Dublin (IE)", "Kassel, DE");

        assertThat(subprocessors(r))
                .extracting(ReviewTwentySixTest::countries)
                .containsExactly(List.of("DE"), List.of("DE"));
        assertThat(ReviewTwentyThreeTest.findings(r, "SUBPROC_IDENTITY")).noneMatch(f -> f.contains("locations"));
    }

    @Test
    void should_not_read_a_country_from_a_word_in_capitals_or_a_city_alone() {
        // "IT" is a word here, not Italy; a city alone names no country, and the warning stays
        ImportResult r = listWithLocations("Kassel (IT-Betrieb)", "Fulda");

        assertThat(subprocessors(r))
                .allSatisfy(sp -> assertThat(sp.getLocations()).isEmpty());
    }

    @Test
    void should_read_the_locations_of_the_named_training_documents() throws IOException {
        for (String doc : List.of(
                "coldharbour_backup_dps.md", "lodgeline_hotel_pms_dpa.pdf", "muster-avv-lohnbuero-kestner.pdf")) {
            assertThat(subprocessors(unseen(doc)))
                    .as(doc)
                    .filteredOn(sp -> sp.getCountry().isEmpty())
                    .isNotEmpty()
                    .allSatisfy(sp -> assertThat(sp.getLocations())
                            .as(doc + ": " + sp.getName())
                            .extracting(Location::getCountry)
                            .isNotEmpty());
        }
    }

    // ---- a list whose head says „Unternehmen“ and „Ort“ (Art. 28(2), (4) GDPR)
    // ---------------------------------------

    @Test
    void should_read_a_list_headed_unternehmen_leistung_ort() {
        ImportResult r = read(DE + "## Anlage 2 – Unterauftragsverarbeiter\n\n"
                + "| Unternehmen | Leistung | Ort |\n|---|---|---|\n"
                + "| Hangwerk Hosting GmbH | Betrieb der Server | Deutschland |\n"
                + "| Briefhof Versand GmbH | Druck und Versand | Österreich |\n");

        assertThat(names(r)).containsExactly("Hangwerk Hosting GmbH", "Briefhof Versand GmbH");
        assertThat(subprocessors(r))
                .extracting(ReviewTwentySixTest::countries)
                .containsExactly(List.of("DE"), List.of("AT"));
    }

    @Test
    void should_not_read_a_contacts_table_headed_unternehmen_as_sub_processors() {
        // the company of each contact person: a column for a name, but nothing of a sub-processor's entry beside it
        ImportResult r = read(DE + "## Anlage 3 – Ansprechpartner\n\n"
                + "| Unternehmen | Ansprechperson | Telefon |\n|---|---|---|\n"
                + "| Auftraggeber | Frau Jansen | 0561 1234 |\n"
                + "| Auftragnehmer | Herr Olbers | 0561 5678 |\n");

        assertThat(names(r)).isEmpty();
    }

    @Test
    void should_read_apolink_s_list_of_sub_processors() throws IOException {
        ImportResult r = unseen("apolink_avv_erezept.html");

        assertThat(names(r)).hasSize(3);
        assertThat(ReviewTwentyThreeTest.findings(r, "SUBPROC_LIST_PRESENT")).isEmpty();
    }
}
