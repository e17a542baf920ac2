/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The duration of the processing (Art. 28(3) GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = ProcessingDuration.Builder.class)
public abstract class ProcessingDuration {
    ProcessingDuration() {}

    /**
     * Returns how the duration is determined.
     *
     * @return how the duration is determined
     */
    public abstract DurationType getType();

    /**
     * Returns the start date, if stated.
     *
     * @return the start date, or empty
     */
    public abstract Optional<LocalDate> getStart();

    /**
     * Returns the end date of a fixed term or the date of a one-off operation, if stated.
     *
     * @return the end date of a fixed term or the date of a one-off operation, or empty
     */
    public abstract Optional<LocalDate> getEnd();

    /**
     * Returns the notice period of an indefinite term, if stated.
     *
     * @return the notice period of an indefinite term, or empty
     */
    public abstract Optional<TimePeriod> getNoticePeriod();

    /**
     * Returns whether the agreement continues to apply as long as the processor holds personal data of the controller. Defaults to {@code false}.
     *
     * @return whether the agreement continues to apply as long as the processor holds personal data of the controller
     */
    @Value.Default
    public boolean isContinuesWhileDataHeld() {
        return false;
    }

    /**
     * Returns the wording on the duration, if stated.
     *
     * @return the wording on the duration, or empty
     */
    public abstract Optional<LocalizedText> getDescription();

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
     * A builder for {@link ProcessingDuration}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableProcessingDuration.Builder {
        Builder() {}
    }
}
