/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;
import static dev.dpa4j.validate.internal.RuleSupport.join;
import static dev.dpa4j.validate.internal.RuleSupport.text;

import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.BreachNoticeContent;
import dev.dpa4j.model.BreachTrigger;
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
                .variants("missing")
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
                .variants("missing")
                .check((c, r) -> c.agreement()
                        .getAssistance()
                        .filter(a -> a.isDataSubjectRights()
                                && a.getForwardingDeadline().isEmpty())
                        .ifPresent(a -> r.add("missing", "assistance.forwardingDeadline")));
        d.rule("ART28_3_F_ASSIST_32_36", ERROR)
                .refs(gdpr("28", 3, "f"))
                .variants("missing", "partial")
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
                        r.add(WARNING, "partial", "assistance.articles", "missing", join(missing));
                    }
                });
        d.rule("ART33_2_PROCESSOR_NOTIFY", ERROR)
                .refs(gdpr("33", 2), gdpr("28", 3, "f"))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getBreachNotification()
                            .filter(b -> b.isNotifyController())
                            .isEmpty()) {
                        r.add("missing", "breachNotification.notifyController");
                    }
                });
        d.rule("ART33_2_DEADLINE", WARNING)
                .refs(gdpr("33", 2), gdpr("33", 1))
                .variants("missing", "vague", "noHours", "tooLong", "exceeds72")
                .note("The law says \"without undue delay\" (German \"unverzüglich\"); that wording is lawful but not"
                        + " measurable, so it is a warning like every vague term of the lexicon. With a period: up to"
                        + " the configured hours (48 by default) is fine, above that a warning, above 72 hours an"
                        + " error because the controller's own deadline is 72 hours (catalogue §4 item 3).")
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
                                if (hours > 72) {
                                    r.add(ERROR, "exceeds72", path, "wording", wording, "hours", String.valueOf(hours));
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
                            if (term.isPresent()) {
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
                            if (!b.isPhasedNotification()) {
                                missing.add("PHASED");
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
                                && b.getContact().isEmpty()
                                && b.getChannels().isEmpty())
                        .ifPresent(b -> r.add("missing", "breachNotification.contact")));
        d.rule("NO_UNILATERAL_REPORTING", INFO)
                .refs(gdpr("33", 1), gdpr("34"))
                .variants("missing")
                .check((c, r) -> c.agreement()
                        .getBreachNotification()
                        .filter(b -> !b.isNoUnilateralReporting())
                        .ifPresent(b -> r.add("missing", "breachNotification.noUnilateralReporting")));
        d.rule("X_BREACH_VS_72H", WARNING)
                .refs(gdpr("33", 1), gdpr("33", 2), gdpr("28", 4))
                .variants("chainTooLong", "subprocessorNotShorter")
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
                    if (processor.get() + sub.get() > 72) {
                        r.add("chainTooLong", path, "hours", String.valueOf(processor.get() + sub.get()));
                    } else if (sub.get() >= processor.get()) {
                        r.add(
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
