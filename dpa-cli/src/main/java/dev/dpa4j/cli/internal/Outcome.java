/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.validate.Severity;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of validating one file: either the findings, or the reason the file could not be read.
 *
 * @param file the file as given on the command line
 * @param agreementId the agreement's id, or null if the file could not be read
 * @param json the file's text, or null if it could not be read (used to locate findings by line)
 * @param findings the findings in the validator's order; empty on error
 * @param error why the file could not be read, or null
 */
record Outcome(
        Path file,
        @Nullable String agreementId,
        @Nullable String json,
        List<Finding> findings,
        @Nullable InputException error) {

    Outcome {
        findings = List.copyOf(findings);
    }

    static Outcome failed(InputException error) {
        return new Outcome(error.file(), null, null, List.of(), error);
    }

    Optional<InputException> failure() {
        return Optional.ofNullable(error);
    }

    /** The number of findings per severity, every severity present (zero if none). */
    Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new LinkedHashMap<>();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        return counts;
    }

    /** How many files passed, failed (findings at or above the threshold) or could not be read. */
    record Summary(int files, int passed, int failed, int unreadable) {}

    static Summary summary(List<Outcome> outcomes, Severity threshold) {
        int passed = 0;
        int failed = 0;
        int unreadable = 0;
        for (Outcome o : outcomes) {
            if (o.error() != null) {
                unreadable++;
            } else if (o.passes(threshold)) {
                passed++;
            } else {
                failed++;
            }
        }
        return new Summary(outcomes.size(), passed, failed, unreadable);
    }

    /** Whether the file was read and has no finding at or above the threshold. */
    boolean passes(Severity threshold) {
        return error == null && findings.stream().noneMatch(f -> f.severity().isAtLeast(threshold));
    }
}
