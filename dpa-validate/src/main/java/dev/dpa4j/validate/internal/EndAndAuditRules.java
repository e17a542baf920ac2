/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;
import static dev.dpa4j.validate.internal.RuleSupport.name;
import static dev.dpa4j.validate.internal.RuleSupport.text;

import dev.dpa4j.model.AssistanceTerms;
import dev.dpa4j.model.CostBearer;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.EndOfProcessingChoice;
import dev.dpa4j.model.EndOfProcessingTerms;
import dev.dpa4j.model.LegalBasisScope;
import dev.dpa4j.model.LiabilityRegime;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.OwnUsePermission;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The rules on the end of processing, audits and other terms (catalogue §1.J to §1.L). */
final class EndAndAuditRules {

    /** Words by which a text on backups keeps them after the deletion (lexicon/backup-kept.txt). */
    static final List<String> BACKUP_KEPT = Lexicon.load("backup-kept");

    private EndAndAuditRules() {}

    // ---- §1.J-L end of processing, audits, other ------------------------------------------------------------

    static void define(SimpleRule.Definitions d) {
        d.rule("ART28_3_G_DELETE_RETURN", ERROR)
                .refs(gdpr("28", 3, "g"))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getEndOfProcessing()
                            .flatMap(e -> e.getChoice())
                            .isEmpty()) {
                        r.add("missing", "endOfProcessing.choice");
                    }
                });
        d.rule("ART28_3_G_CONTROLLER_CHOICE", ERROR)
                .refs(gdpr("28", 3, "g"))
                .variants("processorChoice", "noChoice", "unassigned")
                .note("Return followed by deletion is accepted; deletion only or return only is a warning; a choice"
                        + " left to the processor is an error. \"unassigned\" (a warning) is not reported by this rule's"
                        + " check but by a review of an imported agreement that states deletion or return without"
                        + " saying who chooses, where the draft cannot hold the choice.")
                .check((c, r) -> c.agreement()
                        .getEndOfProcessing()
                        .flatMap(e -> e.getChoice())
                        .ifPresent(choice -> {
                            if (choice == EndOfProcessingChoice.PROCESSOR_CHOICE) {
                                r.add("processorChoice", "endOfProcessing.choice");
                            } else if (choice == EndOfProcessingChoice.DELETE_ONLY
                                    || choice == EndOfProcessingChoice.RETURN_ONLY) {
                                r.add(WARNING, "noChoice", "endOfProcessing.choice", "choice", choice.name());
                            }
                        }));
        d.rule("ART28_3_G_COPIES", WARNING)
                .refs(gdpr("28", 3, "g"))
                .variants("missing", "backups", "subprocessors")
                .note("Art. 28(3)(g) covers every copy, including those held by sub-processors: a deletion duty that"
                        + " leaves them out is a warning.")
                .check((c, r) -> c.agreement().getEndOfProcessing().ifPresent(e -> {
                    if (!e.isCopiesIncluded()) {
                        r.add("missing", "endOfProcessing.copiesIncluded");
                    } else if (e.getBackupHandling().isEmpty()) {
                        r.add(INFO, "backups", "endOfProcessing.backupHandling");
                    }
                    if (RuleSupport.subprocessingAllowed(c.agreement()) && !e.isSubprocessorsIncluded()) {
                        r.add("subprocessors", "endOfProcessing.subprocessorsIncluded");
                    }
                }));
        d.rule("ART28_3_G_RETENTION_SCOPE", ERROR)
                .refs(gdpr("28", 3, "g"))
                .variants("ownInterest", "foreignLaw")
                .check((c, r) -> c.agreement()
                        .getEndOfProcessing()
                        .flatMap(e -> e.getRetentionException())
                        .ifPresent(scope -> {
                            String path = "endOfProcessing.retentionException";
                            if (scope == LegalBasisScope.PROCESSOR_INTEREST || scope == LegalBasisScope.UNSPECIFIED) {
                                r.add("ownInterest", path, "scope", scope.name());
                            } else if (scope != LegalBasisScope.UNION_OR_MEMBER_STATE_LAW) {
                                r.add(WARNING, "foreignLaw", path, "scope", scope.name());
                            }
                        }));
        d.rule("DELETION_DEADLINE", WARNING)
                .refs(gdpr("28", 3, "g"))
                .variants("missing", "vague", "tooLong")
                .note("Art. 28(3)(g) asks for deletion or return after the end of the services. Market practice and"
                        + " strong templates give 30 days, rarely up to 90; a deadline whose shortest reading is more"
                        + " than 90 days keeps the data for months after the end: a warning.")
                .check((c, r) -> c.agreement().getEndOfProcessing().ifPresent(e -> {
                    if (e.getDeadline().isEmpty()) {
                        r.add(INFO, "missing", "endOfProcessing.deadline");
                    } else if (e.getDeadline().get().getPeriod().isPresent()) {
                        long days =
                                Text.minDays(e.getDeadline().get().getPeriod().get());
                        if (days > 90) {
                            r.add(
                                    "tooLong",
                                    "endOfProcessing.deadline",
                                    "wording",
                                    Text.wording(e.getDeadline().get()),
                                    "days",
                                    String.valueOf(days));
                        }
                    } else {
                        LocalizedText w = e.getDeadline().get().getWording().get();
                        if (Text.vagueTime(w).isPresent()) {
                            r.add("vague", "endOfProcessing.deadline", "wording", text(w));
                        }
                    }
                }));
        d.rule("BACKUP_RETENTION", WARNING)
                .refs(gdpr("28", 3, "g"), gdpr("5", 1, "e"))
                .variants("noLimit", "noLimitInText")
                .note("Deleting the data at the end (Art. 28(3)(g)) reaches backups only when they expire. Keeping"
                        + " backups for a while after the deletion is usual and lawful when the agreement states how"
                        + " long (storage limitation, Art. 5(1)(e)). Backups kept after the deletion without a stated"
                        + " period keep the data for an open time: a warning, whether the retention is typed"
                        + " (endOfProcessing.backupRetention with a wording that names no period, such as \"until"
                        + " overwritten in the regular cycle\") or only the text on backups says they are kept, remain"
                        + " or are overwritten (lexicon/backup-kept.txt) without a number of days. A stated period is"
                        + " not judged against a threshold here; the deletion deadline itself is DELETION_DEADLINE.")
                .check((c, r) -> c.agreement().getEndOfProcessing().ifPresent(e -> {
                    if (e.getBackupRetention().isPresent()) {
                        TimeLimit b = e.getBackupRetention().get();
                        if (b.getPeriod().isEmpty()
                                && b.getWording().filter(Text::namesPeriod).isEmpty()) {
                            r.add("noLimit", "endOfProcessing.backupRetention", "wording", Text.wording(b));
                        }
                    } else {
                        e.getBackupHandling()
                                .filter(h -> Text.containsStem(Text.lower(h), BACKUP_KEPT) && !Text.namesPeriod(h))
                                .ifPresent(
                                        h -> r.add("noLimitInText", "endOfProcessing.backupHandling", "text", text(h)));
                    }
                }));
        d.rule("BACKUP_DELETION_START", INFO)
                .refs(gdpr("28", 3, "g"), gdpr("5", 1, "e"))
                .variants("noStart")
                .note("The deletion deadline runs from the end of the services; a period for backups that does not"
                        + " say from when it runs (\"Sicherungen werden nach 35 Tagen überschrieben\", \"backups are"
                        + " kept for 35 days\") beside it leaves open when the last copy is gone: 35 days after the"
                        + " backup was made, after the end, or after the deletion (Art. 28(3)(g); EDPB Guidelines"
                        + " 07/2020 on deleting or returning all copies). Read are the text on backups and the"
                        + " further provisions on the end that speak of backups, where they name a period and a"
                        + " deletion deadline exists; a text that counts from the deletion or the end (\"nach der"
                        + " Löschung\", \"after the end of the Agreement\"), gives the period to the deleted data"
                        + " (\"deleted data leaves the backups within 30 days\") or deletes backups together with the"
                        + " data is fine. The sentence on backups is read, not the clause around it, whose period may"
                        + " be the deletion's (\"within a further 35 days\" counts from it). The typed backupRetention is rendered as running after the deletion and is not"
                        + " read. Information: the period is stated, only its start is not.")
                .check((c, r) -> c.agreement().getEndOfProcessing().ifPresent(e -> {
                    if (e.getDeadline().isEmpty()) {
                        return; // nothing to compare the backups with; DELETION_DEADLINE reports it
                    }
                    e.getBackupHandling()
                            .filter(EndAndAuditRules::backupPeriodWithoutStart)
                            .ifPresent(h -> r.add("noStart", "endOfProcessing.backupHandling", "text", text(h)));
                    List<LocalizedText> further = e.getAdditionalProvisions();
                    for (int i = 0; i < further.size(); i++) {
                        LocalizedText t = further.get(i);
                        if (backupPeriodWithoutStart(t)) {
                            r.add("noStart", "endOfProcessing.additionalProvisions[" + i + "]", "text", text(t));
                        }
                    }
                }));
        d.rule("DELETION_CERTIFICATE", INFO)
                .refs(gdpr("28", 3, "g"))
                .variants("missing")
                .check((c, r) -> c.agreement()
                        .getEndOfProcessing()
                        .filter(e -> !e.isDeletionConfirmation())
                        .ifPresent(e -> r.add("missing", "endOfProcessing.deletionConfirmation")));
        d.rule("POST_TERM_DOCS", INFO)
                .refs(gdpr("5", 2), gdpr("24"))
                .variants("missing")
                .check((c, r) -> c.agreement()
                        .getEndOfProcessing()
                        .filter(e -> e.getEvidenceRetention().isEmpty())
                        .ifPresent(e -> r.add("missing", "endOfProcessing.evidenceRetention")));
        d.rule("ART28_3_H_INFORMATION", ERROR)
                .refs(gdpr("28", 3, "h"))
                .variants("missing", "notRecognised", "weaker")
                .check((c, r) -> {
                    if (c.agreement()
                            .getAudits()
                            .filter(a -> a.isInformationProvision())
                            .isEmpty()) {
                        r.add("missing", "audits.informationProvision");
                    }
                });
        d.rule("ART28_3_H_AUDITS", ERROR)
                .refs(gdpr("28", 3, "h"))
                .variants("missing", "excluded", "noMandatedAuditor", "notRecognised", "weaker")
                .note("Certificates may reduce but not abolish inspections (catalogue §4 item 4); an exclusion of"
                        + " inspections is an error.")
                .check((c, r) -> {
                    var audits = c.agreement().getAudits();
                    if (audits.isEmpty()) {
                        r.add("missing", "audits");
                    } else if (audits.get().isInspectionsExcluded()) {
                        r.add("excluded", "audits.inspectionsExcluded");
                    } else if (!audits.get().isInspections()) {
                        r.add("missing", "audits.inspections");
                    } else if (!audits.get().isMandatedAuditor()) {
                        r.add(WARNING, "noMandatedAuditor", "audits.mandatedAuditor");
                    }
                });
        d.rule("AUDIT_CERT_ONLY", WARNING)
                .refs(gdpr("28", 3, "h"), gdpr("28", 5))
                .variants("certificatesOnly")
                .check((c, r) -> c.agreement()
                        .getAudits()
                        .filter(a -> a.isCertificatesOnly())
                        .ifPresent(a -> r.add("certificatesOnly", "audits.certificatesOnly")));
        d.rule("AUDIT_MODALITIES", WARNING)
                .refs(gdpr("28", 3, "h"))
                .variants("missing", "noticeTooLong", "capWithoutException", "noticeAndCap")
                .note("A notice period above the configured maximum (30 days by default) is a warning, as is a cap on"
                        + " the number of audits without an exception after incidents. A cap combined with a notice"
                        + " period of more than 14 days makes an audit both rare and foreseeable: a warning.")
                .check((c, r) -> c.agreement().getAudits().ifPresent(a -> {
                    if (a.getFrequencyLimit().isPresent()
                            && a.getNotice()
                                    .flatMap(TimeLimit::getPeriod)
                                    .filter(p -> Text.maxDays(p) > 14)
                                    .isPresent()) {
                        r.add(
                                "noticeAndCap",
                                "audits.notice",
                                "notice",
                                Text.wording(a.getNotice().get()),
                                "period",
                                Text.period(a.getFrequencyLimit().get()));
                    }
                    int max = c.thresholds().maximumAuditNoticeDays();
                    Optional<Long> notice =
                            a.getNotice().flatMap(TimeLimit::getPeriod).map(Text::maxDays);
                    if (notice.isPresent() && notice.get() > max) {
                        r.add(
                                "noticeTooLong",
                                "audits.notice",
                                "days",
                                String.valueOf(notice.get()),
                                "maximum",
                                String.valueOf(max));
                    }
                    if (a.getFrequencyLimit().isPresent() && !a.isIncidentException()) {
                        r.add(
                                "capWithoutException",
                                "audits.frequencyLimit",
                                "period",
                                Text.period(a.getFrequencyLimit().get()));
                    }
                    if (a.getNotice().isEmpty() && a.getCostBearer().isEmpty()) {
                        r.add(INFO, "missing", "audits");
                    }
                }));
        d.rule("STATUTORY_DUTY_FEES", WARNING)
                .refs(gdpr("28", 3, "e"), gdpr("28", 3, "f"), gdpr("28", 3, "g"), gdpr("28", 3, "h"))
                .variants("auditFee", "auditCosts", "assistanceFee", "assistanceCosts", "deletionFee", "deletionCosts")
                .note("Assistance (Art. 28(3)(e), (f)) and audits (Art. 28(3)(h)) are duties of the processor by law."
                        + " The GDPR does not forbid agreeing on costs, but a fee for every audit or every act of"
                        + " assistance, or a controller who bears all audit costs, deters the controller from using"
                        + " them: a warning. Each party bearing its own costs is accepted. The model cannot tell a fee"
                        + " limited to audits beyond the statutory ones from a general fee. The same holds for deleting"
                        + " or returning the data at the end (Art. 28(3)(g)): a fee for it, or its costs on the"
                        + " controller, is a warning. A cost bearer CONTROLLER without an amount is reported as costs"
                        + " without amount; the costs of instructions beyond the agreement may be charged and are not"
                        + " reported.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    a.getAudits().ifPresent(au -> {
                        au.getFee()
                                .ifPresent(f -> r.add(
                                        "auditFee",
                                        "audits.fee",
                                        "amount",
                                        f.getAmount().toPlainString(),
                                        "currency",
                                        f.getCurrency()));
                        if (au.getCostBearer().orElse(null) == CostBearer.CONTROLLER) {
                            r.add("auditCosts", "audits.costBearer");
                        }
                    });
                    a.getAssistance()
                            .flatMap(AssistanceTerms::getFee)
                            .ifPresent(f -> r.add(
                                    "assistanceFee",
                                    "assistance.fee",
                                    "amount",
                                    f.getAmount().toPlainString(),
                                    "currency",
                                    f.getCurrency()));
                    if (a.getAssistance().flatMap(AssistanceTerms::getFee).isEmpty()
                            && a.getAssistance()
                                            .flatMap(AssistanceTerms::getCostBearer)
                                            .orElse(null)
                                    == CostBearer.CONTROLLER) {
                        r.add("assistanceCosts", "assistance.costBearer");
                    }
                    a.getEndOfProcessing().ifPresent(e -> {
                        e.getFee()
                                .ifPresent(f -> r.add(
                                        "deletionFee",
                                        "endOfProcessing.fee",
                                        "amount",
                                        f.getAmount().toPlainString(),
                                        "currency",
                                        f.getCurrency()));
                        if (e.getFee().isEmpty() && e.getCostBearer().orElse(null) == CostBearer.CONTROLLER) {
                            r.add("deletionCosts", "endOfProcessing.costBearer");
                        }
                    });
                });
        d.rule("DPO_CONTACT", WARNING)
                .refs(gdpr("37", 7), gdpr("30", 2, "a"))
                .variants("noContact")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    List<Party> parties = new ArrayList<>(a.getControllers());
                    a.getProcessor().ifPresent(parties::add);
                    for (int i = 0; i < parties.size(); i++) {
                        Party p = parties.get(i);
                        String path = i < a.getControllers().size() ? "controllers[" + i + "]" : "processor";
                        String party = name(p, i);
                        p.getDataProtectionOfficer()
                                .filter(o -> o.getEmail().isEmpty()
                                        && o.getPhone().isEmpty()
                                        && o.getAddress().isEmpty())
                                .ifPresent(o -> r.add("noContact", path + ".dataProtectionOfficer", "party", party));
                    }
                });
        d.rule("ART30_2_RECORDS", INFO).refs(gdpr("30", 2)).variants("missing").check((c, r) -> {
            if (c.agreement().getRecords().filter(x -> x.isProcessorRecords()).isEmpty()) {
                r.add("missing", "records.processorRecords");
            }
        });
        d.rule("ART28_10_OWN_USE", ERROR)
                .refs(gdpr("28", 10))
                .variants("personalData", "anonymised")
                .note("Use of anonymised or aggregated data for the processor's own purposes is disputed (catalogue"
                        + " §4 item 7) and therefore a warning; use of personal data is an error.")
                .check((c, r) -> c.agreement().getOwnUse().ifPresent(o -> {
                    if (o.getPermission() == OwnUsePermission.PERSONAL_DATA) {
                        r.add("personalData", "ownUse.permission");
                    } else if (o.getPermission() == OwnUsePermission.ANONYMISED_ONLY) {
                        r.add(WARNING, "anonymised", "ownUse.permission");
                    }
                }));
        d.rule("LIABILITY_ART82", WARNING)
                .refs(gdpr("82", 2), gdpr("82", 4))
                .variants("dataSubjectClaims", "capped")
                .note("Inter-party caps are common and disputed towards Art. 28(4) (catalogue §4 item 13), so they"
                        + " are information only; caps that purport to limit data subjects' claims are warnings.")
                .check((c, r) -> c.agreement().getLiability().ifPresent(l -> {
                    if (l.isCapLimitsDataSubjectClaims()) {
                        r.add("dataSubjectClaims", "liability.capLimitsDataSubjectClaims");
                    } else if (l.getRegime().orElse(null) == LiabilityRegime.CAPPED) {
                        r.add(INFO, "capped", "liability.regime");
                    }
                }));
        d.rule("TERMINATION_RIGHTS", INFO)
                .refs(gdpr("28", 3))
                .variants("missing")
                .check((c, r) -> {
                    boolean rights = c.agreement()
                            .getTermination()
                            .filter(t -> t.isSuspensionRight() || t.isTerminationForBreach())
                            .isPresent();
                    if (!rights) {
                        r.add("missing", "termination");
                    }
                });
        d.rule("ART28_10_OWN_PURPOSES", WARNING)
                .refs(gdpr("28", 10), gdpr("28", 3, "a"))
                .variants("subprocessor", "category")
                .note("A processor or sub-processor that processes data for its own purposes determines purposes and"
                        + " means for that part and becomes a controller of it (Art. 28(10)); the controller's"
                        + " instructions (Art. 28(3)(a)) no longer cover it and the part needs its own legal basis and"
                        + " transparency. A warning, since the agreement may lawfully record such a split of roles; the"
                        + " general permission to use data for own purposes is judged by ART28_10_OWN_USE.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Subprocessors.each(c, (path, sp) -> {
                        if (sp.getOwnPurposes().orElse(false)) {
                            r.add("subprocessor", path + ".ownPurposes", "recipient", Subprocessors.label(sp));
                        }
                    });
                    List<DataCategory> categories = RuleSupport.dataCategories(a);
                    for (int i = 0; i < categories.size(); i++) {
                        if (categories.get(i).getOwnPurposes().orElse(false)) {
                            r.add(
                                    "category",
                                    "processing.dataCategories[" + i + "].ownPurposes",
                                    "category",
                                    RuleSupport.text(categories.get(i).getName()));
                        }
                    }
                });
        d.rule("RETENTION_AFTER_END", ERROR)
                .refs(gdpr("28", 3, "g"))
                .variants("beyondDeletion")
                .note("Art. 28(3)(g) requires deletion or return of all personal data after the end of the services,"
                        + " unless Union or Member State law requires storage. A data category kept after the end for"
                        + " longer than the agreement's deletion deadline, with no such legal obligation stated"
                        + " (endOfProcessing.retentionException), contradicts the deletion clause: an error. A retention"
                        + " within the deletion deadline, or one under a stated legal obligation, is not reported.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (a.getEndOfProcessing()
                            .flatMap(EndOfProcessingTerms::getRetentionException)
                            .isPresent()) {
                        return;
                    }
                    long allowed = a.getEndOfProcessing()
                            .flatMap(EndOfProcessingTerms::getDeadline)
                            .flatMap(TimeLimit::getPeriod)
                            .map(Text::maxHours)
                            .orElse(0L);
                    List<DataCategory> categories = RuleSupport.dataCategories(a);
                    for (int i = 0; i < categories.size(); i++) {
                        DataCategory dc = categories.get(i);
                        Optional<TimeLimit> kept = dc.getRetentionAfterEnd();
                        if (kept.isEmpty()) {
                            continue;
                        }
                        Optional<TimePeriod> period = kept.get().getPeriod();
                        if (period.isEmpty() || Text.maxHours(period.get()) > allowed) {
                            r.add(
                                    "beyondDeletion",
                                    "processing.dataCategories[" + i + "].retentionAfterEnd",
                                    "category",
                                    RuleSupport.text(dc.getName()),
                                    "wording",
                                    Text.wording(kept.get()));
                        }
                    }
                });
    }

    /** Words that name backups, in lower case (BACKUP_DELETION_START). */
    private static final List<String> BACKUP_WORDS = List.of("sicherung", "backup", "back-up");

    /** Words by which a period for backups counts from the deletion or the end, or ties them to it, in lower case. */
    private static final List<String> BACKUP_START_WORDS = List.of(
            "nach der löschung",
            "nach löschung",
            "nach deren löschung",
            "nach ihrer löschung",
            "ab der löschung",
            "ab löschung",
            "nach dem ende",
            "nach ende",
            "nach vertragsende",
            "nach beendigung",
            "nach ablauf de",
            "ab vertragsende",
            "ab beendigung",
            "zusammen mit",
            "after the deletion",
            "after deletion",
            "after its deletion",
            "from the deletion",
            "from deletion",
            "following deletion",
            "following the deletion",
            "after the end",
            "after termination",
            "after the termination",
            "after expiry",
            "following termination",
            "following the end",
            "from the end",
            "together with",
            "gelöschte daten",
            "deleted data",
            "deleted content",
            "gelöschte inhalte",
            "weiteren",
            "further",
            "additional");

    /**
     * Whether a sentence of a text speaks of backups and names a period without saying from when it runs
     * (BACKUP_DELETION_START): the deletion's own period in another sentence of the same clause is not the backups'.
     */
    private static boolean backupPeriodWithoutStart(LocalizedText text) {
        if (!Text.namesPeriod(text)) {
            return false; // most texts: no period at all
        }
        for (String translation : Text.translations(text)) {
            for (String sentence : ClauseWording.sentences(translation.toLowerCase(Locale.ROOT), true)) {
                if (Text.containsAny(sentence, BACKUP_WORDS)
                        && Text.namesPeriod(LocalizedText.en(sentence))
                        && !Text.containsAny(sentence, BACKUP_START_WORDS)) {
                    return true;
                }
            }
        }
        return false;
    }
}
