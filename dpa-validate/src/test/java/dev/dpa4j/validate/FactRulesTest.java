/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The rules on facts beside the clauses where the planted-defect and near-miss tables cannot say enough: a residency
 * exception that names a listed recipient turns the contradiction of X_EEA_ONLY_CONTRADICTION into a warning, and
 * the discretion lexicon reads English as well as German.
 */
class FactRulesTest {

    private static final Validator VALIDATOR = Fixtures.validator();

    @Test
    void should_report_a_contradiction_when_no_exception_names_the_us_recipient() {
        // given
        DataProcessingAgreement a = transfers(
                complete(),
                t -> t.euEeaOnly(true)
                        .addResidencyExceptions(LocalizedText.en("Support staff of the processor in Switzerland.")));

        // when
        ValidationReport report = VALIDATOR.validate(a);

        // then
        assertThat(report.getFindings("X_EEA_ONLY_CONTRADICTION"))
                .extracting(Finding::getSeverity, Finding::getPath)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        Severity.ERROR, "subprocessing.subprocessors[1].locations[0]"));
    }

    @Test
    void should_report_an_exception_not_a_contradiction_when_an_exception_names_the_us_recipient() {
        // given
        DataProcessingAgreement a = transfers(
                complete(),
                t -> t.euEeaOnly(true)
                        .addResidencyExceptions(LocalizedText.en(
                                "Transactional e-mail is sent by example mail inc. from the United States.")));

        // when
        ValidationReport report = VALIDATOR.validate(a);

        // then
        assertThat(report.getFindings("X_EEA_ONLY_CONTRADICTION"))
                .extracting(Finding::getSeverity, Finding::getPath)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        Severity.WARNING, "subprocessing.subprocessors[1].locations[0]"));
        assertThat(report.getFindings("RESIDENCY_EXCEPTIONS")).isEmpty();
    }

    @Test
    void should_name_the_open_term_when_an_english_exception_is_at_the_processors_discretion() {
        // given
        DataProcessingAgreement a = transfers(
                complete(),
                t -> t.euEeaOnly(true)
                        .addResidencyExceptions(LocalizedText.en(
                                "Example Mail Inc. may access data from the United States where necessary.")));

        // when
        ValidationReport report = VALIDATOR.validate(a);

        // then
        assertThat(report.getFindings("RESIDENCY_EXCEPTIONS")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getPath()).isEqualTo("transfers.residencyExceptions[0]");
            assertThat(f.message(Locale.ENGLISH)).contains("\"where necessary\"");
            assertThat(f.message(Locale.GERMAN)).contains("„where necessary“");
        });
    }

    @Test
    void should_stay_silent_on_an_exception_that_only_repeats_the_statutory_one_in_either_language() {
        for (LocalizedText statutory : java.util.List.of(
                LocalizedText.en("where required by Union or Member State law"),
                LocalizedText.en(
                        "unless required to do so by Union or Member State law to which the processor is" + " subject"),
                LocalizedText.de("soweit das Unionsrecht oder das Recht der Mitgliedstaaten dies verlangt"),
                LocalizedText.de("sofern der Auftragsverarbeiter durch das Recht der Union oder der Mitgliedstaaten"
                        + " hierzu verpflichtet ist"))) {
            // given: a promise with no place outside the EU/EEA, and only the statutory exception
            DataProcessingAgreement a = transfers(
                    subprocessing(complete(), s -> s.subprocessors(java.util.List.of(germanHost()))),
                    t -> t.euEeaOnly(true).addResidencyExceptions(statutory));

            // when
            ValidationReport report = VALIDATOR.validate(a);

            // then
            assertThat(report.getFindings("RESIDENCY_EXCEPTIONS"))
                    .as("%s", statutory)
                    .isEmpty();
        }
    }

    @Test
    void should_warn_on_open_exceptions_in_either_language() {
        for (String[] open : new String[][] {
            {"en", "Support access from outside the EU as necessary.", "as necessary"},
            {"en", "Access from third countries at our discretion.", "at our discretion"},
            {"de", "Support-Zugriffe aus Drittländern bei Bedarf.", "bei bedarf"},
            {"en", "where required by Union or Member State law, and otherwise at its sole discretion", "at its"}
        }) {
            // given
            LocalizedText text = open[0].equals("de") ? LocalizedText.de(open[1]) : LocalizedText.en(open[1]);
            DataProcessingAgreement a =
                    transfers(complete(), t -> t.euEeaOnly(true).addResidencyExceptions(text));

            // when
            ValidationReport report = VALIDATOR.validate(a);

            // then
            assertThat(report.getFindings("RESIDENCY_EXCEPTIONS"))
                    .as(open[1])
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.getMessageKey()).isEqualTo("RESIDENCY_EXCEPTIONS.open");
                        assertThat(f.getParams().get("term")).startsWith(open[2]);
                    });
        }
    }

    @Test
    void should_stay_silent_on_an_exception_under_union_or_member_state_law_alone_in_either_language() {
        for (LocalizedText closed : java.util.List.of(
                LocalizedText.en("if necessary to comply with Union law"),
                LocalizedText.en("where necessary to comply with the laws of a Member State to which the processor is"
                        + " subject"),
                LocalizedText.de("soweit das Unionsrecht es verlangt"),
                LocalizedText.de("falls erforderlich, um dem Recht eines Mitgliedstaats nachzukommen"))) {
            // given: Art. 28(3)(a) allows processing that Union or Member State law requires; one of them is narrower
            DataProcessingAgreement a = transfers(
                    subprocessing(complete(), s -> s.subprocessors(java.util.List.of(germanHost()))),
                    t -> t.euEeaOnly(true).addResidencyExceptions(closed));

            // when
            ValidationReport report = VALIDATOR.validate(a);

            // then
            assertThat(report.getFindings("RESIDENCY_EXCEPTIONS"))
                    .as("%s", closed)
                    .extracting(f -> f.describe(Locale.ENGLISH))
                    .isEmpty();
        }
    }

    @Test
    void should_warn_when_an_exception_adds_other_law_or_only_names_the_eu_as_a_place() {
        for (String open : new String[] {
            "if necessary to comply with Union law or the laws of the United States",
            "where required by EU law or any other applicable law, as necessary",
            "Access from outside the EU where necessary."
        }) {
            // given
            DataProcessingAgreement a =
                    transfers(complete(), t -> t.euEeaOnly(true).addResidencyExceptions(LocalizedText.en(open)));

            // when
            ValidationReport report = VALIDATOR.validate(a);

            // then
            assertThat(report.getFindings("RESIDENCY_EXCEPTIONS"))
                    .as(open)
                    .extracting(Finding::getMessageKey)
                    .containsExactly("RESIDENCY_EXCEPTIONS.open");
        }
    }

    @Test
    void should_not_take_third_country_law_for_the_statutory_exception() {
        // given: "required by law" of a third country is exactly what a residency promise guards against
        DataProcessingAgreement a = transfers(
                complete(),
                t -> t.euEeaOnly(true)
                        .addResidencyExceptions(
                                LocalizedText.en("where necessary to comply with the laws of the United States")));

        // when
        ValidationReport report = VALIDATOR.validate(a);

        // then
        assertThat(report.getFindings("RESIDENCY_EXCEPTIONS"))
                .extracting(Finding::getMessageKey)
                .containsExactly("RESIDENCY_EXCEPTIONS.open");
    }
}
