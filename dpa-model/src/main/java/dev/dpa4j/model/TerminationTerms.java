/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on suspension and termination for non-compliance.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = TerminationTerms.Builder.class)
public abstract class TerminationTerms {
    TerminationTerms() {}

    /**
     * Returns whether the controller may suspend the processing if the processor breaches its obligations. Defaults to {@code false}.
     *
     * @return whether the controller may suspend the processing if the processor breaches its obligations
     */
    @Value.Default
    public boolean isSuspensionRight() {
        return false;
    }

    /**
     * Returns whether the controller may terminate for serious or persistent breaches. Defaults to {@code false}.
     *
     * @return whether the controller may terminate for serious or persistent breaches
     */
    @Value.Default
    public boolean isTerminationForBreach() {
        return false;
    }

    /**
     * Returns whether the right to terminate for cause remains unaffected. Defaults to {@code false}.
     *
     * @return whether the right to terminate for cause remains unaffected
     */
    @Value.Default
    public boolean isExtraordinaryTerminationPreserved() {
        return false;
    }

    /**
     * Returns further provisions of this clause that the typed attributes do not capture, stated as text.
     *
     * @return further provisions of this clause that the typed attributes do not capture, stated as text, in the order given; may be empty
     */
    public abstract List<LocalizedText> getAdditionalProvisions();

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
     * A builder for {@link TerminationTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableTerminationTerms.Builder {
        Builder() {}
    }
}
