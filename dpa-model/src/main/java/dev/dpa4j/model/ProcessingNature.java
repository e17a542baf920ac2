/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One element of the nature of the processing: an Art. 4(2) operation, a description, or both.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = ProcessingNature.Builder.class)
public abstract class ProcessingNature {
    ProcessingNature() {}

    /**
     * Returns the operation, if stated.
     *
     * @return the operation, or empty
     */
    public abstract Optional<ProcessingOperation> getOperation();

    /**
     * Returns a description, for example with examples of the operation, if stated.
     *
     * @return a description, for example with examples of the operation, or empty
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
     * A builder for {@link ProcessingNature}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableProcessingNature.Builder {
        Builder() {}
    }
}
