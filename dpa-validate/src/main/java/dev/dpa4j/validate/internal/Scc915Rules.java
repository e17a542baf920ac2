/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.INFO;

/**
 * Obligations of the standard contractual clauses of Implementing Decision (EU) 2021/915 (the benchmark of an
 * adequate Art. 28 contract, Art. 28(7) GDPR) that Art. 28(3) does not list: where the agreement has the clause
 * they belong to but lacks their counterpart, a note (information), as for the other benchmark rules.
 */
final class Scc915Rules {

    private Scc915Rules() {}

    static void define(SimpleRule.Definitions d) {
        d.rule("ASSIST_INACCURATE_DATA", INFO)
                .refs(gdpr("5", 1, "d"), gdpr("28", 7))
                .variants("missing")
                .note("Clause 8(c)(3) of the SCC 2021/915 makes the processor inform the controller without delay when"
                        + " it learns that data it processes is inaccurate or outdated, so that the controller can meet"
                        + " the accuracy principle of Art. 5(1)(d). Art. 28(3)(f) does not list it: information, where"
                        + " the agreement has an assistance clause without it.")
                .check((c, r) -> c.agreement()
                        .getAssistance()
                        .filter(a -> !a.isInaccurateDataNotice())
                        .ifPresent(a -> r.add("missing", "assistance.inaccurateDataNotice")));
        d.rule("SUBPROC_FAILURE_NOTICE", INFO)
                .refs(gdpr("28", 4), gdpr("28", 7))
                .variants("missing")
                .note("Clause 7.7(d) of the SCC 2021/915 adds to the processor's full liability (Art. 28(4)) the duty"
                        + " to notify the controller of any failure of a sub-processor to fulfil its contractual"
                        + " obligations. Information, where sub-processors may be engaged and the notice is missing.")
                .check((c, r) -> {
                    if (RuleSupport.subprocessingAllowed(c.agreement())
                            && !c.agreement().getSubprocessing().get().isFailureNotice()) {
                        r.add("missing", "subprocessing.failureNotice");
                    }
                });
        d.rule("AUDIT_AUTHORITY_ACCESS", INFO)
                .refs(gdpr("31"), gdpr("58", 1), gdpr("28", 7))
                .variants("missing")
                .note("Clause 7.6(e) of the SCC 2021/915 has the parties make the information, including the results"
                        + " of audits, available to the competent supervisory authority on request. The authority's"
                        + " powers (Art. 58(1)) do not depend on the contract, so a missing counterpart is information,"
                        + " where the agreement has an audit clause.")
                .check((c, r) -> c.agreement()
                        .getAudits()
                        .filter(a -> !a.isSupervisoryAuthorityAccess())
                        .ifPresent(a -> r.add("missing", "audits.supervisoryAuthorityAccess")));
    }
}
