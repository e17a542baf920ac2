/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;
import static dev.dpa4j.validate.internal.RuleSupport.dataCategories;
import static dev.dpa4j.validate.internal.RuleSupport.join;
import static dev.dpa4j.validate.internal.RuleSupport.subprocessingAllowed;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.ObjectionConsequence;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TimeLimit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules on sub-processors (catalogue §1.F). */
final class SubprocessorRules {

    private SubprocessorRules() {}

    // ---- §1.F sub-processors -------------------------------------------------------------------------------

    static void define(SimpleRule.Definitions d) {
        d.rule("ART28_2_AUTH_TYPE", ERROR)
                .refs(gdpr("28", 2), gdpr("28", 3, "d"))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getSubprocessing()
                            .flatMap(SubprocessingTerms::getAuthorisation)
                            .isEmpty()) {
                        r.add("missing", "subprocessing.authorisation");
                    }
                });
        d.rule("ART28_2_WRITTEN_AUTH", ERROR)
                .refs(gdpr("28", 2))
                .variants("missing")
                .note("For a specific authorisation each sub-processor needs prior written approval. A general"
                        + " authorisation given in the agreement itself is prior and written by nature, so it is"
                        + " not flagged here (the form of the agreement is ART28_9_WRITTEN_FORM).")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) == AuthorisationType.SPECIFIC)
                        .filter(s -> !s.isPriorWrittenAuthorisation())
                        .ifPresent(s -> r.add("missing", "subprocessing.priorWrittenAuthorisation")));
        d.rule("ART28_4_FLOW_DOWN", ERROR)
                .refs(gdpr("28", 4))
                .variants("missing")
                .check((c, r) -> {
                    if (subprocessingAllowed(c.agreement())
                            && !c.agreement().getSubprocessing().get().isFlowDown()) {
                        r.add("missing", "subprocessing.flowDown");
                    }
                });
        d.rule("ART28_4_LIABILITY", WARNING)
                .refs(gdpr("28", 4))
                .variants("missing")
                .check((c, r) -> {
                    if (subprocessingAllowed(c.agreement())
                            && !c.agreement().getSubprocessing().get().isFullLiability()) {
                        r.add("missing", "subprocessing.fullLiability");
                    }
                });
        d.rule("SUBPROC_LIST_PRESENT", ERROR)
                .refs(gdpr("28", 2))
                .variants("specificWithoutList", "generalWithoutList")
                .check((c, r) -> c.agreement().getSubprocessing().ifPresent(s -> {
                    AuthorisationType type = s.getAuthorisation().orElse(null);
                    if (type == AuthorisationType.SPECIFIC
                            && s.getSubprocessors().isEmpty()) {
                        r.add("specificWithoutList", "subprocessing.subprocessors");
                    } else if (type == AuthorisationType.GENERAL
                            && s.getSubprocessors().isEmpty()
                            && s.getListUrl().isEmpty()) {
                        r.add(WARNING, "generalWithoutList", "subprocessing.subprocessors");
                    }
                }));
        d.rule("SUBPROC_IDENTITY", WARNING)
                .refs(gdpr("28", 2), gdpr("28", 4))
                .variants("incomplete")
                .note("Checks address or country, the service performed and the processing locations (the country"
                        + " of establishment counts as a location). Contact details and data categories are not"
                        + " required here, since most published lists omit them.")
                .check((c, r) -> Subprocessors.each(c.agreement(), (path, sp) -> {
                    List<String> missing = new ArrayList<>();
                    if (sp.getAddress().isEmpty() && sp.getCountry().isEmpty()) {
                        missing.add("ADDRESS");
                    }
                    if (!Text.presentText(sp.getService())) {
                        missing.add("SERVICE");
                    }
                    if (sp.getLocations().isEmpty() && sp.getCountry().isEmpty()) {
                        missing.add("LOCATIONS");
                    }
                    if (!missing.isEmpty()) {
                        r.add("incomplete", path, "name", Subprocessors.label(sp), "missing", join(missing));
                    }
                }));
        d.rule("SUBPROC_SCOPE_SUBSET", WARNING)
                .refs(gdpr("28", 4), gdpr("28", 3, "a"))
                .variants("unknownCategory")
                .check((c, r) -> {
                    Set<String> ids = dataCategories(c.agreement()).stream()
                            .flatMap(dc -> dc.getId().stream())
                            .collect(Collectors.toCollection(HashSet::new));
                    Subprocessors.each(c.agreement(), (path, sp) -> {
                        for (int i = 0; i < sp.getDataCategories().size(); i++) {
                            String id = sp.getDataCategories().get(i);
                            if (!ids.contains(id)) {
                                r.add(
                                        "unknownCategory",
                                        path + ".dataCategories[" + i + "]",
                                        "name",
                                        Subprocessors.label(sp),
                                        "category",
                                        id);
                            }
                        }
                    });
                });
        d.rule("SUBPROC_COPY_BENEFICIARY", INFO)
                .refs(gdpr("28", 4))
                .variants("missing")
                .check((c, r) -> {
                    if (subprocessingAllowed(c.agreement())) {
                        SubprocessingTerms s = c.agreement().getSubprocessing().get();
                        if (!s.isContractCopyOnRequest() || !s.isThirdPartyBeneficiary()) {
                            r.add("missing", "subprocessing");
                        }
                    }
                });
        d.rule("SUBPROC_CHAIN", INFO).refs(gdpr("28", 4)).variants("missing").check((c, r) -> {
            if (subprocessingAllowed(c.agreement())
                    && !c.agreement().getSubprocessing().get().isChainCovered()) {
                r.add("missing", "subprocessing.chainCovered");
            }
        });
        d.rule("X_GENERAL_AUTH_BUNDLE", ERROR)
                .refs(gdpr("28", 2), gdpr("28", 3, "d"))
                .variants("missing", "weak", "noticeTooShort", "objectionTooShort", "oneWayExit")
                .note("Notice duty and objection right are errors when missing. A concrete notice and objection"
                        + " period (at least the configured minimum days, 14 by default), an active channel (not only"
                        + " a web page) and a stated consequence of an objection are warnings. Whether an objection"
                        + " must block the engagement or may only give a termination right is contested (catalogue"
                        + " §4 item 5): blocking, a termination right of the controller and good-faith negotiation"
                        + " are accepted; a consequence by which only the processor may restrict or terminate turns"
                        + " the objection into a one-way exit and is a warning.")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) == AuthorisationType.GENERAL)
                        .ifPresent(s -> {
                            List<String> missing = new ArrayList<>();
                            if (!s.isChangeNotification()) {
                                missing.add("NOTICE_DUTY");
                            }
                            if (!s.isObjectionRight()) {
                                missing.add("OBJECTION_RIGHT");
                            }
                            if (!missing.isEmpty()) {
                                r.add("missing", "subprocessing", "missing", join(missing));
                            }
                            List<String> weak = new ArrayList<>();
                            int minNotice = c.thresholds().minimumNoticeDays();
                            int minObjection = c.thresholds().minimumObjectionDays();
                            if (s.isChangeNotification()) {
                                checkPeriod(
                                        r,
                                        s.getNoticePeriod(),
                                        minNotice,
                                        "noticeTooShort",
                                        "subprocessing.noticePeriod",
                                        weak,
                                        "NOTICE_PERIOD");
                                Set<CommunicationChannel> channels = s.getNoticeChannels();
                                if (channels.isEmpty()
                                        || EnumSet.of(CommunicationChannel.WEBSITE)
                                                .containsAll(channels)) {
                                    weak.add("ACTIVE_CHANNEL");
                                }
                            }
                            if (s.isObjectionRight()) {
                                checkPeriod(
                                        r,
                                        s.getObjectionPeriod(),
                                        minObjection,
                                        "objectionTooShort",
                                        "subprocessing.objectionPeriod",
                                        weak,
                                        "OBJECTION_PERIOD");
                                if (s.getObjectionConsequence().isEmpty()) {
                                    weak.add("OBJECTION_CONSEQUENCE");
                                } else if (s.getObjectionConsequence().get()
                                        == ObjectionConsequence.RESTRICTION_OR_TERMINATION) {
                                    r.add(WARNING, "oneWayExit", "subprocessing.objectionConsequence");
                                }
                            }
                            if (!weak.isEmpty()) {
                                r.add(WARNING, "weak", "subprocessing", "missing", join(weak));
                            }
                        }));
        d.rule("X_SPECIFIC_AUTH", WARNING)
                .refs(gdpr("28", 2))
                .variants("noLeadTime")
                .note("The model holds one list of sub-processors, which under a specific authorisation is the"
                        + " authorisation itself; a sub-processor \"in use but not on the list\" cannot be"
                        + " expressed, so only the missing request lead time is checked.")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) == AuthorisationType.SPECIFIC)
                        .filter(s -> s.getNoticePeriod().isEmpty())
                        .ifPresent(s -> r.add("noLeadTime", "subprocessing.noticePeriod")));
        d.rule("X_PROHIBITED_BUT_USED", ERROR)
                .refs(gdpr("28", 2))
                .variants("contradiction")
                .check((c, r) -> c.agreement()
                        .getSubprocessing()
                        .filter(s -> s.getAuthorisation().orElse(null) == AuthorisationType.PROHIBITED)
                        .filter(s -> !s.getSubprocessors().isEmpty())
                        .ifPresent(s -> r.add(
                                "contradiction",
                                "subprocessing.subprocessors",
                                "count",
                                String.valueOf(s.getSubprocessors().size()))));
    }

    private static void checkPeriod(
            SimpleRule.Reporter r,
            Optional<TimeLimit> limit,
            int minimumDays,
            String variant,
            String path,
            List<String> weak,
            String term) {
        if (limit.isEmpty() || limit.get().getPeriod().isEmpty()) {
            weak.add(term);
        } else if (Text.minDays(limit.get().getPeriod().get()) < minimumDays) {
            r.add(
                    WARNING,
                    variant,
                    path,
                    "period",
                    Text.period(limit.get().getPeriod().get()),
                    "minimum",
                    String.valueOf(minimumDays));
        }
    }
}
