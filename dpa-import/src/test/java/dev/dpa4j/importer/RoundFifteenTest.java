/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.de;
import static dev.dpa4j.importer.WordingFrames.en;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 15 of #16 (the twelfth held-out set): each rule where it fires and where it must not, in the frames of
 * {@link WordingFrames} (agreements of our own, never one of a fixture's sentences), in English and German.
 */
class RoundFifteenTest {

    // --- the first sentence of Art. 28(3): subject matter and duration ---

    @Test
    void should_read_a_subject_matter_without_any_duration_as_weaker() {
        String subject = "The subject matter of the processing is the hosting of the Customer's ticketing system.";
        RequirementResult r =
                WordingFrames.enResult("2. Subject matter and duration", subject, Requirement.SUBJECT_AND_DURATION);
        assertThat(r.status()).isEqualTo(Status.WEAKER);
        assertThat(r.note()).contains("without the duration");
        String gegenstand = "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware.";
        assertThat(de("§ 2 Gegenstand und Dauer", gegenstand, Requirement.SUBJECT_AND_DURATION))
                .isEqualTo(Status.WEAKER);
        // a deletion after the end of the main contract says nothing of how long the processing lasts
        assertThat(de(
                        "§ 2 Gegenstand und Dauer",
                        gegenstand + " Nach Beendigung des Hauptvertrags löscht der Auftragnehmer die Daten.",
                        Requirement.SUBJECT_AND_DURATION))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_a_subject_matter_with_a_duration_anywhere_in_the_terms_as_met() {
        String subject = "The subject matter of the processing is the hosting of the Customer's ticketing system.";
        assertThat(en(
                        "2. Subject matter and duration",
                        subject + " This agreement remains in force for as long as the Processor hosts the system.",
                        Requirement.SUBJECT_AND_DURATION))
                .isEqualTo(Status.FOUND);
        String gegenstand = "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware.";
        assertThat(de(
                        "§ 2 Gegenstand und Dauer",
                        gegenstand + " Die Vereinbarung ist unbefristet und endet mit dem Hauptvertrag.",
                        Requirement.SUBJECT_AND_DURATION))
                .isEqualTo(Status.FOUND);
        // the term stated in a clause of its own at the end of the agreement, or not at all
        assertThat(germanWithFinal(
                        gegenstand,
                        "Die Laufzeit dieser Vereinbarung entspricht der des Hauptvertrags. Es gilt deutsches Recht."))
                .isEqualTo(Status.FOUND);
        assertThat(germanWithFinal(gegenstand, "Es gilt deutsches Recht.")).isEqualTo(Status.WEAKER);
    }

    /** The plain German frame with its § 2 and § 11 replaced, read for the subject matter and duration. */
    private static Status germanWithFinal(String subject, String finalProvisions) {
        Map<String, String> s = WordingFrames.plainGerman();
        s.put("§ 2 Gegenstand und Dauer", subject);
        s.put("§ 11 Schlussbestimmungen", finalProvisions);
        StringBuilder doc = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        s.forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt")
                .getRequirement(Requirement.SUBJECT_AND_DURATION)
                .status();
    }
}
