/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The final provisions: precedence, amendments, severability, governing law and jurisdiction.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = FinalProvisions.Builder.class)
public abstract class FinalProvisions {
    FinalProvisions() {}

    /**
     * Returns how the agreement ranks against the main contract, if stated.
     *
     * @return how the agreement ranks against the main contract, or empty
     */
    public abstract Optional<Precedence> getPrecedence();

    /**
     * Returns the form required for amendments, if stated.
     *
     * @return the form required for amendments, or empty
     */
    public abstract Optional<AmendmentForm> getAmendmentForm();

    /**
     * Returns whether the processor may amend the agreement unilaterally. Defaults to {@code false}.
     *
     * @return whether the processor may amend the agreement unilaterally
     */
    @Value.Default
    public boolean isUnilateralAmendment() {
        return false;
    }

    /**
     * Returns whether invalid provisions leave the rest unaffected. Defaults to {@code false}.
     *
     * @return whether invalid provisions leave the rest unaffected
     */
    @Value.Default
    public boolean isSeverability() {
        return false;
    }

    /**
     * Returns the country whose law governs the agreement, if stated.
     *
     * @return the country whose law governs the agreement, or empty
     */
    public abstract Optional<CountryCode> getGoverningLaw();

    /**
     * Returns the place whose courts have jurisdiction, for example {@code {"de": "Wien", "en": "Vienna"}}, if stated. An
     * object per language lets each document name the place in its own language; a plain string in JSON, as before,
     * is a text without a language, printed as it is in every language.
     *
     * @return the place whose courts have jurisdiction, or empty
     */
    public abstract Optional<LocalizedText> getJurisdiction();

    /**
     * Returns whether the agreement replaces earlier agreements for the same purpose. Defaults to {@code false}.
     *
     * @return whether the agreement replaces earlier agreements for the same purpose
     */
    @Value.Default
    public boolean isSupersedesPrevious() {
        return false;
    }

    /**
     * Returns further provisions of this clause that the typed attributes do not capture, stated as text.
     *
     * @return further provisions of this clause that the typed attributes do not capture, stated as text, in the order given; may be empty
     */
    public abstract List<LocalizedText> getAdditionalProvisions();

    /**
     * Returns whether amendments proposed by the processor count as accepted unless the controller objects within a period; empty means not stated.
     *
     * @return whether amendments are deemed accepted, or empty
     */
    public abstract Optional<Boolean> getDeemedConsentToAmendments();

    /**
     * Returns the language (a BCP 47 tag such as {@code de}) whose version prevails where language versions of the agreement differ, if stated.
     *
     * @return the prevailing language, or empty
     */
    public abstract Optional<String> getPrevailingLanguage();

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
     * A builder for {@link FinalProvisions}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableFinalProvisions.Builder {
        Builder() {}

        /**
         * Sets the place of jurisdiction as a text without a language ({@link LocalizedText#plain(String)}), as a
         * plain string in JSON does.
         *
         * @param place the place, not null, not empty
         * @return this builder
         */
        public final Builder jurisdiction(String place) {
            jurisdiction(LocalizedText.plain(place));
            return this;
        }
    }
}
