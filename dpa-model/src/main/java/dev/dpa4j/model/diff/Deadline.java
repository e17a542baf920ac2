/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import dev.dpa4j.model.TimePeriod;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The end of a period counted from an event: the last day of the period and the instant it expires.
 *
 * <p>{@link #getExpiresAt()} is exclusive: a declaration is in time if it arrives before that instant. For periods in
 * days, weeks or months it is the start of the day after {@link #getLastDay()} in the calculator's zone (the period
 * ends with the expiry of its last day, 24:00); for periods in hours it is the event plus the hours. Instances are
 * immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Deadline {

    private final TimePeriod period;
    private final LocalDate lastDay;
    private final ZonedDateTime expiresAt;
    private final boolean extended;

    Deadline(TimePeriod period, LocalDate lastDay, ZonedDateTime expiresAt, boolean extended) {
        this.period = period;
        this.lastDay = lastDay;
        this.expiresAt = expiresAt;
        this.extended = extended;
    }

    /**
     * Returns the period that was counted.
     *
     * @return the period
     */
    public TimePeriod getPeriod() {
        return period;
    }

    /**
     * Returns the last day on which the period runs, in the calculator's zone.
     *
     * @return the last day of the period
     */
    public LocalDate getLastDay() {
        return lastDay;
    }

    /**
     * Returns the first instant after the period, in the calculator's zone.
     *
     * @return the instant the period expires (exclusive)
     */
    public ZonedDateTime getExpiresAt() {
        return expiresAt;
    }

    /**
     * Returns whether the last day was moved to the next business day because it fell on a Saturday, Sunday or
     * holiday.
     *
     * @return whether the end was extended to the next business day
     */
    public boolean isExtended() {
        return extended;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Deadline that
                && period.equals(that.period)
                && lastDay.equals(that.lastDay)
                && expiresAt.equals(that.expiresAt)
                && extended == that.extended;
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, lastDay, expiresAt, extended);
    }

    @Override
    public String toString() {
        return "Deadline[" + period.getAmount() + " " + period.getUnit() + ", last day " + lastDay + ", expires "
                + expiresAt + (extended ? ", extended" : "") + "]";
    }
}
