/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a reviewer saw wrong in the German review of a held-out agreement (#16, round 7): the vendor's own section
 * references reported as unresolvable, and the numbered details of processing ("1.6 Kreis der Betroffenen: …")
 * reported as missing beside a completeness table that found them. The snippets are written for this test.
 */
class ReviewReadingTest {

    private static final String DOC = """
            VEREINBARUNG ZUR AUFTRAGSVERARBEITUNG

            zwischen der Beispiel Kunde GmbH (nachfolgend „Auftraggeber“) und der Beispiel Agentur GmbH (nachfolgend „Auftragnehmer“).

            1. Gegenstand und Einzelheiten

            1.1 Gegenstand des Auftrags ist die Pflege der Website des Auftraggebers.

            1.2 Art der Verarbeitung: Speichern, Ordnen, Versand von Newslettern.

            1.3 Kreis der Betroffenen: Kunden, Interessenten, Newsletter-Abonnenten.

            2. Weisungen

            2.1 Der Auftragnehmer verarbeitet die Daten nur nach dokumentierten Weisungen des Auftraggebers.

            3. Löschung

            3.1 Nach Ende des Auftrags gibt der Auftragnehmer die in Ziffer 1.3 genannten Daten nach Wahl des Auftraggebers heraus oder löscht sie.

            4. Vertraulichkeit

            4.1 Die Beschäftigten des Auftragnehmers sind auf die Vertraulichkeit verpflichtet.
            """;

    private static ImportResult read(String text) {
        return DpaImporter.standard().importBytes(text.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt");
    }

    @Test
    void should_not_report_the_vendors_own_section_references_as_unresolvable() {
        ImportResult r = read(DOC);
        Validator validator =
                Validator.builder().asOf(LocalDate.of(2026, 12, 4)).build();
        // the validator judges references against the numbering our renderers print, which the vendor's text lacks
        assertThat(validator.validate(r.getDraft()).getFindings())
                .extracting(f -> f.getRuleId())
                .contains("DOC_REFERENCE");
        assertThat(Review.of(r, validator).getItems())
                .extracting(i -> i.finding().getRuleId())
                .doesNotContain("DOC_REFERENCE")
                .isNotEmpty();
    }

    @Test
    void should_read_numbered_labels_of_the_processing_details() {
        DataProcessingAgreement a = read(DOC).getDraft();
        List<String> subjects = a.getProcessing()
                .map(p -> p.getDataSubjects().stream()
                        .map(DataSubjectCategory::getName)
                        .map(Object::toString)
                        .toList())
                .orElse(List.of());
        assertThat(String.join(" ", subjects)).contains("Kunden").contains("Newsletter-Abonnenten");
    }

    @Test
    void should_not_read_a_numbered_sentence_as_a_label() {
        DataProcessingAgreement a = read(DOC.replace(
                        "1.3 Kreis der Betroffenen: Kunden, Interessenten, Newsletter-Abonnenten.",
                        "1.3 Der Kreis der Betroffenen ergibt sich aus dem Hauptvertrag."))
                .getDraft();
        assertThat(a.getProcessing().map(p -> p.getDataSubjects().size()).orElse(0))
                .isZero();
    }
}
