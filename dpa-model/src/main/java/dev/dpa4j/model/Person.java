/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A natural person acting for a party, such as a representative or a signatory.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = Person.Builder.class)
public abstract class Person {
    Person() {}

    /**
     * Returns the name, if stated.
     *
     * @return the name, or empty
     */
    public abstract Optional<String> getName();

    /**
     * Returns the function or position, for example {@code Vorstand}, if stated. A plain string in JSON is a text without a language; an object gives it per language.
     *
     * @return the function or position, for example {@code Vorstand}, or empty
     */
    public abstract Optional<LocalizedText> getFunction();

    /**
     * Returns the e-mail address, if stated.
     *
     * @return the e-mail address, or empty
     */
    public abstract Optional<String> getEmail();

    /**
     * Returns the telephone number, if stated.
     *
     * @return the telephone number, or empty
     */
    public abstract Optional<String> getPhone();

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
     * A builder for {@link Person}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutablePerson.Builder {
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
    }
}
