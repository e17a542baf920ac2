/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.InstructionTerms;
import dev.dpa4j.model.LegalBasisScope;
import java.util.Optional;

/** The rules on instructions (catalogue §1.C). */
final class InstructionRules {

    private InstructionRules() {}

    // ---- §1.C instructions ---------------------------------------------------------------------------------

    static void define(SimpleRule.Definitions d) {
        d.rule("ART28_3_A_INSTRUCTIONS", ERROR)
                .refs(gdpr("28", 3, "a"), gdpr("29"))
                .variants("missing", "notRecognised", "weaker")
                .check((c, r) -> {
                    if (c.agreement()
                            .getInstructions()
                            .filter(i -> i.isDocumentedInstructionsOnly())
                            .isEmpty()) {
                        r.add("missing", "instructions.documentedInstructionsOnly");
                    }
                });
        d.rule("ART28_3_A_INSTRUCTION_CHANNEL", WARNING)
                .refs(gdpr("28", 3, "a"))
                .variants("noForm", "oralUnconfirmed")
                .check((c, r) -> c.agreement().getInstructions().ifPresent(i -> {
                    if (i.getForms().isEmpty()) {
                        r.add("noForm", "instructions.forms");
                    } else if ((i.getForms().contains(CommunicationChannel.ORAL)
                                    || i.getForms().contains(CommunicationChannel.PHONE))
                            && !i.isOralInstructionsConfirmed()) {
                        r.add("oralUnconfirmed", "instructions.oralInstructionsConfirmed");
                    }
                }));
        d.rule("ART28_3_A_TRANSFERS", ERROR)
                .refs(gdpr("28", 3, "a"), gdpr("44"))
                .variants("missing", "notRecognised", "weaker")
                .note("Satisfied if the instruction clause covers transfers or the transfer clause makes any"
                        + " relocation to a third country subject to the controller's prior consent.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    boolean covered = a.getInstructions()
                                    .filter(i -> i.isTransfersCovered())
                                    .isPresent()
                            || a.getTransfers()
                                    .filter(t -> t.isPriorConsentRequired())
                                    .isPresent();
                    if (!covered) {
                        r.add("missing", "instructions.transfersCovered");
                    }
                });
        d.rule("ART28_3_A_LEGAL_REQ_NOTICE", ERROR)
                .refs(gdpr("28", 3, "a"))
                .variants("noNotice", "noException")
                .check((c, r) -> c.agreement().getInstructions().ifPresent(i -> {
                    if (i.getLegalObligationException().isEmpty()) {
                        r.add(INFO, "noException", "instructions.legalObligationException");
                    } else if (!i.getLegalObligationException().get().isPriorNotice()) {
                        r.add("noNotice", "instructions.legalObligationException.priorNotice");
                    }
                }));
        d.rule("ART28_3_A_EXCEPTION_SCOPE", WARNING)
                .refs(gdpr("28", 3, "a"))
                .variants("beyondUnionLaw")
                .note("An exception for \"applicable law\" or third-country law is not per se unlawful but gives no"
                        + " cover under the GDPR; it stays a warning (catalogue §4 item 6).")
                .check((c, r) -> c.agreement()
                        .getInstructions()
                        .flatMap(i -> i.getLegalObligationException())
                        .filter(e -> e.getScope() != LegalBasisScope.UNION_OR_MEMBER_STATE_LAW)
                        .ifPresent(e -> r.add(
                                "beyondUnionLaw",
                                "instructions.legalObligationException.scope",
                                "scope",
                                e.getScope().name())));
        d.rule("ART28_3_INFRINGING_INSTR", ERROR)
                .refs(gdpr("28", 3).withSubparagraph(2))
                .variants("missing", "late", "vague", "notRecognised", "weaker")
                .note("The law says \"immediately\". A stated time of more than 48 hours, or wording weaker than"
                        + " \"without undue delay\", lets an unlawful instruction run on: a warning.")
                .check((c, r) -> {
                    Optional<InstructionTerms> terms =
                            c.agreement().getInstructions().filter(i -> i.isInfringementNotice());
                    if (terms.isEmpty()) {
                        r.add("missing", "instructions.infringementNotice");
                        return;
                    }
                    terms.get()
                            .getInfringementNoticeTime()
                            .ifPresent(t ->
                                    RuleSupport.promptness(r, WARNING, t, 48, "instructions.infringementNoticeTime"));
                });
        d.rule("INFRINGING_INSTR_SUSPEND", INFO)
                .refs(gdpr("28", 3).withSubparagraph(2))
                .variants("missing")
                .check((c, r) -> {
                    if (c.agreement()
                            .getInstructions()
                            .filter(i -> i.isSuspensionRight())
                            .isEmpty()) {
                        r.add("missing", "instructions.suspensionRight");
                    }
                });
    }
}
