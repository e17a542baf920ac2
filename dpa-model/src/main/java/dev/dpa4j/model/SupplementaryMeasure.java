/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A supplementary measure that makes a transfer tool effective (EDPB Recommendations 01/2020).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = SupplementaryMeasure.Builder.class)
public abstract class SupplementaryMeasure {
    SupplementaryMeasure() {}

    /**
     * Returns the kind of measure.
     *
     * @return the kind of measure
     */
    public abstract SupplementaryMeasureType getType();

    /**
     * Returns a description of the measure as implemented, if stated.
     *
     * @return a description of the measure as implemented, or empty
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
     * A builder for {@link SupplementaryMeasure}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableSupplementaryMeasure.Builder {
        Builder() {}
    }
}
