/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.Optional;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A technical or organisational measure (Art. 32 GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = TechnicalOrganisationalMeasure.Builder.class)
public abstract class TechnicalOrganisationalMeasure {
    TechnicalOrganisationalMeasure() {}

    /**
     * Returns an identifier within the agreement, if stated.
     *
     * @return an identifier within the agreement, or empty
     */
    public abstract Optional<String> getId();

    /**
     * Returns the description of the measure.
     *
     * @return the description of the measure
     */
    public abstract LocalizedText getDescription();

    /**
     * Returns the heading the measure stands under, if stated.
     *
     * @return the heading the measure stands under, or empty
     */
    public abstract Optional<TomCategory> getCategory();

    /**
     * Returns the protection goals the measure serves.
     *
     * @return the protection goals the measure serves, in natural order; may be empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<ProtectionGoal> getProtectionGoals();

    /**
     * Returns the code of the entry in the measure catalogue, if stated.
     *
     * @return the code of the entry in the measure catalogue, or empty
     */
    public abstract Optional<String> getCode();

    /**
     * Returns which party is responsible for the measure, if stated; a measure of the controller (for example configuring its own accounts) is not a commitment of the processor.
     *
     * @return the party responsible for the measure, or empty
     */
    public abstract Optional<PartyRole> getResponsibleParty();

    /**
     * Returns what the measure covers (for example one product, service or site), if it does not cover the whole processing.
     *
     * @return the scope of the measure, or empty
     */
    public abstract Optional<LocalizedText> getScope();

    /**
     * Returns whether the measure is stated as a safeguard for special categories of data (Art. 9 GDPR) or data on criminal convictions (Art. 10 GDPR); empty means not stated.
     *
     * @return whether the measure is a safeguard for special categories, or empty
     */
    public abstract Optional<Boolean> getSpecialCategorySafeguard();

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
     * A builder for {@link TechnicalOrganisationalMeasure}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableTechnicalOrganisationalMeasure.Builder {
        Builder() {}
    }
}
