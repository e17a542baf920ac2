/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import org.junit.jupiter.api.Test;

/**
 * Amendments inside a document (#16): a later part that deletes a clause or gives it a new wording makes the document
 * read as amended; the old wording is no evidence, the new one is. A reference to another contract's clause, a change
 * of some words and a confirmation change nothing. Agreements of our own, English and German, in the frames of
 * {@link WordingFrames#larchmere} and {@link WordingFrames#kornhaus}.
 */
class AmendmentsTest {

    private static ImportResult english(String amendment) {
        return WordingFrames.larchmere(
                "3. Instructions",
                "3.1 The Processor processes personal data only on documented instructions from the Customer.",
                "7. Personal data breaches",
                "7.1 The Processor shall use reasonable efforts to notify the Customer of personal data breaches.",
                "9. Audits",
                "9.1 The Processor shall make available to the Customer all information necessary to demonstrate "
                        + "compliance with Article 28 GDPR.",
                "9.2 The Processor shall allow for and contribute to audits, including inspections, conducted by the "
                        + "Customer or another auditor mandated by the Customer.",
                "Amendment No. 1",
                amendment);
    }

    private static final String NEW_BREACH_CLAUSE = "The Processor shall notify the Customer of a personal data breach "
            + "without undue delay and in any event within 48 hours after becoming aware of it.";

    private static Status status(ImportResult r, Requirement q) {
        return r.getRequirement(q).status();
    }

    @Test
    void should_read_the_new_wording_of_a_replaced_clause_only() {
        // given the weak breach clause 7.1 replaced by an adequate one
        ImportResult r = english("Clause 7.1 is deleted and replaced by the following: " + NEW_BREACH_CLAUSE);
        // then the old efforts wording no longer counts
        assertThat(status(r, Requirement.BREACH_NOTIFICATION)).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).evidence())
                .extracting(SourceSpan::quote)
                .noneMatch(q -> q.contains("reasonable efforts"));
    }

    @Test
    void should_read_a_clause_amended_to_read_as_follows() {
        ImportResult r = english("Section 7.1 shall be amended to read as follows: " + NEW_BREACH_CLAUSE);
        assertThat(status(r, Requirement.BREACH_NOTIFICATION)).isEqualTo(Status.FOUND);
    }

    @Test
    void should_keep_the_old_wording_when_another_contracts_clause_is_replaced() {
        // given the amendment names a clause of the main agreement
        ImportResult r = english(
                "Clause 7.1 of the Master Agreement is deleted and replaced by the following: " + NEW_BREACH_CLAUSE);
        // then this agreement's clause 7.1 still counts, and its efforts wording still weakens
        assertThat(status(r, Requirement.BREACH_NOTIFICATION)).isEqualTo(Status.WEAKER);
    }

    @Test
    void should_keep_the_clause_when_only_some_words_change() {
        ImportResult r = english("In Clause 7.1, the words \"reasonable efforts\" are replaced by \"commercially "
                + "reasonable efforts\".");
        assertThat(status(r, Requirement.BREACH_NOTIFICATION)).isEqualTo(Status.WEAKER);
    }

    @Test
    void should_take_away_a_deleted_clause() {
        // given the inspection clause deleted
        ImportResult r = english("Clause 9.2 is deleted.");
        // then the inspections are no longer found; the information of 9.1 stays
        assertThat(status(r, Requirement.AUDIT_INSPECTIONS)).isEqualTo(Status.NOT_FOUND);
        assertThat(status(r, Requirement.AUDIT_INFORMATION)).isEqualTo(Status.FOUND);
    }

    @Test
    void should_keep_a_clause_the_amendment_confirms() {
        ImportResult r = english("Clause 9.2 remains unchanged and continues to apply.");
        assertThat(status(r, Requirement.AUDIT_INSPECTIONS)).isEqualTo(Status.FOUND);
    }

    private static ImportResult german(String amendment) {
        return WordingFrames.kornhaus(
                "§ 3 Weisungen",
                "Der Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Auftraggebers.",
                "§ 6 Kontrollen",
                "(1) Der Auftragnehmer stellt dem Auftraggeber alle erforderlichen Informationen zum Nachweis der "
                        + "Einhaltung der Pflichten aus Art. 28 DSGVO zur Verfügung.",
                "(2) Der Auftragnehmer ermöglicht Überprüfungen einschließlich Inspektionen durch den Auftraggeber oder "
                        + "einen von ihm beauftragten Prüfer und trägt dazu bei.",
                "Nachtrag Nr. 1",
                amendment);
    }

    @Test
    void should_take_away_a_german_paragraph_that_is_struck_out() {
        ImportResult r = german("§ 6 Abs. 2 wird gestrichen.");
        assertThat(status(r, Requirement.AUDIT_INSPECTIONS)).isEqualTo(Status.NOT_FOUND);
        assertThat(status(r, Requirement.AUDIT_INFORMATION)).isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_the_new_german_wording() {
        // given § 6 Abs. 2 given a new wording
        ImportResult r =
                german("§ 6 Abs. 2 erhält folgende Fassung: Der Auftragnehmer ermöglicht Inspektionen durch den "
                        + "Auftraggeber an seinen Standorten nach Anmeldung mit einer Frist von zwei Wochen.");
        // then the inspections are quoted from the new wording, not from the old
        assertThat(r.getRequirement(Requirement.AUDIT_INSPECTIONS).evidence())
                .extracting(SourceSpan::quote)
                .anyMatch(q -> q.contains("erhält folgende Fassung"))
                .noneMatch(q -> q.contains("Überprüfungen einschließlich Inspektionen"));
    }

    @Test
    void should_keep_a_german_paragraph_that_stays() {
        ImportResult r = german("§ 6 Abs. 2 bleibt unberührt.");
        assertThat(status(r, Requirement.AUDIT_INSPECTIONS)).isEqualTo(Status.FOUND);
    }

    // --- some words of a clause changed, and annexes amended (struct20) ---

    @Test
    void should_read_a_clause_with_the_words_an_amendment_changes() {
        // given the efforts wording of 7.1 replaced word for word by a notice without undue delay
        ImportResult r = english("In Clause 7.1, the words \"use reasonable efforts to notify the Customer of personal "
                + "data breaches\" are replaced by \"notify the Customer of a personal data breach without undue delay "
                + "and in any event within 48 hours after becoming aware of it\".");
        // then the clause reads as amended, and the amendment is quoted beside it
        RequirementResult q = r.getRequirement(Requirement.BREACH_NOTIFICATION);
        assertThat(q.status()).isEqualTo(Status.FOUND);
        assertThat(q.evidence()).extracting(SourceSpan::quote).anyMatch(e -> e.startsWith("In Clause 7.1, the words"));
    }

    @Test
    void should_read_a_german_clause_with_a_word_struck_out_or_replaced() {
        // given the inspections struck out of § 6 Abs. 2 word for word
        ImportResult struck = german("In § 6 Abs. 2 werden die Wörter „Überprüfungen einschließlich Inspektionen "
                + "durch den Auftraggeber oder einen von ihm beauftragten Prüfer und trägt dazu bei“ gestrichen.");
        assertThat(status(struck, Requirement.AUDIT_INSPECTIONS)).isNotEqualTo(Status.FOUND);
        assertThat(status(struck, Requirement.AUDIT_INFORMATION)).isEqualTo(Status.FOUND);
        // and an on-site inspection made the processor's choice
        ImportResult replaced = german("In § 6 Abs. 2 wird die Angabe „ermöglicht Überprüfungen einschließlich "
                + "Inspektionen“ durch die Angabe „ermöglicht nach eigenem Ermessen Überprüfungen einschließlich "
                + "Inspektionen“ ersetzt.");
        assertThat(status(replaced, Requirement.AUDIT_INSPECTIONS)).isEqualTo(Status.WEAKER);
    }

    @Test
    void should_keep_the_clause_when_the_changed_words_are_another_contracts_or_not_in_the_clause() {
        // another contract's clause 7.1
        assertThat(status(
                        english("In Clause 7.1 of the Master Agreement, the words \"use reasonable efforts to notify "
                                + "the Customer of personal data breaches\" are replaced by \"notify the Customer of a "
                                + "personal data breach without undue delay\"."),
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        // words that clause 9.2 does not hold
        assertThat(status(
                        english("In Clause 9.2, the words \"once a year\" are replaced by \"once in three years\"."),
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.FOUND);
        assertThat(status(german("In § 6 Abs. 2 wird das Wort „jährlich“ gestrichen."), Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.FOUND);
    }

    /** A numbered agreement whose Schedule 2 limits the assistance with data subjects' requests, then an amendment. */
    private static ImportResult withSchedule(String amendment) {
        return WordingFrames.larchmere(
                "3. Data subjects' requests",
                "The Processor shall assist the Customer by appropriate technical and organisational measures in "
                        + "fulfilling its obligation to respond to requests for exercising the data subject's rights.",
                "4. Order of precedence",
                "In the event of a conflict between the clauses of this agreement and Schedule 2, Schedule 2 shall "
                        + "prevail.",
                "Schedule 2 – Support",
                "1. Help with requests from data subjects is available on the Premium plan only.",
                "Amendment No. 1",
                amendment);
    }

    @Test
    void should_take_away_an_annex_the_amendment_deletes() {
        assertThat(status(withSchedule("Schedule 2 is deleted."), Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
        assertThat(status(
                        withSchedule("Schedule 2 (Support) is deleted in its entirety."),
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
        // the schedule confirmed, or another contract's schedule deleted: the limit stays
        assertThat(status(withSchedule("Schedule 2 remains unchanged."), Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
        assertThat(status(
                        withSchedule("Schedule 2 of the Master Agreement is deleted."),
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
    }
}
