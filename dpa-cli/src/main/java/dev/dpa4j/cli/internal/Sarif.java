/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.json.JsonProblem;
import dev.dpa4j.validate.Severity;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --format sarif} output of {@code dpa validate}: one SARIF 2.1.0 log with one run.
 *
 * <p>{@code tool.driver.rules} lists the rule metadata (id, short description, help, default
 * level, legal references as properties). Each result carries the rule id and index, the level
 * (error, warning, note), the message, the file with the line of the element concerned (or of its
 * nearest present ancestor) and the model path as a logical location. A file that cannot be read
 * becomes an error notification of the invocation, which is then marked unsuccessful.
 */
final class Sarif {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private Sarif() {}

    static String write(List<Outcome> outcomes, List<Rule> catalogue, Lang lang) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        catalogue.forEach(r -> rules.putIfAbsent(r.id(), r));
        // a finding whose rule the catalogue does not describe (a custom pack, say) still gets an entry
        for (Outcome o : outcomes) {
            for (Finding f : o.findings()) {
                rules.putIfAbsent(f.ruleId(), new Rule(f.ruleId(), f.severity(), f.legalReferences(), f.ruleId(), ""));
            }
        }
        Map<String, Integer> index = new HashMap<>();

        ObjectNode log = JsonOut.object();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "dpa4j");
        driver.put("version", VersionProvider.version());
        driver.put("informationUri", "https://github.com/dpa4j/dpa4j");
        ArrayNode ruleArray = driver.putArray("rules");
        for (Rule rule : rules.values()) {
            index.put(rule.id(), index.size());
            ObjectNode r = ruleArray.addObject();
            r.put("id", rule.id());
            r.putObject("shortDescription").put("text", rule.summary());
            if (!rule.remediation().isEmpty()) {
                r.putObject("help").put("text", rule.remediation());
            }
            r.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
            ArrayNode refs = r.putObject("properties").putArray("legalReferences");
            rule.legalReferences().forEach(refs::add);
        }
        run.put("language", lang.tag());
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", outcomes.stream().allMatch(o -> o.error() == null));
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        ArrayNode results = run.putArray("results");
        for (Outcome outcome : outcomes) {
            String uri = uri(outcome.file());
            if (outcome.error() != null) {
                InputException error = outcome.error();
                if (error.problems().isEmpty()) {
                    notification(notifications, uri, String.valueOf(error.getMessage()), error.line(), error.column());
                } else {
                    // one notification per JSON problem, each at its own place
                    for (JsonProblem p : error.problems()) {
                        notification(notifications, uri, outcome.file() + ": " + p, p.line(), p.column());
                    }
                }
                continue;
            }
            JsonLocator locator = new JsonLocator(outcome.json() == null ? "" : outcome.json());
            for (Finding f : outcome.findings()) {
                ObjectNode result = results.addObject();
                result.put("ruleId", f.ruleId());
                result.put(
                        "ruleIndex",
                        Objects.requireNonNull(index.get(f.ruleId())).intValue());
                result.put("level", level(f.severity()));
                result.putObject("message").put("text", f.message());
                ObjectNode location = result.putArray("locations").addObject();
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri);
                JsonLocator.Position at = locator.locate(f.path());
                physical.putObject("region").put("startLine", at.line()).put("startColumn", at.column());
                ObjectNode logical = location.putArray("logicalLocations").addObject();
                logical.put(
                        "fullyQualifiedName", f.path().isRoot() ? "$" : f.path().toString());
                if (outcome.agreementId() != null) {
                    result.putObject("properties").put("agreement", outcome.agreementId());
                }
            }
        }
        if (notifications.isEmpty()) {
            invocation.remove("toolExecutionNotifications");
        }
        return JsonOut.write(log);
    }

    private static void notification(ArrayNode notifications, String uri, String text, int line, int column) {
        ObjectNode n = notifications.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", text);
        ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri);
        if (line > 0) {
            ObjectNode region = physical.putObject("region").put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
        }
    }

    /** A relative URI reference for the file, with forward slashes whatever the platform. */
    static String uri(Path file) {
        String s = file.toString().replace(file.getFileSystem().getSeparator(), "/");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                out.append("%20");
            } else if (c == '%') {
                out.append("%25");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The SARIF 2.1.0 {@code level} of a severity: {@code error}, {@code warning} or {@code note}. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
