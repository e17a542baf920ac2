/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Persons authorised to give or receive instructions.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = AuthorisedPersons.Builder.class)
public abstract class AuthorisedPersons {
    AuthorisedPersons() {}

    /**
     * Returns the persons named.
     *
     * @return the persons named, in the order given; may be empty
     */
    public abstract List<Person> getPersons();

    /**
     * Returns how the persons are determined where they are not named, if stated.
     *
     * @return how the persons are determined where they are not named, or empty
     */
    public abstract Optional<LocalizedText> getDescription();

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
     * A builder for {@link AuthorisedPersons}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableAuthorisedPersons.Builder {
        Builder() {}
    }
}
