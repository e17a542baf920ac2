/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

/**
 * The rules of the {@code gdpr} pack without transfers, in catalogue order: one class per area of the catalogue
 * (§1 A to L and the cross-field rules of §2); transfers are in {@link TransferRules}.
 */
final class GdprRules {

    private GdprRules() {}

    static void define(SimpleRule.Definitions d) {
        PartyRules.define(d);
        ProcessingRules.define(d);
        InstructionRules.define(d);
        SecurityRules.define(d);
        SubprocessorRules.define(d);
        BreachRules.define(d);
        EndAndAuditRules.define(d);
        CrossFieldRules.define(d);
        FactRules.define(d);
        Scc915Rules.define(d);
    }
}
