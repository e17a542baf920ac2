/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.AS_OF;
import static dev.dpa4j.validate.Fixtures.complete;
import static dev.dpa4j.validate.Fixtures.security;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TomCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run scans each translation once for several rules and looks for company names only where
 * {@code SUBPROC_NAMED_UNLISTED} needs them (issue #14); the names it reports do not depend on which other rule
 * scanned a text first, or on whether one did.
 */
class NamedCompanyScanTest {

    private static List<String> named(Validator validator, DataProcessingAgreement a) {
        return validator.validate(a).getFindings("SUBPROC_NAMED_UNLISTED").stream()
                .map(f -> f.getPath() + " " + f.getParams())
                .toList();
    }

    @Test
    void should_report_the_same_names_when_the_rules_that_scan_texts_first_are_disabled() {
        DataProcessingAgreement a = security(
                complete(),
                s -> s.addMeasures(TechnicalOrganisationalMeasure.builder()
                        .category(TomCategory.AVAILABILITY_CONTROL)
                        .description(LocalizedText.de(
                                "Tägliche Sicherung der Datenbank bei der Backup Solutions GmbH in Frankfurt [[Ort]]"))
                        .build()));
        List<String> all = named(Validator.builder().asOf(AS_OF).build(), a);
        assertThat(all).hasSize(1).first().asString().contains("Backup Solutions GmbH");
        assertThat(named(
                        Validator.builder().asOf(AS_OF).disable("DOC_REFERENCE").build(), a))
                .isEqualTo(all);
        assertThat(named(
                        Validator.builder()
                                .asOf(AS_OF)
                                .disable("DOC_REFERENCE")
                                .disable("DOC_PLACEHOLDER")
                                .build(),
                        a))
                .isEqualTo(all);
    }
}
