/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.*;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.BoundPersons;
import dev.dpa4j.model.BreachRiskThreshold;
import dev.dpa4j.model.ConfidentialityTerms;
import dev.dpa4j.model.CostBearer;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.LegalBasisScope;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.MonetaryRate;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.RateUnit;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.validate.PlantedDefects.Defect;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The planted defects and their lawful neighbours for the facts of issue 11 section 4 that the model holds since
 * then: unlisted sub-processors, approval by silence, own purposes, conflicting periods, cost bearers, the
 * responsible party of a measure, language versions, affiliates as a party, who is bound to confidentiality, Art. 9
 * safeguards as measures, a risk threshold on breach notices, retention during and after the processing, a list
 * kept outside the agreement, exceptions to a residency promise and trade names. Each defect is derived
 * from the article its rule cites; each near miss is the lawful neighbour that must not be reported.
 */
final class Coverage {

    private Coverage() {}

    static TimeLimit period(int amount, PeriodUnit unit) {
        return TimeLimit.builder().period(TimePeriod.of(amount, unit)).build();
    }

    static DataCategory category(String name, UnaryOperator<DataCategory.Builder> change) {
        return change.apply(DataCategory.builder()
                        .id("c" + Integer.toHexString(name.hashCode()))
                        .name(LocalizedText.de(name))
                        .specialCategory(SpecialCategory.NONE)
                        .criminalOffenceData(false))
                .build();
    }

    static DataProcessingAgreement finalProvisions(
            DataProcessingAgreement a, UnaryOperator<FinalProvisions.Builder> change) {
        return a.toBuilder()
                .finalProvisions(change.apply(a.getFinalProvisions().orElseThrow().toBuilder())
                        .build())
                .build();
    }

    static DataProcessingAgreement confidentiality(
            DataProcessingAgreement a, UnaryOperator<ConfidentialityTerms.Builder> change) {
        return a.toBuilder()
                .confidentiality(change.apply(a.getConfidentiality().orElseThrow().toBuilder())
                        .build())
                .build();
    }

    static DataProcessingAgreement measures(
            DataProcessingAgreement a, UnaryOperator<TechnicalOrganisationalMeasure.Builder> change, int count) {
        return security(a, s -> {
            List<TechnicalOrganisationalMeasure> old =
                    a.getSecurity().orElseThrow().getMeasures();
            List<TechnicalOrganisationalMeasure> changed = new java.util.ArrayList<>();
            for (int i = 0; i < old.size(); i++) {
                changed.add(i < count ? change.apply(old.get(i).toBuilder()).build() : old.get(i));
            }
            return s.measures(changed);
        });
    }

    static MonetaryRate fee(String amount) {
        return MonetaryRate.builder()
                .amount(new BigDecimal(amount))
                .currency("EUR")
                .unit(RateUnit.HOUR)
                .build();
    }

    static DataProcessingAgreement withHealthData(DataProcessingAgreement a) {
        return processing(
                a,
                p -> p.addDataCategories(DataCategory.builder()
                        .id("health")
                        .name(LocalizedText.de("Gesundheitsdaten der Patienten"))
                        .specialCategory(SpecialCategory.HEALTH)
                        .criminalOffenceData(false)
                        .build()));
    }

    private static Defect d(
            String requirement, String ruleId, Severity severity, UnaryOperator<DataProcessingAgreement> plant) {
        return new Defect(requirement, ruleId, severity, plant);
    }

    static List<Defect> defects() {
        return List.of(
                d(
                        "Art. 28(2): sub-processors used but not listed",
                        "SUBPROC_UNLISTED",
                        ERROR,
                        a -> subprocessing(a, s -> s.unlistedSubprocessors(true))),
                d(
                        "Art. 28(2): list of sub-processors only exemplary",
                        "SUBPROC_UNLISTED",
                        ERROR,
                        a -> subprocessing(a, s -> s.listExhaustive(false))),
                d(
                        "Art. 28(2): approval by silence under a specific authorisation",
                        "SUBPROC_DEEMED_APPROVAL",
                        ERROR,
                        a -> subprocessing(
                                a,
                                s -> s.authorisation(AuthorisationType.SPECIFIC).deemedApproval(true))),
                d(
                        "Art. 28(2) second sentence: approval by silence without a right to object",
                        "SUBPROC_DEEMED_APPROVAL",
                        ERROR,
                        a -> subprocessing(a, s -> s.deemedApproval(true).objectionRight(false))),
                d(
                        "Art. 28(2), (9): consent implied by choosing a hosting region under a specific authorisation",
                        "SUBPROC_DEEMED_APPROVAL",
                        WARNING,
                        a -> subprocessing(
                                a,
                                s -> s.authorisation(AuthorisationType.SPECIFIC)
                                        .impliedConsent(
                                                LocalizedText.de("Die Wahl der Hosting-Region gilt als Zustimmung")))),
                d(
                        "Art. 28(3): controller stated as 'X and its affiliates'",
                        "PARTY_AFFILIATES",
                        WARNING,
                        a -> controller(a, p -> p.includesAffiliates(true))),
                d(
                        "Art. 28(2), (4): processor stated as 'X and its affiliates'",
                        "PARTY_AFFILIATES",
                        WARNING,
                        a -> processor(a, p -> p.includesAffiliates(true))),
                d(
                        "Art. 28(10): a sub-processor processes for its own purposes",
                        "ART28_10_OWN_PURPOSES",
                        WARNING,
                        a -> subprocessing(
                                a,
                                s -> s.subprocessors(List.of(
                                        germanHost().toBuilder()
                                                .ownPurposes(true)
                                                .build(),
                                        usMailer())))),
                d(
                        "Art. 28(10): a data category processed for the processor's own purposes",
                        "ART28_10_OWN_PURPOSES",
                        WARNING,
                        a -> processing(
                                a, p -> p.addDataCategories(category("Nutzungsdaten", c -> c.ownPurposes(true))))),
                d(
                        "Art. 28(3)(g): a category kept two years after the end without a legal obligation",
                        "RETENTION_AFTER_END",
                        ERROR,
                        a -> processing(
                                a,
                                p -> p.addDataCategories(category(
                                        "Protokolldaten", c -> c.retentionAfterEnd(period(24, PeriodUnit.MONTHS)))))),
                d(
                        "Art. 28(3): conflicting audit notice periods (14 and 30 days)",
                        "X_PERIOD_CONFLICT",
                        WARNING,
                        a -> audits(
                                a,
                                x -> x.notice(TimeLimit.builder()
                                        .period(TimePeriod.of(14, PeriodUnit.CALENDAR_DAYS))
                                        .addAlternatives(period(30, PeriodUnit.CALENDAR_DAYS))
                                        .build()))),
                d(
                        "Art. 33(1), (2): conflicting breach notice periods (24 hours and 5 days)",
                        "X_PERIOD_CONFLICT",
                        ERROR,
                        a -> breach(
                                a,
                                b -> b.deadline(TimeLimit.builder()
                                        .period(TimePeriod.of(24, PeriodUnit.HOURS))
                                        .addAlternatives(period(5, PeriodUnit.CALENDAR_DAYS))
                                        .build()))),
                d(
                        "Art. 28(3)(c): every measure is the controller's",
                        "TOM_RESPONSIBILITY",
                        ERROR,
                        a -> measures(a, m -> m.responsibleParty(PartyRole.CONTROLLER), Integer.MAX_VALUE)),
                d(
                        "Art. 28(9): two language versions, none prevails",
                        "DOC_PREVAILING_LANGUAGE",
                        INFO,
                        a -> a.toBuilder().languages(List.of("de", "en")).build()),
                d(
                        "Art. 28(9): the prevailing language is not a language of the agreement",
                        "DOC_PREVAILING_LANGUAGE",
                        WARNING,
                        a -> finalProvisions(a, f -> f.prevailingLanguage("fr"))),
                d(
                        "Art. 28(3)(a): amendments deemed accepted unless the controller objects",
                        "UNILATERAL_AMENDMENT",
                        WARNING,
                        a -> finalProvisions(a, f -> f.deemedConsentToAmendments(true))),
                d(
                        "Art. 28(3)(b): only employees bound to confidentiality",
                        "ART28_3_B_CONFIDENTIALITY",
                        ERROR,
                        a -> confidentiality(a, t -> t.boundPersons(BoundPersons.EMPLOYEES_ONLY))),
                d(
                        "Art. 33(2): only likely high-risk breaches are notified",
                        "ART33_2_PROCESSOR_NOTIFY",
                        ERROR,
                        a -> breach(a, b -> b.riskThreshold(BreachRiskThreshold.LIKELY_HIGH_RISK))),
                d(
                        "Art. 28(3)(e), (f): the controller bears the costs of assistance",
                        "STATUTORY_DUTY_FEES",
                        WARNING,
                        a -> assistance(a, x -> x.costBearer(CostBearer.CONTROLLER))),
                d(
                        "Art. 28(3)(g): a fee for deleting or returning the data",
                        "STATUTORY_DUTY_FEES",
                        WARNING,
                        a -> end(a, e -> e.fee(fee("150")))),
                d(
                        "Art. 28(3)(g): the controller bears the costs of deletion or return",
                        "STATUTORY_DUTY_FEES",
                        WARNING,
                        a -> end(a, e -> e.costBearer(CostBearer.CONTROLLER))),
                d(
                        "Art. 28(2), (9): the list that is the specific authorisation is kept outside the agreement",
                        "SUBPROC_LIST_OUTSIDE",
                        WARNING,
                        a -> subprocessing(
                                a,
                                s -> s.authorisation(AuthorisationType.SPECIFIC).listPartOfAgreement(false))),
                d(
                        "Art. 28(2); EDPB 07/2020: the list under a general authorisation is kept outside the agreement",
                        "SUBPROC_LIST_OUTSIDE",
                        INFO,
                        a -> subprocessing(a, s -> s.listPartOfAgreement(false))),
                d(
                        "Art. 5(1)(e), 28(3)(g): logs kept 13 months while the data is deleted 30 days after the end",
                        "RETENTION_PERIODS",
                        WARNING,
                        a -> processing(
                                a,
                                p -> p.addDataCategories(
                                        category("Protokolldaten", c -> c.retention(period(13, PeriodUnit.MONTHS)))))),
                d(
                        "Art. 5(1)(e): a retention period in words only",
                        "RETENTION_PERIODS",
                        INFO,
                        a -> processing(
                                a,
                                p -> p.addDataCategories(category(
                                        "Protokolldaten",
                                        c -> c.retention(TimeLimit.builder()
                                                .wording(LocalizedText.de("so lange wie für den Betrieb nötig"))
                                                .build()))))),
                d(
                        "Art. 28(3)(a): an exception to the residency promise at the processor's judgement",
                        "RESIDENCY_EXCEPTIONS",
                        WARNING,
                        a -> transfers(
                                a,
                                t -> t.addResidencyExceptions(
                                        LocalizedText.de("Support-Zugriffe aus Drittländern bei Bedarf")))),
                d(
                        "Art. 28(3)(a): the statutory exception widened by the processor's discretion",
                        "RESIDENCY_EXCEPTIONS",
                        WARNING,
                        a -> transfers(
                                a,
                                t -> t.euEeaOnly(true)
                                        .addResidencyExceptions(LocalizedText.en(
                                                "where required by Union or Member State law, or otherwise at our"
                                                        + " discretion")))),
                d(
                        "Art. 28(3)(a), 44: exceptions to the residency promise without any place outside the EU/EEA",
                        "RESIDENCY_EXCEPTIONS",
                        WARNING,
                        a -> transfers(
                                subprocessing(a, s -> s.subprocessors(List.of(germanHost()))),
                                t -> t.euEeaOnly(true)
                                        .addResidencyExceptions(LocalizedText.de(
                                                "Fernwartung der Datenbank durch den Hersteller auf Anforderung des"
                                                        + " Verantwortlichen")))),
                d(
                        "Art. 28(3): the processor named only by its trade name",
                        "PARTY_TRADE_NAME",
                        WARNING,
                        a -> processor(a, p -> p.name("Acme Cloud").addTradeNames("Acme"))),
                d(
                        "Art. 28(3): a controller named only by its trade name",
                        "PARTY_TRADE_NAME",
                        WARNING,
                        a -> controller(a, p -> p.name("Beispiel Shop").addTradeNames("Beispiel Shop"))));
    }

    static Stream<Arguments> nearMisses() {
        return Stream.of(
                c(
                        "SUBPROC_UNLISTED",
                        "the list is stated to be exhaustive and nothing else is used",
                        a -> subprocessing(a, s -> s.listExhaustive(true).unlistedSubprocessors(false))),
                c(
                        "SUBPROC_UNLISTED",
                        "sub-processing prohibited, so no list is needed",
                        a -> subprocessing(
                                a,
                                s -> s.authorisation(AuthorisationType.PROHIBITED)
                                        .subprocessors(List.of())
                                        .listExhaustive(false))),
                c(
                        "SUBPROC_DEEMED_APPROVAL",
                        "approval by silence under a general authorisation with notice and a right to object",
                        a -> subprocessing(a, s -> s.deemedApproval(true))),
                c(
                        "SUBPROC_DEEMED_APPROVAL",
                        "a hosting region chosen under a general authorisation",
                        a -> subprocessing(
                                a,
                                s -> s.impliedConsent(
                                        LocalizedText.de("Die Wahl der Hosting-Region gilt als Zustimmung")))),
                c(
                        "PARTY_AFFILIATES",
                        "a trade name is no group of companies",
                        a -> processor(a, p -> p.addTradeNames("Acme Cloud").includesAffiliates(false))),
                c(
                        "ART28_10_OWN_PURPOSES",
                        "processing stated to be on behalf only",
                        a -> processing(
                                a, p -> p.addDataCategories(category("Nutzungsdaten", c -> c.ownPurposes(false))))),
                c(
                        "RETENTION_AFTER_END",
                        "a category kept after the end within the deletion deadline",
                        a -> processing(
                                a,
                                p -> p.addDataCategories(category(
                                        "Protokolldaten",
                                        c -> c.retentionAfterEnd(period(14, PeriodUnit.CALENDAR_DAYS)))))),
                c(
                        "RETENTION_AFTER_END",
                        "a category kept ten years under a stated legal obligation",
                        a -> end(
                                processing(
                                        a,
                                        p -> p.addDataCategories(category(
                                                "Rechnungsdaten",
                                                c -> c.retentionAfterEnd(period(120, PeriodUnit.MONTHS))))),
                                e -> e.retentionException(LegalBasisScope.UNION_OR_MEMBER_STATE_LAW))),
                c(
                        "X_PERIOD_CONFLICT",
                        "a second period with its own condition",
                        a -> audits(
                                a,
                                x -> x.notice(TimeLimit.builder()
                                        .period(TimePeriod.of(14, PeriodUnit.CALENDAR_DAYS))
                                        .addAlternatives(TimeLimit.builder()
                                                .period(TimePeriod.of(30, PeriodUnit.CALENDAR_DAYS))
                                                .condition(LocalizedText.de("für Vor-Ort-Kontrollen im Rechenzentrum"))
                                                .build())
                                        .build()))),
                c(
                        "X_PERIOD_CONFLICT",
                        "the same breach period stated twice",
                        a -> breach(
                                a,
                                b -> b.deadline(TimeLimit.builder()
                                        .period(TimePeriod.of(24, PeriodUnit.HOURS))
                                        .addAlternatives(period(24, PeriodUnit.HOURS))
                                        .build()))),
                c(
                        "TOM_RESPONSIBILITY",
                        "one measure of the controller next to the processor's",
                        a -> measures(a, m -> m.responsibleParty(PartyRole.CONTROLLER), 1)),
                c(
                        "DOC_PREVAILING_LANGUAGE",
                        "two language versions, German prevails",
                        a -> finalProvisions(
                                a.toBuilder().languages(List.of("de", "en")).build(), f -> f.prevailingLanguage("de"))),
                c(
                        "DOC_PREVAILING_LANGUAGE",
                        "one language, no prevailing language needed",
                        a -> finalProvisions(a, f -> f.prevailingLanguage(Optional.empty()))),
                c(
                        "UNILATERAL_AMENDMENT",
                        "amendments need the controller's consent",
                        a -> finalProvisions(a, f -> f.deemedConsentToAmendments(false))),
                c(
                        "ART28_3_B_CONFIDENTIALITY",
                        "every authorised person bound",
                        a -> confidentiality(a, t -> t.boundPersons(BoundPersons.ALL_AUTHORISED_PERSONS))),
                c(
                        "ART33_2_PROCESSOR_NOTIFY",
                        "every breach notified",
                        a -> breach(a, b -> b.riskThreshold(BreachRiskThreshold.ALL_BREACHES))),
                c(
                        "STATUTORY_DUTY_FEES",
                        "each party bears its own costs of assistance; the processor those of deletion",
                        a -> end(
                                assistance(a, x -> x.costBearer(CostBearer.EACH_PARTY_OWN)),
                                e -> e.costBearer(CostBearer.PROCESSOR))),
                c(
                        "STATUTORY_DUTY_FEES",
                        "the controller pays for instructions beyond the agreement",
                        a -> instructions(a, i -> i.costBearer(CostBearer.CONTROLLER))),
                c(
                        "SUBPROC_LIST_OUTSIDE",
                        "the list is part of the agreement",
                        a -> subprocessing(a, s -> s.listPartOfAgreement(true))),
                c(
                        "SUBPROC_LIST_OUTSIDE",
                        "sub-processing prohibited, a list outside says nothing",
                        a -> subprocessing(
                                a,
                                s -> s.authorisation(AuthorisationType.PROHIBITED)
                                        .subprocessors(List.of())
                                        .listPartOfAgreement(false))),
                c(
                        "RETENTION_PERIODS",
                        "logs kept 14 days, within the deletion deadline of 30 days",
                        a -> processing(
                                a,
                                p -> p.addDataCategories(category(
                                        "Protokolldaten", c -> c.retention(period(14, PeriodUnit.CALENDAR_DAYS)))))),
                c(
                        "RETENTION_PERIODS",
                        "logs kept 13 months, with their own period after the end",
                        a -> processing(
                                a,
                                p -> p.addDataCategories(category(
                                        "Protokolldaten",
                                        c -> c.retention(period(13, PeriodUnit.MONTHS))
                                                .retentionAfterEnd(period(14, PeriodUnit.CALENDAR_DAYS)))))),
                c(
                        "RETENTION_PERIODS",
                        "invoices kept ten years under a stated legal obligation",
                        a -> end(
                                processing(
                                        a,
                                        p -> p.addDataCategories(category(
                                                "Rechnungsdaten", c -> c.retention(period(120, PeriodUnit.MONTHS))))),
                                e -> e.retentionException(LegalBasisScope.UNION_OR_MEMBER_STATE_LAW))),
                c(
                        "RETENTION_PERIODS",
                        "a retention in words with a figure",
                        a -> processing(
                                a,
                                p -> p.addDataCategories(category(
                                        "Protokolldaten",
                                        c -> c.retention(TimeLimit.builder()
                                                .wording(LocalizedText.de("14 Tage ab Erhebung"))
                                                .build()))))),
                c(
                        "RESIDENCY_EXCEPTIONS",
                        "only the statutory exception of Art. 28(3)(a), in German, no place needed",
                        a -> transfers(
                                subprocessing(a, s -> s.subprocessors(List.of(germanHost()))),
                                t -> t.euEeaOnly(true)
                                        .addResidencyExceptions(LocalizedText.de(
                                                "soweit das Unionsrecht oder das Recht der Mitgliedstaaten dies"
                                                        + " verlangt")))),
                c(
                        "RESIDENCY_EXCEPTIONS",
                        "only the statutory exception of Art. 28(3)(a), in English, worded with 'where necessary'",
                        a -> transfers(
                                subprocessing(a, s -> s.subprocessors(List.of(germanHost()))),
                                t -> t.euEeaOnly(true)
                                        .addResidencyExceptions(LocalizedText.en(
                                                "where necessary to comply with Union or Member State law to which"
                                                        + " the processor is subject")))),
                c(
                        "RESIDENCY_EXCEPTIONS",
                        "an exception with its case, recipient and place, the place listed",
                        a -> transfers(
                                a,
                                t -> t.euEeaOnly(true)
                                        .addResidencyExceptions(LocalizedText.de(
                                                "Versand von Transaktions-E-Mails durch Example Mail Inc. in den USA"
                                                        + " auf der Grundlage der Standardvertragsklauseln")))),
                c(
                        "PARTY_TRADE_NAME",
                        "a GmbH trading under a shorter name",
                        a -> processor(a, p -> p.addTradeNames("Acme"))),
                c(
                        "PARTY_TRADE_NAME",
                        "a trade name with the register entry of the entity",
                        a -> processor(
                                a,
                                p -> p.name("Acme Cloud")
                                        .registration("HRB 123456, Amtsgericht München")
                                        .addTradeNames("Acme"))),
                c(
                        "X_SPECIAL_SAFEGUARDS_TEXT",
                        "health data with a typed Art. 9 safeguard among the measures",
                        a -> measures(withHealthData(a), m -> m.specialCategorySafeguard(true), 1)));
    }

    private static Arguments c(String ruleId, String why, UnaryOperator<DataProcessingAgreement> change) {
        return Arguments.of(ruleId, why, change);
    }
}
