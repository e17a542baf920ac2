/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on liability (Art. 28(4), 82 GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = LiabilityTerms.Builder.class)
public abstract class LiabilityTerms {
    LiabilityTerms() {}

    /**
     * Returns how liability between the parties is governed, if stated.
     *
     * @return how liability between the parties is governed, or empty
     */
    public abstract Optional<LiabilityRegime> getRegime();

    /**
     * Returns whether a cap purports to limit data subjects' claims under Art. 82 GDPR. Defaults to {@code false}.
     *
     * @return whether a cap purports to limit data subjects' claims under Art. 82 GDPR
     */
    @Value.Default
    public boolean isCapLimitsDataSubjectClaims() {
        return false;
    }

    /**
     * Returns the wording, if stated.
     *
     * @return the wording, or empty
     */
    public abstract Optional<LocalizedText> getDescription();

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
     * A builder for {@link LiabilityTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableLiabilityTerms.Builder {
        Builder() {}
    }
}
