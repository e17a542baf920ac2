/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A time limit as an agreement states it: a typed period, the original wording, or both.
 *
 * <p>Vague wording such as "umgehend" or "without undue delay" is kept verbatim in
 * {@link #getWording()}, so that validators can judge it and renderers can quote it.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = TimeLimit.Builder.class)
public abstract class TimeLimit {
    TimeLimit() {}

    /**
     * Returns the period, if stated.
     *
     * @return the period, or empty
     */
    public abstract Optional<TimePeriod> getPeriod();

    /**
     * Returns the wording in the agreement, if stated.
     *
     * @return the wording in the agreement, or empty
     */
    public abstract Optional<LocalizedText> getWording();

    @Value.Check
    final void checkNotEmpty() {
        if (getPeriod().isEmpty() && getWording().isEmpty()) {
            throw new IllegalStateException("A time limit needs at least one of 'period' and 'wording'");
        }
    }

    /**
     * Returns the condition under which, or the source from which, this period applies (for example "for enterprise customers" or "according to Annex 3"), if stated.
     *
     * @return the condition or source of the period, or empty
     */
    public abstract Optional<LocalizedText> getCondition();

    /**
     * Returns further periods that the agreement states for the same obligation, each with its own condition or source if it has one. Two periods without conditions that separate them contradict each other (for example 5 days in one clause, 15 days in another).
     *
     * @return the further periods for the same obligation, in the order given; may be empty
     */
    public abstract List<TimeLimit> getAlternatives();

    /**
     * Returns a new, empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with the values of this instance.
     *
     * @return a new builder holding a copy of this instance's values
     */
    public final Builder toBuilder() {
        return builder().from(this);
    }

    /**
     * A builder for {@link TimeLimit}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableTimeLimit.Builder {
        Builder() {}
    }
}
