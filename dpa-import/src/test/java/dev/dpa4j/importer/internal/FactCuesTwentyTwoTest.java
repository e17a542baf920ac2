/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cues of round 22 of the review (#16) in {@code fact-cues.txt}, read alone: the completeness table may state the
 * same fact from its own cues, so the draft cannot tell which lexicon set it. Sentences written for this test.
 */
class FactCuesTwentyTwoTest {

    private static boolean cued(String path, String sentence) {
        return Cues.load("fact-cues.txt", 1).stream()
                .filter(l -> l.fields().get(0).equals(path))
                .anyMatch(l -> l.pattern().matcher(sentence).find());
    }

    @Test
    void should_read_processing_bound_to_documented_instructions_in_other_words() {
        for (String s : List.of(
                "The Processor will process personal data only in accordance with the Controller's documented "
                        + "instructions.",
                "The Processor processes personal data on the Controller's documented instructions, except where "
                        + "Union or Member State law requires otherwise.",
                "Der Auftragnehmer verarbeitet die Daten gemäß den dokumentierten Weisungen des Auftraggebers.")) {
            assertThat(cued("instructions.documentedInstructionsOnly", s)).as(s).isTrue();
        }
    }

    @Test
    void should_not_read_processing_that_may_go_beyond_the_instructions() {
        for (String s : List.of(
                "The Processor may process personal data other than on the Controller's documented instructions "
                        + "where it finds this useful.",
                "The Processor processes personal data in accordance with the Controller's documented instructions "
                        + "and as otherwise necessary to run the service.",
                "The Controller may send the Processor documented instructions by e-mail.")) {
            assertThat(cued("instructions.documentedInstructionsOnly", s)).as(s).isFalse();
        }
    }

    @Test
    void should_read_the_exception_from_an_audit_limit_in_the_clauses_words() {
        assertThat(cued(
                        "audits.incidentException",
                        "Audits take place once per year or where there are indications of non-compliance."))
                .isTrue();
        assertThat(cued(
                        "audits.incidentException",
                        "Prüfungen finden einmal jährlich statt, zusätzlich jederzeit, wenn Anhaltspunkte für einen "
                                + "Verstoß bestehen."))
                .isTrue();
        assertThat(cued(
                        "audits.incidentException",
                        "Audits take place once per year on thirty days' notice, at the Controller's cost."))
                .isFalse();
    }

    @Test
    void should_read_a_data_subject_under_the_agreements_own_name_by_the_request_it_makes() {
        assertThat(cued(
                        "assistance.dataSubjectRights",
                        "The Processor forwards any request from an Applicant to exercise data protection rights and "
                                + "assists the Controller in responding to it."))
                .isTrue();
        assertThat(cued(
                        "assistance.dataSubjectRights",
                        "Der Auftragnehmer leitet Anträge von Mandanten auf Auskunft oder Löschung an den Auftraggeber "
                                + "weiter."))
                .isTrue();
        assertThat(cued(
                        "assistance.dataSubjectRights",
                        "The Processor answers any request from the Controller to exercise its audit rights within ten "
                                + "days."))
                .isFalse();
    }

    @Test
    void should_read_the_controllers_own_auditor_with_words_between() {
        for (String s : List.of(
                "Der Auftraggeber oder ein von ihm beauftragter, zur Verschwiegenheit verpflichteter Prüfer kann "
                        + "Kontrollen durchführen.",
                "Der Auftraggeber kann die Einhaltung selbst oder durch einen zur Verschwiegenheit verpflichteten Prüfer "
                        + "kontrollieren.",
                "The Controller may audit the Processor itself or through an independent auditor bound by "
                        + "confidentiality.")) {
            assertThat(cued("audits.mandatedAuditor", s)).as(s).isTrue();
        }
        assertThat(cued(
                        "audits.mandatedAuditor",
                        "The Controller may have the Processor audited itself or through an auditor selected by the "
                                + "Processor."))
                .isFalse();
    }
}
