/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DurationType;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.ProcessingDuration;
import dev.dpa4j.model.TimePeriod;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Art. 28(3) first sentence: the agreement sets out the duration of the processing. A duration whose only content is
 * wording that points to another contract or restates the law, with nothing typed that fixes it, is reported as a
 * pointer (issue 11, section 3); the same wording beside a coupling to the main contract, an end date or a notice
 * period is lawful and stays silent.
 */
class DurationPointerTest {

    private static final Validator VALIDATOR = Fixtures.validator();

    private static DataProcessingAgreement duration(ProcessingDuration.Builder duration) {
        return processing(complete(), p -> p.duration(duration.build()));
    }

    private static ProcessingDuration.Builder typed(DurationType type, LocalizedText description) {
        return ProcessingDuration.builder().type(type).description(description);
    }

    static Stream<Arguments> pointers() {
        return Stream.of(
                Arguments.of(
                        "de, main contract", typed(DurationType.FIXED_TERM, LocalizedText.de("nach dem Hauptvertrag"))),
                Arguments.of(
                        "de, contractual relationship",
                        typed(
                                DurationType.ONE_OFF,
                                LocalizedText.de("Die Dauer bestimmt sich im jeweiligen Vertragsverhältnis."))),
                Arguments.of(
                        "en, agreement",
                        typed(DurationType.FIXED_TERM, LocalizedText.en("As set forth in the Agreement."))),
                Arguments.of(
                        "en, indefinite without notice or termination, restating the law",
                        typed(DurationType.INDEFINITE_WITH_NOTICE, LocalizedText.en("As permitted by law."))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pointers")
    void should_report_a_pointer_when_the_duration_only_refers_elsewhere(
            String why, ProcessingDuration.Builder pointer) {
        // given
        DataProcessingAgreement a = duration(pointer);
        if (why.contains("without notice or termination")) {
            a = a.toBuilder().termination(java.util.Optional.empty()).build();
        }

        // when
        ValidationReport report = VALIDATOR.validate(a);

        // then
        assertThat(report.getFindings("ART28_3_DURATION")).singleElement().satisfies(f -> {
            assertThat(f.getMessageKey()).isEqualTo("ART28_3_DURATION.pointerOnly");
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getPath()).isEqualTo("processing.duration.description");
            assertThat(f.message(Locale.GERMAN)).contains("Art. 28 Abs. 3 DSGVO");
            assertThat(f.message(Locale.ENGLISH)).contains("Art. 28(3) GDPR");
        });
    }

    static Stream<Arguments> lawful() {
        LocalizedText follows = LocalizedText.de("Die Laufzeit folgt der Laufzeit des Hauptvertrags.");
        LocalizedText setForth = LocalizedText.en("As set forth in the Agreement.");
        return Stream.of(
                Arguments.of(
                        "coupled to the main contract, wording restating it", (UnaryOperator<DataProcessingAgreement>)
                                a -> duration(typed(DurationType.COUPLED_TO_MAIN_CONTRACT, follows))),
                Arguments.of(
                        "coupled to the main contract, wording a bare pointer",
                        (UnaryOperator<DataProcessingAgreement>) a -> duration(typed(
                                DurationType.COUPLED_TO_MAIN_CONTRACT, LocalizedText.de("nach dem Hauptvertrag")))),
                Arguments.of("fixed term with an end date", (UnaryOperator<DataProcessingAgreement>)
                        a -> duration(typed(DurationType.FIXED_TERM, setForth).end(LocalDate.of(2027, 12, 31)))),
                Arguments.of("one-off operation on a stated date", (UnaryOperator<DataProcessingAgreement>)
                        a -> duration(typed(DurationType.ONE_OFF, LocalizedText.de("gemäß Hauptvertrag"))
                                .end(LocalDate.of(2027, 3, 1)))),
                Arguments.of("indefinite with a notice period", (UnaryOperator<DataProcessingAgreement>)
                        a -> duration(typed(DurationType.INDEFINITE_WITH_NOTICE, setForth)
                                .noticePeriod(TimePeriod.of(3, PeriodUnit.MONTHS)))),
                Arguments.of("indefinite, ended by the termination clause", (UnaryOperator<DataProcessingAgreement>)
                        a -> duration(typed(DurationType.INDEFINITE_WITH_NOTICE, setForth))),
                Arguments.of("a specific wording of its own", (UnaryOperator<DataProcessingAgreement>)
                        a -> duration(typed(
                                        DurationType.FIXED_TERM,
                                        LocalizedText.en("The processing runs for the pilot phase, which ends on 31"
                                                + " December 2027."))
                                .end(LocalDate.of(2027, 12, 31)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lawful")
    void should_stay_silent_when_the_duration_is_set_out(String why, UnaryOperator<DataProcessingAgreement> change) {
        // given
        DataProcessingAgreement a = change.apply(complete());

        // when
        ValidationReport report = VALIDATOR.validate(a);

        // then
        assertThat(report.getFindings("ART28_3_DURATION"))
                .as(why)
                .extracting(f -> f.describe(Locale.ENGLISH))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pointers")
    void should_report_no_end_not_a_pointer_when_a_start_is_typed(String why, ProcessingDuration.Builder pointer) {
        // given: a typed start is content of its own; what is missing then is the end
        DataProcessingAgreement a = duration(pointer.start(LocalDate.of(2026, 1, 1)));
        if (why.contains("without notice or termination")) {
            a = a.toBuilder().termination(java.util.Optional.empty()).build();
        }

        // when
        ValidationReport report = VALIDATOR.validate(a);

        // then
        assertThat(report.getFindings("ART28_3_DURATION"))
                .extracting(Finding::getMessageKey)
                .containsExactly("ART28_3_DURATION.noEnd");
    }
}
