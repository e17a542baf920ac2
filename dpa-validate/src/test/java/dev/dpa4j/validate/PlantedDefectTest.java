/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.validate.PlantedDefects.Defect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Plants each defect of {@link PlantedDefects} into the complete agreement and counts how many the validator
 * reports under the expected rule at the expected severity (recall at the right severity).
 */
class PlantedDefectTest {

    /** The target of issue 11: at least 95 % of planted legal defects at the right severity. */
    private static final double TARGET = 0.95;

    @Test
    void should_flag_planted_defects_at_the_right_severity_when_planted_one_at_a_time() {
        // given
        List<Defect> defects = PlantedDefects.all();
        Validator validator = Fixtures.validator();
        assertThat(validator.validate(Fixtures.complete()).getFindings()).isEmpty();

        // when
        List<String> missed = new ArrayList<>();
        for (Defect defect : defects) {
            ValidationReport report = validator.validate(defect.plant().apply(Fixtures.complete()));
            boolean hit =
                    report.getFindings(defect.ruleId()).stream().anyMatch(f -> f.getSeverity() == defect.severity());
            if (!hit) {
                missed.add(defect + " -> "
                        + report.getFindings(defect.ruleId()).stream()
                                .map(f -> f.describe(Locale.ENGLISH))
                                .toList());
            }
        }
        double recall = (defects.size() - missed.size()) / (double) defects.size();

        // then
        assertThat(defects).hasSizeGreaterThanOrEqualTo(60);
        assertThat(recall)
                .as("recall %d/%d; missed: %s", defects.size() - missed.size(), defects.size(), missed)
                .isGreaterThanOrEqualTo(TARGET);
        assertThat(missed).as("every planted defect is found at its severity").isEmpty();
    }
}
