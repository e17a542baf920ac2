/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ValidateCommandTest {

    static final Path JOMOCO = RenderCommandTest.JOMOCO;
    static final Path LARKSPUR = RenderCommandTest.LARKSPUR;
    static final Path JUST = Path.of("..", "examples", "just-avv-de.json");

    @TempDir
    Path dir;

    @Test
    void should_exit_1_and_summarise_when_the_agreement_has_errors() {
        // when
        CliRun run = CliRun.run("validate", JOMOCO.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .startsWith(JOMOCO + " (jomoco-avv): ")
                .contains(" Fehler, ")
                .endsWith(": nicht bestanden");
        assertThat(run.out()).contains("FEHLER   ").contains("DSGVO");
    }

    @Test
    void should_answer_in_the_agreements_language_unless_lang_is_given() {
        // when: Jomoco is German, Larkspur English
        CliRun german = CliRun.run("validate", JOMOCO.toString());
        CliRun english = CliRun.run("validate", LARKSPUR.toString());
        CliRun chosen = CliRun.run("validate", "--lang", "en", JOMOCO.toString());

        // then
        assertThat(german.out()).contains("DSGVO").doesNotContain("GDPR)");
        assertThat(english.out()).contains(": passed");
        assertThat(chosen.out()).contains("GDPR").contains(": failed");
    }

    @Test
    void should_judge_a_template_as_a_template_unless_the_profile_is_given() {
        // when: the Jomoco example's status is TEMPLATE and its controller is "the respective customer"
        CliRun byStatus = CliRun.run("validate", "--format", "json", JOMOCO.toString());
        CliRun executed = CliRun.run("validate", "--format", "json", "--profile", "executed", JOMOCO.toString());

        // then
        assertThat(byStatus.out()).doesNotContain("PARTY_CONTROLLER_ID");
        assertThat(executed.out()).contains("PARTY_CONTROLLER_ID");
    }

    @Test
    void should_exit_0_when_the_complete_english_example_is_checked() {
        // when
        CliRun run = CliRun.run("validate", LARKSPUR.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith(LARKSPUR + " (larkspur-dpa): 0 errors, ")
                .contains(": passed\n");
    }

    @Test
    void should_fail_only_at_the_chosen_threshold_when_there_are_warnings_but_no_errors() throws Exception {
        // given: the complete example with a breach deadline in words only
        DataProcessingAgreement larkspur = DpaJson.read(LARKSPUR);
        BreachNotificationTerms vague = larkspur.getBreachNotification().orElseThrow().toBuilder()
                .deadline(TimeLimit.builder()
                        .wording(LocalizedText.en("promptly"))
                        .build())
                .build();
        Path file = dir.resolve("vague.json");
        Files.writeString(
                file,
                DpaJson.write(larkspur.toBuilder().breachNotification(vague).build()),
                StandardCharsets.UTF_8);

        // when
        CliRun onError = CliRun.run("validate", "--format", "json", file.toString());
        CliRun onWarning = CliRun.run("validate", "--format", "json", "--fail-on", "warning", file.toString());

        // then
        JsonNode lenient =
                JsonOut.mapper().readTree(onError.out()).get("results").get(0);
        JsonNode strict =
                JsonOut.mapper().readTree(onWarning.out()).get("results").get(0);
        assertThat(lenient.get("counts").get("ERROR").asInt()).isZero();
        assertThat(lenient.get("counts").get("WARNING").asInt()).isPositive();
        assertThat(onError.exitCode()).isZero();
        assertThat(lenient.get("valid").asBoolean()).isTrue();
        assertThat(onWarning.exitCode()).isEqualTo(1);
        assertThat(strict.get("valid").asBoolean()).isFalse();
    }

    @Test
    void should_print_exactly_the_documented_json_shape() {
        // when
        CliRun run = CliRun.run("validate", "--format", "json", JOMOCO.toString(), LARKSPUR.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode root = JsonOut.mapper().readTree(run.out());
        assertThat(root.propertyNames()).containsExactly("results", "summary");
        assertThat(root.get("summary").propertyNames()).containsExactly("files", "passed", "failed", "unreadable");
        assertThat(root.get("summary").get("files").asInt()).isEqualTo(2);
        assertThat(root.get("summary").get("failed").asInt()).isEqualTo(1);
        assertThat(root.get("summary").get("passed").asInt()).isEqualTo(1);
        assertThat(root.get("results")).hasSize(2);
        for (JsonNode result : root.get("results")) {
            assertThat(result.propertyNames()).containsExactly("file", "agreement", "valid", "counts", "findings");
            assertThat(result.get("counts").propertyNames()).containsExactly("ERROR", "WARNING", "INFO");
            int[] counted = new int[3];
            for (JsonNode finding : result.get("findings")) {
                assertThat(finding.propertyNames())
                        .containsExactly("ruleId", "severity", "legalReferences", "path", "message");
                assertThat(finding.get("legalReferences").isArray()).isTrue();
                assertThat(finding.get("message").asString()).isNotBlank();
                counted[
                        List.of("ERROR", "WARNING", "INFO")
                                .indexOf(finding.get("severity").asString())]++;
            }
            assertThat(result.get("counts").get("ERROR").asInt()).isEqualTo(counted[0]);
            assertThat(result.get("counts").get("WARNING").asInt()).isEqualTo(counted[1]);
            assertThat(result.get("counts").get("INFO").asInt()).isEqualTo(counted[2]);
            assertThat(result.get("valid").asBoolean()).isEqualTo(counted[0] == 0);
        }
        assertThat(root.get("results").get(0).get("file").asString()).isEqualTo(JOMOCO.toString());
        assertThat(root.get("results").get(0).get("agreement").asString()).isEqualTo("jomoco-avv");
    }

    @Test
    void should_name_every_us_subprocessor_without_transfer_mechanism_in_the_jomoco_example() {
        // when
        CliRun run = CliRun.run("validate", "--format", "json", JOMOCO.toString());

        // then
        List<String> transferErrors = new ArrayList<>();
        for (JsonNode f :
                JsonOut.mapper().readTree(run.out()).get("results").get(0).get("findings")) {
            if (f.get("severity").asString().equals("ERROR")
                    && f.get("path").asString().startsWith("subprocessing.subprocessors[")) {
                transferErrors.add(f.get("message").asString());
            }
        }
        assertThat(String.join("\n", transferErrors)).contains("HubSpot", "Salesforce", "Twilio", "Zapier");
    }

    @Test
    void should_write_messages_and_references_in_german_when_lang_is_de() {
        // when
        CliRun run = CliRun.run("validate", "--lang", "de", "--format", "json", JUST.toString());

        // then
        JsonNode findings =
                JsonOut.mapper().readTree(run.out()).get("results").get(0).get("findings");
        assertThat(findings).isNotEmpty();
        assertThat(findings.get(0).get("legalReferences").get(0).asString()).contains("DSGVO");
        assertThat(CliRun.run("validate", "--lang", "de", JUST.toString()).out())
                .contains("Fehler")
                .contains("nicht bestanden");
    }

    @Test
    void should_report_vague_breach_wording_in_the_just_example() {
        // when
        CliRun run = CliRun.run("validate", "--format", "json", JUST.toString());

        // then
        assertThat(run.out())
                .contains("\"path\": \"breachNotification.deadline\"")
                .contains("unverzüglich");
    }

    @Test
    void should_check_every_file_and_exit_2_when_one_cannot_be_read() {
        // when
        CliRun run = CliRun.run("validate", "--format", "json", LARKSPUR.toString(), "missing.json");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode results = JsonOut.mapper().readTree(run.out()).get("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("valid").asBoolean()).isTrue();
        assertThat(results.get(1).get("error").get("message").asString()).isEqualTo("file not found");
        assertThat(run.err()).isEqualTo("missing.json: file not found\n");
    }

    @Test
    void should_give_identical_bytes_when_run_twice() {
        // when
        CliRun first = CliRun.run("validate", "--format", "sarif", JOMOCO.toString());
        CliRun second = CliRun.run("validate", "--format", "sarif", JOMOCO.toString());

        // then
        assertThat(first.outBytes()).isEqualTo(second.outBytes());
    }

    @Test
    void should_describe_every_rule_and_result_in_sarif() {
        // when
        CliRun run = CliRun.run("validate", "--format", "sarif", JOMOCO.toString());
        JsonNode findings = JsonOut.mapper()
                .readTree(CliRun.run("validate", "--format", "json", JOMOCO.toString())
                        .out())
                .get("results")
                .get(0)
                .get("findings");

        // then
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode log = JsonOut.mapper().readTree(run.out());
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        JsonNode sarifRun = log.get("runs").get(0);
        JsonNode rules = sarifRun.get("tool").get("driver").get("rules");
        assertThat(rules.size()).isGreaterThan(20);
        assertThat(sarifRun.get("results")).hasSize(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            JsonNode result = sarifRun.get("results").get(i);
            JsonNode finding = findings.get(i);
            assertThat(result.get("ruleId").asString())
                    .isEqualTo(finding.get("ruleId").asString());
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString())
                    .isEqualTo(finding.get("ruleId").asString());
            assertThat(result.get("level").asString())
                    .isEqualTo(
                            Sarif.level(Severity.valueOf(finding.get("severity").asString())));
            assertThat(result.get("locations")
                            .get(0)
                            .get("logicalLocations")
                            .get(0)
                            .get("fullyQualifiedName")
                            .asString())
                    .isEqualTo(
                            finding.get("path").asString().isEmpty()
                                    ? "$"
                                    : finding.get("path").asString());
            assertThat(result.get("locations")
                            .get(0)
                            .get("physicalLocation")
                            .get("region")
                            .get("startLine")
                            .asInt())
                    .isPositive();
        }
    }
}
