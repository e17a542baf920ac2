/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.de;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import org.junit.jupiter.api.Test;

/**
 * Round 15 of #16: what {@code dpa review} still got wrong on agreements it already knew, read from the law and the
 * class of wording rather than from one document. Each rule where it fires and where it must not, in sentences of our
 * own (never one of a fixture's), in English and German where both write it.
 */
class RoundFifteenTest {

    // --- 1. the processor's liability for sub-processors, not the controller's noun ---

    @Test
    void should_not_read_the_controller_beside_a_sub_processor_as_the_processors_liability() {
        String consent =
                "Der Verantwortliche ist einverstanden, dass der Auftragsverarbeiter die in Anlage 2 genannten "
                        + "Unterauftragsverarbeiter einsetzt. Über einen neuen Unterauftragsverarbeiter unterrichtet der "
                        + "Auftragsverarbeiter den Verantwortlichen vier Wochen vorher; der Verantwortliche kann widersprechen.";
        assertThat(de("§ 6 Unterauftragsverarbeiter", consent, Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.NOT_FOUND);
        // the predicate, with the controller named beside it, still states the liability (Art. 28(4) second sentence)
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        consent + " Für die Unterauftragsverarbeiter bleibt der Auftragsverarbeiter dem "
                                + "Verantwortlichen gegenüber voll verantwortlich.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        consent + " Der Auftragsverarbeiter haftet für seine Unterauftragsverarbeiter wie für eigenes "
                                + "Handeln.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.FOUND);
        // "bleibt" alone is no liability: the controller remains entitled to object
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        consent + " Der Verantwortliche bleibt berechtigt, einen Unterauftragsverarbeiter abzulehnen.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.NOT_FOUND);
    }
}
