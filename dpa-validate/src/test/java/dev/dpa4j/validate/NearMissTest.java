/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AmendmentForm;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Changes that come close to what a rule looks for but are lawful: the rule must stay silent (or, where
 * stated, report below ERROR). Each case is the lawful neighbour of a planted defect.
 */
class NearMissTest {

    private static DataCategory category(String name) {
        return DataCategory.builder()
                .id("c" + Integer.toHexString(name.hashCode()))
                .name(LocalizedText.en(name))
                .specialCategory(SpecialCategory.NONE)
                .criminalOffenceData(false)
                .build();
    }

    private static TechnicalOrganisationalMeasure untyped(String text) {
        return TechnicalOrganisationalMeasure.builder()
                .description(LocalizedText.de(text))
                .build();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c(
                        "ART9_FLAG_SET",
                        "a diagnostics telemetry category is not health data",
                        a -> processing(
                                a,
                                p -> p.addDataCategories(category("Diagnostics and crash telemetry of the app"))
                                        .addDataCategories(category("Diagnosedaten der Geräte (Fehlercodes)"))
                                        .addDataCategories(category("Service health checks")))),
                c(
                        "ART9_FLAG_SET",
                        "a short stem inside another word",
                        a -> processing(a, p -> p.addDataCategories(category("Kundnamen und Adnamen")))),
                c(
                        "DSR_FORWARDING",
                        "two business days",
                        a -> assistance(
                                a,
                                x -> x.forwardingDeadline(TimeLimit.builder()
                                        .period(TimePeriod.of(2, PeriodUnit.BUSINESS_DAYS))
                                        .build()))),
                c(
                        "DSR_FORWARDING",
                        "forwarding 'unverzüglich'",
                        a -> assistance(a, x -> x.forwardingDeadline(wording("unverzüglich")))),
                c(
                        "ART33_2_DEADLINE",
                        "48 hours",
                        a -> breach(a, b -> b.deadline(hours(48)).subprocessorDeadline(hours(12)))),
                c(
                        "ART33_3_CONTENT",
                        "phased information not repeated (Art. 33(4) is a permission)",
                        a -> breach(a, b -> b.phasedNotification(false))),
                c(
                        "X_OBJECTION_OPPORTUNITY",
                        "notice as long as the objection window",
                        a -> subprocessing(a, s -> s.noticePeriod(days(30)).objectionPeriod(days(30)))),
                c(
                        "X_EEA_ONLY_CONTRADICTION",
                        "EEA-only with EEA locations only",
                        a -> transfers(
                                subprocessing(a, s -> s.subprocessors(List.of(germanHost()))), t -> t.euEeaOnly(true))),
                c("X_EEA_ONLY_CONTRADICTION", "a third-country location without an EEA-only promise", a -> a),
                c(
                        "X_AUTH_REGIME_MIXED",
                        "specific authorisation without objection right",
                        a -> subprocessing(
                                a,
                                s -> s.authorisation(AuthorisationType.SPECIFIC).objectionRight(false))),
                c(
                        "TOM_SPECIFICITY",
                        "short but concrete measures",
                        a -> security(
                                a,
                                s -> s.addMeasures(untyped("Regelmäßige Sicherheitsupdates"))
                                        .addMeasures(untyped("Firewall"))
                                        .addMeasures(untyped("Videoüberwachung der Eingänge")))),
                c(
                        "TOM_PHYSICAL_ACCESS",
                        "physical access named in an untyped measure",
                        a -> security(
                                a,
                                s -> s.measures(List.of(
                                        a.getSecurity()
                                                .orElseThrow()
                                                .getMeasures()
                                                .get(0),
                                        untyped("Serverräume nur mit Schlüssel und Besucherbuch"))))),
                c(
                        "ART28_3_NATURE",
                        "hosting named in words",
                        a -> processing(
                                a,
                                p -> p.nature(List.of(ProcessingNature.builder()
                                        .description(LocalizedText.de("Hosting und Speicherung der Kundendatenbank"))
                                        .build())))),
                c(
                        "ART28_3_DATA_TYPES",
                        "a specific category mentioning 'other'",
                        a -> processing(
                                a, p -> p.addDataCategories(category("Other contact details: fax number and pager")))),
                c("STATUTORY_DUTY_FEES", "each party bears its own costs", a -> a),
                c("DELETION_DEADLINE", "90 days", a -> end(a, e -> e.deadline(days(90)))),
                c(
                        "X_FORM_CONSISTENCY",
                        "text form for amendments of an electronic agreement",
                        a -> a.toBuilder()
                                .finalProvisions(a.getFinalProvisions().orElseThrow().toBuilder()
                                        .amendmentForm(AmendmentForm.TEXT_FORM)
                                        .build())
                                .build()),
                c(
                        "SUBPROC_LIST_PRESENT",
                        "a list and a web address",
                        a -> subprocessing(a, s -> s.listUrl("https://acme.example/subprocessors"))),
                c(
                        "ART28_3_INFRINGING_INSTR",
                        "'unverzüglich' and 24 hours",
                        a -> instructions(a, i -> i.infringementNoticeTime(wording("unverzüglich")))),
                c(
                        "ART28_3_INFRINGING_INSTR",
                        "24 hours",
                        a -> instructions(a, i -> i.infringementNoticeTime(hours(24)))),
                c(
                        "AUDIT_MODALITIES",
                        "yearly cap with 14 days' notice and incident exception",
                        a -> audits(
                                a,
                                x -> x.frequencyLimit(TimePeriod.of(12, PeriodUnit.MONTHS))
                                        .incidentException(true))),
                c(
                        "X_GENERAL_AUTH_BUNDLE",
                        "controller's termination right as the consequence",
                        a -> subprocessing(
                                a,
                                s -> s.objectionConsequence(dev.dpa4j.model.ObjectionConsequence.TERMINATION_RIGHT))),
                c("SCC_OUTDATED", "the 2021 clauses", a -> a),
                c(
                        "ART28_3_DURATION",
                        "start before end",
                        a -> processing(
                                a,
                                p -> p.duration(dev.dpa4j.model.ProcessingDuration.builder()
                                        .type(dev.dpa4j.model.DurationType.FIXED_TERM)
                                        .start(java.time.LocalDate.of(2026, 1, 1))
                                        .end(java.time.LocalDate.of(2026, 12, 31))
                                        .build()))),
                c(
                        "ART28_3_DURATION",
                        "coupled to the main contract, wording that only refers to it",
                        a -> processing(
                                a,
                                p -> p.duration(dev.dpa4j.model.ProcessingDuration.builder()
                                        .type(dev.dpa4j.model.DurationType.COUPLED_TO_MAIN_CONTRACT)
                                        .description(
                                                LocalizedText.de("Die Laufzeit folgt der Laufzeit des Hauptvertrags."))
                                        .build()))),
                c(
                        "ART28_3_DURATION",
                        "fixed term with an end date, wording that only refers to the agreement",
                        a -> processing(
                                a,
                                p -> p.duration(dev.dpa4j.model.ProcessingDuration.builder()
                                        .type(dev.dpa4j.model.DurationType.FIXED_TERM)
                                        .end(java.time.LocalDate.of(2027, 12, 31))
                                        .description(LocalizedText.en("As set forth in the Agreement."))
                                        .build()))),
                c(
                        "X_EEA_ONLY_CONTRADICTION",
                        "EEA-only, Norway (EEA, not EU)",
                        a -> transfers(
                                subprocessing(
                                        a,
                                        s -> s.subprocessors(List.of(germanHost().toBuilder()
                                                .addLocations(Location.builder()
                                                        .kind(LocationKind.BACKUP)
                                                        .country(CountryCode.of("NO"))
                                                        .build())
                                                .build()))),
                                t -> t.euEeaOnly(true))));
    }

    private static Arguments c(String ruleId, String why, UnaryOperator<DataProcessingAgreement> change) {
        return Arguments.of(ruleId, why, change);
    }

    static Stream<Arguments> allCases() {
        return Stream.of(
                        cases(),
                        Coverage.nearMisses(),
                        NoticeCoverage.nearMisses(),
                        NoticeCoverage.backupNearMisses(),
                        ClauseWordingCoverage.nearMisses())
                .flatMap(x -> x);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("allCases")
    void should_not_fire_when_change_is_lawful(
            String ruleId, String why, UnaryOperator<DataProcessingAgreement> change) {
        // given
        DataProcessingAgreement changed = change.apply(Fixtures.complete());

        // when
        ValidationReport report = Fixtures.validator().validate(changed);

        // then
        assertThat(report.getFindings(ruleId))
                .as("%s must stay silent: %s", ruleId, why)
                .extracting(f -> f.describe(Locale.ENGLISH))
                .isEmpty();
    }
}
