/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A period of calendar days during which a fact holds, such as membership of the EU or the
 * validity of an adequacy decision. Both ends are inclusive; an absent start means "since ever", an
 * absent end means "until further notice".
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class ValidityPeriod {

    private final Optional<LocalDate> from;
    private final Optional<LocalDate> until;

    @JsonCreator
    ValidityPeriod(@JsonProperty("from") @Nullable LocalDate from, @JsonProperty("until") @Nullable LocalDate until) {
        this.from = Optional.ofNullable(from);
        this.until = Optional.ofNullable(until);
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + until + ") before it starts (" + from + ")");
        }
    }

    /**
     * Returns the first day of the period.
     *
     * @return the first day, or empty if the period has no known start
     */
    public Optional<LocalDate> from() {
        return from;
    }

    /**
     * Returns the last day of the period.
     *
     * @return the last day, or empty if the period is open-ended
     */
    public Optional<LocalDate> until() {
        return until;
    }

    /**
     * Returns whether the given day lies within the period.
     *
     * @param day the day, not null
     * @return true if the day is on or after the first day and on or before the last day
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return from.map(start -> !day.isBefore(start)).orElse(true)
                && until.map(end -> !day.isAfter(end)).orElse(true);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidityPeriod that && from.equals(that.from) && until.equals(that.until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, until);
    }

    @Override
    public String toString() {
        return from.map(LocalDate::toString).orElse("") + ".."
                + until.map(LocalDate::toString).orElse("");
    }
}
