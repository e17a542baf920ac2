/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on confidentiality of the persons authorised to process (Art. 28(3)(b), 29, 32(4) GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = ConfidentialityTerms.Builder.class)
public abstract class ConfidentialityTerms {
    ConfidentialityTerms() {}

    /**
     * Returns whether the persons authorised to process have committed themselves to confidentiality or are under a statutory obligation. Defaults to {@code false}.
     *
     * @return whether the persons authorised to process have committed themselves to confidentiality or are under a statutory obligation
     */
    @Value.Default
    public boolean isPersonnelCommitted() {
        return false;
    }

    /**
     * Returns whether the commitment is made before first access. Defaults to {@code false}.
     *
     * @return whether the commitment is made before first access
     */
    @Value.Default
    public boolean isBeforeAccess() {
        return false;
    }

    /**
     * Returns whether the commitment continues after the end of the engagement. Defaults to {@code false}.
     *
     * @return whether the commitment continues after the end of the engagement
     */
    @Value.Default
    public boolean isSurvivesEngagement() {
        return false;
    }

    /**
     * Returns whether access is limited to what the persons need to know. Defaults to {@code false}.
     *
     * @return whether access is limited to what the persons need to know
     */
    @Value.Default
    public boolean isNeedToKnow() {
        return false;
    }

    /**
     * Returns whether the persons are bound to process only on instructions. Defaults to {@code false}.
     *
     * @return whether the persons are bound to process only on instructions
     */
    @Value.Default
    public boolean isInstructionBound() {
        return false;
    }

    /**
     * Returns whether the persons are instructed in the relevant data protection rules. Defaults to {@code false}.
     *
     * @return whether the persons are instructed in the relevant data protection rules
     */
    @Value.Default
    public boolean isTrainingProvided() {
        return false;
    }

    /**
     * Returns the interval at which the persons are trained again, if stated.
     *
     * @return the interval of repeated training, or empty
     */
    public abstract Optional<TimePeriod> getTrainingInterval();

    /**
     * Returns whether the processor gives a secrecy undertaking under section 203 StGB. Defaults to {@code false}.
     *
     * @return whether the processor gives a secrecy undertaking under section 203 StGB
     */
    @Value.Default
    public boolean isProfessionalSecrecyUndertaking() {
        return false;
    }

    /**
     * Returns whether both parties keep each other's business information confidential. Defaults to {@code false}.
     *
     * @return whether both parties keep each other's business information confidential
     */
    @Value.Default
    public boolean isMutualConfidentiality() {
        return false;
    }

    /**
     * Returns further provisions of this clause that the typed attributes do not capture, stated as text.
     *
     * @return further provisions of this clause that the typed attributes do not capture, stated as text, in the order given; may be empty
     */
    public abstract List<LocalizedText> getAdditionalProvisions();

    /**
     * Returns who is bound to confidentiality, if stated.
     *
     * @return who is bound to confidentiality, or empty
     */
    public abstract Optional<BoundPersons> getBoundPersons();

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
     * A builder for {@link ConfidentialityTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableConfidentialityTerms.Builder {
        Builder() {}
    }
}
