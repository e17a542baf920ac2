/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.validate.LegalReference;

/**
 * The structural rules: one per kind of Jakarta Validation constraint declared in
 * {@link StructuralValidation}. Each bridges the violations of its kind into findings.
 */
final class StructureRules {
    private StructureRules() {}

    static void define(SimpleRule.Definitions d) {
        rule(d, "STRUCTURE_BLANK", StructuralValidation.Kind.BLANK);
        rule(d, "STRUCTURE_EMAIL", StructuralValidation.Kind.EMAIL);
        rule(d, "STRUCTURE_URL", StructuralValidation.Kind.URL);
        rule(d, "STRUCTURE_LENGTH", StructuralValidation.Kind.LENGTH);
        rule(d, "STRUCTURE_FORMAT", StructuralValidation.Kind.FORMAT);
    }

    private static void rule(SimpleRule.Definitions d, String id, StructuralValidation.Kind kind) {
        d.rule(id, WARNING)
                .refs(new LegalReference[0])
                .variants("violation")
                .note("Structural check by Hibernate Validator on the model getters (constraints declared"
                        + " programmatically); it cites no provision.")
                .check((c, r) -> {
                    for (StructuralValidation.Violation v : ((DefaultRuleContext) c).structuralViolations()) {
                        if (v.kind() == kind) {
                            r.add("violation", v.path(), "value", v.value(), "limit", v.limit());
                        }
                    }
                });
    }
}
