/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TransferRegime;
import dev.dpa4j.model.json.DpaJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The US SaaS example {@code examples/quillfeather-dpa-en-de.json}: EU, UK and Swiss customers, module 2 to the
 * vendor and module 3 onward, the UK Addendum, the Swiss adaptations, a DPF-certified and a non-certified US
 * sub-processor and an onward transfer to India. It must validate without an error; a stale DPF check a year later
 * shows that the example is judged, not exempted.
 */
class TransferExampleTest {

    private static DataProcessingAgreement example() {
        return DpaJson.read(Path.of("..", "examples", "quillfeather-dpa-en-de.json"));
    }

    @Test
    void should_report_no_error_when_validating_the_us_saas_example() {
        ValidationReport report = Fixtures.validator().validate(example());
        report.assertNoFindingsAtOrAbove(Severity.ERROR, Locale.ENGLISH);
        assertThat(report.getFindings())
                .filteredOn(f -> f.getRuleId().startsWith("SCC_")
                        || f.getRuleId().startsWith("DPF_")
                        || f.getRuleId().startsWith("TIA_")
                        || f.getRuleId().endsWith("_TRANSFER_TOOL")
                        || f.getRuleId().equals("TRANSFER_MECHANISM"))
                .extracting(f -> f.describe(Locale.ENGLISH))
                .isEmpty();
    }

    @Test
    void should_cover_all_three_regimes_and_the_chain() {
        DataProcessingAgreement a = example();
        assertThat(a.getTransfers().orElseThrow().getExportRegimes())
                .containsExactly(TransferRegime.EU, TransferRegime.UK, TransferRegime.CH);
        Subprocessor beacon =
                a.getSubprocessing().orElseThrow().getSubprocessors().get(1);
        assertThat(beacon.getSubprocessors())
                .singleElement()
                .satisfies(s -> assertThat(s.getUkTransfer()).isPresent());
    }

    @Test
    void should_flag_the_dpf_check_as_stale_a_year_later() {
        Validator later = Validator.builder().asOf(LocalDate.of(2027, 12, 1)).build();
        assertThat(later.validate(example()).getFindings("DPF_CERTIFICATION"))
                .extracting(Finding::getMessageKey)
                .containsOnly("DPF_CERTIFICATION.stale");
    }

    @Test
    void should_hold_every_text_in_german_and_english() {
        // the writer sorts keys, so a text in both languages is a "de" line directly followed by an "en" line
        String[] lines = DpaJson.write(example()).split("\n", -1);
        int texts = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("\"de\": \"")) {
                texts++;
                assertThat(lines[i + 1].strip()).as("line %d", i + 2).startsWith("\"en\": \"");
            } else if (line.startsWith("\"en\": \"")) {
                assertThat(lines[i - 1].strip()).as("line %d", i).startsWith("\"de\": \"");
            }
        }
        assertThat(texts).isGreaterThan(40);
        assertThat(example().getLanguages()).containsExactly("en", "de");
    }
}
