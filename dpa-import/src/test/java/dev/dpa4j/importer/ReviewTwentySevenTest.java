/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Round 27 of the review (#16): a sub-processor's transfer tool given in a footnote to the list — the note named by the
 * mark after the entry's name either names the tool or points to the clause that does (Art. 44 to 46 GDPR). Both ways
 * in documents written for this test, and the training document the review reported it for.
 */
class ReviewTwentySevenTest {

    private static final String DE = "# Vertrag zur Auftragsverarbeitung\n\n"
            + "## Ziffer 1 – Gegenstand\n\n1.1 Der Auftragnehmer betreibt für den Auftraggeber eine Plattform für "
            + "Vereinsmitteilungen und verarbeitet dabei Namen und Kontaktdaten der Mitglieder.\n\n"
            + "## Ziffer 8 – Drittländer\n\n8.1 Die Plattform wird in Deutschland betrieben. Für die in Anlage 2 "
            + "gekennzeichneten Dienste ist Grundlage der Übermittlung der Angemessenheitsbeschluss zum EU-US Data "
            + "Privacy Framework, nach dem die Anbieter zertifiziert sind.\n\n"
            + "8.2 Im Übrigen findet keine Übermittlung in Drittländer statt.\n\n"
            + "## Anlage 2 – Unterauftragsverarbeiter\n\n"
            + "| Unternehmen | Leistung | Land |\n|---|---|---|\n"
            + "| Hangwerk Hosting GmbH | Betrieb der Server | Deutschland |\n";

    private static ImportResult read(String doc) {
        return ReviewTwentyThreeTest.read(doc);
    }

    /** The transfer tool the draft gives the sub-processor whose name starts with {@code name}. */
    static Optional<String> tool(ImportResult r, String name) {
        return r.getDraft().getSubprocessing().map(SubprocessingTerms::getSubprocessors).orElse(List.of()).stream()
                .filter(sp -> sp.getName().startsWith(name))
                .findFirst()
                .flatMap(Subprocessor::getTransfer)
                .map(t -> t.getType().name());
    }

    @Test
    void should_give_a_marked_entry_the_tool_of_the_clause_its_note_points_to() {
        ImportResult r = read(DE + "| Pushwell Inc. * | Zustellung von Push-Nachrichten | USA |\n"
                + "| Smsgate LLC | SMS-Versand | USA |\n\n"
                + "\\* Übermittlung auf Grundlage von Ziffer 8.1.\n");

        assertThat(tool(r, "Pushwell")).contains("EU_US_DATA_PRIVACY_FRAMEWORK");
        assertThat(tool(r, "Smsgate")).isEmpty(); // no mark: the note is not about it
        assertThat(tool(r, "Hangwerk")).isEmpty(); // in the EEA
        // one sub-processor in a third country without a tool (Smsgate), not two
        assertThat(ReviewTwentyThreeTest.findings(r, "TRANSFER_MECHANISM")).hasSize(1);
    }

    @Test
    void should_give_a_marked_entry_the_tool_its_note_names() {
        String en = "# Data Processing Agreement\n\n## 1. Subject matter and duration\n\nThe Processor hosts the "
                + "Customer's booking platform and processes the names and e-mail addresses of its guests for as long "
                + "as the main agreement runs.\n\n"
                + "## 2. Instructions and confidentiality\n\nThe Processor processes the data only on the Customer's "
                + "documented instructions and ensures that its staff are bound to confidentiality.\n\n"
                + "## 3. Security and breaches\n\nThe Processor takes the measures required by Article 32 GDPR and "
                + "notifies the Customer of a personal data breach without undue delay.\n\n"
                + "## 4. Deletion and audits\n\nAt the end of the services the Processor deletes or returns the data "
                + "at the Customer's choice, and it allows for and contributes to audits by the Customer.\n\n"
                + "## 5. Sub-processors\n\nThe Customer authorises the sub-processors listed in Annex 3.\n\n"
                + "## Annex 3 – Sub-processors\n\n| Company | Service | Country |\n|---|---|---|\n"
                + "| Mailrun Inc.¹ | E-mail delivery | United States |\n"
                + "| Hostwell B.V. | Hosting | Netherlands |\n\n"
                + "¹ Transfers take place under the Standard Contractual Clauses (Module Three).\n";

        assertThat(tool(read(en), "Mailrun")).contains("SCC_2021_914");
    }

    @Test
    void should_give_no_tool_where_the_note_denies_it_or_points_to_a_clause_without_one() {
        ImportResult denied = read(DE + "| Pushwell Inc. * | Zustellung von Push-Nachrichten | USA |\n\n"
                + "\\* Der Anbieter ist nicht nach dem EU-US Data Privacy Framework zertifiziert.\n");
        ImportResult elsewhere = read(
                DE + "| Pushwell Inc. * | Zustellung von Push-Nachrichten | USA |\n\n" + "\\* Siehe Ziffer 8.2.\n");

        assertThat(tool(denied, "Pushwell")).isEmpty();
        assertThat(tool(elsewhere, "Pushwell")).isEmpty(); // 8.2 names no tool
        assertThat(ReviewTwentyThreeTest.findings(denied, "TRANSFER_MECHANISM")).hasSize(1);
    }

    @Test
    void should_read_the_training_document_whose_footnote_points_to_its_transfer_clause() throws IOException {
        ImportResult r = TrainingCorpus.importFile(
                Path.of("src", "test", "resources", "fixtures", "unseen", "nebelhorn_avv_iot_cloud.docx"));

        assertThat(tool(r, "Notifyr")).contains("EU_US_DATA_PRIVACY_FRAMEWORK");
        assertThat(ReviewTwentyThreeTest.findings(r, "TRANSFER_MECHANISM")).isEmpty();
    }
}
