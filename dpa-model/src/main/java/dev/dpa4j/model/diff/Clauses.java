/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import dev.dpa4j.model.AssistanceTerms;
import dev.dpa4j.model.AuditTerms;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.ConfidentialityTerms;
import dev.dpa4j.model.ControllerTerms;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.EndOfProcessingTerms;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.InstructionTerms;
import dev.dpa4j.model.LiabilityTerms;
import dev.dpa4j.model.OwnUseTerms;
import dev.dpa4j.model.RecordsTerms;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TerminationTerms;
import dev.dpa4j.model.TransferTerms;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The clauses the diff compares, with their typed parameters and which direction of change lowers protection. */
final class Clauses {

    /** Which change of a parameter lowers the protection of the data. */
    enum Direction {
        /** No direction: a change is editorial. */
        NEUTRAL,
        /** A flag whose loss lowers protection (an obligation of the processor, a right of the controller). */
        TRUE_PROTECTS,
        /** A flag whose gain lowers protection (an exclusion, a restriction of the controller's rights). */
        TRUE_WEAKENS,
        /** A value whose appearance lowers protection (a stated limitation of the controller's rights). */
        PRESENT_WEAKENS,
        /** A time limit the processor must meet: longer or no longer typed lowers protection. */
        LONGER_WEAKENS,
        /** A period the controller has: shorter or no longer typed lowers protection. */
        SHORTER_WEAKENS,
        /** An enumerated regime ranked from weak to strong; a lower rank lowers protection. */
        RANKED;
    }

    record Parameter<C>(String name, Function<C, Optional<?>> value, Direction direction) {}

    record Clause<C>(
            String name,
            Function<DataProcessingAgreement, Optional<C>> terms,
            Function<C, Object> rest,
            List<Parameter<C>> parameters) {}

    private Clauses() {}

    private static <C> Parameter<C> flag(String name, Function<C, Boolean> value, Direction direction) {
        return new Parameter<>(name, c -> Optional.of(value.apply(c)), direction);
    }

    private static <C> Parameter<C> value(String name, Function<C, Optional<?>> value, Direction direction) {
        return new Parameter<>(name, value, direction);
    }

    private static <C> Parameter<C> set(String name, Function<C, Object> value) {
        return new Parameter<>(name, c -> Optional.of(value.apply(c)), Direction.NEUTRAL);
    }

    static final List<Clause<?>> ALL = List.of(
            new Clause<ControllerTerms>(
                    "controllerTerms", DataProcessingAgreement::getControllerTerms, c -> c, List.of()),
            new Clause<InstructionTerms>(
                    "instructions",
                    DataProcessingAgreement::getInstructions,
                    c -> c,
                    List.of(
                            flag(
                                    "documentedInstructionsOnly",
                                    InstructionTerms::isDocumentedInstructionsOnly,
                                    Direction.TRUE_PROTECTS),
                            flag("transfersCovered", InstructionTerms::isTransfersCovered, Direction.TRUE_PROTECTS),
                            flag("infringementNotice", InstructionTerms::isInfringementNotice, Direction.TRUE_PROTECTS),
                            value(
                                    "infringementNoticeTime",
                                    InstructionTerms::getInfringementNoticeTime,
                                    Direction.LONGER_WEAKENS),
                            value("costBearer", InstructionTerms::getCostBearer, Direction.NEUTRAL))),
            new Clause<ConfidentialityTerms>(
                    "confidentiality",
                    DataProcessingAgreement::getConfidentiality,
                    c -> c,
                    List.of(
                            flag(
                                    "personnelCommitted",
                                    ConfidentialityTerms::isPersonnelCommitted,
                                    Direction.TRUE_PROTECTS),
                            value(
                                    "trainingInterval",
                                    ConfidentialityTerms::getTrainingInterval,
                                    Direction.LONGER_WEAKENS),
                            value("boundPersons", ConfidentialityTerms::getBoundPersons, Direction.RANKED))),
            new Clause<SecurityTerms>(
                    "security",
                    DataProcessingAgreement::getSecurity,
                    c -> SecurityTerms.builder().from(c).measures(List.of()).build(),
                    List.of(
                            flag("article32Commitment", SecurityTerms::isArticle32Commitment, Direction.TRUE_PROTECTS),
                            value("changePolicy", SecurityTerms::getChangePolicy, Direction.RANKED),
                            value("reviewInterval", SecurityTerms::getReviewInterval, Direction.LONGER_WEAKENS))),
            new Clause<SubprocessingTerms>(
                    "subprocessing",
                    DataProcessingAgreement::getSubprocessing,
                    c -> SubprocessingTerms.builder()
                            .from(c)
                            .subprocessors(List.of())
                            .build(),
                    List.of(
                            value("authorisation", SubprocessingTerms::getAuthorisation, Direction.RANKED),
                            flag(
                                    "priorWrittenAuthorisation",
                                    SubprocessingTerms::isPriorWrittenAuthorisation,
                                    Direction.TRUE_PROTECTS),
                            flag(
                                    "changeNotification",
                                    SubprocessingTerms::isChangeNotification,
                                    Direction.TRUE_PROTECTS),
                            value("noticePeriod", SubprocessingTerms::getNoticePeriod, Direction.SHORTER_WEAKENS),
                            set("noticeChannels", SubprocessingTerms::getNoticeChannels),
                            flag("objectionRight", SubprocessingTerms::isObjectionRight, Direction.TRUE_PROTECTS),
                            value("objectionPeriod", SubprocessingTerms::getObjectionPeriod, Direction.SHORTER_WEAKENS),
                            value(
                                    "objectionConsequence",
                                    SubprocessingTerms::getObjectionConsequence,
                                    Direction.RANKED),
                            flag("flowDown", SubprocessingTerms::isFlowDown, Direction.TRUE_PROTECTS),
                            flag(
                                    "auditRightsFlowDown",
                                    SubprocessingTerms::isAuditRightsFlowDown,
                                    Direction.TRUE_PROTECTS),
                            flag("fullLiability", SubprocessingTerms::isFullLiability, Direction.TRUE_PROTECTS),
                            flag("failureNotice", SubprocessingTerms::isFailureNotice, Direction.TRUE_PROTECTS),
                            flag(
                                    "thirdPartyBeneficiaryDirect",
                                    SubprocessingTerms::isThirdPartyBeneficiaryDirect,
                                    Direction.TRUE_PROTECTS),
                            flag(
                                    "thirdCountryConsentRequired",
                                    SubprocessingTerms::isThirdCountryConsentRequired,
                                    Direction.TRUE_PROTECTS),
                            value("listUrl", SubprocessingTerms::getListUrl, Direction.NEUTRAL),
                            value(
                                    "unlistedSubprocessors",
                                    SubprocessingTerms::getUnlistedSubprocessors,
                                    Direction.TRUE_WEAKENS),
                            value("listExhaustive", SubprocessingTerms::getListExhaustive, Direction.TRUE_PROTECTS),
                            value(
                                    "listPartOfAgreement",
                                    SubprocessingTerms::getListPartOfAgreement,
                                    Direction.TRUE_PROTECTS),
                            value("deemedApproval", SubprocessingTerms::getDeemedApproval, Direction.TRUE_WEAKENS),
                            value("impliedConsent", SubprocessingTerms::getImpliedConsent, Direction.NEUTRAL),
                            value(
                                    "noticeLimitation",
                                    SubprocessingTerms::getNoticeLimitation,
                                    Direction.PRESENT_WEAKENS),
                            value(
                                    "noticeAfterChange",
                                    SubprocessingTerms::getNoticeAfterChange,
                                    Direction.TRUE_WEAKENS))),
            new Clause<TransferTerms>(
                    "transfers",
                    DataProcessingAgreement::getTransfers,
                    c -> c,
                    List.of(
                            flag("euEeaOnly", TransferTerms::isEuEeaOnly, Direction.TRUE_PROTECTS),
                            flag(
                                    "priorConsentRequired",
                                    TransferTerms::isPriorConsentRequired,
                                    Direction.TRUE_PROTECTS),
                            value("processorTransfer", TransferTerms::getProcessorTransfer, Direction.NEUTRAL),
                            set("residencyExceptions", TransferTerms::getResidencyExceptions),
                            value("processorUkTransfer", TransferTerms::getProcessorUkTransfer, Direction.NEUTRAL),
                            value(
                                    "processorSwissTransfer",
                                    TransferTerms::getProcessorSwissTransfer,
                                    Direction.NEUTRAL),
                            set("exportRegimes", TransferTerms::getExportRegimes),
                            value("scc", TransferTerms::getScc, Direction.NEUTRAL),
                            value("uk", TransferTerms::getUk, Direction.NEUTRAL),
                            value("swissAdaptations", TransferTerms::getSwissAdaptations, Direction.NEUTRAL))),
            new Clause<AssistanceTerms>(
                    "assistance",
                    DataProcessingAgreement::getAssistance,
                    c -> c,
                    List.of(
                            flag("dataSubjectRights", AssistanceTerms::isDataSubjectRights, Direction.TRUE_PROTECTS),
                            value(
                                    "forwardingDeadline",
                                    AssistanceTerms::getForwardingDeadline,
                                    Direction.LONGER_WEAKENS),
                            value("costBearer", AssistanceTerms::getCostBearer, Direction.NEUTRAL),
                            flag(
                                    "inaccurateDataNotice",
                                    AssistanceTerms::isInaccurateDataNotice,
                                    Direction.TRUE_PROTECTS))),
            new Clause<BreachNotificationTerms>(
                    "breachNotification",
                    DataProcessingAgreement::getBreachNotification,
                    c -> c,
                    List.of(
                            flag(
                                    "notifyController",
                                    BreachNotificationTerms::isNotifyController,
                                    Direction.TRUE_PROTECTS),
                            value("deadline", BreachNotificationTerms::getDeadline, Direction.LONGER_WEAKENS),
                            value(
                                    "subprocessorDeadline",
                                    BreachNotificationTerms::getSubprocessorDeadline,
                                    Direction.LONGER_WEAKENS),
                            set("channels", BreachNotificationTerms::getChannels),
                            value("riskThreshold", BreachNotificationTerms::getRiskThreshold, Direction.RANKED),
                            value("contact", BreachNotificationTerms::getContact, Direction.NEUTRAL))),
            new Clause<EndOfProcessingTerms>(
                    "endOfProcessing",
                    DataProcessingAgreement::getEndOfProcessing,
                    c -> c,
                    List.of(
                            value("choice", EndOfProcessingTerms::getChoice, Direction.NEUTRAL),
                            value("deadline", EndOfProcessingTerms::getDeadline, Direction.LONGER_WEAKENS),
                            value(
                                    "backupRetention",
                                    EndOfProcessingTerms::getBackupRetention,
                                    Direction.LONGER_WEAKENS),
                            flag(
                                    "deletionConfirmation",
                                    EndOfProcessingTerms::isDeletionConfirmation,
                                    Direction.TRUE_PROTECTS),
                            value("costBearer", EndOfProcessingTerms::getCostBearer, Direction.NEUTRAL),
                            value("fee", EndOfProcessingTerms::getFee, Direction.NEUTRAL))),
            new Clause<AuditTerms>(
                    "audits",
                    DataProcessingAgreement::getAudits,
                    c -> c,
                    List.of(
                            flag("inspections", AuditTerms::isInspections, Direction.TRUE_PROTECTS),
                            flag("inspectionsExcluded", AuditTerms::isInspectionsExcluded, Direction.TRUE_WEAKENS),
                            flag("certificatesOnly", AuditTerms::isCertificatesOnly, Direction.TRUE_WEAKENS),
                            value("notice", AuditTerms::getNotice, Direction.LONGER_WEAKENS),
                            value("frequencyLimit", AuditTerms::getFrequencyLimit, Direction.LONGER_WEAKENS),
                            value("costBearer", AuditTerms::getCostBearer, Direction.NEUTRAL))),
            new Clause<RecordsTerms>("records", DataProcessingAgreement::getRecords, c -> c, List.of()),
            new Clause<OwnUseTerms>(
                    "ownUse",
                    DataProcessingAgreement::getOwnUse,
                    c -> c,
                    List.of(value("permission", c -> Optional.of(c.getPermission()), Direction.NEUTRAL))),
            new Clause<LiabilityTerms>("liability", DataProcessingAgreement::getLiability, c -> c, List.of()),
            new Clause<TerminationTerms>(
                    "termination",
                    DataProcessingAgreement::getTermination,
                    c -> c,
                    List.of(flag(
                            "terminationForBreach",
                            TerminationTerms::isTerminationForBreach,
                            Direction.TRUE_PROTECTS))),
            new Clause<FinalProvisions>(
                    "finalProvisions",
                    DataProcessingAgreement::getFinalProvisions,
                    c -> c,
                    List.of(
                            flag("unilateralAmendment", FinalProvisions::isUnilateralAmendment, Direction.TRUE_WEAKENS),
                            value(
                                    "deemedConsentToAmendments",
                                    FinalProvisions::getDeemedConsentToAmendments,
                                    Direction.TRUE_WEAKENS),
                            value("prevailingLanguage", FinalProvisions::getPrevailingLanguage, Direction.NEUTRAL))));
}
