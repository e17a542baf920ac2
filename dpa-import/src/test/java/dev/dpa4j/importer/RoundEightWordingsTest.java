/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.CompletenessTest.strongEnglish;
import static dev.dpa4j.importer.CompletenessTest.withSection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import org.junit.jupiter.api.Test;

/**
 * The rules of round 8 of #16 (the sixth held-out set), each where it fires and where it must not, on the plain
 * agreement of {@link CompletenessTest} with one clause replaced by a sentence written for this test (never one of a
 * fixture).
 */
class RoundEightWordingsTest {

    private static final String SUBPROCESSORS = "9. Sub-processors";

    private static RequirementResult read(String heading, String body, Requirement r) {
        return withSection(strongEnglish(), heading, body).getRequirement(r);
    }

    @Test
    void should_not_read_a_refused_inspection_as_an_inspection_right() {
        assertThat(read(
                                "14. Audits",
                                "We give you the information you need to show compliance. We do not offer inspections"
                                        + " of our offices.",
                                Requirement.AUDIT_INSPECTIONS)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
        assertThat(read(
                                "14. Audits",
                                "We give you the information you need to show compliance and allow inspections of our"
                                        + " offices by you or an auditor you appoint.",
                                Requirement.AUDIT_INSPECTIONS)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_copy_of_the_terms_agreed_with_a_sub_processor() {
        String base = strongEnglish()
                .get(SUBPROCESSORS)
                .replace(" On request the Processor provides a copy of the sub-processor agreement.", "");
        assertThat(read(
                                SUBPROCESSORS,
                                base
                                        + " On request the Processor sends the Customer a copy of the data protection terms"
                                        + " it has agreed with a sub-processor.",
                                Requirement.SUBPROCESSOR_CONTRACT_COPY)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(read(SUBPROCESSORS, base, Requirement.SUBPROCESSOR_CONTRACT_COPY)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_not_read_copies_deleted_after_the_end_of_the_contract_as_a_contract_copy() {
        ImportResult r = CompletenessTest.importText(java.util.Map.of(
                "§ 1 Gegenstand",
                "Der Auftragnehmer betreibt für den Auftraggeber die Lohnabrechnung.",
                "§ 2 Weisungen",
                "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers.",
                "§ 3 Datenschutzverletzungen",
                "Der Auftragnehmer meldet Verletzungen unverzüglich.",
                "§ 4 Löschung",
                "Die Löschung sämtlicher Daten einschließlich vorhandener Kopien erfolgt spätestens 30 Tage nach"
                        + " Vertragsende."));
        assertThat(r.getRequirement(Requirement.SUBPROCESSOR_CONTRACT_COPY).status())
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_not_weaken_the_authorisation_by_the_controllers_own_discretion() {
        String specific = "The Processor shall not engage a sub-processor without the Customer's prior specific written"
                + " authorisation.";
        assertThat(read(
                                SUBPROCESSORS,
                                specific
                                        + " The Customer may grant or refuse its authorisation at its sole discretion.",
                                Requirement.SUBPROCESSOR_AUTHORISATION)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(read(
                                SUBPROCESSORS,
                                "The Customer gives its general written authorisation for sub-processors, which the"
                                        + " Processor chooses at its sole discretion.",
                                Requirement.SUBPROCESSOR_AUTHORISATION)
                        .status())
                .isEqualTo(Status.WEAKER);
    }
}
