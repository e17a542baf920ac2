/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.AmendmentForm;
import dev.dpa4j.model.AssistanceTerms;
import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.AuditTerms;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.BreachNoticeContent;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.BreachTrigger;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.ConfidentialityTerms;
import dev.dpa4j.model.ControllerTerms;
import dev.dpa4j.model.CostBearer;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DurationType;
import dev.dpa4j.model.EndOfProcessingChoice;
import dev.dpa4j.model.EndOfProcessingTerms;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.InstructionTerms;
import dev.dpa4j.model.InstrumentType;
import dev.dpa4j.model.LegalBasisScope;
import dev.dpa4j.model.LegalObligationException;
import dev.dpa4j.model.LiabilityRegime;
import dev.dpa4j.model.LiabilityTerms;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ObjectionConsequence;
import dev.dpa4j.model.OwnUsePermission;
import dev.dpa4j.model.OwnUseTerms;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.Precedence;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingDuration;
import dev.dpa4j.model.RecordsTerms;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.Signature;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TerminationTerms;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TomChangePolicy;
import dev.dpa4j.model.TransferTerms;

/**
 * The starter agreement of {@code dpa init}: every clause section present with protective,
 * commonly agreed terms, and the facts only the user knows (parties, the processing, the measures,
 * the sub-processors) marked as {@code [[...]]} placeholders with a short guidance text. Validation
 * then reports exactly what is left to fill in.
 */
final class Starter {
    private Starter() {}

    static DataProcessingAgreement create(Lang lang) {
        Messages m = Messages.of(lang);
        return DataProcessingAgreement.builder()
                .id("my-dpa")
                .title(text(lang, m.get("init.title")))
                .version("0.1")
                .addLanguages(lang.tag())
                .status(AgreementStatus.DRAFT)
                .instrument(InstrumentType.CONTRACT)
                .form(AgreementForm.ELECTRONIC)
                // Guidance lives only in 'placeholders' (metadata, never rendered); the contract fields
                // hold the [[...]] tokens, which the validator reports until they are replaced.
                .putPlaceholders("START", m.get("init.preamble"))
                .putPlaceholders("CONTROLLER", m.get("init.placeholder.controller") + ". " + m.get("init.controller"))
                .putPlaceholders("PROCESSOR", m.get("init.placeholder.processor") + ". " + m.get("init.processor"))
                .putPlaceholders("MEASURES", m.get("init.security"))
                .putPlaceholders("SUBPROCESSORS", m.get("init.subprocessors"))
                .putPlaceholders("SERVICE", m.get("init.placeholder.service"))
                .putPlaceholders("PURPOSE", m.get("init.placeholder.purpose"))
                .putPlaceholders("DATA", m.get("init.placeholder.data"))
                .putPlaceholders("SUBJECTS", m.get("init.placeholder.subjects"))
                .addControllers(Party.builder()
                        .id("controller")
                        .name("[[CONTROLLER]]")
                        .placeholder(true)
                        .build())
                .processor(Party.builder().id("processor").name("[[PROCESSOR]]").build())
                .processing(ProcessingDescription.builder()
                        .subjectMatter(text(lang, "[[SERVICE]]"))
                        .duration(ProcessingDuration.builder()
                                .type(DurationType.COUPLED_TO_MAIN_CONTRACT)
                                .description(text(lang, m.get("init.duration")))
                                .build())
                        .build())
                .controllerTerms(ControllerTerms.builder()
                        .responsibleForLawfulness(true)
                        .instructionRight(true)
                        .rectificationAndErasureRight(true)
                        .auditRight(true)
                        .dutyToReportIrregularities(true)
                        .build())
                .instructions(InstructionTerms.builder()
                        .documentedInstructionsOnly(true)
                        .transfersCovered(true)
                        .addForms(CommunicationChannel.TEXT_FORM)
                        .oralInstructionsConfirmed(true)
                        .infringementNotice(true)
                        .suspensionRight(true)
                        // once the user names who gives and receives instructions, changes to them are notified
                        .changeOfAuthorisedPersonsNotified(true)
                        .legalObligationException(LegalObligationException.builder()
                                .scope(LegalBasisScope.UNION_OR_MEMBER_STATE_LAW)
                                .priorNotice(true)
                                .noticeUnlessProhibited(true)
                                .build())
                        .build())
                .confidentiality(ConfidentialityTerms.builder()
                        .personnelCommitted(true)
                        .beforeAccess(true)
                        .survivesEngagement(true)
                        .needToKnow(true)
                        .instructionBound(true)
                        .trainingProvided(true)
                        .build())
                .security(SecurityTerms.builder()
                        .article32Commitment(true)
                        .changePolicy(TomChangePolicy.NO_DOWNGRADE)
                        .reviewInterval(TimePeriod.of(12, dev.dpa4j.model.PeriodUnit.MONTHS))
                        .build())
                .subprocessing(SubprocessingTerms.builder()
                        .authorisation(AuthorisationType.GENERAL)
                        .priorWrittenAuthorisation(true)
                        .changeNotification(true)
                        .noticePeriod(TimeLimit.builder()
                                .period(TimePeriod.ofCalendarDays(30))
                                .build())
                        .addNoticeChannels(CommunicationChannel.EMAIL)
                        .objectionRight(true)
                        .objectionPeriod(TimeLimit.builder()
                                .period(TimePeriod.ofCalendarDays(14))
                                .build())
                        .objectionConsequence(ObjectionConsequence.TERMINATION_RIGHT)
                        .flowDown(true)
                        .auditRightsFlowDown(true)
                        .fullLiability(true)
                        .failureNotice(true)
                        .contractCopyOnRequest(true)
                        .chainCovered(true)
                        .thirdPartyBeneficiary(true)
                        .build())
                .transfers(TransferTerms.builder()
                        .euEeaOnly(true)
                        .priorConsentRequired(true)
                        .chapterVConditions(true)
                        .build())
                .assistance(AssistanceTerms.builder()
                        .dataSubjectRights(true)
                        .forwardingDeadline(TimeLimit.builder()
                                .period(TimePeriod.of(3, dev.dpa4j.model.PeriodUnit.BUSINESS_DAYS))
                                .build())
                        .noDirectResponse(true)
                        .addArticles(
                                AssistedArticle.ART_32,
                                AssistedArticle.ART_33,
                                AssistedArticle.ART_34,
                                AssistedArticle.ART_35,
                                AssistedArticle.ART_36)
                        .authorityCooperation(true)
                        .authorityActionNotice(true)
                        .inaccurateDataNotice(true)
                        .build())
                .breachNotification(BreachNotificationTerms.builder()
                        .notifyController(true)
                        .deadline(TimeLimit.builder()
                                .period(TimePeriod.ofHours(24))
                                .build())
                        .trigger(BreachTrigger.AWARENESS)
                        .addMinimumContent(BreachNoticeContent.values())
                        .phasedNotification(true)
                        .addChannels(CommunicationChannel.EMAIL, CommunicationChannel.PHONE)
                        .noUnilateralReporting(true)
                        .subprocessorDeadline(TimeLimit.builder()
                                .period(TimePeriod.ofHours(12))
                                .build())
                        .build())
                .endOfProcessing(EndOfProcessingTerms.builder()
                        .choice(EndOfProcessingChoice.CONTROLLER_CHOICE)
                        .deadline(TimeLimit.builder()
                                .period(TimePeriod.ofCalendarDays(30))
                                .build())
                        .copiesIncluded(true)
                        .backupHandling(text(lang, m.get("init.backups")))
                        .evidenceRetention(text(lang, m.get("init.evidence")))
                        .subprocessorsIncluded(true)
                        .retentionException(LegalBasisScope.UNION_OR_MEMBER_STATE_LAW)
                        .deletionConfirmation(true)
                        .build())
                .audits(AuditTerms.builder()
                        .informationProvision(true)
                        .inspections(true)
                        .mandatedAuditor(true)
                        .notice(TimeLimit.builder()
                                .period(TimePeriod.ofCalendarDays(14))
                                .build())
                        .incidentException(true)
                        .businessHoursOnly(true)
                        .costBearer(CostBearer.EACH_PARTY_OWN)
                        .supervisoryAuthorityAccess(true)
                        .build())
                .records(RecordsTerms.builder()
                        .processorRecords(true)
                        .controllerSupport(true)
                        .build())
                .ownUse(OwnUseTerms.builder()
                        .permission(OwnUsePermission.PROHIBITED)
                        .build())
                .liability(LiabilityTerms.builder()
                        .regime(LiabilityRegime.STATUTORY)
                        .build())
                .termination(TerminationTerms.builder()
                        .suspensionRight(true)
                        .terminationForBreach(true)
                        .extraordinaryTerminationPreserved(true)
                        .build())
                .finalProvisions(FinalProvisions.builder()
                        .precedence(Precedence.AGREEMENT_PREVAILS_ON_DATA_PROTECTION)
                        .amendmentForm(AmendmentForm.TEXT_FORM)
                        .severability(true)
                        .supersedesPrevious(true)
                        .build())
                .addSignatures(Signature.builder()
                        .role(PartyRole.CONTROLLER)
                        .partyId("controller")
                        .build())
                .addSignatures(Signature.builder()
                        .role(PartyRole.PROCESSOR)
                        .partyId("processor")
                        .build())
                .build();
    }

    private static LocalizedText text(Lang lang, String text) {
        return LocalizedText.of(lang.tag(), text);
    }
}
