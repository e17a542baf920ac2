/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import org.junit.jupiter.api.Test;

/**
 * Round 12 of #16 beyond model forms: a sentence is not cut at an abbreviation; processing for the processor's own
 * purposes permitted in another clause takes back the duty to process only on instructions; an exculpation by care in
 * choosing a sub-processor is less than full liability (Art. 28(4)). Sentences of our own, both ways, both languages.
 */
class RoundTwelveTest {

    private static final String BREACH_DE = "§ 8 Meldung von Verletzungen";

    @Test
    void should_not_cut_a_sentence_at_an_abbreviation() {
        RequirementResult abbreviated = WordingFrames.deResult(
                BREACH_DE,
                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener Daten auf "
                        + "geeignetem Weg (z. B. Telefon) unverzüglich.",
                Requirement.BREACH_NOTIFICATION);
        RequirementResult twoSentences = WordingFrames.deResult(
                BREACH_DE,
                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener Daten "
                        + "unverzüglich. Bei Fragen hilft das Datenschutzteam.",
                Requirement.BREACH_NOTIFICATION);

        assertThat(abbreviated.status()).isEqualTo(Status.FOUND);
        assertThat(abbreviated.evidence().get(0).quote()).contains("(z. B. Telefon) unverzüglich.");
        // a full stop that ends a sentence still ends it
        assertThat(twoSentences.status()).isEqualTo(Status.FOUND);
        assertThat(twoSentences.evidence().get(0).quote()).endsWith("unverzüglich.");
    }
}
