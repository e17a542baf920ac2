/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.*;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.model.AmendmentForm;
import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.BreachNoticeContent;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.ConclusionEvidence;
import dev.dpa4j.model.ConclusionMethod;
import dev.dpa4j.model.CostBearer;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.DurationType;
import dev.dpa4j.model.EndOfProcessingChoice;
import dev.dpa4j.model.LegalBasisScope;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.MonetaryRate;
import dev.dpa4j.model.ObjectionConsequence;
import dev.dpa4j.model.OwnUsePermission;
import dev.dpa4j.model.OwnUseTerms;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.ProcessingDuration;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.RateUnit;
import dev.dpa4j.model.Region;
import dev.dpa4j.model.Signature;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.TransferMechanismType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Defects planted one at a time into {@link Fixtures#complete()}, each derived from a requirement of the law
 * (GDPR Art. 28, 32, 33, Chapter V; SCC 2021/915 as the benchmark) with the severity a reviewer would give it:
 * ERROR where mandatory content is missing or contradicted, WARNING where it is weak, vague or risky, INFO
 * for best practice. The expected severity is the law's, not what a rule happens to report; a defect counts
 * as found only if its rule reports it at that severity.
 */
final class PlantedDefects {

    /** One planted defect. */
    record Defect(String requirement, String ruleId, Severity severity, UnaryOperator<DataProcessingAgreement> plant) {
        @Override
        public String toString() {
            return ruleId + " (" + severity + "): " + requirement;
        }
    }

    private PlantedDefects() {}

    private static Defect d(
            String requirement, String ruleId, Severity severity, UnaryOperator<DataProcessingAgreement> plant) {
        return new Defect(requirement, ruleId, severity, plant);
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

    static List<Defect> all() {
        List<Defect> l = new ArrayList<>();
        // Art. 28(3) first sentence: subject matter, duration, nature, purpose, types of data, data subjects
        l.add(d(
                "Art. 28(3): subject matter missing",
                "ART28_3_SUBJECT_MATTER",
                ERROR,
                a -> processing(a, p -> p.subjectMatter(Optional.empty()))));
        l.add(d(
                "Art. 28(3): subject matter blank",
                "ART28_3_SUBJECT_MATTER",
                ERROR,
                a -> processing(a, p -> p.subjectMatter(LocalizedText.de("   ")))));
        l.add(d(
                "Art. 28(3): subject matter only refers to the main contract",
                "ART28_3_SUBJECT_MATTER",
                WARNING,
                a -> processing(a, p -> p.subjectMatter(LocalizedText.de("Leistungen nach dem Hauptvertrag")))));
        l.add(d(
                "Art. 28(3): purpose only refers to the agreement",
                "ART28_3_PURPOSE",
                WARNING,
                a -> processing(
                        a,
                        p -> p.purposes(List.of(Purpose.builder()
                                .description(LocalizedText.en("As set forth in the Agreement"))
                                .build())))));
        l.add(d(
                "Art. 28(3): duration missing",
                "ART28_3_DURATION",
                ERROR,
                a -> processing(a, p -> p.duration(Optional.empty()))));
        l.add(d(
                "Art. 28(3): duration ends before it starts",
                "ART28_3_DURATION",
                ERROR,
                a -> processing(
                        a,
                        p -> p.duration(ProcessingDuration.builder()
                                .type(DurationType.FIXED_TERM)
                                .start(LocalDate.of(2026, 6, 1))
                                .end(LocalDate.of(2026, 1, 1))
                                .build()))));
        l.add(d(
                "Art. 28(3): duration only refers to the main contract, nothing typed",
                "ART28_3_DURATION",
                WARNING,
                a -> processing(
                        a,
                        p -> p.duration(ProcessingDuration.builder()
                                .type(DurationType.FIXED_TERM)
                                .description(LocalizedText.de("Die Laufzeit richtet sich nach dem Hauptvertrag."))
                                .build()))));
        l.add(d(
                "Art. 28(3): duration only refers to the agreement, nothing typed",
                "ART28_3_DURATION",
                WARNING,
                a -> processing(
                        a,
                        p -> p.duration(ProcessingDuration.builder()
                                .type(DurationType.ONE_OFF)
                                .description(LocalizedText.en("As set forth in the Agreement."))
                                .build()))));
        l.add(d("Art. 28(3): nature missing", "ART28_3_NATURE", ERROR, a -> processing(a, p -> p.nature(List.of()))));
        l.add(d(
                "Art. 28(3), Art. 4(2): nature names no operation",
                "ART28_3_NATURE",
                WARNING,
                a -> processing(
                        a,
                        p -> p.nature(List.of(ProcessingNature.builder()
                                .description(LocalizedText.de(
                                        "Betrieb der Plattform für den Kunden im Rahmen der Funktionen"))
                                .build())))));
        l.add(d(
                "Art. 28(3): nature says operations are not enumerated",
                "ART28_3_NATURE",
                WARNING,
                a -> processing(
                        a,
                        p -> p.addNature(ProcessingNature.builder()
                                .description(LocalizedText.de("Weitere Vorgänge werden nicht aufgezählt"))
                                .build()))));
        l.add(d(
                "Art. 28(3): purpose missing",
                "ART28_3_PURPOSE",
                ERROR,
                a -> processing(a, p -> p.purposes(List.of()))));
        l.add(d(
                "Art. 28(3): types of data missing",
                "ART28_3_DATA_TYPES",
                ERROR,
                a -> processing(a, p -> p.dataCategories(List.of()))));
        l.add(d(
                "Art. 28(3): catch-all data category",
                "ART28_3_DATA_TYPES",
                WARNING,
                a -> processing(
                        a,
                        p -> p.addDataCategories(DataCategory.builder()
                                .id("other")
                                .name(LocalizedText.en("Any other personal data uploaded by users"))
                                .specialCategory(SpecialCategory.NONE)
                                .criminalOffenceData(false)
                                .build()))));
        l.add(d(
                "Art. 28(3): data subjects missing",
                "ART28_3_DATA_SUBJECTS",
                ERROR,
                a -> processing(a, p -> p.dataSubjects(List.of()))));
        l.add(d(
                "Art. 28(3): data subjects blank",
                "ART28_3_DATA_SUBJECTS",
                ERROR,
                a -> processing(
                        a,
                        p -> p.dataSubjects(List.of(DataSubjectCategory.builder()
                                .name(LocalizedText.de(" "))
                                .build())))));
        l.add(d(
                "Art. 9(1): health data not flagged",
                "ART9_FLAG_SET",
                WARNING,
                a -> processing(
                        a,
                        p -> p.addDataCategories(DataCategory.builder()
                                .id("health")
                                .name(LocalizedText.de("Diagnosen und Befunde der Patienten"))
                                .specialCategory(SpecialCategory.NONE)
                                .criminalOffenceData(false)
                                .build()))));
        // Art. 28(3)(a)
        l.add(d(
                "Art. 28(3)(a): documented instructions",
                "ART28_3_A_INSTRUCTIONS",
                ERROR,
                a -> instructions(a, i -> i.documentedInstructionsOnly(false))));
        l.add(d(
                "Art. 28(3)(a): transfers bound to instructions",
                "ART28_3_A_TRANSFERS",
                ERROR,
                a -> transfers(instructions(a, i -> i.transfersCovered(false)), t -> t.priorConsentRequired(false))));
        l.add(d(
                "Art. 28(3)(a): EEA-only promise contradicted by a US location",
                "X_EEA_ONLY_CONTRADICTION",
                ERROR,
                a -> transfers(a, t -> t.euEeaOnly(true))));
        l.add(d(
                "Art. 28(3)(a): EEA-only promise contradicted by a worldwide location",
                "X_EEA_ONLY_CONTRADICTION",
                ERROR,
                a -> processing(
                        transfers(usSubprocessor(a, s -> s.locations(List.of())), t -> t.euEeaOnly(true)),
                        p -> p.addLocations(Location.builder()
                                .kind(LocationKind.SUPPORT)
                                .region(Region.WORLDWIDE)
                                .build()))));
        // Art. 28(3), second subparagraph
        l.add(d(
                "Art. 28(3) subpara. 2: infringing instructions",
                "ART28_3_INFRINGING_INSTR",
                ERROR,
                a -> instructions(a, i -> i.infringementNotice(false))));
        l.add(d(
                "Art. 28(3) subpara. 2: information after days",
                "ART28_3_INFRINGING_INSTR",
                WARNING,
                a -> instructions(a, i -> i.infringementNoticeTime(days(5)))));
        // Art. 28(3)(b)
        l.add(d(
                "Art. 28(3)(b): confidentiality",
                "ART28_3_B_CONFIDENTIALITY",
                ERROR,
                a -> a.toBuilder().confidentiality(Optional.empty()).build()));
        // Art. 28(3)(c), Art. 32
        l.add(d(
                "Art. 28(3)(c): measures missing",
                "ART32_TOMS_DOCUMENTED",
                ERROR,
                a -> security(a, s -> s.measures(List.of()))));
        l.add(d(
                "Art. 32(1)(a): no encryption",
                "ART32_1_A_PSEUDO_ENCRYPT",
                WARNING,
                a -> security(
                        a,
                        s -> s.measures(
                                a.getSecurity().orElseThrow().getMeasures().subList(1, 9)))));
        l.add(d(
                "Art. 32(1)(c): no restore",
                "ART32_1_C_RESTORE",
                WARNING,
                a -> security(
                        a,
                        s -> s.measures(List.of(
                                measure(
                                        TomCategory.ENCRYPTION,
                                        "TLS 1.3 für alle Verbindungen, AES-256 für gespeicherte Daten"),
                                measure(TomCategory.PHYSICAL_ACCESS_CONTROL, "Zutritt nur mit Chipkarte"),
                                measure(
                                        TomCategory.REVIEW_PROCEDURES,
                                        "Jährlicher Penetrationstest durch Externe"))))));
        l.add(d(
                "Art. 32(1)(d): no testing",
                "ART32_1_D_TESTING",
                WARNING,
                a -> security(
                        a,
                        s -> s.reviewInterval(Optional.empty())
                                .measures(a.getSecurity()
                                        .orElseThrow()
                                        .getMeasures()
                                        .subList(0, 8)))));
        l.add(d(
                "Art. 32(1)(b): no physical access control",
                "TOM_PHYSICAL_ACCESS",
                WARNING,
                a -> security(
                        a,
                        s -> s.measures(List.of(
                                a.getSecurity().orElseThrow().getMeasures().get(0),
                                a.getSecurity().orElseThrow().getMeasures().get(2))))));
        l.add(d(
                "Art. 32(1): a measure that only names a kind",
                "TOM_SPECIFICITY",
                WARNING,
                a -> security(a, s -> s.addMeasures(measure(TomCategory.REVIEW_PROCEDURES, "Audits")))));
        // Art. 28(2), (4)
        l.add(d(
                "Art. 28(2): authorisation regime missing",
                "ART28_2_AUTH_TYPE",
                ERROR,
                a -> subprocessing(a, s -> s.authorisation(Optional.empty()))));
        l.add(d(
                "Art. 28(2): general authorisation without objection",
                "X_GENERAL_AUTH_BUNDLE",
                ERROR,
                a -> subprocessing(a, s -> s.objectionRight(false))));
        l.add(d(
                "Art. 28(2): notice shorter than the objection window",
                "X_OBJECTION_OPPORTUNITY",
                ERROR,
                a -> subprocessing(a, s -> s.noticePeriod(days(7)).objectionPeriod(days(30)))));
        l.add(d(
                "Art. 28(2): objection window of zero days",
                "X_OBJECTION_OPPORTUNITY",
                ERROR,
                a -> subprocessing(a, s -> s.objectionPeriod(days(0)))));
        l.add(d(
                "Art. 28(2): only the processor may terminate on objection",
                "X_GENERAL_AUTH_BUNDLE",
                WARNING,
                a -> subprocessing(a, s -> s.objectionConsequence(ObjectionConsequence.RESTRICTION_OR_TERMINATION))));
        l.add(d(
                "Art. 28(2): specific authorisation with an objection right",
                "X_AUTH_REGIME_MIXED",
                ERROR,
                a -> subprocessing(a, s -> s.authorisation(AuthorisationType.SPECIFIC))));
        l.add(d(
                "Art. 28(2): list replaced by a web address",
                "SUBPROC_LIST_PRESENT",
                WARNING,
                a -> subprocessing(a, s -> s.subprocessors(List.of()).listUrl("https://acme.example/subprocessors"))));
        l.add(d(
                "Art. 28(2): specific authorisation without a list",
                "SUBPROC_LIST_PRESENT",
                ERROR,
                a -> subprocessing(
                        a,
                        s -> s.authorisation(AuthorisationType.SPECIFIC)
                                .objectionRight(false)
                                .subprocessors(List.of()))));
        l.add(d(
                "Art. 28(2): sub-processors although prohibited",
                "X_PROHIBITED_BUT_USED",
                ERROR,
                a -> subprocessing(a, s -> s.authorisation(AuthorisationType.PROHIBITED))));
        l.add(d(
                "Art. 28(4): same obligations",
                "ART28_4_FLOW_DOWN",
                ERROR,
                a -> subprocessing(a, s -> s.flowDown(false))));
        l.add(d(
                "Art. 28(4), (3)(h): audit rights not flowed down",
                "SUBPROC_AUDIT_FLOW_DOWN",
                WARNING,
                a -> subprocessing(a, s -> s.auditRightsFlowDown(false))));
        // Art. 28(3)(e), (f)
        l.add(d(
                "Art. 28(3)(e): data subject rights",
                "ART28_3_E_DSR_ASSIST",
                ERROR,
                a -> assistance(a, x -> x.dataSubjectRights(false))));
        l.add(d(
                "Art. 28(3)(e), Art. 12(3): forwarding after a week",
                "DSR_FORWARDING",
                WARNING,
                a -> assistance(a, x -> x.forwardingDeadline(days(7)))));
        l.add(d(
                "Art. 28(3)(f): no assistance with Art. 36",
                "ART28_3_F_ASSIST_32_36",
                ERROR,
                a -> assistance(
                        a,
                        x -> x.articles(List.of(
                                AssistedArticle.ART_32,
                                AssistedArticle.ART_33,
                                AssistedArticle.ART_34,
                                AssistedArticle.ART_35)))));
        l.add(d(
                "Art. 28(3)(f): assistance charged per hour",
                "STATUTORY_DUTY_FEES",
                WARNING,
                a -> assistance(a, x -> x.fee(fee("180")))));
        // Art. 33
        l.add(d(
                "Art. 33(2): no breach notice duty",
                "ART33_2_PROCESSOR_NOTIFY",
                ERROR,
                a -> breach(a, b -> b.notifyController(false))));
        l.add(d(
                "Art. 33(2): breach notice by publication only",
                "ART33_2_PROCESSOR_NOTIFY",
                ERROR,
                a -> breach(a, b -> b.channels(List.of(CommunicationChannel.WEBSITE)))));
        l.add(d(
                "Art. 33(1): processor deadline beyond the controller's 72 hours",
                "ART33_2_DEADLINE",
                ERROR,
                a -> breach(a, b -> b.deadline(days(4)).subprocessorDeadline(Optional.empty()))));
        l.add(d(
                "Art. 33(2): breach deadline 'unverzüglich' (statutory; hours are best practice)",
                "ART33_2_DEADLINE",
                INFO,
                a -> breach(a, b -> b.deadline(wording("unverzüglich")))));
        l.add(d(
                "Art. 33(2): breach deadline 'zeitnah'",
                "ART33_2_DEADLINE",
                WARNING,
                a -> breach(a, b -> b.deadline(wording("zeitnah")))));
        l.add(d(
                "Art. 33(1): chain of deadlines beyond 72 hours",
                "X_BREACH_VS_72H",
                ERROR,
                a -> breach(a, b -> b.deadline(hours(48)).subprocessorDeadline(hours(48)))));
        l.add(d(
                "Art. 33(3): minimum content",
                "ART33_3_CONTENT",
                WARNING,
                a -> breach(a, b -> b.minimumContent(List.of(BreachNoticeContent.NATURE)))));
        // Art. 28(3)(g)
        l.add(d(
                "Art. 28(3)(g): delete or return",
                "ART28_3_G_DELETE_RETURN",
                ERROR,
                a -> end(a, e -> e.choice(Optional.empty()))));
        l.add(d(
                "Art. 28(3)(g): processor chooses",
                "ART28_3_G_CONTROLLER_CHOICE",
                ERROR,
                a -> end(a, e -> e.choice(EndOfProcessingChoice.PROCESSOR_CHOICE))));
        l.add(d(
                "Art. 28(3)(g): retention for the processor's interest",
                "ART28_3_G_RETENTION_SCOPE",
                ERROR,
                a -> end(a, e -> e.retentionException(LegalBasisScope.PROCESSOR_INTEREST))));
        l.add(d(
                "Art. 28(3)(g): deletion a year after the end",
                "DELETION_DEADLINE",
                WARNING,
                a -> end(a, e -> e.deadline(period(12, PeriodUnit.MONTHS)))));
        // Art. 28(3)(h)
        l.add(d(
                "Art. 28(3)(h): information",
                "ART28_3_H_INFORMATION",
                ERROR,
                a -> audits(a, x -> x.informationProvision(false))));
        l.add(d(
                "Art. 28(3)(h): inspections excluded",
                "ART28_3_H_AUDITS",
                ERROR,
                a -> audits(a, x -> x.inspectionsExcluded(true))));
        l.add(d(
                "Art. 28(3)(h): no mandated auditor",
                "ART28_3_H_AUDITS",
                WARNING,
                a -> audits(a, x -> x.mandatedAuditor(false))));
        l.add(d(
                "Art. 28(3)(h): hourly fee for every audit",
                "STATUTORY_DUTY_FEES",
                WARNING,
                a -> audits(a, x -> x.fee(fee("250")))));
        l.add(d(
                "Art. 28(3)(h): controller bears all audit costs",
                "STATUTORY_DUTY_FEES",
                WARNING,
                a -> audits(a, x -> x.costBearer(CostBearer.CONTROLLER))));
        l.add(d(
                "Art. 28(3)(h): yearly cap with long notice",
                "AUDIT_MODALITIES",
                WARNING,
                a -> audits(
                        a,
                        x -> x.frequencyLimit(TimePeriod.of(12, PeriodUnit.MONTHS))
                                .incidentException(true)
                                .notice(days(28)))));
        // Art. 28(9), 28(10), Art. 82, Chapter V
        l.add(d(
                "Art. 28(9): oral agreement",
                "ART28_9_WRITTEN_FORM",
                ERROR,
                a -> a.toBuilder().form(dev.dpa4j.model.AgreementForm.ORAL).build()));
        l.add(d(
                "Art. 28(9): written form for amendments of an electronic agreement",
                "X_FORM_CONSISTENCY",
                WARNING,
                a -> a.toBuilder()
                        .finalProvisions(a.getFinalProvisions().orElseThrow().toBuilder()
                                .amendmentForm(AmendmentForm.WRITTEN)
                                .build())
                        .build()));
        l.add(d(
                "Art. 28(9): signatures recorded for a click-through acceptance",
                "X_FORM_CONSISTENCY",
                WARNING,
                a -> a.toBuilder()
                        .conclusion(ConclusionEvidence.builder()
                                .method(ConclusionMethod.CLICK_THROUGH)
                                .date(LocalDate.of(2026, 3, 1))
                                .build())
                        .addSignatures(Signature.builder()
                                .role(PartyRole.PROCESSOR)
                                .name("Eva Betrieb")
                                .signed(true)
                                .build())
                        .build()));
        l.add(d(
                "Art. 28(10): own use of personal data",
                "ART28_10_OWN_USE",
                ERROR,
                a -> a.toBuilder()
                        .ownUse(OwnUseTerms.builder()
                                .permission(OwnUsePermission.PERSONAL_DATA)
                                .build())
                        .build()));
        l.add(d(
                "Art. 44, 46: third-country sub-processor without mechanism",
                "TRANSFER_MECHANISM",
                ERROR,
                a -> usSubprocessor(a, s -> s.transfer(Optional.empty()))));
        l.add(d(
                "Art. 46: Privacy Shield relied upon",
                "SCC_OUTDATED",
                ERROR,
                a -> usSubprocessor(
                        a,
                        s -> s.transfer(
                                mechanism(TransferMechanismType.PRIVACY_SHIELD).build()))));
        l.add(d(
                "Art. 44: EEA-only promise with a Swiss location (adequate, still outside)",
                "X_EEA_ONLY_CONTRADICTION",
                ERROR,
                a -> transfers(
                        subprocessing(
                                a,
                                s -> s.subprocessors(List.of(germanHost().toBuilder()
                                        .addLocations(Location.builder()
                                                .kind(LocationKind.BACKUP)
                                                .country(CountryCode.of("CH"))
                                                .build())
                                        .build()))),
                        t -> t.euEeaOnly(true))));
        // best practice
        l.add(d(
                "Best practice: place of jurisdiction",
                "JURISDICTION",
                INFO,
                a -> a.toBuilder()
                        .finalProvisions(a.getFinalProvisions().orElseThrow().toBuilder()
                                .jurisdiction(Optional.empty())
                                .build())
                        .build()));
        l.add(d(
                "SCC 2021/915 Annex IV: sub-processor without its data",
                "SUBPROC_DETAILS",
                INFO,
                a -> usSubprocessor(a, s -> s.dataCategories(List.of()))));
        // issue 11 section 4: facts real agreements state (model coverage)
        l.addAll(Coverage.defects());
        l.addAll(NoticeCoverage.defects());
        l.addAll(NoticeCoverage.backupDefects());
        l.addAll(ClauseWordingCoverage.defects());
        return l;
    }
}
