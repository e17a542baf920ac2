/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TomChangePolicy;
import dev.dpa4j.model.diff.Change;
import dev.dpa4j.model.diff.ChangeClass;
import dev.dpa4j.model.diff.ChangeKind;
import dev.dpa4j.model.diff.ChangeSet;
import dev.dpa4j.validate.spi.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * The rules on intended changes (pack {@code change}): whether the changes of a {@link ChangeSet} can be made under
 * the terms of the version in force. They report only when the validator judges a change
 * ({@code Validator.validateChange}); the agreement of the context is then the version in force, and each finding
 * names the path of one change.
 */
final class ChangeRules {

    private ChangeRules() {}

    static void define(SimpleRule.Definitions d) {
        d.rule("NOTICE_MECHANISM_MISSING", ERROR)
                .refs(gdpr("28", 2))
                .variants("missing")
                .note("Under a general authorisation the processor must inform the controller of every intended"
                        + " change of sub-processors (Art. 28(2) second sentence). A change that needs notice while the"
                        + " agreement in force provides no duty to inform cannot lawfully be made as it stands.")
                .check((c, r) -> {
                    if (general(c.agreement())
                            && !c.agreement().getSubprocessing().orElseThrow().isChangeNotification()) {
                        noticeChanges(c).forEach(path -> r.add("missing", path));
                    }
                });
        d.rule("OBJECTION_RIGHT_MISSING", ERROR)
                .refs(gdpr("28", 2))
                .variants("missing")
                .note("A change of sub-processors under a general authorisation gives the controller the opportunity"
                        + " to object (Art. 28(2) second sentence); without a right to object in the agreement in"
                        + " force, the change cannot lawfully be made.")
                .check((c, r) -> {
                    if (general(c.agreement())
                            && !c.agreement().getSubprocessing().orElseThrow().isObjectionRight()) {
                        noticeChanges(c).forEach(path -> r.add("missing", path));
                    }
                });
        d.rule("OBJECTION_PERIOD_NOT_TYPED", WARNING)
                .refs(gdpr("28", 2))
                .variants("notTyped")
                .note("The change can be made, but without an objection period in figures the end of the objection"
                        + " window, and so the earliest date of the change, cannot be computed.")
                .check((c, r) -> {
                    if (!general(c.agreement())) {
                        return;
                    }
                    SubprocessingTerms t = c.agreement().getSubprocessing().orElseThrow();
                    if (t.isObjectionRight()
                            && t.getObjectionPeriod()
                                    .flatMap(l -> l.getPeriod())
                                    .isEmpty()) {
                        noticeChanges(c).forEach(path -> r.add("notTyped", path));
                    }
                });
        d.rule("PRIOR_AUTHORISATION_NEEDED", INFO)
                .refs(gdpr("28", 2), gdpr("28", 3, "a"))
                .variants("needed")
                .note("Some changes (a sub-processor under a specific authorisation, a new third-country location)"
                        + " need the controller's prior authorisation (Art. 28(2) first sentence, Art. 28(3)(a)); a"
                        + " notice does not suffice. Information on what the processor must do before the change.")
                .check((c, r) -> c.changes()
                        .ifPresent(changes -> changes.withClass(ChangeClass.AUTHORISATION_REQUIRED)
                                .forEach(change -> r.add("needed", change.getModelPath()))));
        d.rule("DOWNGRADE_EXCLUDED", ERROR)
                .refs(gdpr("28", 3, "c"), gdpr("32"))
                .variants("lowered")
                .note("An agreement whose measures may not fall below the agreed level of protection"
                        + " (security.changePolicy NO_DOWNGRADE) excludes removing or weakening a measure in a way that"
                        + " lowers it (Art. 28(3)(c), Art. 32).")
                .check((c, r) -> {
                    boolean noDowngrade = c.agreement()
                            .getSecurity()
                            .flatMap(SecurityTerms::getChangePolicy)
                            .filter(p -> p == TomChangePolicy.NO_DOWNGRADE)
                            .isPresent();
                    if (!noDowngrade) {
                        return;
                    }
                    c.changes()
                            .ifPresent(changes -> changes.withClass(ChangeClass.LOWERS_PROTECTION).stream()
                                    .filter(ch -> ch.getKind() == ChangeKind.MEASURE_REMOVED
                                            || ch.getKind() == ChangeKind.MEASURE_CHANGED)
                                    .forEach(ch -> r.add("lowered", ch.getModelPath())));
                });
        d.rule("AMENDMENT_CONSENT_NEEDED", WARNING)
                .refs(gdpr("28", 3), gdpr("28", 9))
                .variants("consent")
                .note("The agreement binds the processor with regard to the controller (Art. 28(3)); a change that"
                        + " lowers what it guarantees (a longer breach deadline, fewer audit rights, a later deletion)"
                        + " amends it. Unless the agreement in force lets the processor amend it alone or deems"
                        + " amendments accepted, such a change binds the controller only once the controller agrees,"
                        + " in writing or electronically (Art. 28(9)). Sub-processor changes (Art. 28(2) has its own"
                        + " mechanism) and changes of measures (judged by security.changePolicy) are left to their"
                        + " rules. A warning: the processor may have asked for that agreement.")
                .check((c, r) -> {
                    Optional<FinalProvisions> terms = c.agreement().getFinalProvisions();
                    boolean amendable =
                            terms.map(FinalProvisions::isUnilateralAmendment).orElse(false)
                                    || terms.flatMap(FinalProvisions::getDeemedConsentToAmendments)
                                            .orElse(false);
                    if (amendable) {
                        return;
                    }
                    c.changes()
                            .ifPresent(changes -> changes.withClass(ChangeClass.LOWERS_PROTECTION).stream()
                                    .filter(ch -> ch.getKind().subject() != ChangeKind.Subject.SUBPROCESSOR
                                            && ch.getKind().subject() != ChangeKind.Subject.MEASURE)
                                    .forEach(ch -> r.add("consent", ch.getModelPath())));
                });
    }

    private static boolean general(DataProcessingAgreement inForce) {
        return inForce.getSubprocessing()
                .flatMap(SubprocessingTerms::getAuthorisation)
                .filter(t -> t == AuthorisationType.GENERAL)
                .isPresent();
    }

    /** The paths of the sub-processor changes that need notice, in the change set's order. */
    private static List<ModelPath> noticeChanges(RuleContext c) {
        Optional<ChangeSet> changes = c.changes();
        if (changes.isEmpty()) {
            return List.of();
        }
        return changes.get().getChanges().stream()
                .filter(ch ->
                        ch.is(ChangeClass.NOTICE_REQUIRED) && ch.getKind().subject() == ChangeKind.Subject.SUBPROCESSOR)
                .map(Change::getModelPath)
                .toList();
    }
}
