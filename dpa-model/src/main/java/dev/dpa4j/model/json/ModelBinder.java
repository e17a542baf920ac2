/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static dev.dpa4j.model.json.Binding.array;
import static dev.dpa4j.model.json.Binding.bool;
import static dev.dpa4j.model.json.Binding.built;
import static dev.dpa4j.model.json.Binding.date;
import static dev.dpa4j.model.json.Binding.decimal;
import static dev.dpa4j.model.json.Binding.element;
import static dev.dpa4j.model.json.Binding.failure;
import static dev.dpa4j.model.json.Binding.integer;
import static dev.dpa4j.model.json.Binding.localizedText;
import static dev.dpa4j.model.json.Binding.start;
import static dev.dpa4j.model.json.Binding.string;
import static dev.dpa4j.model.json.Binding.unknown;

import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.AmendmentForm;
import dev.dpa4j.model.Art49Derogation;
import dev.dpa4j.model.AssistanceTerms;
import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.AuditTerms;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.AuthorisedPersons;
import dev.dpa4j.model.BoundPersons;
import dev.dpa4j.model.BreachNoticeContent;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.BreachRiskThreshold;
import dev.dpa4j.model.BreachTrigger;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.ConclusionEvidence;
import dev.dpa4j.model.ConclusionMethod;
import dev.dpa4j.model.ConfidentialityTerms;
import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.ContactPurpose;
import dev.dpa4j.model.ControllerTerms;
import dev.dpa4j.model.CostBearer;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.CustomClause;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataProtectionOfficer;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.DpfCertification;
import dev.dpa4j.model.DpfFramework;
import dev.dpa4j.model.DpfStatus;
import dev.dpa4j.model.DurationType;
import dev.dpa4j.model.EndOfProcessingChoice;
import dev.dpa4j.model.EndOfProcessingTerms;
import dev.dpa4j.model.EuRepresentative;
import dev.dpa4j.model.Evidence;
import dev.dpa4j.model.EvidenceType;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.IdtaPartyStatus;
import dev.dpa4j.model.InstructionTerms;
import dev.dpa4j.model.InstrumentType;
import dev.dpa4j.model.LegalBasisScope;
import dev.dpa4j.model.LegalObligationException;
import dev.dpa4j.model.LiabilityRegime;
import dev.dpa4j.model.LiabilityTerms;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.MainContractReference;
import dev.dpa4j.model.MonetaryRate;
import dev.dpa4j.model.ObjectionConsequence;
import dev.dpa4j.model.OwnUsePermission;
import dev.dpa4j.model.OwnUseTerms;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PartyAttribute;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.Person;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.Precedence;
import dev.dpa4j.model.ProcessingCharacteristic;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingDuration;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.ProcessingOperation;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.RateUnit;
import dev.dpa4j.model.RecordsTerms;
import dev.dpa4j.model.Regime;
import dev.dpa4j.model.Region;
import dev.dpa4j.model.SccClause13Basis;
import dev.dpa4j.model.SccClause17Option;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.SccTerms;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.Signature;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.SupplementaryMeasure;
import dev.dpa4j.model.SupplementaryMeasureType;
import dev.dpa4j.model.SwissAdaptations;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TerminationTerms;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.TomChangePolicy;
import dev.dpa4j.model.TransferFrequency;
import dev.dpa4j.model.TransferImpactAssessment;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferRegime;
import dev.dpa4j.model.TransferTerms;
import dev.dpa4j.model.UkAddendumEnding;
import dev.dpa4j.model.UkJurisdiction;
import dev.dpa4j.model.UkTransferTerms;
import dev.dpa4j.model.UkTransferTool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;

/**
 * Binds the tokens of an agreement straight into the model's builders, one method per model type,
 * as Jackson's databind would but without building deserializers by reflection on first use.
 * Written by {@code BinderGenerator} (tests of dpa-model) from the builders' {@code @JsonProperty}
 * methods; do not edit by hand: {@code ModelBinderTest} fails when this file is not what the
 * generator writes for the current model.
 *
 * <p>Each method starts at the value's first token and ends at its last. The tokens have passed
 * the schema check on their way here, so a token of the wrong type only occurs in a document
 * that already has a problem; it stops the binding with a {@link Binding.Failure}. A failure of
 * the model (a builder's check) is a {@link Binding.Failure} with the path to the value.
 */
final class ModelBinder {

    private ModelBinder() {}

    static DataProcessingAgreement dataProcessingAgreement(JsonParser p) {
        start(p);
        DataProcessingAgreement.Builder b = DataProcessingAgreement.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "assistance":
                        b.assistance(Optional.of(assistanceTerms(p)));
                        break;
                    case "audits":
                        b.audits(Optional.of(auditTerms(p)));
                        break;
                    case "breachNotification":
                        b.breachNotification(Optional.of(breachNotificationTerms(p)));
                        break;
                    case "conclusion":
                        b.conclusion(Optional.of(conclusionEvidence(p)));
                        break;
                    case "confidentiality":
                        b.confidentiality(Optional.of(confidentialityTerms(p)));
                        break;
                    case "controllerTerms":
                        b.controllerTerms(Optional.of(controllerTerms(p)));
                        break;
                    case "controllers":
                        {
                            List<Party> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(party(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.controllers(values);
                        }
                        break;
                    case "customClauses":
                        {
                            List<CustomClause> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(customClause(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.customClauses(values);
                        }
                        break;
                    case "dockingClause":
                        b.dockingClause(bool(p));
                        break;
                    case "effectiveDate":
                        b.effectiveDate(Optional.of(date(p)));
                        break;
                    case "endOfProcessing":
                        b.endOfProcessing(Optional.of(endOfProcessingTerms(p)));
                        break;
                    case "finalProvisions":
                        b.finalProvisions(Optional.of(finalProvisions(p)));
                        break;
                    case "form":
                        b.form(Optional.of(AgreementForm.valueOf(string(p))));
                        break;
                    case "id":
                        b.id(string(p));
                        break;
                    case "instructions":
                        b.instructions(Optional.of(instructionTerms(p)));
                        break;
                    case "instrument":
                        b.instrument(Optional.of(InstrumentType.valueOf(string(p))));
                        break;
                    case "languages":
                        {
                            List<String> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(string(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.languages(values);
                        }
                        break;
                    case "legalActReference":
                        b.legalActReference(Optional.of(string(p)));
                        break;
                    case "liability":
                        b.liability(Optional.of(liabilityTerms(p)));
                        break;
                    case "mainContract":
                        b.mainContract(Optional.of(mainContractReference(p)));
                        break;
                    case "ownUse":
                        b.ownUse(Optional.of(ownUseTerms(p)));
                        break;
                    case "placeholders":
                        {
                            start(p);
                            Map<String, String> values = new LinkedHashMap<>();
                            String key;
                            while ((key = p.nextName()) != null) {
                                p.nextToken();
                                try {
                                    values.put(key, string(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, key);
                                }
                            }
                            b.placeholders(values);
                        }
                        break;
                    case "preamble":
                        b.preamble(Optional.of(localizedText(p)));
                        break;
                    case "processing":
                        b.processing(Optional.of(processingDescription(p)));
                        break;
                    case "processor":
                        b.processor(Optional.of(party(p)));
                        break;
                    case "records":
                        b.records(Optional.of(recordsTerms(p)));
                        break;
                    case "regime":
                        b.regime(Regime.valueOf(string(p)));
                        break;
                    case "schemaVersion":
                        b.schemaVersion(string(p));
                        break;
                    case "security":
                        b.security(Optional.of(securityTerms(p)));
                        break;
                    case "signatures":
                        {
                            List<Signature> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(signature(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.signatures(values);
                        }
                        break;
                    case "status":
                        b.status(AgreementStatus.valueOf(string(p)));
                        break;
                    case "subprocessing":
                        b.subprocessing(Optional.of(subprocessingTerms(p)));
                        break;
                    case "termination":
                        b.termination(Optional.of(terminationTerms(p)));
                        break;
                    case "title":
                        b.title(Optional.of(localizedText(p)));
                        break;
                    case "transfers":
                        b.transfers(Optional.of(transferTerms(p)));
                        break;
                    case "version":
                        b.version(Optional.of(string(p)));
                        break;
                    case "versionDate":
                        b.versionDate(Optional.of(date(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static AssistanceTerms assistanceTerms(JsonParser p) {
        start(p);
        AssistanceTerms.Builder b = AssistanceTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "articles":
                        {
                            List<AssistedArticle> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(AssistedArticle.valueOf(string(p)));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.articles(values);
                        }
                        break;
                    case "authorityActionNotice":
                        b.authorityActionNotice(bool(p));
                        break;
                    case "authorityCooperation":
                        b.authorityCooperation(bool(p));
                        break;
                    case "costBearer":
                        b.costBearer(Optional.of(CostBearer.valueOf(string(p))));
                        break;
                    case "dataSubjectRights":
                        b.dataSubjectRights(bool(p));
                        break;
                    case "fee":
                        b.fee(Optional.of(monetaryRate(p)));
                        break;
                    case "forwardingDeadline":
                        b.forwardingDeadline(Optional.of(timeLimit(p)));
                        break;
                    case "inaccurateDataNotice":
                        b.inaccurateDataNotice(bool(p));
                        break;
                    case "noDirectResponse":
                        b.noDirectResponse(bool(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static AuditTerms auditTerms(JsonParser p) {
        start(p);
        AuditTerms.Builder b = AuditTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "acceptedEvidence":
                        {
                            List<Evidence> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(evidence(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.acceptedEvidence(values);
                        }
                        break;
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "businessHoursOnly":
                        b.businessHoursOnly(bool(p));
                        break;
                    case "certificatesOnly":
                        b.certificatesOnly(bool(p));
                        break;
                    case "costBearer":
                        b.costBearer(Optional.of(CostBearer.valueOf(string(p))));
                        break;
                    case "evidenceChangeNotice":
                        b.evidenceChangeNotice(bool(p));
                        break;
                    case "fee":
                        b.fee(Optional.of(monetaryRate(p)));
                        break;
                    case "frequencyLimit":
                        b.frequencyLimit(Optional.of(timePeriod(p)));
                        break;
                    case "incidentException":
                        b.incidentException(bool(p));
                        break;
                    case "informationProvision":
                        b.informationProvision(bool(p));
                        break;
                    case "inspections":
                        b.inspections(bool(p));
                        break;
                    case "inspectionsExcluded":
                        b.inspectionsExcluded(bool(p));
                        break;
                    case "mandatedAuditor":
                        b.mandatedAuditor(bool(p));
                        break;
                    case "notice":
                        b.notice(Optional.of(timeLimit(p)));
                        break;
                    case "supervisoryAuthorityAccess":
                        b.supervisoryAuthorityAccess(bool(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static BreachNotificationTerms breachNotificationTerms(JsonParser p) {
        start(p);
        BreachNotificationTerms.Builder b = BreachNotificationTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "channels":
                        {
                            List<CommunicationChannel> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(CommunicationChannel.valueOf(string(p)));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.channels(values);
                        }
                        break;
                    case "contact":
                        b.contact(Optional.of(contactPoint(p)));
                        break;
                    case "deadline":
                        b.deadline(Optional.of(timeLimit(p)));
                        break;
                    case "minimumContent":
                        {
                            List<BreachNoticeContent> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(BreachNoticeContent.valueOf(string(p)));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.minimumContent(values);
                        }
                        break;
                    case "noUnilateralReporting":
                        b.noUnilateralReporting(bool(p));
                        break;
                    case "notificationNotAdmission":
                        b.notificationNotAdmission(bool(p));
                        break;
                    case "notifyController":
                        b.notifyController(bool(p));
                        break;
                    case "phasedNotification":
                        b.phasedNotification(bool(p));
                        break;
                    case "riskThreshold":
                        b.riskThreshold(Optional.of(BreachRiskThreshold.valueOf(string(p))));
                        break;
                    case "subprocessorDeadline":
                        b.subprocessorDeadline(Optional.of(timeLimit(p)));
                        break;
                    case "trigger":
                        b.trigger(Optional.of(BreachTrigger.valueOf(string(p))));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static ConclusionEvidence conclusionEvidence(JsonParser p) {
        start(p);
        ConclusionEvidence.Builder b = ConclusionEvidence.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "date":
                        b.date(Optional.of(date(p)));
                        break;
                    case "method":
                        b.method(Optional.of(ConclusionMethod.valueOf(string(p))));
                        break;
                    case "note":
                        b.note(Optional.of(localizedText(p)));
                        break;
                    case "reference":
                        b.reference(Optional.of(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static ConfidentialityTerms confidentialityTerms(JsonParser p) {
        start(p);
        ConfidentialityTerms.Builder b = ConfidentialityTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "beforeAccess":
                        b.beforeAccess(bool(p));
                        break;
                    case "boundPersons":
                        b.boundPersons(Optional.of(BoundPersons.valueOf(string(p))));
                        break;
                    case "instructionBound":
                        b.instructionBound(bool(p));
                        break;
                    case "mutualConfidentiality":
                        b.mutualConfidentiality(bool(p));
                        break;
                    case "needToKnow":
                        b.needToKnow(bool(p));
                        break;
                    case "personnelCommitted":
                        b.personnelCommitted(bool(p));
                        break;
                    case "professionalSecrecyUndertaking":
                        b.professionalSecrecyUndertaking(bool(p));
                        break;
                    case "survivesEngagement":
                        b.survivesEngagement(bool(p));
                        break;
                    case "trainingInterval":
                        b.trainingInterval(Optional.of(timePeriod(p)));
                        break;
                    case "trainingProvided":
                        b.trainingProvided(bool(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static ControllerTerms controllerTerms(JsonParser p) {
        start(p);
        ControllerTerms.Builder b = ControllerTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "auditRight":
                        b.auditRight(bool(p));
                        break;
                    case "dutyToReportIrregularities":
                        b.dutyToReportIrregularities(bool(p));
                        break;
                    case "instructionRight":
                        b.instructionRight(bool(p));
                        break;
                    case "rectificationAndErasureRight":
                        b.rectificationAndErasureRight(bool(p));
                        break;
                    case "responsibleForLawfulness":
                        b.responsibleForLawfulness(bool(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static Party party(JsonParser p) {
        start(p);
        Party.Builder b = Party.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "accessionDate":
                        b.accessionDate(Optional.of(date(p)));
                        break;
                    case "address":
                        b.address(Optional.of(postalAddress(p)));
                        break;
                    case "attributes":
                        {
                            List<PartyAttribute> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(PartyAttribute.valueOf(string(p)));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.attributes(values);
                        }
                        break;
                    case "certifications":
                        {
                            List<Evidence> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(evidence(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.certifications(values);
                        }
                        break;
                    case "contacts":
                        {
                            List<ContactPoint> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(contactPoint(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.contacts(values);
                        }
                        break;
                    case "dataProtectionOfficer":
                        b.dataProtectionOfficer(Optional.of(dataProtectionOfficer(p)));
                        break;
                    case "description":
                        b.description(Optional.of(localizedText(p)));
                        break;
                    case "designations":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.designations(values);
                        }
                        break;
                    case "euRepresentative":
                        b.euRepresentative(Optional.of(euRepresentative(p)));
                        break;
                    case "id":
                        b.id(Optional.of(string(p)));
                        break;
                    case "includesAffiliates":
                        b.includesAffiliates(Optional.of(bool(p)));
                        break;
                    case "legalForm":
                        b.legalForm(Optional.of(string(p)));
                        break;
                    case "name":
                        b.name(Optional.of(string(p)));
                        break;
                    case "placeholder":
                        b.placeholder(bool(p));
                        break;
                    case "registration":
                        b.registration(Optional.of(string(p)));
                        break;
                    case "representatives":
                        {
                            List<Person> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(person(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.representatives(values);
                        }
                        break;
                    case "tradeNames":
                        {
                            List<String> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(string(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.tradeNames(values);
                        }
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static CustomClause customClause(JsonParser p) {
        start(p);
        CustomClause.Builder b = CustomClause.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "citation":
                        b.citation(Optional.of(localizedText(p)));
                        break;
                    case "heading":
                        b.heading(localizedText(p));
                        break;
                    case "id":
                        b.id(Optional.of(string(p)));
                        break;
                    case "text":
                        b.text(localizedText(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static EndOfProcessingTerms endOfProcessingTerms(JsonParser p) {
        start(p);
        EndOfProcessingTerms.Builder b = EndOfProcessingTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "backupHandling":
                        b.backupHandling(Optional.of(localizedText(p)));
                        break;
                    case "backupRetention":
                        b.backupRetention(Optional.of(timeLimit(p)));
                        break;
                    case "choice":
                        b.choice(Optional.of(EndOfProcessingChoice.valueOf(string(p))));
                        break;
                    case "copiesIncluded":
                        b.copiesIncluded(bool(p));
                        break;
                    case "costBearer":
                        b.costBearer(Optional.of(CostBearer.valueOf(string(p))));
                        break;
                    case "deadline":
                        b.deadline(Optional.of(timeLimit(p)));
                        break;
                    case "deletionConfirmation":
                        b.deletionConfirmation(bool(p));
                        break;
                    case "evidenceRetention":
                        b.evidenceRetention(Optional.of(localizedText(p)));
                        break;
                    case "fee":
                        b.fee(Optional.of(monetaryRate(p)));
                        break;
                    case "retentionException":
                        b.retentionException(Optional.of(LegalBasisScope.valueOf(string(p))));
                        break;
                    case "subprocessorsIncluded":
                        b.subprocessorsIncluded(bool(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static FinalProvisions finalProvisions(JsonParser p) {
        start(p);
        FinalProvisions.Builder b = FinalProvisions.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "amendmentForm":
                        b.amendmentForm(Optional.of(AmendmentForm.valueOf(string(p))));
                        break;
                    case "deemedConsentToAmendments":
                        b.deemedConsentToAmendments(Optional.of(bool(p)));
                        break;
                    case "governingLaw":
                        b.governingLaw(Optional.of(CountryCode.of(string(p))));
                        break;
                    case "jurisdiction":
                        b.jurisdiction(Optional.of(localizedText(p)));
                        break;
                    case "precedence":
                        b.precedence(Optional.of(Precedence.valueOf(string(p))));
                        break;
                    case "prevailingLanguage":
                        b.prevailingLanguage(Optional.of(string(p)));
                        break;
                    case "severability":
                        b.severability(bool(p));
                        break;
                    case "supersedesPrevious":
                        b.supersedesPrevious(bool(p));
                        break;
                    case "unilateralAmendment":
                        b.unilateralAmendment(bool(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static InstructionTerms instructionTerms(JsonParser p) {
        start(p);
        InstructionTerms.Builder b = InstructionTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "changeOfAuthorisedPersonsNotified":
                        b.changeOfAuthorisedPersonsNotified(bool(p));
                        break;
                    case "costBearer":
                        b.costBearer(Optional.of(CostBearer.valueOf(string(p))));
                        break;
                    case "documentedInstructionsOnly":
                        b.documentedInstructionsOnly(bool(p));
                        break;
                    case "extraInstructionFee":
                        b.extraInstructionFee(Optional.of(monetaryRate(p)));
                        break;
                    case "forms":
                        {
                            List<CommunicationChannel> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(CommunicationChannel.valueOf(string(p)));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.forms(values);
                        }
                        break;
                    case "infringementNotice":
                        b.infringementNotice(bool(p));
                        break;
                    case "infringementNoticeTime":
                        b.infringementNoticeTime(Optional.of(timeLimit(p)));
                        break;
                    case "issuers":
                        b.issuers(Optional.of(authorisedPersons(p)));
                        break;
                    case "legalObligationException":
                        b.legalObligationException(Optional.of(legalObligationException(p)));
                        break;
                    case "oralInstructionsConfirmed":
                        b.oralInstructionsConfirmed(bool(p));
                        break;
                    case "recipients":
                        b.recipients(Optional.of(authorisedPersons(p)));
                        break;
                    case "suspensionRight":
                        b.suspensionRight(bool(p));
                        break;
                    case "transfersCovered":
                        b.transfersCovered(bool(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static LiabilityTerms liabilityTerms(JsonParser p) {
        start(p);
        LiabilityTerms.Builder b = LiabilityTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "capLimitsDataSubjectClaims":
                        b.capLimitsDataSubjectClaims(bool(p));
                        break;
                    case "description":
                        b.description(Optional.of(localizedText(p)));
                        break;
                    case "regime":
                        b.regime(Optional.of(LiabilityRegime.valueOf(string(p))));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static MainContractReference mainContractReference(JsonParser p) {
        start(p);
        MainContractReference.Builder b = MainContractReference.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "date":
                        b.date(Optional.of(date(p)));
                        break;
                    case "reference":
                        b.reference(Optional.of(string(p)));
                        break;
                    case "title":
                        b.title(Optional.of(localizedText(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static OwnUseTerms ownUseTerms(JsonParser p) {
        start(p);
        OwnUseTerms.Builder b = OwnUseTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "description":
                        b.description(Optional.of(localizedText(p)));
                        break;
                    case "permission":
                        b.permission(OwnUsePermission.valueOf(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static ProcessingDescription processingDescription(JsonParser p) {
        start(p);
        ProcessingDescription.Builder b = ProcessingDescription.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "characteristics":
                        {
                            List<ProcessingCharacteristic> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(ProcessingCharacteristic.valueOf(string(p)));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.characteristics(values);
                        }
                        break;
                    case "dataCategories":
                        {
                            List<DataCategory> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(dataCategory(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.dataCategories(values);
                        }
                        break;
                    case "dataSubjects":
                        {
                            List<DataSubjectCategory> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(dataSubjectCategory(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.dataSubjects(values);
                        }
                        break;
                    case "duration":
                        b.duration(Optional.of(processingDuration(p)));
                        break;
                    case "exclusions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.exclusions(values);
                        }
                        break;
                    case "locations":
                        {
                            List<Location> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(location(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.locations(values);
                        }
                        break;
                    case "nature":
                        {
                            List<ProcessingNature> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(processingNature(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.nature(values);
                        }
                        break;
                    case "purposes":
                        {
                            List<Purpose> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(purpose(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.purposes(values);
                        }
                        break;
                    case "retention":
                        b.retention(Optional.of(localizedText(p)));
                        break;
                    case "scope":
                        b.scope(Optional.of(localizedText(p)));
                        break;
                    case "sensitiveDataSafeguards":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.sensitiveDataSafeguards(values);
                        }
                        break;
                    case "services":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.services(values);
                        }
                        break;
                    case "subjectMatter":
                        b.subjectMatter(Optional.of(localizedText(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static RecordsTerms recordsTerms(JsonParser p) {
        start(p);
        RecordsTerms.Builder b = RecordsTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "controllerSupport":
                        b.controllerSupport(bool(p));
                        break;
                    case "processorRecords":
                        b.processorRecords(bool(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static SecurityTerms securityTerms(JsonParser p) {
        start(p);
        SecurityTerms.Builder b = SecurityTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "article32Commitment":
                        b.article32Commitment(bool(p));
                        break;
                    case "categoryObjectives":
                        {
                            start(p);
                            Map<TomCategory, LocalizedText> values = new LinkedHashMap<>();
                            String key;
                            while ((key = p.nextName()) != null) {
                                p.nextToken();
                                try {
                                    values.put(TomCategory.valueOf(key), localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, key);
                                }
                            }
                            b.categoryObjectives(values);
                        }
                        break;
                    case "changePolicy":
                        b.changePolicy(Optional.of(TomChangePolicy.valueOf(string(p))));
                        break;
                    case "currentVersionOnRequest":
                        b.currentVersionOnRequest(bool(p));
                        break;
                    case "measures":
                        {
                            List<TechnicalOrganisationalMeasure> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(technicalOrganisationalMeasure(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.measures(values);
                        }
                        break;
                    case "measuresUrl":
                        b.measuresUrl(Optional.of(string(p)));
                        break;
                    case "offPremisesProcessingSecured":
                        b.offPremisesProcessingSecured(bool(p));
                        break;
                    case "reviewInterval":
                        b.reviewInterval(Optional.of(timePeriod(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static Signature signature(JsonParser p) {
        start(p);
        Signature.Builder b = Signature.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "date":
                        b.date(Optional.of(date(p)));
                        break;
                    case "function":
                        b.function(Optional.of(localizedText(p)));
                        break;
                    case "name":
                        b.name(Optional.of(string(p)));
                        break;
                    case "partyId":
                        b.partyId(Optional.of(string(p)));
                        break;
                    case "place":
                        b.place(Optional.of(localizedText(p)));
                        break;
                    case "role":
                        b.role(PartyRole.valueOf(string(p)));
                        break;
                    case "signed":
                        b.signed(bool(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static SubprocessingTerms subprocessingTerms(JsonParser p) {
        start(p);
        SubprocessingTerms.Builder b = SubprocessingTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "auditRightsFlowDown":
                        b.auditRightsFlowDown(bool(p));
                        break;
                    case "authorisation":
                        b.authorisation(Optional.of(AuthorisationType.valueOf(string(p))));
                        break;
                    case "chainCovered":
                        b.chainCovered(bool(p));
                        break;
                    case "changeNotification":
                        b.changeNotification(bool(p));
                        break;
                    case "contractCopyOnRequest":
                        b.contractCopyOnRequest(bool(p));
                        break;
                    case "contractCopyRedaction":
                        b.contractCopyRedaction(bool(p));
                        break;
                    case "deemedApproval":
                        b.deemedApproval(Optional.of(bool(p)));
                        break;
                    case "failureNotice":
                        b.failureNotice(bool(p));
                        break;
                    case "flowDown":
                        b.flowDown(bool(p));
                        break;
                    case "fullLiability":
                        b.fullLiability(bool(p));
                        break;
                    case "impliedConsent":
                        b.impliedConsent(Optional.of(localizedText(p)));
                        break;
                    case "listExhaustive":
                        b.listExhaustive(Optional.of(bool(p)));
                        break;
                    case "listPartOfAgreement":
                        b.listPartOfAgreement(Optional.of(bool(p)));
                        break;
                    case "listUrl":
                        b.listUrl(Optional.of(string(p)));
                        break;
                    case "noticeAfterChange":
                        b.noticeAfterChange(Optional.of(bool(p)));
                        break;
                    case "noticeChannels":
                        {
                            List<CommunicationChannel> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(CommunicationChannel.valueOf(string(p)));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.noticeChannels(values);
                        }
                        break;
                    case "noticeLimitation":
                        b.noticeLimitation(Optional.of(localizedText(p)));
                        break;
                    case "noticePeriod":
                        b.noticePeriod(Optional.of(timeLimit(p)));
                        break;
                    case "objectionConsequence":
                        b.objectionConsequence(Optional.of(ObjectionConsequence.valueOf(string(p))));
                        break;
                    case "objectionPeriod":
                        b.objectionPeriod(Optional.of(timeLimit(p)));
                        break;
                    case "objectionRight":
                        b.objectionRight(bool(p));
                        break;
                    case "priorWrittenAuthorisation":
                        b.priorWrittenAuthorisation(bool(p));
                        break;
                    case "subprocessors":
                        {
                            List<Subprocessor> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(subprocessor(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.subprocessors(values);
                        }
                        break;
                    case "thirdCountryConsentRequired":
                        b.thirdCountryConsentRequired(bool(p));
                        break;
                    case "thirdPartyBeneficiary":
                        b.thirdPartyBeneficiary(bool(p));
                        break;
                    case "thirdPartyBeneficiaryDirect":
                        b.thirdPartyBeneficiaryDirect(bool(p));
                        break;
                    case "unlistedSubprocessors":
                        b.unlistedSubprocessors(Optional.of(bool(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static TerminationTerms terminationTerms(JsonParser p) {
        start(p);
        TerminationTerms.Builder b = TerminationTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "extraordinaryTerminationPreserved":
                        b.extraordinaryTerminationPreserved(bool(p));
                        break;
                    case "suspensionRight":
                        b.suspensionRight(bool(p));
                        break;
                    case "terminationForBreach":
                        b.terminationForBreach(bool(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static TransferTerms transferTerms(JsonParser p) {
        start(p);
        TransferTerms.Builder b = TransferTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "additionalProvisions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.additionalProvisions(values);
                        }
                        break;
                    case "chapterVConditions":
                        b.chapterVConditions(bool(p));
                        break;
                    case "euEeaOnly":
                        b.euEeaOnly(bool(p));
                        break;
                    case "exportRegimes":
                        {
                            List<TransferRegime> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(TransferRegime.valueOf(string(p)));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.exportRegimes(values);
                        }
                        break;
                    case "governmentAccessClause":
                        b.governmentAccessClause(bool(p));
                        break;
                    case "priorConsentRequired":
                        b.priorConsentRequired(bool(p));
                        break;
                    case "processorSwissTransfer":
                        b.processorSwissTransfer(Optional.of(transferMechanism(p)));
                        break;
                    case "processorTransfer":
                        b.processorTransfer(Optional.of(transferMechanism(p)));
                        break;
                    case "processorUkTransfer":
                        b.processorUkTransfer(Optional.of(transferMechanism(p)));
                        break;
                    case "residencyExceptions":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.residencyExceptions(values);
                        }
                        break;
                    case "scc":
                        b.scc(Optional.of(sccTerms(p)));
                        break;
                    case "swissAdaptations":
                        b.swissAdaptations(Optional.of(swissAdaptations(p)));
                        break;
                    case "uk":
                        b.uk(Optional.of(ukTransferTerms(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static MonetaryRate monetaryRate(JsonParser p) {
        start(p);
        MonetaryRate.Builder b = MonetaryRate.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "amount":
                        b.amount(decimal(p));
                        break;
                    case "currency":
                        b.currency(string(p));
                        break;
                    case "net":
                        b.net(bool(p));
                        break;
                    case "unit":
                        b.unit(RateUnit.valueOf(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static TimeLimit timeLimit(JsonParser p) {
        start(p);
        TimeLimit.Builder b = TimeLimit.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "alternatives":
                        {
                            List<TimeLimit> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(timeLimit(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.alternatives(values);
                        }
                        break;
                    case "condition":
                        b.condition(Optional.of(localizedText(p)));
                        break;
                    case "period":
                        b.period(Optional.of(timePeriod(p)));
                        break;
                    case "wording":
                        b.wording(Optional.of(localizedText(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static Evidence evidence(JsonParser p) {
        start(p);
        Evidence.Builder b = Evidence.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "description":
                        b.description(Optional.of(localizedText(p)));
                        break;
                    case "name":
                        b.name(Optional.of(string(p)));
                        break;
                    case "type":
                        b.type(EvidenceType.valueOf(string(p)));
                        break;
                    case "validUntil":
                        b.validUntil(Optional.of(date(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static TimePeriod timePeriod(JsonParser p) {
        start(p);
        TimePeriod.Builder b = TimePeriod.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "amount":
                        b.amount(integer(p));
                        break;
                    case "unit":
                        b.unit(PeriodUnit.valueOf(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static ContactPoint contactPoint(JsonParser p) {
        start(p);
        ContactPoint.Builder b = ContactPoint.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "email":
                        b.email(Optional.of(string(p)));
                        break;
                    case "function":
                        b.function(Optional.of(localizedText(p)));
                        break;
                    case "name":
                        b.name(Optional.of(localizedText(p)));
                        break;
                    case "note":
                        b.note(Optional.of(localizedText(p)));
                        break;
                    case "phone":
                        b.phone(Optional.of(string(p)));
                        break;
                    case "purposes":
                        {
                            List<ContactPurpose> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(ContactPurpose.valueOf(string(p)));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.purposes(values);
                        }
                        break;
                    case "url":
                        b.url(Optional.of(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static PostalAddress postalAddress(JsonParser p) {
        start(p);
        PostalAddress.Builder b = PostalAddress.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "country":
                        b.country(Optional.of(CountryCode.of(string(p))));
                        break;
                    case "locality":
                        b.locality(Optional.of(string(p)));
                        break;
                    case "postalCode":
                        b.postalCode(Optional.of(string(p)));
                        break;
                    case "region":
                        b.region(Optional.of(string(p)));
                        break;
                    case "streetLines":
                        {
                            List<String> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(string(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.streetLines(values);
                        }
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static DataProtectionOfficer dataProtectionOfficer(JsonParser p) {
        start(p);
        DataProtectionOfficer.Builder b = DataProtectionOfficer.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "address":
                        b.address(Optional.of(postalAddress(p)));
                        break;
                    case "email":
                        b.email(Optional.of(string(p)));
                        break;
                    case "name":
                        b.name(Optional.of(string(p)));
                        break;
                    case "organisation":
                        b.organisation(Optional.of(string(p)));
                        break;
                    case "phone":
                        b.phone(Optional.of(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static EuRepresentative euRepresentative(JsonParser p) {
        start(p);
        EuRepresentative.Builder b = EuRepresentative.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "address":
                        b.address(Optional.of(postalAddress(p)));
                        break;
                    case "email":
                        b.email(Optional.of(string(p)));
                        break;
                    case "name":
                        b.name(Optional.of(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static Person person(JsonParser p) {
        start(p);
        Person.Builder b = Person.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "email":
                        b.email(Optional.of(string(p)));
                        break;
                    case "function":
                        b.function(Optional.of(localizedText(p)));
                        break;
                    case "name":
                        b.name(Optional.of(string(p)));
                        break;
                    case "phone":
                        b.phone(Optional.of(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static AuthorisedPersons authorisedPersons(JsonParser p) {
        start(p);
        AuthorisedPersons.Builder b = AuthorisedPersons.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "description":
                        b.description(Optional.of(localizedText(p)));
                        break;
                    case "persons":
                        {
                            List<Person> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(person(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.persons(values);
                        }
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static LegalObligationException legalObligationException(JsonParser p) {
        start(p);
        LegalObligationException.Builder b = LegalObligationException.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "noticeUnlessProhibited":
                        b.noticeUnlessProhibited(bool(p));
                        break;
                    case "priorNotice":
                        b.priorNotice(bool(p));
                        break;
                    case "scope":
                        b.scope(LegalBasisScope.valueOf(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static DataCategory dataCategory(JsonParser p) {
        start(p);
        DataCategory.Builder b = DataCategory.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "code":
                        b.code(Optional.of(string(p)));
                        break;
                    case "conditional":
                        b.conditional(bool(p));
                        break;
                    case "criminalOffenceData":
                        b.criminalOffenceData(Optional.of(bool(p)));
                        break;
                    case "description":
                        b.description(Optional.of(localizedText(p)));
                        break;
                    case "id":
                        b.id(Optional.of(string(p)));
                        break;
                    case "name":
                        b.name(localizedText(p));
                        break;
                    case "ownPurposes":
                        b.ownPurposes(Optional.of(bool(p)));
                        break;
                    case "retention":
                        b.retention(Optional.of(timeLimit(p)));
                        break;
                    case "retentionAfterEnd":
                        b.retentionAfterEnd(Optional.of(timeLimit(p)));
                        break;
                    case "specialCategory":
                        b.specialCategory(Optional.of(SpecialCategory.valueOf(string(p))));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static DataSubjectCategory dataSubjectCategory(JsonParser p) {
        start(p);
        DataSubjectCategory.Builder b = DataSubjectCategory.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "code":
                        b.code(Optional.of(string(p)));
                        break;
                    case "description":
                        b.description(Optional.of(localizedText(p)));
                        break;
                    case "id":
                        b.id(Optional.of(string(p)));
                        break;
                    case "name":
                        b.name(localizedText(p));
                        break;
                    case "vulnerable":
                        b.vulnerable(bool(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static ProcessingDuration processingDuration(JsonParser p) {
        start(p);
        ProcessingDuration.Builder b = ProcessingDuration.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "continuesWhileDataHeld":
                        b.continuesWhileDataHeld(bool(p));
                        break;
                    case "description":
                        b.description(Optional.of(localizedText(p)));
                        break;
                    case "end":
                        b.end(Optional.of(date(p)));
                        break;
                    case "noticePeriod":
                        b.noticePeriod(Optional.of(timePeriod(p)));
                        break;
                    case "start":
                        b.start(Optional.of(date(p)));
                        break;
                    case "type":
                        b.type(DurationType.valueOf(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static Location location(JsonParser p) {
        start(p);
        Location.Builder b = Location.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "conditional":
                        b.conditional(bool(p));
                        break;
                    case "country":
                        b.country(Optional.of(CountryCode.of(string(p))));
                        break;
                    case "description":
                        b.description(Optional.of(localizedText(p)));
                        break;
                    case "kind":
                        b.kind(LocationKind.valueOf(string(p)));
                        break;
                    case "region":
                        b.region(Optional.of(Region.valueOf(string(p))));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static ProcessingNature processingNature(JsonParser p) {
        start(p);
        ProcessingNature.Builder b = ProcessingNature.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "description":
                        b.description(Optional.of(localizedText(p)));
                        break;
                    case "operation":
                        b.operation(Optional.of(ProcessingOperation.valueOf(string(p))));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static Purpose purpose(JsonParser p) {
        start(p);
        Purpose.Builder b = Purpose.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "code":
                        b.code(Optional.of(string(p)));
                        break;
                    case "description":
                        b.description(localizedText(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static TechnicalOrganisationalMeasure technicalOrganisationalMeasure(JsonParser p) {
        start(p);
        TechnicalOrganisationalMeasure.Builder b = TechnicalOrganisationalMeasure.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "category":
                        b.category(Optional.of(TomCategory.valueOf(string(p))));
                        break;
                    case "code":
                        b.code(Optional.of(string(p)));
                        break;
                    case "description":
                        b.description(localizedText(p));
                        break;
                    case "id":
                        b.id(Optional.of(string(p)));
                        break;
                    case "protectionGoals":
                        {
                            List<ProtectionGoal> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(ProtectionGoal.valueOf(string(p)));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.protectionGoals(values);
                        }
                        break;
                    case "responsibleParty":
                        b.responsibleParty(Optional.of(PartyRole.valueOf(string(p))));
                        break;
                    case "scope":
                        b.scope(Optional.of(localizedText(p)));
                        break;
                    case "specialCategorySafeguard":
                        b.specialCategorySafeguard(Optional.of(bool(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static Subprocessor subprocessor(JsonParser p) {
        start(p);
        Subprocessor.Builder b = Subprocessor.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "address":
                        b.address(Optional.of(postalAddress(p)));
                        break;
                    case "contact":
                        b.contact(Optional.of(contactPoint(p)));
                        break;
                    case "country":
                        b.country(Optional.of(CountryCode.of(string(p))));
                        break;
                    case "dataCategories":
                        {
                            List<String> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(string(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.dataCategories(values);
                        }
                        break;
                    case "engagementCondition":
                        b.engagementCondition(Optional.of(localizedText(p)));
                        break;
                    case "id":
                        b.id(Optional.of(string(p)));
                        break;
                    case "locations":
                        {
                            List<Location> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(location(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.locations(values);
                        }
                        break;
                    case "name":
                        b.name(string(p));
                        break;
                    case "note":
                        b.note(Optional.of(localizedText(p)));
                        break;
                    case "ownPurposes":
                        b.ownPurposes(Optional.of(bool(p)));
                        break;
                    case "parentCountry":
                        b.parentCountry(Optional.of(CountryCode.of(string(p))));
                        break;
                    case "product":
                        b.product(Optional.of(string(p)));
                        break;
                    case "service":
                        b.service(Optional.of(localizedText(p)));
                        break;
                    case "since":
                        b.since(Optional.of(date(p)));
                        break;
                    case "subprocessors":
                        {
                            List<Subprocessor> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(subprocessor(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.subprocessors(values);
                        }
                        break;
                    case "swissTransfer":
                        b.swissTransfer(Optional.of(transferMechanism(p)));
                        break;
                    case "transfer":
                        b.transfer(Optional.of(transferMechanism(p)));
                        break;
                    case "ukTransfer":
                        b.ukTransfer(Optional.of(transferMechanism(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static TransferMechanism transferMechanism(JsonParser p) {
        start(p);
        TransferMechanism.Builder b = TransferMechanism.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "adequacyScopeConfirmed":
                        b.adequacyScopeConfirmed(Optional.of(bool(p)));
                        break;
                    case "date":
                        b.date(Optional.of(date(p)));
                        break;
                    case "derogation":
                        b.derogation(Optional.of(Art49Derogation.valueOf(string(p))));
                        break;
                    case "dpf":
                        b.dpf(Optional.of(dpfCertification(p)));
                        break;
                    case "dpfCertified":
                        b.dpfCertified(Optional.of(bool(p)));
                        break;
                    case "dpfHrCovered":
                        b.dpfHrCovered(Optional.of(bool(p)));
                        break;
                    case "impactAssessment":
                        b.impactAssessment(Optional.of(transferImpactAssessment(p)));
                        break;
                    case "measures":
                        {
                            List<SupplementaryMeasure> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(supplementaryMeasure(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.measures(values);
                        }
                        break;
                    case "reference":
                        b.reference(Optional.of(string(p)));
                        break;
                    case "sccModule":
                        b.sccModule(Optional.of(SccModule.valueOf(string(p))));
                        break;
                    case "supplementaryMeasures":
                        {
                            List<LocalizedText> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(localizedText(p));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.supplementaryMeasures(values);
                        }
                        break;
                    case "transferImpactAssessment":
                        b.transferImpactAssessment(bool(p));
                        break;
                    case "type":
                        b.type(TransferMechanismType.valueOf(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static SccTerms sccTerms(JsonParser p) {
        start(p);
        SccTerms.Builder b = SccTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "clause13Basis":
                        b.clause13Basis(Optional.of(SccClause13Basis.valueOf(string(p))));
                        break;
                    case "clause17Option":
                        b.clause17Option(Optional.of(SccClause17Option.valueOf(string(p))));
                        break;
                    case "clause9Option":
                        b.clause9Option(Optional.of(AuthorisationType.valueOf(string(p))));
                        break;
                    case "clause9Period":
                        b.clause9Period(Optional.of(timePeriod(p)));
                        break;
                    case "competentAuthority":
                        b.competentAuthority(Optional.of(localizedText(p)));
                        break;
                    case "date":
                        b.date(Optional.of(date(p)));
                        break;
                    case "dockingClause":
                        b.dockingClause(Optional.of(bool(p)));
                        break;
                    case "forum":
                        b.forum(Optional.of(CountryCode.of(string(p))));
                        break;
                    case "frequency":
                        b.frequency(Optional.of(TransferFrequency.valueOf(string(p))));
                        break;
                    case "governingLaw":
                        b.governingLaw(Optional.of(CountryCode.of(string(p))));
                        break;
                    case "modules":
                        {
                            List<SccModule> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(SccModule.valueOf(string(p)));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.modules(values);
                        }
                        break;
                    case "redressBody":
                        b.redressBody(Optional.of(localizedText(p)));
                        break;
                    case "reference":
                        b.reference(Optional.of(string(p)));
                        break;
                    case "retention":
                        b.retention(Optional.of(localizedText(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static SwissAdaptations swissAdaptations(JsonParser p) {
        start(p);
        SwissAdaptations.Builder b = SwissAdaptations.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "date":
                        b.date(Optional.of(date(p)));
                        break;
                    case "fadpReferences":
                        b.fadpReferences(bool(p));
                        break;
                    case "fdpicCompetent":
                        b.fdpicCompetent(bool(p));
                        break;
                    case "forum":
                        b.forum(Optional.of(CountryCode.of(string(p))));
                        break;
                    case "governingLaw":
                        b.governingLaw(Optional.of(CountryCode.of(string(p))));
                        break;
                    case "habitualResidenceForum":
                        b.habitualResidenceForum(bool(p));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static UkTransferTerms ukTransferTerms(JsonParser p) {
        start(p);
        UkTransferTerms.Builder b = UkTransferTerms.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "date":
                        b.date(Optional.of(date(p)));
                        break;
                    case "ending":
                        b.ending(Optional.of(UkAddendumEnding.valueOf(string(p))));
                        break;
                    case "exporterStatus":
                        b.exporterStatus(Optional.of(IdtaPartyStatus.valueOf(string(p))));
                        break;
                    case "forum":
                        b.forum(Optional.of(UkJurisdiction.valueOf(string(p))));
                        break;
                    case "governingLaw":
                        b.governingLaw(Optional.of(UkJurisdiction.valueOf(string(p))));
                        break;
                    case "importerStatus":
                        b.importerStatus(Optional.of(IdtaPartyStatus.valueOf(string(p))));
                        break;
                    case "linkedAgreement":
                        b.linkedAgreement(Optional.of(string(p)));
                        break;
                    case "reference":
                        b.reference(Optional.of(string(p)));
                        break;
                    case "reviewDate":
                        b.reviewDate(Optional.of(date(p)));
                        break;
                    case "tool":
                        b.tool(UkTransferTool.valueOf(string(p)));
                        break;
                    case "version":
                        b.version(Optional.of(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static DpfCertification dpfCertification(JsonParser p) {
        start(p);
        DpfCertification.Builder b = DpfCertification.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "checkedOn":
                        b.checkedOn(Optional.of(date(p)));
                        break;
                    case "frameworks":
                        {
                            List<DpfFramework> values = new ArrayList<>();
                            array(p);
                            for (int i = 0; element(p); i++) {
                                try {
                                    values.add(DpfFramework.valueOf(string(p)));
                                } catch (RuntimeException e) {
                                    throw failure(e, i);
                                }
                            }
                            b.frameworks(values);
                        }
                        break;
                    case "hrCovered":
                        b.hrCovered(Optional.of(bool(p)));
                        break;
                    case "listingUrl":
                        b.listingUrl(Optional.of(string(p)));
                        break;
                    case "status":
                        b.status(DpfStatus.valueOf(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static TransferImpactAssessment transferImpactAssessment(JsonParser p) {
        start(p);
        TransferImpactAssessment.Builder b = TransferImpactAssessment.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "date":
                        b.date(Optional.of(date(p)));
                        break;
                    case "done":
                        b.done(bool(p));
                        break;
                    case "nextReview":
                        b.nextReview(Optional.of(date(p)));
                        break;
                    case "reference":
                        b.reference(Optional.of(string(p)));
                        break;
                    case "supplementaryMeasuresRequired":
                        b.supplementaryMeasuresRequired(Optional.of(bool(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }

    static SupplementaryMeasure supplementaryMeasure(JsonParser p) {
        start(p);
        SupplementaryMeasure.Builder b = SupplementaryMeasure.builder();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            try {
                switch (name) {
                    case "description":
                        b.description(Optional.of(localizedText(p)));
                        break;
                    case "type":
                        b.type(SupplementaryMeasureType.valueOf(string(p)));
                        break;
                    default:
                        throw unknown(name);
                }
            } catch (RuntimeException e) {
                throw failure(e, name);
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw built(e);
        }
    }
}
