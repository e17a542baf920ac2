/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.AuditTerms;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.CostBearer;
import dev.dpa4j.model.EndOfProcessingChoice;
import dev.dpa4j.model.EndOfProcessingTerms;
import dev.dpa4j.model.Evidence;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The sections on assistance, breach notification, end of processing and audits. */
final class AssistanceSections extends Part {

    AssistanceSections(Context context) {
        super(context);
    }

    Draft assistance() {
        Draft d = draft("assistance");
        agreement.getAssistance().ifPresent(a -> {
            d.flag(a.isDataSubjectRights(), "assistance.dataSubjectRights");
            a.getForwardingDeadline()
                    .ifPresent(f -> d.clause("assistance.forwarding", p().runs("deadline", deadline(f))));
            d.flag(a.isNoDirectResponse(), "assistance.noDirectResponse");
            if (!a.getArticles().isEmpty()) {
                List<Paragraph> items = new ArrayList<>();
                a.getArticles().forEach(article -> items.add(Paragraph.text(t.label(article))));
                d.clause("assistance.articles", p(), new ListBlock(false, items));
            }
            d.flag(a.isAuthorityCooperation(), "assistance.authorityCooperation");
            d.flag(a.isAuthorityActionNotice(), "assistance.authorityActionNotice");
            d.flag(a.isInaccurateDataNotice(), "assistance.inaccurateData");
            a.getFee().ifPresent(f -> d.clause("assistance.fee", p().plain("fee", t.money(f))));
            a.getCostBearer().ifPresent(c -> costs(d, "assistance.costs.", c));
            d.additional(a.getAdditionalProvisions());
        });
        return d;
    }

    Draft breach() {
        Draft d = draft("breach");
        agreement.getBreachNotification().ifPresent(b -> {
            breachNotice(d, b);
            // printed as agreed; a threshold above "every breach" contradicts Art. 33(2) and is the validator's
            // ERROR (ART33_2_PROCESSOR_NOTIFY, riskThreshold)
            b.getRiskThreshold().ifPresent(r -> d.clause("breach.threshold." + r.name(), p()));
            if (!b.getMinimumContent().isEmpty()) {
                List<Paragraph> items = new ArrayList<>();
                b.getMinimumContent().forEach(c -> items.add(Paragraph.text(t.label(c))));
                d.clause("breach.content", p(), new ListBlock(false, items));
            }
            d.flag(b.isPhasedNotification(), "breach.phased");
            if (!b.getChannels().isEmpty()) {
                d.clause(
                        b.getChannels().size() == 1 ? "breach.channels.one" : "breach.channels",
                        p().plain("channels", t.labelsOr(b.getChannels())));
            }
            b.getContact().ifPresent(c -> d.clause("breach.contact", p().plain("contact", contact(c))));
            d.flag(b.isNoUnilateralReporting(), "breach.noUnilateral");
            d.flag(b.isNotificationNotAdmission(), "breach.notAdmission");
            b.getSubprocessorDeadline()
                    .ifPresent(s -> d.clause("breach.subprocessors", p().runs("deadline", deadline(s))));
            d.additional(b.getAdditionalProvisions());
        });
        return d;
    }

    void breachNotice(Draft d, BreachNotificationTerms b) {
        if (!b.isNotifyController() && b.getDeadline().isEmpty()) {
            return;
        }
        P p = p();
        String key = "breach.notify";
        if (b.getDeadline().isPresent()) {
            key += ".deadline";
            p.runs("deadline", deadlineWithoutUndueDelay(b.getDeadline().get()));
        }
        if (b.getTrigger().isPresent()) {
            key += ".trigger";
            p.plain("trigger", t.label(b.getTrigger().get()));
        }
        d.clause(key, p);
    }

    /**
     * How long backups that still hold the data are kept after the deletion (Art. 28(3)(g), Art. 5(1)(e)): a period as
     * the longest time, a wording as it stands.
     */
    private void backupRetention(Draft d, TimeLimit b) {
        if (isLeadTime(b)) {
            d.clause("end.backupRetention", p().runs("term", term(b)));
        } else {
            b.getWording().ifPresent(w -> d.clause("end.backupRetention.wording", p().text("text", w)));
        }
    }

    Draft endOfProcessing() {
        Draft d = draft("end");
        agreement.getEndOfProcessing().ifPresent((EndOfProcessingTerms e) -> {
            e.getChoice().ifPresent(c -> d.clause("end.choice." + c.name(), p()));
            // a bare period counts from the end of the services named in the sentence before; an agreed
            // wording carries its own starting point ("spätestens mit Ende des Vertrags")
            e.getDeadline()
                    .ifPresent(dl -> d.clause(
                            dl.getWording().isEmpty() ? "end.deadline.afterEnd" : "end.deadline",
                            p().runs("deadline", deadline(dl))));
            // "Das gilt auch für Kopien" refers back to the deletion or return and its deadline just stated (Art.
            // 28(3)(g): all the personal data, and existing copies), so it follows them directly; after the return
            // format it would extend the format, not the duty, to the copies
            d.flag(e.isCopiesIncluded(), "end.copies");
            if (e.getChoice()
                    .filter(c -> c != EndOfProcessingChoice.DELETE_ONLY)
                    .isPresent()) {
                d.clause("end.returnFormat", p());
            }
            e.getBackupHandling().ifPresent(b -> d.clause("end.backups", p().text("text", b)));
            e.getBackupRetention().ifPresent(b -> backupRetention(d, b));
            d.flag(e.isSubprocessorsIncluded(), "end.subprocessors");
            e.getRetentionException().ifPresent(r -> d.clause("end.retention." + r.name(), p()));
            d.flag(e.isDeletionConfirmation(), "end.confirmation");
            e.getEvidenceRetention().ifPresent(r -> d.clause("end.evidence", p().text("text", r)));
            endCosts(d, e);
            d.additional(e.getAdditionalProvisions());
        });
        return d;
    }

    Draft audits() {
        Draft d = draft("audits");
        agreement.getAudits().ifPresent((AuditTerms a) -> {
            d.flag(a.isInformationProvision(), "audits.information");
            if (a.isInspections()) {
                d.clause(a.isMandatedAuditor() ? "audits.inspectionsMandated" : "audits.inspections", p());
            } else if (a.isMandatedAuditor()) {
                d.clause("audits.mandatedAuditor", p());
            }
            d.flag(a.isInspectionsExcluded(), "audits.inspectionsExcluded");
            d.flag(a.isCertificatesOnly(), "audits.certificatesOnly");
            if (!a.getAcceptedEvidence().isEmpty()) {
                List<Paragraph> items = new ArrayList<>();
                a.getAcceptedEvidence().forEach(e -> items.add(Paragraph.text(evidence(e))));
                d.clause("audits.evidence", p(), new ListBlock(false, items));
            }
            d.flag(a.isEvidenceChangeNotice(), "audits.evidenceChange");
            a.getNotice()
                    .ifPresent(n -> d.clause(
                            isLeadTime(n) ? "audits.notice" : "audits.notice.reasonable",
                            isLeadTime(n) ? p().runs("term", term(n)) : p()));
            a.getFrequencyLimit()
                    .ifPresent(f -> d.clause(
                            "audits.frequency",
                            p().plain("period", t.period(f)).plain("periodDative", t.periodDative(f))));
            d.flag(a.isIncidentException(), "audits.incidentException");
            d.flag(a.isBusinessHoursOnly(), "audits.businessHours");
            a.getCostBearer().ifPresent(c -> d.clause("audits.cost." + c.name(), p()));
            a.getFee().ifPresent(f -> d.clause("audits.fee", p().plain("fee", t.money(f))));
            d.flag(a.isSupervisoryAuthorityAccess(), "audits.authority");
            d.additional(a.getAdditionalProvisions());
        });
        return d;
    }

    /**
     * One item of the evidence list. The agreement's own description says what the evidence is, so it stands for the
     * kind ("Einhaltung genehmigter Verhaltensregeln nach Art. 40 DSGVO", not "genehmigte Verhaltensregeln (Art. 40
     * DSGVO) – Einhaltung genehmigter Verhaltensregeln …"); without one the kind is printed; the scheme or body named
     * follows in parentheses ("ISO/IEC 27001 certification (ISO/IEC 27001:2022)"), unless the text already names it.
     */
    String evidence(Evidence e) {
        String label = t.label(e.getType());
        String what = e.getDescription()
                .map(t::resolve)
                .map(String::strip)
                .filter(desc -> !desc.isEmpty())
                .orElse(label);
        StringBuilder text = new StringBuilder(what);
        e.getName()
                .map(String::strip)
                .filter(n -> !n.isEmpty() && !what.contains(n))
                .ifPresent(n -> text.append(" (").append(n).append(')'));
        e.getValidUntil()
                .ifPresent(v -> text.append(' ').append(t.plain("audits.validUntil", Map.of("date", t.date(v)))));
        return text.toString();
    }

    /** Who bears the costs of deletion or return, and a fee for it (issue 11 section 4), as the agreement states. */
    private void endCosts(Draft d, EndOfProcessingTerms e) {
        e.getCostBearer().ifPresent(c -> costs(d, "end.costs.", c));
        e.getFee().ifPresent(f -> d.clause("end.fee", p().plain("fee", t.money(f))));
    }

    /** The cost clause of one cost bearer: {@code <prefix><CostBearer>}. */
    void costs(Draft d, String prefix, CostBearer bearer) {
        d.clause(prefix + bearer.name(), p());
    }
}
