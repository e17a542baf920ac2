/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A place where personal data is processed: a country, a region, or both with a description.
 *
 * <p>At least one of country, region and description is present.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = Location.Builder.class)
public abstract class Location {
    Location() {}

    /**
     * Returns what happens there; defaults to {@link LocationKind#PROCESSING}.
     *
     * @return what happens there
     */
    @Value.Default
    public LocationKind getKind() {
        return LocationKind.PROCESSING;
    }

    /**
     * Returns the country, if stated.
     *
     * @return the country, or empty
     */
    public abstract Optional<CountryCode> getCountry();

    /**
     * Returns the region, where no single country is stated, if stated.
     *
     * @return the region, where no single country is stated, or empty
     */
    public abstract Optional<Region> getRegion();

    /**
     * Returns the wording on the location, for example a data centre or "depending on the booked region", if stated.
     *
     * @return the wording on the location, for example a data centre or "depending on the booked region", or empty
     */
    public abstract Optional<LocalizedText> getDescription();

    /**
     * Returns whether the location is used only in some cases ("possibly", "where applicable"). Defaults to {@code false}.
     *
     * @return whether the location is used only in some cases ("possibly", "where applicable")
     */
    @Value.Default
    public boolean isConditional() {
        return false;
    }

    @Value.Check
    final void checkNotEmpty() {
        if (getCountry().isEmpty() && getRegion().isEmpty() && getDescription().isEmpty()) {
            throw new IllegalStateException("A location needs at least one of 'country', 'region' and 'description'");
        }
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
     * A builder for {@link Location}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableLocation.Builder {
        Builder() {}
    }
}
