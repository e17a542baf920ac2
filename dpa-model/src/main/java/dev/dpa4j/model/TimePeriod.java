/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.Objects;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A period of time as an amount and a unit, such as 24 hours or 30 calendar days.
 *
 * <p>In JSON: <code>{"amount": 30, "unit": "CALENDAR_DAYS"}</code>. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = TimePeriod.Builder.class)
public abstract class TimePeriod {
    TimePeriod() {}

    /**
     * Obtains a period.
     *
     * @param amount the amount, not negative
     * @param unit the unit, not null
     * @return the period
     * @throws IllegalStateException if the amount is negative
     */
    public static TimePeriod of(int amount, PeriodUnit unit) {
        return builder()
                .amount(amount)
                .unit(Objects.requireNonNull(unit, "unit"))
                .build();
    }

    /**
     * Obtains a period in hours.
     *
     * @param hours the number of hours, not negative
     * @return the period
     */
    public static TimePeriod ofHours(int hours) {
        return of(hours, PeriodUnit.HOURS);
    }

    /**
     * Obtains a period in calendar days.
     *
     * @param days the number of calendar days, not negative
     * @return the period
     */
    public static TimePeriod ofCalendarDays(int days) {
        return of(days, PeriodUnit.CALENDAR_DAYS);
    }

    /**
     * Returns the amount.
     *
     * @return the amount, not negative
     */
    public abstract int getAmount();

    /**
     * Returns the unit.
     *
     * @return the unit
     */
    public abstract PeriodUnit getUnit();

    @Value.Check
    final void checkAmount() {
        if (getAmount() < 0) {
            throw new IllegalStateException("'amount' must not be negative, but was " + getAmount());
        }
    }

    /**
     * Returns a new, empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link TimePeriod}.
     */
    public static final class Builder extends ImmutableTimePeriod.Builder {
        Builder() {}
    }
}
