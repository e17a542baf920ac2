/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Evidence of how and when the agreement was concluded (Art. 28(9) GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = ConclusionEvidence.Builder.class)
public abstract class ConclusionEvidence {
    ConclusionEvidence() {}

    /**
     * Returns the method of conclusion, if stated.
     *
     * @return the method of conclusion, or empty
     */
    public abstract Optional<ConclusionMethod> getMethod();

    /**
     * Returns the date of conclusion, if stated.
     *
     * @return the date of conclusion, or empty
     */
    public abstract Optional<LocalDate> getDate();

    /**
     * Returns a reference to the evidence, for example an acceptance record, if stated.
     *
     * @return a reference to the evidence, for example an acceptance record, or empty
     */
    public abstract Optional<String> getReference();

    /**
     * Returns a note on the conclusion, for example that the agreement is valid without signature, if stated.
     *
     * @return a note on the conclusion, for example that the agreement is valid without signature, or empty
     */
    public abstract Optional<LocalizedText> getNote();

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
     * A builder for {@link ConclusionEvidence}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableConclusionEvidence.Builder {
        Builder() {}
    }
}
