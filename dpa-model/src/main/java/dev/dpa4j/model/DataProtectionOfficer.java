/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The data protection officer of a party (Arts. 37 to 39 GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = DataProtectionOfficer.Builder.class)
public abstract class DataProtectionOfficer {
    DataProtectionOfficer() {}

    /**
     * Returns the name, if stated.
     *
     * @return the name, or empty
     */
    public abstract Optional<String> getName();

    /**
     * Returns the organisation of an external officer, if stated.
     *
     * @return the organisation of an external officer, or empty
     */
    public abstract Optional<String> getOrganisation();

    /**
     * Returns the postal address, if stated.
     *
     * @return the postal address, or empty
     */
    public abstract Optional<PostalAddress> getAddress();

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
     * A builder for {@link DataProtectionOfficer}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableDataProtectionOfficer.Builder {
        Builder() {}
    }
}
