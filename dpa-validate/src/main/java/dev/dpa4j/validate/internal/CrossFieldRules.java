/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;
import static dev.dpa4j.validate.internal.RuleSupport.characteristics;
import static dev.dpa4j.validate.internal.RuleSupport.hasSpecialData;
import static dev.dpa4j.validate.internal.RuleSupport.isPlaceholderParty;
import static dev.dpa4j.validate.internal.RuleSupport.join;
import static dev.dpa4j.validate.internal.RuleSupport.name;
import static dev.dpa4j.validate.internal.RuleSupport.processing;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.AssistanceTerms;
import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.AuditTerms;
import dev.dpa4j.model.AuthorisedPersons;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.DurationType;
import dev.dpa4j.model.EndOfProcessingTerms;
import dev.dpa4j.model.InstructionTerms;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.ProcessingCharacteristic;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The cross-field rules without transfers (catalogue §2). */
final class CrossFieldRules {

    private CrossFieldRules() {}

    private static boolean named(AuthorisedPersons persons) {
        return !persons.getPersons().isEmpty() || Text.presentText(persons.getDescription());
    }

    // ---- §2 cross-field rules without transfers ------------------------------------------------------------

    static void define(SimpleRule.Definitions d) {
        d.rule("X_SPECIAL_ENCRYPT", WARNING)
                .refs(gdpr("9", 1), gdpr("32", 1))
                .variants("missing")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (!hasSpecialData(a)) {
                        return;
                    }
                    List<String> missing = new ArrayList<>();
                    for (Tom.Capability cap :
                            List.of(Tom.Capability.ENCRYPTION, Tom.Capability.ACCESS_CONTROL, Tom.Capability.LOGGING)) {
                        if (!RunMemo.of(c).covers(cap)) {
                            missing.add(cap.name());
                        }
                    }
                    if (!missing.isEmpty()) {
                        r.add("missing", "security.measures", "missing", join(missing));
                    }
                });
        d.rule("X_SPECIAL_SAFEGUARDS_TEXT", WARNING)
                .refs(gdpr("9", 1), gdpr("10"))
                .variants("missing", "notRecognised")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (hasSpecialData(a)
                            && a.getProcessing()
                                    .get()
                                    .getSensitiveDataSafeguards()
                                    .isEmpty()
                            && Tom.measures(a).stream()
                                    .noneMatch(
                                            m -> m.getSpecialCategorySafeguard().orElse(false))) {
                        r.add(
                                a.getStatus() == AgreementStatus.IMPORTED ? "notRecognised" : "missing",
                                "processing.sensitiveDataSafeguards");
                    }
                });
        d.rule("X_DPIA_LIKELY", INFO)
                .refs(gdpr("35", 3), gdpr("28", 3, "f"))
                .variants("likely")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Set<ProcessingCharacteristic> ch = characteristics(a);
                    boolean risky = ch.contains(ProcessingCharacteristic.LARGE_SCALE)
                            || ch.contains(ProcessingCharacteristic.SYSTEMATIC_MONITORING)
                            || ch.contains(ProcessingCharacteristic.PROFILING);
                    boolean assisted = a.getAssistance()
                            .filter(x -> x.getArticles().contains(AssistedArticle.ART_35))
                            .isPresent();
                    if (hasSpecialData(a) && risky && !assisted) {
                        r.add("likely", "assistance.articles");
                    }
                });
        d.rule("X_END_VS_DURATION", WARNING)
                .refs(gdpr("28", 3), gdpr("28", 3, "g"))
                .variants("noDeadline", "noTermination")
                .check((c, r) -> processing(c)
                        .flatMap(ProcessingDescription::getDuration)
                        .ifPresent(du -> {
                            DataProcessingAgreement a = c.agreement();
                            if ((du.getType() == DurationType.FIXED_TERM || du.getType() == DurationType.ONE_OFF)
                                    && a.getEndOfProcessing()
                                            .flatMap(e -> e.getDeadline())
                                            .isEmpty()) {
                                r.add(
                                        "noDeadline",
                                        "endOfProcessing.deadline",
                                        "type",
                                        du.getType().name());
                            } else if (du.getType() == DurationType.INDEFINITE_WITH_NOTICE
                                    && a.getTermination().isEmpty()
                                    && du.getNoticePeriod().isEmpty()) {
                                r.add("noTermination", "termination");
                            }
                        }));
        d.rule("X_INSTR_CHANNEL", WARNING)
                .refs(gdpr("28", 3, "a"))
                .variants("unnamed", "noChangeProcedure")
                .check((c, r) -> c.agreement().getInstructions().ifPresent(i -> {
                    boolean textChannel = i.getForms().stream()
                            .anyMatch(f -> f == CommunicationChannel.EMAIL
                                    || f == CommunicationChannel.PORTAL
                                    || f == CommunicationChannel.TICKET
                                    || f == CommunicationChannel.TEXT_FORM);
                    if (!textChannel) {
                        return;
                    }
                    boolean issuers =
                            i.getIssuers().filter(CrossFieldRules::named).isPresent();
                    boolean recipients =
                            i.getRecipients().filter(CrossFieldRules::named).isPresent();
                    if (!issuers || !recipients) {
                        r.add("unnamed", !issuers ? "instructions.issuers" : "instructions.recipients");
                    } else if (!i.isChangeOfAuthorisedPersonsNotified()) {
                        r.add("noChangeProcedure", "instructions.changeOfAuthorisedPersonsNotified");
                    }
                }));
        d.rule("X_DPO_REQUIRED", WARNING)
                .refs(gdpr("37", 1), gdpr("37", 7))
                .variants("missing")
                .note("Expected for public bodies (Art. 37(1)(a)) and, for every party, where the processing is"
                        + " large-scale and involves special or criminal-offence data or systematic monitoring."
                        + " The German head-count test of § 38(1) BDSG cannot be judged from the agreement.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Set<ProcessingCharacteristic> ch = characteristics(a);
                    boolean largeScale = ch.contains(ProcessingCharacteristic.LARGE_SCALE)
                            && (hasSpecialData(a) || ch.contains(ProcessingCharacteristic.SYSTEMATIC_MONITORING));
                    for (int i = 0; i < a.getControllers().size(); i++) {
                        Party p = a.getControllers().get(i);
                        boolean required =
                                largeScale || p.getAttributes().contains(dev.dpa4j.model.PartyAttribute.PUBLIC_BODY);
                        if (required && p.getDataProtectionOfficer().isEmpty() && !isPlaceholderParty(p)) {
                            r.add("missing", "controllers[" + i + "].dataProtectionOfficer", "party", name(p, i));
                        }
                    }
                    a.getProcessor().ifPresent(p -> {
                        boolean required =
                                largeScale || p.getAttributes().contains(dev.dpa4j.model.PartyAttribute.PUBLIC_BODY);
                        if (required && p.getDataProtectionOfficer().isEmpty()) {
                            r.add("missing", "processor.dataProtectionOfficer", "party", name(p, 0));
                        }
                    });
                });
        d.rule("X_ART27_REP", WARNING)
                .refs(gdpr("27", 1), gdpr("3", 2))
                .variants("missing")
                .check((c, r) -> c.agreement()
                        .getProcessor()
                        .filter(p -> p.getAttributes().contains(dev.dpa4j.model.PartyAttribute.ESTABLISHED_OUTSIDE_EU))
                        .filter(p -> p.getEuRepresentative().isEmpty())
                        .ifPresent(p -> r.add("missing", "processor.euRepresentative", "party", name(p, 0))));
        d.rule("X_TOM_RISK_FIT", WARNING)
                .refs(gdpr("32", 1), gdpr("24", 1))
                .variants("missing")
                .note("High risk means special or criminal-offence data, large scale, or vulnerable data subjects"
                        + " (characteristic or flagged category). Each of encryption, access logging, strong"
                        + " authentication, restore and an incident process must then appear among the measures.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Set<ProcessingCharacteristic> ch = characteristics(a);
                    boolean vulnerable = ch.contains(ProcessingCharacteristic.VULNERABLE_DATA_SUBJECTS)
                            || a.getProcessing()
                                    .map(p -> p.getDataSubjects().stream().anyMatch(DataSubjectCategory::isVulnerable))
                                    .orElse(false);
                    boolean high = hasSpecialData(a) || ch.contains(ProcessingCharacteristic.LARGE_SCALE) || vulnerable;
                    List<TechnicalOrganisationalMeasure> m = RunMemo.of(c).measures();
                    if (!high || m.isEmpty()) {
                        return;
                    }
                    List<String> missing = new ArrayList<>();
                    for (Tom.Capability cap : List.of(
                            Tom.Capability.ENCRYPTION,
                            Tom.Capability.LOGGING,
                            Tom.Capability.STRONG_AUTHENTICATION,
                            Tom.Capability.RESTORE,
                            Tom.Capability.INCIDENT_PROCESS)) {
                        if (!RunMemo.of(c).covers(cap)) {
                            missing.add(cap.name());
                        }
                    }
                    if (!missing.isEmpty()) {
                        r.add("missing", "security.measures", "missing", join(missing));
                    }
                });
        d.rule("X_PERIOD_CONFLICT", WARNING)
                .refs(gdpr("28", 3))
                .variants("conflict", "breachBeyondLimit")
                .note("An agreement that states two periods for one obligation (for example 5 days in one clause and 15"
                        + " in another) without a condition or source that separates them leaves open which binds; a"
                        + " reviewer assumes the one less favourable to the controller may be held against it. A"
                        + " warning; an error where one of the conflicting periods for notifying a breach exceeds the"
                        + " controller's own deadline under Art. 33(1) (from the dated legal data), since the binding"
                        + " one may then leave the controller no time.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Map<String, Optional<TimeLimit>> limits = new LinkedHashMap<>();
                    limits.put(
                            "instructions.infringementNoticeTime",
                            a.getInstructions().flatMap(InstructionTerms::getInfringementNoticeTime));
                    limits.put(
                            "subprocessing.noticePeriod",
                            a.getSubprocessing().flatMap(SubprocessingTerms::getNoticePeriod));
                    limits.put(
                            "subprocessing.objectionPeriod",
                            a.getSubprocessing().flatMap(SubprocessingTerms::getObjectionPeriod));
                    limits.put(
                            "assistance.forwardingDeadline",
                            a.getAssistance().flatMap(AssistanceTerms::getForwardingDeadline));
                    limits.put(
                            "breachNotification.deadline",
                            a.getBreachNotification().flatMap(BreachNotificationTerms::getDeadline));
                    limits.put(
                            "breachNotification.subprocessorDeadline",
                            a.getBreachNotification().flatMap(BreachNotificationTerms::getSubprocessorDeadline));
                    limits.put(
                            "endOfProcessing.deadline",
                            a.getEndOfProcessing().flatMap(EndOfProcessingTerms::getDeadline));
                    limits.put("audits.notice", a.getAudits().flatMap(AuditTerms::getNotice));
                    long breachLimit = LegalData.value(LegalData.CONTROLLER_BREACH_HOURS, c.asOf());
                    limits.forEach((path, limit) -> limit.ifPresent(l -> {
                        List<TimeLimit> open = new ArrayList<>();
                        if (l.getCondition().isEmpty()) {
                            open.add(l);
                        }
                        for (TimeLimit alt : l.getAlternatives()) {
                            if (alt.getCondition().isEmpty()) {
                                open.add(alt);
                            }
                        }
                        Set<String> wordings = new LinkedHashSet<>();
                        long longest = 0;
                        for (TimeLimit t : open) {
                            wordings.add(t.getPeriod().map(Text::period).orElseGet(() -> Text.wording(t)));
                            longest = Math.max(
                                    longest, t.getPeriod().map(Text::maxHours).orElse(0L));
                        }
                        if (wordings.size() < 2) {
                            return;
                        }
                        String listed = String.join(" / ", wordings);
                        if (path.startsWith("breachNotification.") && longest > breachLimit) {
                            r.add(
                                    ERROR,
                                    "breachBeyondLimit",
                                    path + ".alternatives",
                                    "periods",
                                    listed,
                                    "limit",
                                    String.valueOf(breachLimit));
                        } else {
                            r.add("conflict", path + ".alternatives", "periods", listed);
                        }
                    }));
                });
    }
}
