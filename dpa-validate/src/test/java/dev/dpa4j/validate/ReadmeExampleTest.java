/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The validation example of the README, with a company policy registered as a custom rule pack. */
class ReadmeExampleTest {

    @Test
    void should_report_policy_and_legal_findings_when_validating_as_in_the_readme() {
        // given
        List<String> lines = new ArrayList<>();

        // when
        // --- README: validation ---
        Validator validator = Validator.builder()
                .asOf(LocalDate.of(2026, 11, 23)) // adequacy and transfer tools are judged at this date
                .addPack(new EeaOnlyPolicy()) // company policy: sub-processors only in the EEA
                .severity("ART33_2_DEADLINE", Severity.ERROR) // we insist on a deadline in hours
                .build();
        DataProcessingAgreement dpa = DpaJson.read(Path.of("../examples/jomoco-avv-de.json"));
        ValidationReport report = validator.validate(dpa);
        for (Finding f : report.getFindingsAtOrAbove(Severity.ERROR)) {
            lines.add(f.getRuleId() + " " + f.getPath() + ": " + f.message(Locale.GERMAN) + " "
                    + f.formatLegalReferences(Locale.GERMAN));
        }
        String json = report.toJson(Locale.ENGLISH); // what `dpa validate --format json` prints
        // --- README end ---

        // then
        assertThat(report.isAcceptable()).isFalse();
        assertThat(lines)
                .contains(
                        "ART33_2_DEADLINE breachNotification.deadline: Die Frist „umgehend“ entspricht dem gesetzlichen"
                                + " Maßstab; eine Stundenzahl (etwa 24 oder 48) würde sie messbar machen."
                                + " [Art. 33 Abs. 2 DSGVO, Art. 33 Abs. 1 DSGVO]")
                .contains("acme-policy:EEA_ONLY subprocessing.subprocessors[4]: Unternehmensrichtlinie: Der"
                        + " Unterauftragsverarbeiter HighLevel Inc. verarbeitet außerhalb des EWR (Land: Vereinigte"
                        + " Staaten (US)). []");
        assertThat(report.getFindings("acme-policy:EEA_ONLY"))
                .extracting(f -> f.getParams().get("name"))
                .contains("Bluesky Social PBC", "Zapier Inc.")
                .doesNotContain("Hetzner Online GmbH", "IONOS SE");
        assertThat(report.getPacks()).containsEntry("acme-policy", "2026.11");
        assertThat(json).contains("\"ruleId\": \"acme-policy:EEA_ONLY\"");
        assertThatThrownBy(() -> report.assertNoFindingsAtOrAbove(Severity.ERROR, Locale.ENGLISH))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("acme-policy:EEA_ONLY");
    }

    @Test
    void should_find_the_policy_only_when_discovery_is_requested() {
        // given
        ClassLoader loader = ReadmeExampleTest.class.getClassLoader();

        // when
        Validator explicit = Validator.builder().asOf(Fixtures.AS_OF).build();
        Validator discovering =
                Validator.builder().asOf(Fixtures.AS_OF).discoverPacks(loader).build();

        // then
        assertThat(explicit.packs()).containsOnlyKeys("structure", "gdpr", "de", "change");
        assertThat(discovering.packs()).containsEntry("acme-policy", "2026.11");
        assertThat(discovering.rules()).extracting(d -> d.getId()).contains("acme-policy:EEA_ONLY");
        assertThat(discovering.validate(Fixtures.complete()).getFindings("acme-policy:EEA_ONLY"))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.message(Locale.ENGLISH))
                                .isEqualTo(
                                        "Company policy: sub-processor Example Mail Inc. processes outside the EEA (country: United States (US))."));
    }
}
