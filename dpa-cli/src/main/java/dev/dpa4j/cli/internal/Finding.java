/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.ModelPath;
import dev.dpa4j.validate.Severity;
import java.util.List;

/**
 * One finding as the command outputs it, already in the chosen language. Decoupled from the
 * validation library's types so that the JSON and SARIF shapes stay under this module's control.
 *
 * @param ruleId the stable rule id
 * @param severity the effective severity
 * @param legalReferences the formatted legal references, e.g. "Art. 28(3)(a) GDPR"
 * @param path the model path, e.g. {@code subprocessing.subprocessors[4].transfer}; the root for the whole agreement
 * @param message the message
 * @param remediation how to fix it; may be empty
 */
record Finding(
        String ruleId,
        Severity severity,
        List<String> legalReferences,
        ModelPath path,
        String message,
        String remediation) {
    Finding {
        legalReferences = List.copyOf(legalReferences);
    }
}
