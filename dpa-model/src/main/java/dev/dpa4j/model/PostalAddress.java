/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A postal address.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = PostalAddress.Builder.class)
public abstract class PostalAddress {
    PostalAddress() {}

    /**
     * Returns the street lines.
     *
     * @return the street lines, in the order given; may be empty
     */
    public abstract List<String> getStreetLines();

    /**
     * Returns the postal code, if stated.
     *
     * @return the postal code, or empty
     */
    public abstract Optional<String> getPostalCode();

    /**
     * Returns the city or town, if stated.
     *
     * @return the city or town, or empty
     */
    public abstract Optional<String> getLocality();

    /**
     * Returns the region or state, if stated.
     *
     * @return the region or state, or empty
     */
    public abstract Optional<String> getRegion();

    /**
     * Returns the country, if stated.
     *
     * @return the country, or empty
     */
    public abstract Optional<CountryCode> getCountry();

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
     * A builder for {@link PostalAddress}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutablePostalAddress.Builder {
        Builder() {}
    }
}
