/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on security of processing and the technical and organisational measures (Art. 28(3)(c), 32 GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = SecurityTerms.Builder.class)
public abstract class SecurityTerms {
    SecurityTerms() {}

    /**
     * Returns whether the processor commits to take all measures required by Art. 32 GDPR. Defaults to {@code false}.
     *
     * @return whether the processor commits to take all measures required by Art. 32 GDPR
     */
    @Value.Default
    public boolean isArticle32Commitment() {
        return false;
    }

    /**
     * Returns the measures.
     *
     * @return the measures, in the order given; may be empty
     */
    public abstract List<TechnicalOrganisationalMeasure> getMeasures();

    /**
     * Returns the objective stated for each heading, for example "Ziel: ...".
     *
     * @return the objective stated for each heading, for example "Ziel: ...", ordered by key; may be empty
     */
    @Value.NaturalOrder
    public abstract SortedMap<TomCategory, LocalizedText> getCategoryObjectives();

    /**
     * Returns a web address where the measures are published instead of or in addition to the list, if stated.
     *
     * @return a web address where the measures are published instead of or in addition to the list, or empty
     */
    public abstract Optional<String> getMeasuresUrl();

    /**
     * Returns how the processor may change the measures, if stated.
     *
     * @return how the processor may change the measures, or empty
     */
    public abstract Optional<TomChangePolicy> getChangePolicy();

    /**
     * Returns how often the measures are reviewed, if stated.
     *
     * @return how often the measures are reviewed, or empty
     */
    public abstract Optional<TimePeriod> getReviewInterval();

    /**
     * Returns whether the controller may request the current version of the measures at any time. Defaults to {@code false}.
     *
     * @return whether the controller may request the current version of the measures at any time
     */
    @Value.Default
    public boolean isCurrentVersionOnRequest() {
        return false;
    }

    /**
     * Returns whether processing outside the premises, for example remote work, is allowed only with adequate measures. Defaults to {@code false}.
     *
     * @return whether processing outside the premises, for example remote work, is allowed only with adequate measures
     */
    @Value.Default
    public boolean isOffPremisesProcessingSecured() {
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
     * A builder for {@link SecurityTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableSecurityTerms.Builder {
        Builder() {}
    }
}
