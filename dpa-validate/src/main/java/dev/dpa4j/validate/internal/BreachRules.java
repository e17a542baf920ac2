/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;
import static dev.dpa4j.validate.internal.RuleSupport.join;
import static dev.dpa4j.validate.internal.RuleSupport.promptness;
import static dev.dpa4j.validate.internal.RuleSupport.text;

import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.BreachNoticeContent;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.BreachRiskThreshold;
import dev.dpa4j.model.BreachTrigger;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TimeLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules on assistance and personal data breaches (catalogue §1.G to §1.I). */
final class BreachRules {

    private BreachRules() {}

    // ---- §1.G-I assistance and breaches --------------------------------------------------------------------

    static void define(SimpleRule.Definitions d) {
        d.rule("ART28_3_E_DSR_ASSIST", ERROR)
                .refs(gdpr("28", 3, "e"))
                .variants("missing", "notRecognised", "weaker")
                .check((c, r) -> {
                    if (c.agreement()
                            .getAssistance()
                            .filter(a -> a.isDataSubjectRights())
                            .isEmpty()) {
                        r.add("missing", "assistance.dataSubjectRights");
                    }
                });
        d.rule("DSR_FORWARDING", WARNING)
                .refs(gdpr("28", 3, "e"), gdpr("12", 3))
                .variants("missing", "late", "vague")
                .note("The controller has one month to answer a data subject (Art. 12(3)); a request that reaches"
                        + " the processor must be forwarded promptly. A forwarding period that may exceed five days (120 hours; business"
                        + " days count with the weekends they span), or"
                        + " wording weaker than \"without undue delay\" (\"zeitnah\", \"in due time\"), is a warning.")
                .check((c, r) -> c.agreement()
                        .getAssistance()
                        .filter(a -> a.isDataSubjectRights())
                        .ifPresent(a -> {
                            if (a.getForwardingDeadline().isEmpty()) {
                                r.add("missing", "assistance.forwardingDeadline");
                            } else {
                                promptness(
                                        r,
                                        WARNING,
                                        a.getForwardingDeadline().get(),
                                        120,
                                        "assistance.forwardingDeadline");
                            }
                        }));
        d.rule("ART28_3_F_ASSIST_32_36", ERROR)
                .refs(gdpr("28", 3, "f"))
                .variants("missing", "partial", "notRecognised", "weaker")
                .note("Art. 28(3)(f) names each of Arts. 32 to 36; assistance that leaves out any of them is"
                        + " mandatory content missing, so a partial list is an error like an empty one.")
                .check((c, r) -> {
                    Set<AssistedArticle> articles = c.agreement()
                            .getAssistance()
                            .map(a -> (Set<AssistedArticle>) a.getArticles())
                            .orElse(Set.of());
                    if (articles.isEmpty()) {
                        r.add("missing", "assistance.articles");
                        return;
                    }
                    List<String> missing = new ArrayList<>();
                    for (AssistedArticle article : AssistedArticle.values()) {
                        if (!articles.contains(article)) {
                            missing.add(article.name());
                        }
                    }
                    if (!missing.isEmpty()) {
                        r.add("partial", "assistance.articles", "missing", join(missing));
                    }
                });
        d.rule("ART33_2_PROCESSOR_NOTIFY", ERROR)
                .refs(gdpr("33", 2), gdpr("28", 3, "f"))
                .variants("missing", "publicationOnly", "riskThreshold", "notRecognised", "weaker")
                .note("Art. 33(2) requires a notification to the controller; a publication (a status or web page)"
                        + " as the only channel is no notification, so it is an error like a missing duty. Art. 33(2)"
                        + " also covers every breach: weighing the risk is the controller's task under Art. 33(1) and"
                        + " 34(1), so a duty limited to breaches likely to result in a (high) risk is an error too.")
                .check((c, r) -> {
                    Optional<BreachNotificationTerms> b =
                            c.agreement().getBreachNotification().filter(x -> x.isNotifyController());
                    if (b.isEmpty()) {
                        r.add("missing", "breachNotification.notifyController");
                    } else if (!b.get().getChannels().isEmpty()
                            && b.get().getChannels().stream().allMatch(ch -> ch == CommunicationChannel.WEBSITE)) {
                        r.add("publicationOnly", "breachNotification.channels");
                    }
                    b.flatMap(BreachNotificationTerms::getRiskThreshold)
                            .filter(t -> t != BreachRiskThreshold.ALL_BREACHES)
                            .ifPresent(t ->
                                    r.add("riskThreshold", "breachNotification.riskThreshold", "threshold", t.name()));
                });
        d.rule("ART33_2_DEADLINE", WARNING)
                .refs(gdpr("33", 2), gdpr("33", 1))
                .variants("missing", "vague", "statutory", "noHours", "tooLong", "exceeds72")
                .note(
                        "The law says \"without undue delay\" (German \"unverzüglich\"); that wording, and wording at least"
                                + " as strict (\"umgehend\", \"sofort\", \"immediately\", \"promptly\"), is the statutory"
                                + " standard used by the DSK, Bitkom and GDD templates, so it is information recommending a"
                                + " number of hours. Weaker vague wording (\"zeitnah\", \"in due time\") is a warning. With a"
                                + " period: up to the configured hours (48 by default) is fine, above that a warning, above the"
                                + " controller's own deadline under Art. 33(1) (72 hours, read from the dated legal data) an"
                                + " error (catalogue §4 item 3).")
                .check((c, r) -> c.agreement()
                        .getBreachNotification()
                        .filter(b -> b.isNotifyController())
                        .ifPresent(b -> {
                            String path = "breachNotification.deadline";
                            if (b.getDeadline().isEmpty()) {
                                r.add("missing", path);
                                return;
                            }
                            TimeLimit limit = b.getDeadline().get();
                            if (limit.getPeriod().isPresent()) {
                                long hours = Text.maxHours(limit.getPeriod().get());
                                String wording = Text.wording(limit);
                                long limitHours = LegalData.value(LegalData.CONTROLLER_BREACH_HOURS, c.asOf());
                                if (hours > limitHours) {
                                    r.add(
                                            ERROR,
                                            "exceeds72",
                                            path,
                                            "wording",
                                            wording,
                                            "hours",
                                            String.valueOf(hours),
                                            "limit",
                                            String.valueOf(limitHours));
                                } else if (hours > c.thresholds().breachNoticeHours()) {
                                    r.add(
                                            "tooLong",
                                            path,
                                            "wording",
                                            wording,
                                            "hours",
                                            String.valueOf(hours),
                                            "maximum",
                                            String.valueOf(c.thresholds().breachNoticeHours()));
                                }
                                return;
                            }
                            LocalizedText w = limit.getWording().get();
                            Optional<String> term = Text.vagueTime(w);
                            if (term.isPresent() && Text.isStatutoryPromptness(term.get())) {
                                r.add(INFO, "statutory", path, "wording", text(w), "term", term.get());
                            } else if (term.isPresent()) {
                                r.add("vague", path, "wording", text(w), "term", term.get());
                            } else {
                                r.add("noHours", path, "wording", text(w));
                            }
                        }));
        d.rule("ART33_2_TRIGGER", WARNING)
                .refs(gdpr("33", 2))
                .variants("late")
                .check((c, r) -> c.agreement()
                        .getBreachNotification()
                        .flatMap(b -> b.getTrigger())
                        .filter(t -> t == BreachTrigger.CONFIRMATION || t == BreachTrigger.INVESTIGATION_COMPLETE)
                        .ifPresent(t -> r.add("late", "breachNotification.trigger", "trigger", t.name())));
        d.rule("ART33_3_CONTENT", WARNING)
                .refs(gdpr("33", 3), gdpr("33", 4))
                .variants("incomplete")
                .note("Checks the items of Art. 33(3)(a) to (d) only. Art. 33(4) permits information in phases; an"
                        + " agreement that does not repeat the permission loses nothing, so it is never reported.")
                .check((c, r) -> c.agreement()
                        .getBreachNotification()
                        .filter(b -> b.isNotifyController())
                        .ifPresent(b -> {
                            List<String> missing = new ArrayList<>();
                            for (BreachNoticeContent item : List.of(
                                    BreachNoticeContent.NATURE,
                                    BreachNoticeContent.DATA_SUBJECT_CATEGORIES_AND_NUMBERS,
                                    BreachNoticeContent.RECORD_CATEGORIES_AND_NUMBERS,
                                    BreachNoticeContent.CONTACT_POINT,
                                    BreachNoticeContent.LIKELY_CONSEQUENCES,
                                    BreachNoticeContent.MEASURES)) {
                                if (!b.getMinimumContent().contains(item)) {
                                    missing.add(item.name());
                                }
                            }
                            if (!missing.isEmpty()) {
                                r.add("incomplete", "breachNotification.minimumContent", "missing", join(missing));
                            }
                        }));
        d.rule("BREACH_CONTACT", WARNING)
                .refs(gdpr("33", 3, "b"))
                .variants("missing")
                .check((c, r) -> c.agreement()
                        .getBreachNotification()
                        .filter(b -> b.isNotifyController()
                                && b.getContact().filter(RuleSupport::reachable).isEmpty()
                                && b.getChannels().isEmpty())
                        .ifPresent(b -> r.add("missing", "breachNotification.contact")));
        d.rule("NO_UNILATERAL_REPORTING", INFO)
                .refs(gdpr("33", 1), gdpr("34"))
                .variants("missing")
                .check((c, r) -> c.agreement()
                        .getBreachNotification()
                        .filter(b -> !b.isNoUnilateralReporting())
                        .ifPresent(b -> r.add("missing", "breachNotification.noUnilateralReporting")));
        d.rule("X_BREACH_VS_72H", ERROR)
                .refs(gdpr("33", 1), gdpr("33", 2), gdpr("28", 4))
                .variants("chainTooLong", "subprocessorNotShorter")
                .note("A chain of sub-processor and processor deadlines longer than the controller's own deadline"
                        + " (72 hours under Art. 33(1), from the dated legal data) contradicts it: an error. A"
                        + " sub-processor deadline not shorter than the processor's is a warning.")
                .check((c, r) -> c.agreement().getBreachNotification().ifPresent(b -> {
                    Optional<Long> processor =
                            b.getDeadline().flatMap(TimeLimit::getPeriod).map(Text::maxHours);
                    Optional<Long> sub = b.getSubprocessorDeadline()
                            .flatMap(TimeLimit::getPeriod)
                            .map(Text::maxHours);
                    if (processor.isEmpty() || sub.isEmpty()) {
                        return;
                    }
                    String path = "breachNotification.subprocessorDeadline";
                    long limit = LegalData.value(LegalData.CONTROLLER_BREACH_HOURS, c.asOf());
                    if (processor.get() + sub.get() > limit) {
                        r.add(
                                "chainTooLong",
                                path,
                                "hours",
                                String.valueOf(processor.get() + sub.get()),
                                "limit",
                                String.valueOf(limit));
                    } else if (sub.get() >= processor.get()) {
                        r.add(
                                WARNING,
                                "subprocessorNotShorter",
                                path,
                                "subprocessor",
                                String.valueOf(sub.get()),
                                "processor",
                                String.valueOf(processor.get()));
                    }
                }));
    }
}
