/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.*;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AmendmentForm;
import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.ConclusionEvidence;
import dev.dpa4j.model.ConclusionMethod;
import dev.dpa4j.model.CostBearer;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DurationType;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.MonetaryRate;
import dev.dpa4j.model.ObjectionConsequence;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.ProcessingDuration;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.RateUnit;
import dev.dpa4j.model.Signature;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.TransferMechanismType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Each bullet of sections 1 (contradictions), 2 (periods and costs), 3 (substance) and 5 (severities and messages)
 * of issue 11, planted as one defect into {@link Fixtures#complete()} and checked at the severity the bullet asks
 * for. A bullet that names several defects is split into one entry per defect; a bullet that asks for silence (Art.
 * 33(4) phased information) expects no finding of its rule, and one that asks for a citation expects that text in
 * the message. Where a bullet of section 6 or a general instruction cannot be planted, it is not listed.
 */
class IssueBulletsTest {

    /** One planted bullet: the rule and severity it must be found at, or no severity for a rule that must stay silent. */
    record Bullet(
            String bullet,
            String ruleId,
            @Nullable Severity severity,
            @Nullable String cites,
            @Nullable String variant,
            UnaryOperator<DataProcessingAgreement> plant) {
        @Override
        public String toString() {
            return bullet + " -> " + ruleId + (variant == null ? "" : "." + variant) + " "
                    + (severity == null ? "silent" : severity);
        }
    }

    private static Bullet b(
            String bullet, String ruleId, Severity severity, UnaryOperator<DataProcessingAgreement> plant) {
        return new Bullet(bullet, ruleId, severity, null, null, plant);
    }

    /** A bullet that one variant of its rule must catch, not another defect the plant happens to cause. */
    private static Bullet bv(
            String bullet,
            String ruleId,
            Severity severity,
            String variant,
            UnaryOperator<DataProcessingAgreement> plant) {
        return new Bullet(bullet, ruleId, severity, null, variant, plant);
    }

    private static TimeLimit period(int amount, PeriodUnit unit) {
        return TimeLimit.builder().period(TimePeriod.of(amount, unit)).build();
    }

    private static MonetaryRate fee(String amount) {
        return MonetaryRate.builder()
                .amount(new BigDecimal(amount))
                .currency("EUR")
                .unit(RateUnit.HOUR)
                .build();
    }

    private static DataCategory category(String name) {
        return DataCategory.builder()
                .id("c" + Integer.toHexString(name.hashCode()))
                .name(LocalizedText.en(name))
                .specialCategory(SpecialCategory.NONE)
                .criminalOffenceData(false)
                .build();
    }

    private static List<TechnicalOrganisationalMeasure> measures(DataProcessingAgreement a) {
        return a.getSecurity().orElseThrow().getMeasures();
    }

    static List<Bullet> bullets() {
        List<Bullet> l = new ArrayList<>();
        // 1. Contradictions between fields
        l.add(b(
                "1: EU/EEA only while a listed sub-processor is outside",
                "X_EEA_ONLY_CONTRADICTION",
                ERROR,
                a -> transfers(a, t -> t.euEeaOnly(true))));
        l.add(b(
                "1: notice period shorter than the objection window",
                "X_OBJECTION_OPPORTUNITY",
                ERROR,
                a -> subprocessing(a, s -> s.noticePeriod(days(10)).objectionPeriod(days(30)))));
        l.add(b(
                "1: notice after the change",
                "SUBPROC_NOTICE_AFTER_CHANGE",
                ERROR,
                a -> subprocessing(a, s -> s.noticeAfterChange(true))));
        l.add(b(
                "1: objection window of 0 days",
                "X_OBJECTION_OPPORTUNITY",
                ERROR,
                a -> subprocessing(a, s -> s.objectionPeriod(days(0)))));
        l.add(b(
                "1: notice of 0 days",
                "X_OBJECTION_OPPORTUNITY",
                ERROR,
                a -> subprocessing(a, s -> s.noticePeriod(days(0)))));
        l.add(b(
                "1: objection whose only consequence is that the processor may restrict or terminate",
                "X_GENERAL_AUTH_BUNDLE",
                WARNING,
                a -> subprocessing(a, s -> s.objectionConsequence(ObjectionConsequence.RESTRICTION_OR_TERMINATION))));
        l.add(b(
                "1: notice/objection limited to some sub-processors (\"main services\" only)",
                "SUBPROC_NOTICE_SCOPE",
                ERROR,
                a -> subprocessing(
                        a,
                        s -> s.noticeLimitation(
                                LocalizedText.en("only sub-processors that provide the main services")))));
        l.add(b(
                "1: specific authorisation combined with general-authorisation mechanics",
                "X_AUTH_REGIME_MIXED",
                ERROR,
                a -> subprocessing(a, s -> s.authorisation(AuthorisationType.SPECIFIC))));
        l.add(b(
                "1: the reverse, a general authorisation without the notice it needs",
                "X_GENERAL_AUTH_BUNDLE",
                ERROR,
                a -> subprocessing(a, s -> s.changeNotification(false))));
        l.add(b(
                "1: duration that ends before it starts",
                "ART28_3_DURATION",
                ERROR,
                a -> processing(
                        a,
                        p -> p.duration(ProcessingDuration.builder()
                                .type(DurationType.FIXED_TERM)
                                .start(LocalDate.of(2027, 1, 1))
                                .end(LocalDate.of(2026, 6, 30))
                                .build()))));
        l.add(b(
                "1: deletion deadline later than the end of processing allows",
                "DELETION_DEADLINE",
                WARNING,
                a -> end(a, e -> e.deadline(period(9, PeriodUnit.MONTHS)))));
        l.add(b(
                "1: end-of-service terms that contradict the deletion clause",
                "RETENTION_AFTER_END",
                ERROR,
                a -> processing(
                        a,
                        p -> p.addDataCategories(category("Usage logs").toBuilder()
                                .retentionAfterEnd(period(18, PeriodUnit.MONTHS))
                                .build()))));
        l.add(b(
                "1: amendments in written form while concluded electronically",
                "X_FORM_CONSISTENCY",
                WARNING,
                a -> a.toBuilder()
                        .finalProvisions(a.getFinalProvisions().orElseThrow().toBuilder()
                                .amendmentForm(AmendmentForm.WRITTEN)
                                .build())
                        .build()));
        l.add(b(
                "1: signature blocks claimed with a click-through conclusion",
                "X_FORM_CONSISTENCY",
                WARNING,
                a -> a.toBuilder()
                        .conclusion(ConclusionEvidence.builder()
                                .method(ConclusionMethod.CLICK_THROUGH)
                                .date(LocalDate.of(2026, 3, 1))
                                .build())
                        .addSignatures(Signature.builder()
                                .role(PartyRole.CONTROLLER)
                                .name("Max Handel")
                                .signed(true)
                                .build())
                        .build()));
        l.add(b(
                "1: a sub-processor named in the measures but absent from the list",
                "SUBPROC_NAMED_UNLISTED",
                WARNING,
                a -> security(
                        a,
                        s -> s.addMeasures(measure(
                                TomCategory.AVAILABILITY_CONTROL,
                                "Georedundante Kopie bei der Nordlicht Storage GmbH in Hamburg")))));
        // 2. Periods and costs
        l.add(b(
                "2: deletion or return years after the end",
                "DELETION_DEADLINE",
                WARNING,
                a -> end(a, e -> e.deadline(period(24, PeriodUnit.MONTHS)))));
        l.add(b(
                "2: forwarding data-subject requests after days",
                "DSR_FORWARDING",
                WARNING,
                a -> assistance(a, x -> x.forwardingDeadline(days(10)))));
        l.add(b(
                "2: informing about an infringing instruction later than immediately",
                "ART28_3_INFRINGING_INSTR",
                WARNING,
                a -> instructions(a, i -> i.infringementNoticeTime(days(7)))));
        l.add(b(
                "2: breach notice beyond what leaves the controller its 72 hours",
                "ART33_2_DEADLINE",
                ERROR,
                a -> breach(a, b -> b.deadline(hours(96)).subprocessorDeadline(Optional.empty()))));
        l.add(b(
                "2: breach notice by publication instead of to the controller",
                "ART33_2_PROCESSOR_NOTIFY",
                ERROR,
                a -> breach(a, b -> b.channels(List.of(CommunicationChannel.WEBSITE)))));
        l.add(b(
                "2: audit notice period combined with a yearly limit",
                "AUDIT_MODALITIES",
                WARNING,
                a -> audits(
                        a,
                        x -> x.frequencyLimit(TimePeriod.of(12, PeriodUnit.MONTHS))
                                .incidentException(true)
                                .notice(days(42)))));
        l.add(b(
                "2: audit fees charged to the controller",
                "STATUTORY_DUTY_FEES",
                WARNING,
                a -> audits(a, x -> x.fee(fee("300")))));
        l.add(b(
                "2: assistance fees charged to the controller",
                "STATUTORY_DUTY_FEES",
                WARNING,
                a -> assistance(a, x -> x.fee(fee("120")))));
        l.add(b(
                "2: deletion fees charged to the controller",
                "STATUTORY_DUTY_FEES",
                WARNING,
                a -> end(a, e -> e.fee(fee("90")))));
        l.add(b(
                "2: fees without amount",
                "STATUTORY_DUTY_FEES",
                WARNING,
                a -> assistance(a, x -> x.costBearer(CostBearer.CONTROLLER))));
        l.add(b(
                "2: audit rights not flowed down to sub-processors",
                "SUBPROC_AUDIT_FLOW_DOWN",
                WARNING,
                a -> subprocessing(a, s -> s.auditRightsFlowDown(false))));
        l.add(b(
                "2: a controller who cannot mandate an auditor",
                "ART28_3_H_AUDITS",
                WARNING,
                a -> audits(a, x -> x.mandatedAuditor(false))));
        // 3. Substance, not presence
        l.add(b(
                "3: Art. 32(1)(a) no encryption or pseudonymisation",
                "ART32_1_A_PSEUDO_ENCRYPT",
                WARNING,
                a -> security(a, s -> s.measures(measures(a).subList(1, 9)))));
        l.add(b(
                "3: Art. 32(1)(b) confidentiality, integrity, availability, resilience",
                "ART32_1_B_CIA_RESILIENCE",
                WARNING,
                a -> security(
                        a,
                        s -> s.measures(List.of(
                                measure(TomCategory.ENCRYPTION, "Verschlüsselung aller Datenträger mit AES-256"))))));
        l.add(b(
                "3: Art. 32(1)(c) restore after an incident",
                "ART32_1_C_RESTORE",
                WARNING,
                a -> security(
                        a,
                        s -> s.measures(List.of(
                                measure(
                                        TomCategory.ENCRYPTION,
                                        "TLS 1.3 für alle Verbindungen, AES-256 im Ruhezustand"),
                                measure(TomCategory.PHYSICAL_ACCESS_CONTROL, "Zutritt nur mit Chipkarte"),
                                measure(
                                        TomCategory.REVIEW_PROCEDURES,
                                        "Jährlicher Penetrationstest durch Externe"))))));
        l.add(b(
                "3: Art. 32(1)(d) regular testing",
                "ART32_1_D_TESTING",
                WARNING,
                a -> security(
                        a,
                        s -> s.reviewInterval(Optional.empty())
                                .measures(measures(a).subList(0, 8)))));
        l.add(b(
                "3: a measures annex with no physical access control",
                "TOM_PHYSICAL_ACCESS",
                WARNING,
                a -> security(
                        a,
                        s -> s.measures(List.of(measures(a).get(0), measures(a).get(2))))));
        l.add(b(
                "3: measures too generic to assess",
                "TOM_SPECIFICITY",
                WARNING,
                a -> security(a, s -> s.addMeasures(measure(TomCategory.REVIEW_PROCEDURES, "Kontrollen")))));
        l.add(b(
                "3: subject matter that only refers to the main contract",
                "ART28_3_SUBJECT_MATTER",
                WARNING,
                a -> processing(a, p -> p.subjectMatter(LocalizedText.de("Leistungen gemäß Hauptvertrag")))));
        l.add(b(
                "3: nature that only refers to the main contract",
                "ART28_3_NATURE",
                WARNING,
                a -> processing(
                        a,
                        p -> p.nature(List.of(ProcessingNature.builder()
                                .description(LocalizedText.de("im jeweiligen Vertragsverhältnis"))
                                .build())))));
        l.add(b(
                "3: purposes that only refer to the agreement",
                "ART28_3_PURPOSE",
                WARNING,
                a -> processing(
                        a,
                        p -> p.purposes(List.of(Purpose.builder()
                                .description(LocalizedText.en("As described in the Agreement"))
                                .build())))));
        l.add(bv(
                "3: duration that only refers to the main contract",
                "ART28_3_DURATION",
                WARNING,
                "pointerOnly",
                a -> processing(
                        a,
                        p -> p.duration(ProcessingDuration.builder()
                                .type(DurationType.FIXED_TERM)
                                .description(LocalizedText.de("nach dem Hauptvertrag"))
                                .build()))));
        l.add(b(
                "3: subject matter that merely restates the law",
                "ART28_3_SUBJECT_MATTER",
                WARNING,
                a -> processing(a, p -> p.subjectMatter(LocalizedText.de("Auftragsverarbeitung nach Art. 28 DSGVO")))));
        l.add(b(
                "3: a nature list without any Art. 4(2) operation",
                "ART28_3_NATURE",
                WARNING,
                a -> processing(
                        a,
                        p -> p.nature(List.of(ProcessingNature.builder()
                                .description(
                                        LocalizedText.de("Betreuung des Kunden im Rahmen der vereinbarten Funktionen"))
                                .build())))));
        l.add(b(
                "3: catch-all data category \"any other personal data\"",
                "ART28_3_DATA_TYPES",
                WARNING,
                a -> processing(a, p -> p.addDataCategories(category("Any other personal data")))));
        l.add(b(
                "3: catch-all data category \"any personal data identified in Article 4\"",
                "ART28_3_DATA_TYPES",
                WARNING,
                a -> processing(
                        a, p -> p.addDataCategories(category("Any personal data identified in Article 4 GDPR")))));
        l.add(b(
                "3: catch-all data category \"as voluntarily provided\"",
                "ART28_3_DATA_TYPES",
                WARNING,
                a -> processing(
                        a, p -> p.addDataCategories(category("Profile details as voluntarily provided by users")))));
        l.add(b(
                "3: Art. 9 heuristics: health data not flagged",
                "ART9_FLAG_SET",
                WARNING,
                a -> processing(a, p -> p.addDataCategories(category("Patient diagnoses and medication")))));
        l.add(b(
                "3: sub-processor entry without processing location",
                "SUBPROC_IDENTITY",
                WARNING,
                a -> usSubprocessor(a, s -> s.locations(List.of()).country(Optional.empty()))));
        l.add(b(
                "3: sub-processor entry without data categories",
                "SUBPROC_DETAILS",
                INFO,
                a -> usSubprocessor(a, s -> s.dataCategories(List.of()))));
        l.add(b(
                "3: a URL instead of a list under a general authorisation",
                "SUBPROC_LIST_PRESENT",
                WARNING,
                a -> subprocessing(a, s -> s.subprocessors(List.of()).listUrl("https://acme.example/sub"))));
        l.add(b(
                "3: no place of jurisdiction",
                "JURISDICTION",
                INFO,
                a -> a.toBuilder()
                        .finalProvisions(a.getFinalProvisions().orElseThrow().toBuilder()
                                .jurisdiction(Optional.empty())
                                .build())
                        .build()));
        l.add(b(
                "3: whitespace-only text reported like a missing element",
                "ART28_3_SUBJECT_MATTER",
                ERROR,
                a -> processing(a, p -> p.subjectMatter(LocalizedText.de(" \t ")))));
        // 5. Severities and messages
        l.add(b(
                "5: missing assistance with one of Art. 32-36 is an error",
                "ART28_3_F_ASSIST_32_36",
                ERROR,
                a -> assistance(
                        a,
                        x -> x.articles(List.of(
                                AssistedArticle.ART_32,
                                AssistedArticle.ART_34,
                                AssistedArticle.ART_35,
                                AssistedArticle.ART_36)))));
        l.add(b(
                "5: breach deadline \"unverzüglich\" is the statutory standard: info",
                "ART33_2_DEADLINE",
                INFO,
                a -> breach(a, b -> b.deadline(wording("unverzüglich")))));
        l.add(new Bullet(
                "5: Art. 33(4) phased information is a permission, not missing content",
                "ART33_3_CONTENT",
                null,
                null,
                null,
                a -> breach(a, b -> b.phasedNotification(false))));
        l.add(b(
                "5: mandatory content missing is an error (confidentiality)",
                "ART28_3_B_CONFIDENTIALITY",
                ERROR,
                a -> a.toBuilder().confidentiality(Optional.empty()).build()));
        l.add(new Bullet(
                "5: Privacy Shield cites CJEU C-311/18",
                "SCC_OUTDATED",
                ERROR,
                "C-311/18",
                null,
                a -> usSubprocessor(
                        a,
                        s -> s.transfer(
                                mechanism(TransferMechanismType.PRIVACY_SHIELD).build()))));
        l.add(new Bullet(
                "5: Safe Harbor cites CJEU C-362/14",
                "SCC_OUTDATED",
                ERROR,
                "C-362/14",
                null,
                a -> usSubprocessor(
                        a,
                        s -> s.transfer(
                                mechanism(TransferMechanismType.SAFE_HARBOR).build()))));
        l.add(new Bullet(
                "5: the 2010 SCCs cite Art. 4 of Decision 2021/914",
                "SCC_OUTDATED",
                ERROR,
                "2021/914",
                null,
                a -> usSubprocessor(
                        a,
                        s -> s.transfer(
                                mechanism(TransferMechanismType.SCC_2010_87).build()))));
        l.add(b(
                "5: the 72 hours of Art. 33(1) judge the chain of deadlines",
                "X_BREACH_VS_72H",
                ERROR,
                a -> breach(a, b -> b.deadline(hours(40)).subprocessorDeadline(hours(40)))));
        return l;
    }

    @Test
    void should_find_each_planted_bullet_of_issue_11_at_its_severity() {
        // given
        List<Bullet> bullets = bullets();
        Validator validator = Fixtures.validator();
        assertThat(validator.validate(Fixtures.complete()).getFindings()).isEmpty();

        // when
        List<String> missed = new ArrayList<>();
        for (Bullet bullet : bullets) {
            List<Finding> findings = validator
                    .validate(bullet.plant().apply(Fixtures.complete()))
                    .getFindings(bullet.ruleId());
            boolean hit = bullet.severity() == null
                    ? findings.isEmpty()
                    : findings.stream()
                            .anyMatch(f -> f.getSeverity() == bullet.severity()
                                    && (bullet.cites() == null
                                            || f.describe(Locale.ENGLISH).contains(bullet.cites()))
                                    && (bullet.variant() == null
                                            || f.getMessageKey().equals(bullet.ruleId() + "." + bullet.variant())));
            if (!hit) {
                missed.add(bullet + ": "
                        + findings.stream().map(f -> f.describe(Locale.ENGLISH)).toList());
            }
        }
        System.out.printf(
                Locale.ROOT, "IssueBulletsTest: %d/%d bullets found%n", bullets.size() - missed.size(), bullets.size());

        // then
        assertThat(bullets).hasSizeGreaterThanOrEqualTo(50);
        assertThat(missed).as("bullets of issue 11 not found at their severity").isEmpty();
    }
}
