/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.BreachNoticeContent;
import dev.dpa4j.model.BreachTrigger;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataProtectionOfficer;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.DurationType;
import dev.dpa4j.model.EndOfProcessingChoice;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.InstrumentType;
import dev.dpa4j.model.LegalBasisScope;
import dev.dpa4j.model.LegalObligationException;
import dev.dpa4j.model.LiabilityRegime;
import dev.dpa4j.model.LiabilityTerms;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.OwnUsePermission;
import dev.dpa4j.model.OwnUseTerms;
import dev.dpa4j.model.PartyAttribute;
import dev.dpa4j.model.Precedence;
import dev.dpa4j.model.ProcessingCharacteristic;
import dev.dpa4j.model.ProcessingDuration;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.Regime;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.TomChangePolicy;
import dev.dpa4j.validate.spi.RuleDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each built-in rule must not fire on {@link Fixtures#complete()} and must fire once one thing in it is
 * changed. The changes are listed here, one or more per rule id; a test checks that every registered rule
 * has at least one.
 */
class RuleCatalogueTest {

    private static final Validator VALIDATOR = Fixtures.validator();

    /** The rules of the built-in pack {@code change}, fired by {@link ChangeRulesTest}. */
    static final Set<String> CHANGE_RULES = Set.of(
            "NOTICE_MECHANISM_MISSING",
            "OBJECTION_RIGHT_MISSING",
            "OBJECTION_PERIOD_NOT_TYPED",
            "PRIOR_AUTHORISATION_NEEDED",
            "DOWNGRADE_EXCLUDED",
            "AMENDMENT_CONSENT_NEEDED");

    static Map<String, List<UnaryOperator<DataProcessingAgreement>>> firing() {
        Map<String, List<UnaryOperator<DataProcessingAgreement>>> m = new LinkedHashMap<>();
        // structure
        m.put("STRUCTURE_BLANK", List.of(a -> controller(a, p -> p.name(" "))));
        m.put(
                "STRUCTURE_EMAIL",
                List.of(a -> processor(
                        a,
                        p -> p.contacts(List.of(
                                ContactPoint.builder().email("privacy-at-acme").build())))));
        m.put("STRUCTURE_URL", List.of(a -> subprocessing(a, s -> s.listUrl("acme subprocessors"))));
        m.put("STRUCTURE_LENGTH", List.of(a -> controller(a, p -> p.name("x".repeat(301)))));
        m.put(
                "STRUCTURE_FORMAT",
                List.of(
                        a -> processor(
                                a,
                                p -> p.contacts(List.of(
                                        ContactPoint.builder().phone("call us").build()))),
                        a -> a.toBuilder().languages(List.of("German")).build()));
        // §1.A
        m.put(
                "ART28_3_BINDING_INSTRUMENT",
                List.of(
                        a -> a.toBuilder()
                                .instrument(java.util.Optional.empty())
                                .build(),
                        a -> a.toBuilder()
                                .instrument(InstrumentType.OTHER_LEGAL_ACT)
                                .build()));
        m.put(
                "ART28_9_WRITTEN_FORM",
                List.of(
                        a -> a.toBuilder().form(AgreementForm.ORAL).build(),
                        a -> a.toBuilder().form(java.util.Optional.empty()).build(),
                        a -> a.toBuilder()
                                .conclusion(java.util.Optional.empty())
                                .build()));
        m.put(
                "PARTY_CONTROLLER_ID",
                List.of(
                        a -> controller(a, p -> p.address(java.util.Optional.empty())),
                        a -> controller(a, p -> p.placeholder(true)),
                        a -> a.toBuilder().controllers(List.of()).build()));
        m.put(
                "PARTY_PROCESSOR_ID",
                List.of(
                        a -> a.toBuilder().processor(java.util.Optional.empty()).build(),
                        a -> processor(a, p -> p.name("[[Firma]]"))));
        m.put("PARTY_CONTACTS", List.of(a -> controller(a, p -> p.contacts(List.of()))));
        m.put("ROLE_CONSISTENCY", List.of(a -> controller(a, p -> p.name("Acme Cloud GmbH"))));
        m.put(
                "NOT_MERE_RESTATEMENT",
                List.of(a -> processing(
                        a,
                        p -> p.subjectMatter(LocalizedText.de("Datenverarbeitung"))
                                .purposes(List.of(Purpose.builder()
                                        .description(LocalizedText.de("gemäß Art. 28 DSGVO"))
                                        .build()))
                                .dataSubjects(List.of(DataSubjectCategory.builder()
                                        .name(LocalizedText.de("Betroffene"))
                                        .build())))));
        m.put(
                "UNILATERAL_AMENDMENT",
                List.of(a -> a.toBuilder()
                        .finalProvisions(a.getFinalProvisions().orElseThrow().toBuilder()
                                .unilateralAmendment(true)
                                .build())
                        .build()));
        m.put(
                "PRECEDENCE",
                List.of(
                        a -> a.toBuilder()
                                .finalProvisions(FinalProvisions.builder()
                                        .governingLaw(DE)
                                        .build())
                                .build(),
                        a -> a.toBuilder()
                                .finalProvisions(FinalProvisions.builder()
                                        .governingLaw(DE)
                                        .precedence(Precedence.MAIN_CONTRACT_PREVAILS)
                                        .build())
                                .build()));
        m.put("GUARANTEES_EVIDENCE", List.of(a -> processor(a, p -> p.certifications(List.of()))));
        // §1.B
        m.put(
                "ART28_3_SUBJECT_MATTER",
                List.of(
                        a -> processing(a, p -> p.subjectMatter(java.util.Optional.empty())),
                        a -> processing(a, p -> p.subjectMatter(LocalizedText.de("Kundendaten")))));
        m.put(
                "ART28_3_DURATION",
                List.of(
                        a -> processing(a, p -> p.duration(java.util.Optional.empty())),
                        a -> processing(
                                a,
                                p -> p.duration(ProcessingDuration.builder()
                                        .type(DurationType.FIXED_TERM)
                                        .build()))));
        m.put(
                "ART28_3_NATURE",
                List.of(
                        a -> processing(a, p -> p.nature(List.of())),
                        a -> processing(
                                a,
                                p -> p.nature(List.of(ProcessingNature.builder()
                                        .description(LocalizedText.de("Verarbeitung"))
                                        .build())))));
        m.put(
                "ART28_3_PURPOSE",
                List.of(
                        a -> processing(a, p -> p.purposes(List.of())),
                        a -> processing(
                                a,
                                p -> p.purposes(List.of(Purpose.builder()
                                        .description(LocalizedText.en("business purposes"))
                                        .build())))));
        m.put(
                "ART28_3_DATA_TYPES",
                List.of(
                        a -> processing(a, p -> p.dataCategories(List.of())),
                        a -> processing(
                                a,
                                p -> p.addDataCategories(DataCategory.builder()
                                        .name(LocalizedText.de("Kundendaten"))
                                        .specialCategory(SpecialCategory.NONE)
                                        .criminalOffenceData(false)
                                        .build()))));
        m.put(
                "ART9_FLAG_SET",
                List.of(
                        a -> processing(
                                a,
                                p -> p.dataCategories(List.of(DataCategory.builder()
                                        .id("contact")
                                        .name(LocalizedText.de("Kontaktdaten"))
                                        .criminalOffenceData(false)
                                        .build()))),
                        a -> processing(
                                a,
                                p -> p.addDataCategories(DataCategory.builder()
                                        .name(LocalizedText.de("Gesundheitsdaten der Beschäftigten"))
                                        .specialCategory(SpecialCategory.NONE)
                                        .criminalOffenceData(false)
                                        .build()))));
        m.put(
                "ART10_FLAG_SET",
                List.of(
                        a -> processing(
                                a,
                                p -> p.dataCategories(List.of(DataCategory.builder()
                                        .id("contact")
                                        .name(LocalizedText.de("Kontaktdaten"))
                                        .specialCategory(SpecialCategory.NONE)
                                        .build()))),
                        a -> processing(
                                a,
                                p -> p.addDataCategories(DataCategory.builder()
                                        .name(LocalizedText.de("Führungszeugnisse"))
                                        .specialCategory(SpecialCategory.NONE)
                                        .criminalOffenceData(false)
                                        .build()))));
        m.put(
                "ART28_3_DATA_SUBJECTS",
                List.of(
                        a -> processing(a, p -> p.dataSubjects(List.of())),
                        a -> processing(
                                a,
                                p -> p.dataSubjects(List.of(DataSubjectCategory.builder()
                                        .name(LocalizedText.en("users"))
                                        .build())))));
        m.put(
                "ART28_3_CONTROLLER_RIGHTS",
                List.of(a -> a.toBuilder()
                        .controllerTerms(java.util.Optional.empty())
                        .build()));
        m.put("PROCESSING_LOCATIONS", List.of(a -> processing(a, p -> p.locations(List.of()))));
        // §1.C
        m.put("ART28_3_A_INSTRUCTIONS", List.of(a -> instructions(a, i -> i.documentedInstructionsOnly(false))));
        m.put(
                "ART28_3_A_INSTRUCTION_CHANNEL",
                List.of(
                        a -> instructions(a, i -> i.forms(List.of())),
                        a -> instructions(a, i -> i.addForms(CommunicationChannel.ORAL))));
        m.put(
                "ART28_3_A_TRANSFERS",
                List.of(a -> transfers(
                        instructions(a, i -> i.transfersCovered(false)), t -> t.priorConsentRequired(false))));
        m.put(
                "ART28_3_A_LEGAL_REQ_NOTICE",
                List.of(
                        a -> instructions(
                                a,
                                i -> i.legalObligationException(LegalObligationException.builder()
                                        .scope(LegalBasisScope.UNION_OR_MEMBER_STATE_LAW)
                                        .build())),
                        a -> instructions(a, i -> i.legalObligationException(java.util.Optional.empty()))));
        m.put(
                "ART28_3_A_EXCEPTION_SCOPE",
                List.of(a -> instructions(
                        a,
                        i -> i.legalObligationException(LegalObligationException.builder()
                                .scope(LegalBasisScope.APPLICABLE_LAW)
                                .priorNotice(true)
                                .build()))));
        m.put("ART28_3_INFRINGING_INSTR", List.of(a -> instructions(a, i -> i.infringementNotice(false))));
        m.put("INFRINGING_INSTR_SUSPEND", List.of(a -> instructions(a, i -> i.suspensionRight(false))));
        // §1.D, E
        m.put(
                "ART28_3_B_CONFIDENTIALITY",
                List.of(a -> a.toBuilder()
                        .confidentiality(java.util.Optional.empty())
                        .build()));
        m.put(
                "CONFIDENTIALITY_SCOPE",
                List.of(a -> a.toBuilder()
                        .confidentiality(a.getConfidentiality().orElseThrow().toBuilder()
                                .needToKnow(false)
                                .build())
                        .build()));
        m.put("ART28_3_C_SECURITY", List.of(a -> security(a, s -> s.article32Commitment(false))));
        m.put(
                "ART32_TOMS_DOCUMENTED",
                List.of(
                        a -> security(a, s -> s.measures(List.of())),
                        a -> security(a, s -> s.measures(List.of()).measuresUrl("https://acme.example/toms"))));
        m.put(
                "ART32_1_A_PSEUDO_ENCRYPT",
                List.of(a -> security(
                        a,
                        s -> s.measures(
                                a.getSecurity().orElseThrow().getMeasures().subList(1, 9)))));
        m.put(
                "ART32_1_B_CIA_RESILIENCE",
                List.of(a -> security(
                        a,
                        s -> s.measures(List.of(
                                measure(TomCategory.ENCRYPTION, "Verschlüsselung aller Datenträger mit AES-256"))))));
        m.put(
                "ART32_1_C_RESTORE",
                List.of(a -> security(
                        a,
                        s -> s.measures(List.of(
                                measure(TomCategory.ENCRYPTION, "Verschlüsselung aller Datenträger mit AES-256"))))));
        m.put(
                "ART32_1_D_TESTING",
                List.of(
                        a -> security(a, s -> s.reviewInterval(java.util.Optional.empty())),
                        a -> security(
                                a,
                                s -> s.reviewInterval(java.util.Optional.empty())
                                        .measures(List.of(measure(
                                                TomCategory.ENCRYPTION,
                                                "Verschlüsselung aller Datenträger mit AES-256"))))));
        m.put(
                "TOM_SPECIFICITY",
                List.of(a -> security(
                        a, s -> s.addMeasures(measure(TomCategory.OTHER, "Passwörter nach dem Stand der Technik")))));
        m.put(
                "TOM_CHANGE_CONTROL",
                List.of(
                        a -> security(a, s -> s.changePolicy(TomChangePolicy.UNILATERAL)),
                        a -> security(a, s -> s.changePolicy(java.util.Optional.empty()))));
        // §1.F
        m.put("ART28_2_AUTH_TYPE", List.of(a -> subprocessing(a, s -> s.authorisation(java.util.Optional.empty()))));
        m.put(
                "ART28_2_WRITTEN_AUTH",
                List.of(a -> subprocessing(
                        a, s -> s.authorisation(AuthorisationType.SPECIFIC).priorWrittenAuthorisation(false))));
        m.put("ART28_4_FLOW_DOWN", List.of(a -> subprocessing(a, s -> s.flowDown(false))));
        m.put("ART28_4_LIABILITY", List.of(a -> subprocessing(a, s -> s.fullLiability(false))));
        m.put(
                "SUBPROC_LIST_PRESENT",
                List.of(
                        a -> subprocessing(a, s -> s.subprocessors(List.of())),
                        a -> subprocessing(
                                a, s -> s.subprocessors(List.of()).authorisation(AuthorisationType.SPECIFIC))));
        m.put(
                "SUBPROC_IDENTITY",
                List.of(a -> subprocessing(
                        a,
                        s -> s.addSubprocessors(
                                Subprocessor.builder().name("Unbekannt AG").build()))));
        m.put("SUBPROC_SCOPE_SUBSET", List.of(a -> usSubprocessor(a, s -> s.addDataCategories("health"))));
        m.put("SUBPROC_COPY_BENEFICIARY", List.of(a -> subprocessing(a, s -> s.thirdPartyBeneficiary(false))));
        m.put("SUBPROC_CHAIN", List.of(a -> subprocessing(a, s -> s.chainCovered(false))));
        m.put(
                "X_GENERAL_AUTH_BUNDLE",
                List.of(
                        a -> subprocessing(a, s -> s.objectionRight(false)),
                        a -> subprocessing(a, s -> s.noticePeriod(days(7))),
                        a -> subprocessing(a, s -> s.objectionPeriod(wording("rechtzeitig"))),
                        a -> subprocessing(a, s -> s.noticeChannels(List.of(CommunicationChannel.WEBSITE)))));
        m.put(
                "X_SPECIFIC_AUTH",
                List.of(a -> subprocessing(
                        a, s -> s.authorisation(AuthorisationType.SPECIFIC).noticePeriod(java.util.Optional.empty()))));
        m.put(
                "X_PROHIBITED_BUT_USED",
                List.of(a -> subprocessing(a, s -> s.authorisation(AuthorisationType.PROHIBITED))));
        // §1.G-I
        m.put("ART28_3_E_DSR_ASSIST", List.of(a -> assistance(a, x -> x.dataSubjectRights(false))));
        m.put("DSR_FORWARDING", List.of(a -> assistance(a, x -> x.forwardingDeadline(java.util.Optional.empty()))));
        m.put(
                "ART28_3_F_ASSIST_32_36",
                List.of(
                        a -> assistance(a, x -> x.articles(List.of())),
                        a -> assistance(a, x -> x.articles(List.of(AssistedArticle.ART_32, AssistedArticle.ART_33)))));
        m.put("ART33_2_PROCESSOR_NOTIFY", List.of(a -> breach(a, b -> b.notifyController(false))));
        m.put(
                "ART33_2_DEADLINE",
                List.of(
                        a -> breach(a, b -> b.deadline(wording("umgehend"))),
                        a -> breach(a, b -> b.deadline(hours(60))),
                        a -> breach(a, b -> b.deadline(days(4))),
                        a -> breach(a, b -> b.deadline(java.util.Optional.empty()))));
        m.put("ART33_2_TRIGGER", List.of(a -> breach(a, b -> b.trigger(BreachTrigger.CONFIRMATION))));
        m.put("ART33_3_CONTENT", List.of(a -> breach(a, b -> b.minimumContent(List.of(BreachNoticeContent.NATURE)))));
        m.put(
                "BREACH_CONTACT",
                List.of(a ->
                        breach(a, b -> b.contact(java.util.Optional.empty()).channels(List.of()))));
        m.put("NO_UNILATERAL_REPORTING", List.of(a -> breach(a, b -> b.noUnilateralReporting(false))));
        m.put(
                "X_BREACH_VS_72H",
                List.of(
                        a -> breach(a, b -> b.deadline(hours(48)).subprocessorDeadline(hours(36))),
                        a -> breach(a, b -> b.subprocessorDeadline(hours(24)))));
        // §1.J-L
        m.put("ART28_3_G_DELETE_RETURN", List.of(a -> end(a, e -> e.choice(java.util.Optional.empty()))));
        m.put(
                "ART28_3_G_CONTROLLER_CHOICE",
                List.of(
                        a -> end(a, e -> e.choice(EndOfProcessingChoice.PROCESSOR_CHOICE)),
                        a -> end(a, e -> e.choice(EndOfProcessingChoice.DELETE_ONLY))));
        m.put(
                "ART28_3_G_COPIES",
                List.of(
                        a -> end(a, e -> e.copiesIncluded(false)),
                        a -> end(a, e -> e.backupHandling(java.util.Optional.empty()))));
        m.put(
                "ART28_3_G_RETENTION_SCOPE",
                List.of(
                        a -> end(a, e -> e.retentionException(LegalBasisScope.PROCESSOR_INTEREST)),
                        a -> end(a, e -> e.retentionException(LegalBasisScope.THIRD_COUNTRY_LAW))));
        m.put(
                "DELETION_DEADLINE",
                List.of(
                        a -> end(a, e -> e.deadline(java.util.Optional.empty())),
                        a -> end(a, e -> e.deadline(wording("zeitnah")))));
        m.put("DELETION_CERTIFICATE", List.of(a -> end(a, e -> e.deletionConfirmation(false))));
        m.put("POST_TERM_DOCS", List.of(a -> end(a, e -> e.evidenceRetention(java.util.Optional.empty()))));
        m.put("ART28_3_H_INFORMATION", List.of(a -> audits(a, x -> x.informationProvision(false))));
        m.put(
                "ART28_3_H_AUDITS",
                List.of(
                        a -> audits(a, x -> x.inspectionsExcluded(true)),
                        a -> audits(a, x -> x.inspections(false)),
                        a -> audits(a, x -> x.mandatedAuditor(false)),
                        a -> a.toBuilder().audits(java.util.Optional.empty()).build()));
        m.put("AUDIT_CERT_ONLY", List.of(a -> audits(a, x -> x.certificatesOnly(true))));
        m.put(
                "AUDIT_MODALITIES",
                List.of(
                        a -> audits(a, x -> x.notice(days(60))),
                        a -> audits(a, x -> x.frequencyLimit(TimePeriod.of(12, dev.dpa4j.model.PeriodUnit.MONTHS))),
                        a -> audits(
                                a, x -> x.notice(java.util.Optional.empty()).costBearer(java.util.Optional.empty()))));
        m.put(
                "DPO_CONTACT",
                List.of(a -> controller(
                        a,
                        p -> p.dataProtectionOfficer(DataProtectionOfficer.builder()
                                .name("Dr. Erika Muster")
                                .build()))));
        m.put(
                "ART30_2_RECORDS",
                List.of(a -> a.toBuilder().records(java.util.Optional.empty()).build()));
        m.put(
                "ART28_10_OWN_USE",
                List.of(
                        a -> a.toBuilder()
                                .ownUse(OwnUseTerms.builder()
                                        .permission(OwnUsePermission.PERSONAL_DATA)
                                        .build())
                                .build(),
                        a -> a.toBuilder()
                                .ownUse(OwnUseTerms.builder()
                                        .permission(OwnUsePermission.ANONYMISED_ONLY)
                                        .build())
                                .build()));
        m.put(
                "LIABILITY_ART82",
                List.of(
                        a -> a.toBuilder()
                                .liability(LiabilityTerms.builder()
                                        .capLimitsDataSubjectClaims(true)
                                        .build())
                                .build(),
                        a -> a.toBuilder()
                                .liability(LiabilityTerms.builder()
                                        .regime(LiabilityRegime.CAPPED)
                                        .build())
                                .build()));
        m.put(
                "TERMINATION_RIGHTS",
                List.of(a ->
                        a.toBuilder().termination(java.util.Optional.empty()).build()));
        // §2
        m.put(
                "X_SPECIAL_ENCRYPT",
                List.of(a -> security(
                        withHealthData(a),
                        s -> s.measures(
                                a.getSecurity().orElseThrow().getMeasures().subList(1, 4)))));
        m.put("X_SPECIAL_SAFEGUARDS_TEXT", List.of(RuleCatalogueTest::withHealthData));
        m.put(
                "X_DPIA_LIKELY",
                List.of(a -> assistance(
                        processing(withHealthData(a), p -> p.addCharacteristics(ProcessingCharacteristic.LARGE_SCALE)),
                        x -> x.articles(
                                List.of(AssistedArticle.ART_32, AssistedArticle.ART_33, AssistedArticle.ART_34)))));
        m.put(
                "X_END_VS_DURATION",
                List.of(
                        a -> end(
                                processing(
                                        a,
                                        p -> p.duration(ProcessingDuration.builder()
                                                .type(DurationType.FIXED_TERM)
                                                .end(java.time.LocalDate.of(2027, 12, 31))
                                                .build())),
                                e -> e.deadline(java.util.Optional.empty())),
                        a -> processing(
                                a.toBuilder()
                                        .termination(java.util.Optional.empty())
                                        .build(),
                                p -> p.duration(ProcessingDuration.builder()
                                        .type(DurationType.INDEFINITE_WITH_NOTICE)
                                        .build()))));
        m.put(
                "X_INSTR_CHANNEL",
                List.of(
                        a -> instructions(a, i -> i.recipients(java.util.Optional.empty())),
                        a -> instructions(a, i -> i.changeOfAuthorisedPersonsNotified(false))));
        m.put(
                "X_DPO_REQUIRED",
                List.of(
                        a -> processor(a, p -> p.addAttributes(PartyAttribute.PUBLIC_BODY)),
                        a -> controller(
                                processing(
                                        withHealthData(a),
                                        p -> p.addCharacteristics(ProcessingCharacteristic.LARGE_SCALE)),
                                p -> p.dataProtectionOfficer(java.util.Optional.empty()))));
        m.put("X_ART27_REP", List.of(a -> processor(a, p -> p.addAttributes(PartyAttribute.ESTABLISHED_OUTSIDE_EU))));
        m.put(
                "X_TOM_RISK_FIT",
                List.of(a -> security(
                        processing(a, p -> p.addCharacteristics(ProcessingCharacteristic.LARGE_SCALE)),
                        s -> s.measures(
                                a.getSecurity().orElseThrow().getMeasures().subList(0, 3)))));
        // de
        m.put(
                "BDSG62_LED",
                List.of(a -> a.toBuilder()
                        .regime(Regime.LED_DE)
                        .security(java.util.Optional.empty())
                        .build()));
        m.put("X_LED_REGIME", List.of(a -> controller(a, p -> p.addAttributes(PartyAttribute.COMPETENT_AUTHORITY))));
        m.put(
                "STGB203_SECRECY",
                List.of(
                        a -> controller(a, p -> p.addAttributes(PartyAttribute.PROFESSIONAL_SECRECY_HOLDER)),
                        a -> processing(a, p -> p.addCharacteristics(ProcessingCharacteristic.PROFESSIONAL_SECRETS))));
        m.put("X_SPECIAL_BDSG22", List.of(RuleCatalogueTest::withHealthData));
        TransferRuleCases.add(m);
        // document (language completeness, references, starter placeholders)
        m.put("DOC_LANGUAGE", List.of(a -> a.toBuilder().addLanguages("en").build()));
        m.put(
                "DOC_REFERENCE",
                List.of(
                        a -> a.toBuilder()
                                .preamble(LocalizedText.de("Die Verarbeitung ist in Anlage A beschrieben."))
                                .build(),
                        a -> a.toBuilder()
                                .preamble(LocalizedText.de("Es gilt § 3 Nr. 2 dieser Vereinbarung."))
                                .build(),
                        a -> a.toBuilder()
                                .preamble(LocalizedText.en("The sub-processors are listed in Schedule 2."))
                                .build(),
                        a -> a.toBuilder()
                                .preamble(LocalizedText.de("Siehe {section:nirgendwo}."))
                                .build()));
        m.put(
                "DOC_PLACEHOLDER",
                List.of(a -> a.toBuilder()
                        .preamble(LocalizedText.de("Der Auftragsverarbeiter erbringt [[SERVICE]]."))
                        .build()));
        m.put(
                "DOC_PARTY_NAME",
                List.of(a -> Fixtures.processor(a, p -> p.addDesignations(LocalizedText.de("Acme"))).toBuilder()
                        .preamble(LocalizedText.de("Acme betreibt die Plattform für den Verantwortlichen."))
                        .build()));
        // SCC 2021/915 counterparts
        m.put("ASSIST_INACCURATE_DATA", List.of(a -> assistance(a, s -> s.inaccurateDataNotice(false))));
        m.put("SUBPROC_FAILURE_NOTICE", List.of(a -> subprocessing(a, s -> s.failureNotice(false))));
        m.put("AUDIT_AUTHORITY_ACCESS", List.of(a -> audits(a, s -> s.supervisoryAuthorityAccess(false))));
        for (PlantedDefects.Defect defect : PlantedDefects.all()) {
            if (!m.containsKey(defect.ruleId())) {
                m.put(defect.ruleId(), List.of(defect.plant()));
            }
        }
        return m;
    }

    static DataProcessingAgreement withHealthData(DataProcessingAgreement a) {
        return Fixtures.processing(
                a,
                p -> p.addDataCategories(DataCategory.builder()
                        .id("health")
                        .name(LocalizedText.de("Gesundheitsdaten der Patienten"))
                        .specialCategory(SpecialCategory.HEALTH)
                        .criminalOffenceData(false)
                        .build()));
    }

    static Stream<Arguments> firingCases() {
        return firing().entrySet().stream().flatMap(e -> {
            List<UnaryOperator<DataProcessingAgreement>> changes = e.getValue();
            return java.util.stream.IntStream.range(0, changes.size())
                    .mapToObj(i -> Arguments.of(e.getKey(), i, changes.get(i)));
        });
    }

    @Test
    void should_report_nothing_when_agreement_is_complete() {
        // given
        DataProcessingAgreement complete = Fixtures.complete();

        // when
        ValidationReport report = VALIDATOR.validate(complete);

        // then
        assertThat(report.getFindings())
                .as("findings on the complete fixture")
                .extracting(f -> f.describe(Locale.ENGLISH))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("firingCases")
    void should_fire_when_fixture_is_changed(
            String ruleId, int variant, UnaryOperator<DataProcessingAgreement> change) {
        // given
        DataProcessingAgreement changed = change.apply(Fixtures.complete());

        // when
        ValidationReport report = VALIDATOR.validate(changed);

        // then
        assertThat(report.getFindings(ruleId)).as("findings of %s", ruleId).isNotEmpty();
        for (Finding f : report.getFindings(ruleId)) {
            assertThat(f.message(Locale.GERMAN)).doesNotContain("{");
            assertThat(f.message(Locale.ENGLISH)).doesNotContain("{");
        }
    }

    @Test
    void should_have_a_firing_case_when_rule_is_registered() {
        // given
        Set<String> registered = new TreeSet<>();
        for (RuleDescriptor d : VALIDATOR.rules()) {
            registered.add(d.getId());
        }
        // the rules of the change pack judge a change set, not one agreement: ChangeRulesTest fires each of them
        registered.removeAll(CHANGE_RULES);

        // when
        Set<String> covered = new TreeSet<>(firing().keySet());

        // then
        assertThat(covered).containsExactlyInAnyOrderElementsOf(registered);
    }
}
