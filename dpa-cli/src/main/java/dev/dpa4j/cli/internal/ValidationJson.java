/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.json.JsonProblem;
import dev.dpa4j.validate.Severity;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --format json} output of {@code dpa validate}. Its shape is a stable contract (issue 5,
 * {@code docs/cli.md}):
 *
 * <pre>{@code
 * {"results": [{"file": "...", "agreement": "<id>", "valid": true|false,
 *               "counts": {"ERROR": n, "WARNING": n, "INFO": n},
 *               "findings": [{"ruleId": "...", "severity": "ERROR|WARNING|INFO",
 *                             "legalReferences": ["..."], "path": "...", "message": "..."}]}]}
 * }</pre>
 *
 * A file that cannot be read or parsed has {@code "valid": false} and {@code "error": {"message",
 * "pointer", "line", "column"}} instead of agreement, counts and findings ({@code pointer}, {@code
 * line} and {@code column} are null when they do not apply, e.g. for a missing file), and for JSON
 * problems {@code "problems": [{"pointer", "line", "column", "message", "expected"}]} (at most
 * {@link Inputs#MAX_PROBLEMS}) with {@code "problemCount"}, the number of all. {@code "summary":
 * {"files", "passed", "failed", "unreadable"}} counts the results.
 */
final class ValidationJson {
    private ValidationJson() {}

    static String write(List<Outcome> outcomes, Severity threshold) {
        ObjectNode root = JsonOut.object();
        ArrayNode results = root.putArray("results");
        for (Outcome outcome : outcomes) {
            ObjectNode result = results.addObject();
            result.put("file", outcome.file().toString());
            if (outcome.error() != null) {
                InputException error = outcome.error();
                result.put("valid", false);
                ObjectNode e = result.putObject("error");
                e.put("message", error.problem());
                if (error.pointer().isPresent()) {
                    e.put("pointer", error.pointer().get());
                } else {
                    e.putNull("pointer");
                }
                putPosition(e, "line", error.line());
                putPosition(e, "column", error.column());
                if (!error.problems().isEmpty()) {
                    e.put("problemCount", error.problemCount());
                    ArrayNode problems = e.putArray("problems");
                    for (JsonProblem p : error.problems()) {
                        problems.addObject()
                                .put("pointer", p.pointer())
                                .put("line", p.line())
                                .put("column", p.column())
                                .put("message", p.message())
                                .put("expected", p.expected());
                    }
                }
                continue;
            }
            result.put("agreement", outcome.agreementId());
            result.put("valid", outcome.passes(threshold));
            ObjectNode counts = result.putObject("counts");
            for (Map.Entry<Severity, Integer> count : outcome.counts().entrySet()) {
                counts.put(count.getKey().name(), count.getValue().intValue());
            }
            putFindings(result.putArray("findings"), outcome.findings());
        }
        Outcome.Summary summary = Outcome.summary(outcomes, threshold);
        root.putObject("summary")
                .put("files", summary.files())
                .put("passed", summary.passed())
                .put("failed", summary.failed())
                .put("unreadable", summary.unreadable());
        return JsonOut.write(root);
    }

    /** Writes findings in the shape of {@code results[].findings} (also used by {@code dpa diff --format json}). */
    static void putFindings(ArrayNode target, List<Finding> findings) {
        for (Finding f : findings) {
            ObjectNode finding = target.addObject();
            finding.put("ruleId", f.ruleId());
            finding.put("severity", f.severity().name());
            ArrayNode refs = finding.putArray("legalReferences");
            f.legalReferences().forEach(refs::add);
            finding.put("path", f.path().toString());
            finding.put("message", f.message());
        }
    }

    private static void putPosition(ObjectNode node, String name, int value) {
        if (value > 0) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }
}
