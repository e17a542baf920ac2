/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ValidationReportTest {

    private static DataProcessingAgreement flawed() {
        DataProcessingAgreement a = Fixtures.breach(Fixtures.complete(), b -> b.deadline(Fixtures.wording("zeitnah")));
        a = Fixtures.instructions(a, i -> i.documentedInstructionsOnly(false).suspensionRight(false));
        return Fixtures.end(a, e -> e.deletionConfirmation(false));
    }

    @Test
    void should_order_by_severity_then_path_then_rule_when_reporting() {
        // when
        ValidationReport report = Fixtures.validator().validate(flawed());

        // then
        assertThat(report.getFindings())
                .extracting(f -> f.getSeverity() + " " + f.getPath() + " " + f.getRuleId())
                .containsExactly(
                        "ERROR instructions.documentedInstructionsOnly ART28_3_A_INSTRUCTIONS",
                        "WARNING breachNotification.deadline ART33_2_DEADLINE",
                        "INFO endOfProcessing.deletionConfirmation DELETION_CERTIFICATE",
                        "INFO instructions.suspensionRight INFRINGING_INSTR_SUSPEND");
        assertThat(report.getCounts())
                .containsEntry(Severity.ERROR, 1)
                .containsEntry(Severity.WARNING, 1)
                .containsEntry(Severity.INFO, 2);
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.isAcceptable()).isFalse();
        assertThat(report.getFindingsAtOrAbove(Severity.WARNING)).hasSize(2);
    }

    @Test
    void should_serialise_messages_and_citations_in_the_requested_language_when_writing_json() {
        // given
        ValidationReport report = Fixtures.validator().validate(flawed());

        // when
        String german = report.toJson(Locale.GERMAN);
        String english = report.toJson(Locale.ENGLISH);
        JsonNode tree = DpaJson.mapper().readTree(german);

        // then
        assertThat(german).isEqualTo(Fixtures.validator().validate(flawed()).toJson(Locale.GERMAN));
        assertThat(german).endsWith("}\n").doesNotContain("\r");
        assertThat(tree.get("asOf").asString()).isEqualTo("2026-11-23");
        assertThat(tree.get("profile").asString()).isEqualTo("EXECUTED");
        assertThat(tree.get("acceptable").asBoolean()).isFalse();
        assertThat(tree.get("counts").get("ERROR").asInt()).isEqualTo(1);
        assertThat(tree.get("packs").get("gdpr").asString()).isNotEmpty();
        JsonNode deadline = tree.get("findings").get(1);
        assertThat(deadline.get("ruleId").asString()).isEqualTo("ART33_2_DEADLINE");
        assertThat(deadline.get("severity").asString()).isEqualTo("WARNING");
        assertThat(deadline.get("path").asString()).isEqualTo("breachNotification.deadline");
        assertThat(deadline.get("message").asString()).isEqualTo("Die Frist „zeitnah“ nennt keine Stundenzahl.");
        assertThat(deadline.get("legalReferences").get(0).asString()).isEqualTo("Art. 33 Abs. 2 DSGVO");
        assertThat(deadline.get("params").get("wording").asString()).isEqualTo("zeitnah");
        assertThat(english)
                .contains("\"message\": \"The deadline \\\"zeitnah\\\" gives no number of hours.\"")
                .contains("\"Art. 33(2) GDPR\"");
    }

    @Test
    void should_list_every_finding_at_or_above_threshold_when_assertion_fails() {
        // given
        ValidationReport report = Fixtures.validator().validate(flawed());

        // when / then
        assertThatThrownBy(() -> report.assertNoFindingsAtOrAbove(Severity.WARNING, Locale.ENGLISH))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("found 2:")
                .hasMessageContaining("ERROR ART28_3_A_INSTRUCTIONS at instructions.documentedInstructionsOnly")
                .hasMessageContaining(
                        "WARNING ART33_2_DEADLINE at breachNotification.deadline: The deadline \"zeitnah\"")
                .hasMessageContaining("(Art. 33(2) GDPR; Art. 33(1) GDPR)")
                .hasMessageNotContaining("DELETION_CERTIFICATE");
        assertThatThrownBy(() -> report.assertAcceptable(Locale.GERMAN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Die Bindung an dokumentierte Weisungen");
        Fixtures.validator().validate(Fixtures.complete()).assertNoFindingsAtOrAbove(Severity.INFO, Locale.ENGLISH);
    }

    @Test
    void should_be_immutable_when_handed_out() {
        // given
        ValidationReport report = Fixtures.validator().validate(flawed());

        // when / then
        List<Finding> findings = report.getFindings();
        assertThatThrownBy(() -> findings.add(findings.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> findings.get(0).getParams().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
