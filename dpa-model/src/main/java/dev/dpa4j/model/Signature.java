/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A signature block.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = Signature.Builder.class)
public abstract class Signature {
    Signature() {}

    /**
     * Returns the role of the signing party.
     *
     * @return the role of the signing party
     */
    public abstract PartyRole getRole();

    /**
     * Returns the identifier of the signing party, where there are several, if stated.
     *
     * @return the identifier of the signing party, where there are several, or empty
     */
    public abstract Optional<String> getPartyId();

    /**
     * Returns the place of signature, for example {@code {"de": "Wien", "en": "Vienna"}}, if stated. An object per
     * language lets each document name the place in its own language; a plain string in JSON, as before, is a text
     * without a language, printed as it is in every language.
     *
     * @return the place of signature, or empty
     */
    public abstract Optional<LocalizedText> getPlace();

    /**
     * Returns the date of signature, if stated.
     *
     * @return the date of signature, or empty
     */
    public abstract Optional<LocalDate> getDate();

    /**
     * Returns the name of the signatory, if stated.
     *
     * @return the name of the signatory, or empty
     */
    public abstract Optional<String> getName();

    /**
     * Returns the function of the signatory, if stated. A plain string in JSON is a text without a language; an object gives it per language.
     *
     * @return the function of the signatory, or empty
     */
    public abstract Optional<LocalizedText> getFunction();

    /**
     * Returns whether the block is signed. Defaults to {@code false}.
     *
     * @return whether the block is signed
     */
    @Value.Default
    public boolean isSigned() {
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
     * A builder for {@link Signature}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableSignature.Builder {
        Builder() {}

        /**
         * Sets the function as a text without a language, as a plain JSON string does.
         *
         * @param text the text, not null, not empty
         * @return this builder
         */
        public final Builder function(String text) {
            return function(LocalizedText.plain(text));
        }

        /**
         * Sets the place of signature as a text without a language ({@link LocalizedText#plain(String)}), as a
         * plain string in JSON does.
         *
         * @param place the place, not null, not empty
         * @return this builder
         */
        public final Builder place(String place) {
            return place(LocalizedText.plain(place));
        }
    }
}
