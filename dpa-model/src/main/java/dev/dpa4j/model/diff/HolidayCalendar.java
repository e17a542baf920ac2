/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The public holidays the caller observes, for counting business days. The library ships no holiday data: holidays
 * differ by state and year, so the caller supplies them.
 *
 * <p>Implementations must be thread-safe and deterministic.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface HolidayCalendar {

    /**
     * Returns whether the date is a public holiday.
     *
     * @param date the date, not null
     * @return whether it is a holiday
     */
    boolean isHoliday(LocalDate date);

    /**
     * Returns a calendar without holidays.
     *
     * @return a calendar in which no date is a holiday
     */
    static HolidayCalendar none() {
        return date -> false;
    }

    /**
     * Returns a calendar with exactly the given holidays.
     *
     * @param holidays the holidays, not null
     * @return the calendar
     */
    static HolidayCalendar of(Collection<LocalDate> holidays) {
        Set<LocalDate> copy = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
        return copy::contains;
    }
}
