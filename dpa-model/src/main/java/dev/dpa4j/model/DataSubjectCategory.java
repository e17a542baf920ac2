/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A category of data subjects.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = DataSubjectCategory.Builder.class)
public abstract class DataSubjectCategory {
    DataSubjectCategory() {}

    /**
     * Returns an identifier within the agreement, if stated.
     *
     * @return an identifier within the agreement, or empty
     */
    public abstract Optional<String> getId();

    /**
     * Returns the code of the entry in the data subject catalogue, if stated.
     *
     * @return the code of the entry in the data subject catalogue, or empty
     */
    public abstract Optional<String> getCode();

    /**
     * Returns the name.
     *
     * @return the name
     */
    public abstract LocalizedText getName();

    /**
     * Returns a description, if stated.
     *
     * @return a description, or empty
     */
    public abstract Optional<LocalizedText> getDescription();

    /**
     * Returns whether the data subjects are vulnerable, for example children or patients. Defaults to {@code false}.
     *
     * @return whether the data subjects are vulnerable, for example children or patients
     */
    @Value.Default
    public boolean isVulnerable() {
        return false;
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
     * Returns a builder initialised with the values of this instance.
     *
     * @return a new builder holding a copy of this instance's values
     */
    public final Builder toBuilder() {
        return builder().from(this);
    }

    /**
     * A builder for {@link DataSubjectCategory}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableDataSubjectCategory.Builder {
        Builder() {}
    }
}
