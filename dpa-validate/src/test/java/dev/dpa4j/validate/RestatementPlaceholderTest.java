/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Purpose;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code NOT_MERE_RESTATEMENT} judges the wording of the description of the processing (Art. 28(3) first sentence):
 * a placeholder still to be filled in ("[[SERVICE]]", as in the starter) is no such wording, so it counts for neither
 * side; {@code DOC_PLACEHOLDER} reports it. Catch-all and statute wording still make the rule fire.
 */
class RestatementPlaceholderTest {

    private static final Validator VALIDATOR = Fixtures.validator();

    @Test
    void should_not_call_placeholders_a_restatement_of_the_law() {
        DataProcessingAgreement placeholders = Fixtures.processing(
                Fixtures.complete(),
                p -> p.subjectMatter(LocalizedText.de("[[SERVICE]]"))
                        .purposes(List.of(Purpose.builder()
                                .description(LocalizedText.de("[[PURPOSE]]"))
                                .build()))
                        .dataCategories(List.of(DataCategory.builder()
                                .name(LocalizedText.de("[[DATA]]"))
                                .build()))
                        .dataSubjects(List.of()));

        ValidationReport report = VALIDATOR.validate(placeholders);

        assertThat(report.getFindings("NOT_MERE_RESTATEMENT")).isEmpty();
        assertThat(report.getFindings("DOC_PLACEHOLDER")).isNotEmpty();
    }

    @Test
    void should_still_call_catch_all_and_statute_wording_a_restatement() {
        DataProcessingAgreement generic = Fixtures.processing(
                Fixtures.complete(),
                p -> p.subjectMatter(LocalizedText.de("Datenverarbeitung"))
                        .purposes(List.of(Purpose.builder()
                                .description(LocalizedText.de("gemäß Art. 28 DSGVO"))
                                .build()))
                        .dataSubjects(List.of(DataSubjectCategory.builder()
                                .name(LocalizedText.de("Betroffene"))
                                .build())));

        assertThat(VALIDATOR.validate(generic).getFindings("NOT_MERE_RESTATEMENT"))
                .isNotEmpty();
    }
}
