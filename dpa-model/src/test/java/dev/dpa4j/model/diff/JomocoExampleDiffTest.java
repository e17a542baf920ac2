/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import static dev.dpa4j.model.diff.ChangeClass.AUTHORISATION_REQUIRED;
import static dev.dpa4j.model.diff.ChangeClass.EDITORIAL;
import static dev.dpa4j.model.diff.ChangeClass.LOWERS_PROTECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.json.DpaJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The diff on the real Jomoco example (examples/jomoco-avv-de.json). Its § 8 makes every new sub-processor subject
 * to prior consent (authorisation {@code SPECIFIC}) and its measures may not be downgraded ({@code NO_DOWNGRADE}).
 */
class JomocoExampleDiffTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "jomoco-avv-de.json");

    private final AgreementDiff diff = AgreementDiff.asOf(JomocoVersions.AS_OF);

    @Test
    void should_report_the_four_changes_when_the_real_jomoco_example_changes() {
        // given
        DataProcessingAgreement current = DpaJson.read(EXAMPLE);
        DataProcessingAgreement next = JomocoVersions.exampleNext(current);

        // when
        ChangeSet changes = diff.diff(current, next);

        // then
        assertThat(changes.getChanges())
                .extracting(Change::getKind, Change::getPath, Change::getClasses)
                .containsExactly(
                        tuple(ChangeKind.MEASURE_CHANGED, "security.measures[2.1-1]", Set.of(LOWERS_PROTECTION)),
                        tuple(
                                ChangeKind.SUBPROCESSOR_LOCATION_MOVED,
                                "subprocessing.subprocessors[onepage].locations[PROCESSING:US]",
                                Set.of(AUTHORISATION_REQUIRED, LOWERS_PROTECTION)),
                        tuple(
                                ChangeKind.SUBPROCESSOR_REMOVED,
                                "subprocessing.subprocessors[pipedrive]",
                                Set.of(EDITORIAL)),
                        tuple(
                                ChangeKind.SUBPROCESSOR_ADDED,
                                "subprocessing.subprocessors[vercel]",
                                Set.of(AUTHORISATION_REQUIRED, LOWERS_PROTECTION)));
    }

    @Test
    void should_be_empty_when_the_real_example_is_compared_with_itself() {
        // given
        DataProcessingAgreement current = DpaJson.read(EXAMPLE);

        // when
        ChangeSet changes = diff.diff(current, DpaJson.read(EXAMPLE));

        // then
        assertThat(changes.getChanges()).isEmpty();
    }

    @Test
    void should_leave_the_dates_open_when_the_example_states_its_notice_period_only_in_words() {
        // given "unverzüglich" and no objection period
        SubprocessingTerms terms = DpaJson.read(EXAMPLE).getSubprocessing().orElseThrow();

        // when
        NoticeSchedule schedule =
                DeadlineCalculator.of(java.time.ZoneId.of("Europe/Berlin")).schedule(LocalDate.of(2026, 11, 23), terms);

        // then
        assertThat(schedule.getObjectionDeadline()).isEmpty();
        assertThat(schedule.getEarliestEffective()).isEmpty();
    }
}
