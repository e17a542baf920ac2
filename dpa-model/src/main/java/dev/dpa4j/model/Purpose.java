/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A purpose of the processing.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = Purpose.Builder.class)
public abstract class Purpose {
    Purpose() {}

    /**
     * Returns a code from a purpose catalogue, if stated.
     *
     * @return a code from a purpose catalogue, or empty
     */
    public abstract Optional<String> getCode();

    /**
     * Returns the description of the purpose.
     *
     * @return the description of the purpose
     */
    public abstract LocalizedText getDescription();

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
     * A builder for {@link Purpose}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutablePurpose.Builder {
        Builder() {}
    }
}
