/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Computes the end of the periods an agreement grants after a notice: the objection deadline and the earliest date
 * a change may take effect.
 *
 * <h2>Counting convention</h2>
 * The convention follows §§ 187 to 193 BGB, which German courts apply to contractual periods:
 * <ul>
 *   <li>The day on which the notice is given does not count (§ 187(1) BGB); counting starts with the next day.
 *   <li>{@code CALENDAR_DAYS}: the period ends with the expiry of the n-th day after the notice day.
 *   <li>{@code WEEKS} and {@code MONTHS}: the period ends with the expiry of the day of the last week or month that
 *       bears the same weekday or number as the notice day; where that month is shorter, with its last day
 *       (§ 188(2), (3) BGB).
 *   <li>{@code BUSINESS_DAYS}: Monday to Friday, except the caller's holidays; the period ends with the expiry of the
 *       n-th business day after the notice day.
 *   <li>{@code HOURS}: the period ends exactly n hours after the instant of the notice (elapsed time, so a change of
 *       daylight saving time does not shorten or lengthen it), and is never extended.
 *   <li>A period in days, weeks or months whose last day is a Saturday, Sunday or holiday ends on the next business
 *       day instead (§ 193 BGB); {@link #withEndExtendedToBusinessDay(boolean)} turns this off.
 *   <li>A day ends at 24:00 in the calculator's zone: {@link Deadline#getExpiresAt()} is the start of the following
 *       day, and a declaration must arrive before it.
 * </ul>
 * The zone is always explicit; nothing reads the default time zone or the clock. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DeadlineCalculator {

    private final ZoneId zone;
    private final HolidayCalendar holidays;
    private final boolean extendToBusinessDay;

    private DeadlineCalculator(ZoneId zone, HolidayCalendar holidays, boolean extendToBusinessDay) {
        this.zone = zone;
        this.holidays = holidays;
        this.extendToBusinessDay = extendToBusinessDay;
    }

    /**
     * Obtains a calculator for the given zone, without holidays and with the § 193 BGB extension.
     *
     * @param zone the zone in which days begin and end, usually the controller's, not null
     * @return the calculator
     */
    public static DeadlineCalculator of(ZoneId zone) {
        return new DeadlineCalculator(Objects.requireNonNull(zone, "zone"), HolidayCalendar.none(), true);
    }

    /**
     * Returns a copy that treats the given holidays as non-business days.
     *
     * @param calendar the holidays, not null
     * @return a calculator with these holidays
     */
    public DeadlineCalculator withHolidays(HolidayCalendar calendar) {
        return new DeadlineCalculator(zone, Objects.requireNonNull(calendar, "calendar"), extendToBusinessDay);
    }

    /**
     * Returns a copy that does or does not move a last day that is a Saturday, Sunday or holiday to the next business
     * day.
     *
     * @param extend whether to extend to the next business day
     * @return a calculator with this setting
     */
    public DeadlineCalculator withEndExtendedToBusinessDay(boolean extend) {
        return new DeadlineCalculator(zone, holidays, extend);
    }

    /**
     * Returns the zone of this calculator.
     *
     * @return the zone
     */
    public ZoneId getZone() {
        return zone;
    }

    /**
     * Returns whether the date is a business day: Monday to Friday and not a holiday.
     *
     * @param date the date, not null
     * @return whether it is a business day
     */
    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /**
     * Computes the end of a period that starts with an event.
     *
     * @param event the instant of the event, for example the receipt of a notice, not null
     * @param period the period, not null
     * @return the deadline
     */
    public Deadline deadline(Instant event, TimePeriod period) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(period, "period");
        ZonedDateTime start = event.atZone(zone);
        int n = period.getAmount();
        if (period.getUnit() == dev.dpa4j.model.PeriodUnit.HOURS) {
            ZonedDateTime end = start.plusHours(n).withZoneSameInstant(zone);
            return new Deadline(period, end.toLocalDate(), end, false);
        }
        LocalDate day = start.toLocalDate();
        LocalDate last = switch (period.getUnit()) {
            case CALENDAR_DAYS -> day.plusDays(n);
            case WEEKS -> day.plusWeeks(n);
            case MONTHS -> day.plusMonths(n);
            case BUSINESS_DAYS -> plusBusinessDays(day, n);
            case HOURS -> throw new IllegalStateException("handled above");
        };
        boolean extended = false;
        if (extendToBusinessDay) {
            while (!isBusinessDay(last)) {
                last = last.plusDays(1);
                extended = true;
            }
        }
        return new Deadline(period, last, last.plusDays(1).atStartOfDay(zone), extended);
    }

    private LocalDate plusBusinessDays(LocalDate day, int n) {
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isBusinessDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /**
     * Computes the dates that follow from a notice under the agreement's sub-processing terms.
     *
     * @param noticeGiven the instant the notice reached the controller, not null
     * @param terms the sub-processing terms in force (of the old version), not null
     * @return the schedule; periods the terms state only in words are empty
     */
    public NoticeSchedule schedule(Instant noticeGiven, SubprocessingTerms terms) {
        Objects.requireNonNull(noticeGiven, "noticeGiven");
        Objects.requireNonNull(terms, "terms");
        return new NoticeSchedule(
                noticeGiven.atZone(zone),
                typed(noticeGiven, terms.getObjectionPeriod().orElse(null)),
                typed(noticeGiven, terms.getNoticePeriod().orElse(null)));
    }

    /**
     * Computes the dates that follow from a notice given on a date; the notice counts as given at the start of that
     * day in this calculator's zone (which matters only for periods in hours).
     *
     * @param noticeDate the date the notice reached the controller, not null
     * @param terms the sub-processing terms in force (of the old version), not null
     * @return the schedule
     */
    public NoticeSchedule schedule(LocalDate noticeDate, SubprocessingTerms terms) {
        Objects.requireNonNull(noticeDate, "noticeDate");
        return schedule(noticeDate.atStartOfDay(zone).toInstant(), terms);
    }

    private @Nullable Deadline typed(Instant event, @Nullable TimeLimit limit) {
        if (limit == null || limit.getPeriod().isEmpty()) {
            return null;
        }
        return deadline(event, limit.getPeriod().get());
    }
}
