/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Good Friday and Easter Monday 2026, as a caller in Germany would supply them. */
    private static final HolidayCalendar EASTER_2026 =
            HolidayCalendar.of(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)));

    private final DeadlineCalculator calculator = DeadlineCalculator.of(BERLIN);

    private static Instant berlin(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BERLIN).toInstant();
    }

    @Test
    void should_end_at_midnight_after_the_last_day_when_counting_calendar_days() {
        // given a notice on Friday 6 March 2026, 15:30; the notice day does not count
        Instant notice = berlin(2026, 3, 6, 15, 30);

        // when
        Deadline deadline = calculator.deadline(notice, TimePeriod.ofCalendarDays(14));

        // then
        assertThat(deadline.getLastDay()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(deadline.getExpiresAt()).isEqualTo(ZonedDateTime.of(2026, 3, 21, 0, 0, 0, 0, BERLIN));
        assertThat(deadline.getExpiresAt().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(deadline.isExtended()).isFalse();
    }

    @Test
    void should_skip_the_weekend_when_counting_business_days() {
        // given a notice on Friday 6 March 2026
        Instant notice = berlin(2026, 3, 6, 9, 0);

        // when
        Deadline deadline = calculator.deadline(notice, TimePeriod.of(3, PeriodUnit.BUSINESS_DAYS));

        // then Monday 9, Tuesday 10, Wednesday 11 March
        assertThat(deadline.getLastDay()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(deadline.getExpiresAt()).isEqualTo(ZonedDateTime.of(2026, 3, 12, 0, 0, 0, 0, BERLIN));
    }

    @Test
    void should_skip_supplied_holidays_when_counting_business_days() {
        // given a notice on Thursday 26 March 2026, with Good Friday and Easter Monday as holidays
        Instant notice = berlin(2026, 3, 26, 10, 0);
        TimePeriod tenBusinessDays = TimePeriod.of(10, PeriodUnit.BUSINESS_DAYS);

        // when
        Deadline without = calculator.deadline(notice, tenBusinessDays);
        Deadline with = calculator.withHolidays(EASTER_2026).deadline(notice, tenBusinessDays);

        // then 27, 30, 31 March, 1, 2, 7, 8, 9, 10, 13 April with the holidays; up to 9 April without
        assertThat(without.getLastDay()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(with.getLastDay()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(with.getExpiresAt()).isEqualTo(ZonedDateTime.of(2026, 4, 14, 0, 0, 0, 0, BERLIN));
        assertThat(with.getExpiresAt().getOffset().getTotalSeconds()).isEqualTo(7200);
    }

    @Test
    void should_move_the_last_day_to_the_next_business_day_when_it_falls_on_a_holiday_weekend() {
        // given a notice on Friday 6 March 2026; four weeks end on Good Friday 3 April
        Instant notice = berlin(2026, 3, 6, 12, 0);
        TimePeriod fourWeeks = TimePeriod.of(4, PeriodUnit.WEEKS);

        // when
        Deadline plain = calculator.deadline(notice, fourWeeks);
        Deadline holidays = calculator.withHolidays(EASTER_2026).deadline(notice, fourWeeks);
        Deadline strict = calculator
                .withHolidays(EASTER_2026)
                .withEndExtendedToBusinessDay(false)
                .deadline(notice, fourWeeks);

        // then Friday 3 April is a business day without the calendar; with it, Tuesday 7 April (§ 193 BGB)
        assertThat(plain.getLastDay()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(plain.isExtended()).isFalse();
        assertThat(holidays.getLastDay()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(holidays.isExtended()).isTrue();
        assertThat(strict.getLastDay()).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void should_end_on_the_last_day_of_a_shorter_month_when_counting_months() {
        // given a notice on 31 January 2026; 28 February 2026 is a Saturday
        Instant notice = berlin(2026, 1, 31, 8, 0);

        // when
        Deadline extended = calculator.deadline(notice, TimePeriod.of(1, PeriodUnit.MONTHS));
        Deadline strict =
                calculator.withEndExtendedToBusinessDay(false).deadline(notice, TimePeriod.of(1, PeriodUnit.MONTHS));

        // then
        assertThat(strict.getLastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(extended.getLastDay()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void should_count_elapsed_hours_across_the_switch_to_summer_time() {
        // given a notice on Saturday 28 March 2026, 12:00 CET; clocks go forward on 29 March
        Instant notice = berlin(2026, 3, 28, 12, 0);

        // when
        Deadline deadline = calculator.deadline(notice, TimePeriod.ofHours(48));

        // then 48 elapsed hours later it is 13:00 CEST on Monday, never extended
        assertThat(deadline.getExpiresAt()).isEqualTo(ZonedDateTime.of(2026, 3, 30, 13, 0, 0, 0, BERLIN));
        assertThat(deadline.getExpiresAt().toInstant()).isEqualTo(notice.plusSeconds(48 * 3600));
        assertThat(deadline.isExtended()).isFalse();
    }

    @Test
    void should_use_the_given_zone_when_the_notice_instant_is_late_in_the_evening() {
        // given 23:30 in Berlin is already the next day in Tokyo
        Instant notice = berlin(2026, 3, 9, 23, 30);

        // when
        Deadline berlin = calculator.deadline(notice, TimePeriod.ofCalendarDays(1));
        Deadline tokyo = DeadlineCalculator.of(ZoneId.of("Asia/Tokyo")).deadline(notice, TimePeriod.ofCalendarDays(1));

        // then
        assertThat(berlin.getLastDay()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(tokyo.getLastDay()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void should_compute_objection_deadline_and_earliest_effective_date_when_terms_are_typed() {
        // given the Jomoco terms: objection within 14 calendar days, notice four weeks ahead
        SubprocessingTerms terms = JomocoVersions.terms().build();

        // when
        NoticeSchedule schedule = calculator.schedule(LocalDate.of(2026, 3, 2), terms);

        // then
        assertThat(schedule.getNoticeGiven()).isEqualTo(ZonedDateTime.of(2026, 3, 2, 0, 0, 0, 0, BERLIN));
        assertThat(schedule.getObjectionDeadline().orElseThrow().getLastDay()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(schedule.getNoticePeriodEnd().orElseThrow().getLastDay()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(schedule.getEarliestEffective()).contains(ZonedDateTime.of(2026, 3, 31, 0, 0, 0, 0, BERLIN));
    }

    @Test
    void should_leave_dates_empty_when_terms_state_periods_only_in_words() {
        // given
        SubprocessingTerms terms = JomocoVersions.terms()
                .objectionPeriod(TimeLimit.builder()
                        .wording(dev.dpa4j.model.LocalizedText.de("angemessen"))
                        .build())
                .noticePeriod(java.util.Optional.empty())
                .build();

        // when
        NoticeSchedule schedule = calculator.schedule(LocalDate.of(2026, 3, 2), terms);

        // then
        assertThat(schedule.getObjectionDeadline()).isEmpty();
        assertThat(schedule.getNoticePeriodEnd()).isEmpty();
        assertThat(schedule.getEarliestEffective()).isEmpty();
    }
}
