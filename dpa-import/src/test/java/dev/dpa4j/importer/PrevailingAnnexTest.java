/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.importer.internal.NoteWordings;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Limits stated in an annex that the order of precedence names (#16): where an annex prevails over the clauses in a
 * conflict, a limit it states about a duty the clauses state in full makes the duty weaker; where the clauses prevail,
 * the limit still counts (a conflict to resolve), with its own note; an annex without a limit, or one that no
 * precedence clause names, changes nothing. Agreements of our own, English and German.
 */
class PrevailingAnnexTest {

    private static ImportResult english(String precedence, String schedule) {
        return WordingFrames.larchmere(
                "3. Instructions",
                "The Processor processes personal data only on documented instructions from the Customer.",
                "4. Security",
                "The Processor takes all measures required pursuant to Article 32 GDPR.",
                "5. Data subjects' requests",
                "The Processor shall assist the Customer by appropriate technical and organisational measures in "
                        + "fulfilling its obligation to respond to requests for exercising the data subject's rights.",
                "6. Personal data breaches",
                "The Processor shall notify the Customer of a personal data breach without undue delay and in any event "
                        + "within 48 hours after becoming aware of it.",
                "7. Order of precedence",
                precedence,
                "Schedule 2 – Service levels",
                "1. The Processor answers support tickets within one business day.",
                "2. " + schedule);
    }

    private static final String SCHEDULE_PREVAILS =
            "In the event of a conflict between the clauses of this agreement and Schedule 2, Schedule 2 shall prevail.";
    private static final String AGREEMENT_PREVAILS =
            "In the event of a conflict, the clauses of this agreement prevail over Schedule 2.";
    private static final String LIMIT = "Help with requests from data subjects is available on the Premium plan only.";
    private static final String NO_LIMIT =
            "Help with requests from data subjects is given through the support portal or by telephone.";

    private static RequirementResult dsr(ImportResult r) {
        return r.getRequirement(Requirement.DATA_SUBJECT_RIGHTS);
    }

    @Test
    void should_weaken_a_duty_when_a_prevailing_schedule_limits_it() {
        // given a schedule that prevails and limits the assistance with data subjects' requests to one plan
        ImportResult r = english(SCHEDULE_PREVAILS, LIMIT);
        // then the assistance is weaker, quoting the clause, the schedule's sentence and the precedence clause
        RequirementResult q = dsr(r);
        assertThat(q.status()).isEqualTo(Status.WEAKER);
        assertThat(q.note()).startsWith("limited in an annex that prevails").endsWith("Schedule 2");
        assertThat(q.evidence()).extracting(SourceSpan::quote).anyMatch(e -> e.contains("Premium plan only"));
        assertThat(q.evidence()).extracting(SourceSpan::quote).anyMatch(e -> e.contains("Schedule 2 shall prevail"));
        assertThat(NoteWordings.in(q.note(), Locale.GERMAN)).startsWith("eingeschränkt in einer Anlage, die");
        // and the other duties stay met
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status()).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.SECURITY).status()).isEqualTo(Status.FOUND);
    }

    @Test
    void should_keep_a_duty_met_when_the_prevailing_schedule_states_no_limit() {
        ImportResult r = english(SCHEDULE_PREVAILS, NO_LIMIT);
        assertThat(dsr(r).status()).isEqualTo(Status.FOUND);
    }

    @Test
    void should_count_the_limit_as_a_conflict_when_the_clauses_prevail_over_the_schedule() {
        // given the clauses prevail over the schedule that limits
        ImportResult r = english(AGREEMENT_PREVAILS, LIMIT);
        // then the limit still counts, noted as a conflict the parties should resolve
        RequirementResult q = dsr(r);
        assertThat(q.status()).isEqualTo(Status.WEAKER);
        assertThat(q.note())
                .startsWith("limited in an annex, a conflict to resolve")
                .endsWith("Schedule 2");
    }

    @Test
    void should_not_read_a_schedule_that_no_precedence_clause_names() {
        // given the order of precedence names the main agreement only
        ImportResult r = english("In the event of a conflict, this agreement prevails over the main agreement.", LIMIT);
        assertThat(dsr(r).status()).isEqualTo(Status.FOUND);
    }

    @Test
    void should_not_read_the_schedule_when_another_document_prevails() {
        // given the clauses named as the part that prevails after the schedule
        ImportResult r = english(
                "In the event of a conflict between Schedule 2 and this agreement, this agreement shall prevail in "
                        + "all matters of data protection.",
                NO_LIMIT);
        assertThat(dsr(r).status()).isEqualTo(Status.FOUND);
    }

    private static ImportResult german(String precedence, String annex) {
        return WordingFrames.kornhaus(
                "§ 3 Weisungen",
                "Der Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Auftraggebers.",
                "§ 4 Meldung von Verletzungen",
                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener Daten "
                        + "unverzüglich, spätestens binnen 24 Stunden, nachdem sie ihm bekannt geworden ist.",
                "§ 5 Rangfolge",
                precedence,
                "Anlage 3 – Leistungsbeschreibung",
                "(1) Der Support ist werktags von 8 bis 18 Uhr erreichbar.",
                "(2) " + annex);
    }

    @Test
    void should_weaken_a_duty_when_a_prevailing_german_annex_limits_it() {
        // given „geht Anlage 3 vor“ and a limit of breach reports in Anlage 3
        ImportResult r = german(
                "Bei Widersprüchen zwischen dieser Vereinbarung und Anlage 3 geht Anlage 3 vor.",
                "Meldungen von Sicherheitsvorfällen erfolgen nur für Störungen der Produktivsysteme.");
        RequirementResult q = r.getRequirement(Requirement.BREACH_NOTIFICATION);
        assertThat(q.status()).isEqualTo(Status.WEAKER);
        assertThat(q.note()).endsWith("Anlage 3");
    }

    @Test
    void should_keep_a_german_duty_met_when_the_prevailing_annex_states_no_limit() {
        ImportResult r = german(
                "Bei Widersprüchen zwischen dieser Vereinbarung und Anlage 3 geht Anlage 3 vor.",
                "Meldungen von Sicherheitsvorfällen gehen an die im Hauptvertrag benannte Rufnummer.");
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status()).isEqualTo(Status.FOUND);
    }

    // --- the annexes named together: "the Schedules", „die Anlagen“ (struct20) ---

    @Test
    void should_weaken_a_duty_when_the_schedules_together_prevail_and_one_limits_it() {
        ImportResult r = english(
                "In the event of a conflict between the clauses of this agreement and the Schedules, the Schedules "
                        + "shall prevail.",
                LIMIT);
        RequirementResult q = dsr(r);
        assertThat(q.status()).isEqualTo(Status.WEAKER);
        assertThat(q.note()).startsWith("limited in an annex that prevails").endsWith("Schedule 2");
        assertThat(q.evidence()).extracting(SourceSpan::quote).anyMatch(e -> e.contains("the Schedules shall prevail"));
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status()).isEqualTo(Status.FOUND);
    }

    @Test
    void should_count_the_limit_as_a_conflict_when_the_clauses_prevail_over_the_schedules() {
        RequirementResult q = dsr(english(
                "In the event of a conflict, the clauses of this agreement prevail over the Schedules.", LIMIT));
        assertThat(q.status()).isEqualTo(Status.WEAKER);
        assertThat(q.note())
                .startsWith("limited in an annex, a conflict to resolve")
                .endsWith("Schedule 2");
    }

    @Test
    void should_keep_a_duty_met_when_the_schedules_prevail_without_a_limit_or_the_precedence_is_the_clauses() {
        assertThat(dsr(english(
                                "In the event of a conflict between the clauses of this agreement and the "
                                        + "Schedules, the Schedules shall prevail.",
                                NO_LIMIT))
                        .status())
                .isEqualTo(Status.FOUND);
        // the standard contractual clauses prevailing over their own annexes: not this agreement's schedules
        assertThat(dsr(english(
                                "In the event of a conflict between the Standard Contractual Clauses and the "
                                        + "Annexes, the Standard Contractual Clauses prevail.",
                                LIMIT))
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_the_german_annexes_named_together() {
        String limit = "Meldungen von Sicherheitsvorfällen erfolgen nur für Störungen der Produktivsysteme.";
        RequirementResult prevails = german(
                        "Bei Widersprüchen zwischen dieser Vereinbarung und ihren Anlagen gehen die Anlagen vor.",
                        limit)
                .getRequirement(Requirement.BREACH_NOTIFICATION);
        assertThat(prevails.status()).isEqualTo(Status.WEAKER);
        assertThat(prevails.note())
                .startsWith("limited in an annex that prevails")
                .endsWith("Anlage 3");
        assertThat(german("Die Anlagen haben bei Widersprüchen Vorrang vor den Regelungen dieser Vereinbarung.", limit)
                        .getRequirement(Requirement.BREACH_NOTIFICATION)
                        .status())
                .isEqualTo(Status.WEAKER);
        RequirementResult subordinate = german("Bei Widersprüchen geht diese Vereinbarung den Anlagen vor.", limit)
                .getRequirement(Requirement.BREACH_NOTIFICATION);
        assertThat(subordinate.status()).isEqualTo(Status.WEAKER);
        assertThat(subordinate.note()).startsWith("limited in an annex, a conflict to resolve");
        // without a limit in the annex
        assertThat(german(
                                "Bei Widersprüchen zwischen dieser Vereinbarung und ihren Anlagen gehen die Anlagen vor.",
                                "Meldungen von Sicherheitsvorfällen gehen an die im Hauptvertrag benannte Rufnummer.")
                        .getRequirement(Requirement.BREACH_NOTIFICATION)
                        .status())
                .isEqualTo(Status.FOUND);
    }
}
