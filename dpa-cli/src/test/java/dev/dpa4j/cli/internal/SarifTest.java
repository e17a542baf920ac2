/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.ModelPath;
import dev.dpa4j.validate.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The essentials of SARIF 2.1.0 that code-scanning tools rely on. */
class SarifTest {

    private static final String JSON =
            "{\n  \"id\": \"acme\",\n  \"breachNotification\": {\n    \"notifyController\": true\n  }\n}\n";

    private static final Rule BREACH = new Rule(
            "breach.deadline-vague",
            Severity.WARNING,
            List.of("Art. 33(2) GDPR"),
            "The breach deadline has no hours.",
            "State the deadline in hours.");

    @Test
    void should_write_version_schema_rules_and_results_when_there_are_findings() {
        // given
        Outcome outcome = new Outcome(
                Path.of("dir", "acme file.json"),
                "acme",
                JSON,
                List.of(new Finding(
                        "breach.deadline-vague",
                        Severity.WARNING,
                        List.of("Art. 33(2) GDPR"),
                        ModelPath.parse("breachNotification.deadline"),
                        "No deadline in hours.",
                        "State hours.")),
                null);

        // when
        JsonNode log = JsonOut.mapper().readTree(Sarif.write(List.of(outcome), List.of(BREACH), Lang.en));

        // then
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asString()).endsWith("sarif-schema-2.1.0.json");
        JsonNode run = log.get("runs").get(0);
        JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
        assertThat(run.get("tool").get("driver").get("name").asString()).isEqualTo("dpa4j");
        assertThat(rule.get("id").asString()).isEqualTo("breach.deadline-vague");
        assertThat(rule.get("shortDescription").get("text").asString()).isNotBlank();
        assertThat(rule.get("defaultConfiguration").get("level").asString()).isEqualTo("warning");
        JsonNode result = run.get("results").get(0);
        assertThat(result.get("ruleId").asString()).isEqualTo("breach.deadline-vague");
        assertThat(result.get("ruleIndex").asInt()).isZero();
        assertThat(result.get("level").asString()).isEqualTo("warning");
        assertThat(result.get("message").get("text").asString()).isEqualTo("No deadline in hours.");
        JsonNode location = result.get("locations").get(0);
        assertThat(location.get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString())
                .isEqualTo("dir/acme%20file.json");
        assertThat(location.get("physicalLocation")
                        .get("region")
                        .get("startLine")
                        .asInt())
                .isEqualTo(3);
        assertThat(location.get("logicalLocations")
                        .get(0)
                        .get("fullyQualifiedName")
                        .asString())
                .isEqualTo("breachNotification.deadline");
        assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean())
                .isTrue();
    }

    @Test
    void should_map_info_to_note_and_add_unknown_rules_when_a_finding_has_no_descriptor() {
        // given
        Outcome outcome = new Outcome(
                Path.of("a.json"),
                "a",
                "{}",
                List.of(new Finding("acme.policy", Severity.INFO, List.of(), ModelPath.root(), "Company policy.", "")),
                null);

        // when
        JsonNode run = JsonOut.mapper()
                .readTree(Sarif.write(List.of(outcome), List.of(BREACH), Lang.de))
                .get("runs")
                .get(0);

        // then
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(2);
        JsonNode result = run.get("results").get(0);
        assertThat(result.get("level").asString()).isEqualTo("note");
        assertThat(result.get("ruleIndex").asInt()).isEqualTo(1);
        assertThat(run.get("language").asString()).isEqualTo("de");
    }

    @Test
    void should_report_an_unreadable_file_as_a_failed_invocation() {
        // given
        InputException error = new InputException(
                Path.of("b.json"), "b.json: invalid agreement", "invalid agreement", "/x", 3, 7, null);

        // when
        JsonNode run = JsonOut.mapper()
                .readTree(Sarif.write(List.of(Outcome.failed(error)), List.of(), Lang.en))
                .get("runs")
                .get(0);

        // then
        JsonNode invocation = run.get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
        assertThat(notification.get("level").asString()).isEqualTo("error");
        JsonNode region =
                notification.get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(3);
        assertThat(region.get("startColumn").asInt()).isEqualTo(7);
        assertThat(run.get("results")).isEmpty();
    }
}
