/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The findings that issue 3 demands for the example agreements in {@code examples/}. */
class SeedExamplesTest {

    private static final List<String> TRANSFER_RULES = List.of(
            "TRANSFER_MECHANISM",
            "ADEQUACY_SCOPE",
            "X_US_DPF",
            "SCC_MODULE",
            "SCC_OUTDATED",
            "TIA_DOCUMENTED",
            "ART49_FOR_PROCESSOR",
            "X_NON_EEA_PROCESSOR",
            "GOV_ACCESS_CLAUSE",
            "ART3_2_IMPORTER",
            "X_REMOTE_ACCESS",
            "GOVERNING_LAW_EU",
            "SGBX80_SOCIAL_DATA");

    private static DataProcessingAgreement example(String name) {
        return DpaJson.read(Path.of("..", "examples", name + ".json"));
    }

    @Test
    void should_report_each_us_subprocessor_without_mechanism_and_the_statutory_deadline_when_validating_jomoco() {
        // given
        DataProcessingAgreement jomoco = example("jomoco-avv-de");

        // when
        ValidationReport report = Fixtures.validator().validate(jomoco);

        // then
        assertThat(report.getFindingsAtOrAbove(Severity.ERROR))
                .filteredOn(f -> !f.getRuleId().equals("TRANSFER_MECHANISM"))
                .extracting(f -> f.getRuleId() + " " + f.getParams())
                .containsExactly("ART28_3_F_ASSIST_32_36 {missing=ART_36}", "X_AUTH_REGIME_MIXED {}");
        assertThat(report.getFindingsAtOrAbove(Severity.ERROR))
                .filteredOn(f -> f.getMessageKey().equals("TRANSFER_MECHANISM.missing"))
                .allSatisfy(f -> {
                    assertThat(f.getRuleId()).isEqualTo("TRANSFER_MECHANISM");
                    assertThat(f.getParams()).containsEntry("country", "US");
                    assertThat(f.getPath()).matches("subprocessing\\.subprocessors\\[\\d+]\\.transfer");
                })
                .extracting(f -> f.getParams().get("recipient"))
                .containsExactly(
                        "Bluesky Social PBC",
                        "HighLevel Inc.",
                        "HubSpot Inc.",
                        "Instantly Inc.",
                        "LeadConnector",
                        "Mailgun Technologies Inc.",
                        "Reddit Inc.",
                        "Salesforce Inc.",
                        "Sentry Inc.",
                        "SendGrid Inc.",
                        "Snap Inc.",
                        "Twilio Inc.",
                        "The Rocket Science Group LLC (Mailchimp)",
                        "UptimeRobot Inc.",
                        "X Corp.",
                        "Zapier Inc.");
        // locations "third countries" (Google, Zoho) or "worldwide" (the Irish LinkedIn, Meta, Pinterest and TikTok
        // companies) without a mechanism are transfers to countries that are not named: errors as well
        assertThat(report.getFindingsAtOrAbove(Severity.ERROR))
                .filteredOn(f -> f.getRuleId().equals("TRANSFER_MECHANISM"))
                .extracting(Finding::getMessageKey)
                .containsOnly("TRANSFER_MECHANISM.missing", "TRANSFER_MECHANISM.unspecifiedRegion");
        assertThat(report.getFindingsAtOrAbove(Severity.ERROR))
                .filteredOn(f -> f.getMessageKey().equals("TRANSFER_MECHANISM.unspecifiedRegion"))
                .extracting(f -> f.getParams().get("recipient"))
                .hasSize(14)
                .contains(
                        "Google Ireland Ltd. (YouTube / YouTube Creative Studio)",
                        "LinkedIn Ireland Unlimited Company (LinkedIn Business)",
                        "Meta Platforms Ireland Ltd. (Threads)",
                        "Pinterest Europe Ltd.",
                        "TikTok Technology Limited (TikTok Business Center)",
                        "Zoho Corporation Pvt. Ltd.");
        assertThat(report.getFindings("TRANSFER_MECHANISM").get(0).message(Locale.GERMAN))
                .isEqualTo(
                        "Für Bluesky Social PBC ist kein Übermittlungsinstrument angegeben, obwohl in einem Drittland verarbeitet wird (Land: Vereinigte Staaten (US)).");
        assertThat(report.getFindings("ART33_2_DEADLINE")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
            assertThat(f.getPath()).isEqualTo("breachNotification.deadline");
            assertThat(f.getParams()).containsEntry("wording", "umgehend").containsEntry("term", "umgehend");
            assertThat(f.message(Locale.GERMAN))
                    .isEqualTo("Die Frist „umgehend“ entspricht dem gesetzlichen Maßstab; eine Stundenzahl (etwa 24"
                            + " oder 48) würde sie messbar machen.");
        });
    }

    @Test
    void should_inform_on_unverzueglich_and_report_no_transfer_finding_when_validating_just() {
        // given
        DataProcessingAgreement just = example("just-avv-de");

        // when
        ValidationReport report = Fixtures.validator().validate(just);

        // then
        assertThat(report.getFindings("ART33_2_DEADLINE")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
            assertThat(f.getMessageKey()).isEqualTo("ART33_2_DEADLINE.statutory");
            assertThat(f.getParams()).containsEntry("wording", "unverzüglich");
        });
        assertThat(report.getFindings()).extracting(Finding::getRuleId).doesNotContainAnyElementsOf(TRANSFER_RULES);
    }

    @Test
    void should_report_no_error_when_validating_the_english_example() {
        // given
        DataProcessingAgreement larkspur = example("larkspur-dpa-en");

        // when
        ValidationReport report = Fixtures.validator().validate(larkspur);

        // then
        assertThat(report.getFindingsAtOrAbove(Severity.ERROR)).isEmpty();
        assertThat(report.isAcceptable()).isTrue();
        report.assertNoFindingsAtOrAbove(Severity.ERROR, Locale.ENGLISH);
    }
}
