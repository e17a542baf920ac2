/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.validate.Severity;
import java.util.List;

/**
 * Metadata of one rule, in the chosen language, for SARIF's {@code tool.driver.rules}.
 *
 * @param id the stable rule id
 * @param defaultSeverity the rule's default severity
 * @param legalReferences the formatted legal references
 * @param summary a one-sentence summary
 * @param remediation how to fix a finding of this rule; may be empty
 */
record Rule(String id, Severity defaultSeverity, List<String> legalReferences, String summary, String remediation) {
    Rule {
        legalReferences = List.copyOf(legalReferences);
    }
}
