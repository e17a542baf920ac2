/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A type of personal data.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = DataCategory.Builder.class)
public abstract class DataCategory {
    DataCategory() {}

    /**
     * Returns an identifier within the agreement, used by sub-processors to refer to it, if stated.
     *
     * @return an identifier within the agreement, used by sub-processors to refer to it, or empty
     */
    public abstract Optional<String> getId();

    /**
     * Returns the code of the entry in the data category catalogue, if stated.
     *
     * @return the code of the entry in the data category catalogue, or empty
     */
    public abstract Optional<String> getCode();

    /**
     * Returns the name.
     *
     * @return the name
     */
    public abstract LocalizedText getName();

    /**
     * Returns a description or examples, if stated.
     *
     * @return a description or examples, or empty
     */
    public abstract Optional<LocalizedText> getDescription();

    /**
     * Returns whether and which special category (Art. 9 GDPR) the data is; empty means not stated, if stated.
     *
     * @return whether and which special category (Art. 9 GDPR) the data is; empty means not stated, or empty
     */
    public abstract Optional<SpecialCategory> getSpecialCategory();

    /**
     * Returns whether the data relates to criminal convictions and offences (Art. 10 GDPR); empty means not stated, if stated.
     *
     * @return whether the data relates to criminal convictions and offences (Art. 10 GDPR); empty means not stated, or empty
     */
    public abstract Optional<Boolean> getCriminalOffenceData();

    /**
     * Returns whether the data is processed only in some cases ("where applicable"). Defaults to {@code false}.
     *
     * @return whether the data is processed only in some cases ("where applicable")
     */
    @Value.Default
    public boolean isConditional() {
        return false;
    }

    /**
     * Returns whether the processor processes this category also for its own purposes ({@code true}) or only on behalf of the controller ({@code false}); empty means not stated.
     *
     * @return whether the category is processed for the processor's own purposes, or empty
     */
    public abstract Optional<Boolean> getOwnPurposes();

    /**
     * Returns how long data of this category is kept while the processing lasts (for example log data for 90 days), if stated; {@link TimeLimit#getCondition()} may say from when it runs.
     *
     * @return the retention period during the processing, or empty
     */
    public abstract Optional<TimeLimit> getRetention();

    /**
     * Returns how long data of this category is kept after the end of the processing, if the agreement states a period for it.
     *
     * @return the retention period after the end, or empty
     */
    public abstract Optional<TimeLimit> getRetentionAfterEnd();

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
     * A builder for {@link DataCategory}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableDataCategory.Builder {
        Builder() {}
    }
}
