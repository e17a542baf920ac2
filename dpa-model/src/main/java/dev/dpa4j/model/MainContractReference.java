/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A reference to the main contract under which the processing takes place.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = MainContractReference.Builder.class)
public abstract class MainContractReference {
    MainContractReference() {}

    /**
     * Returns the title of the main contract, for example the terms of use, if stated.
     *
     * @return the title of the main contract, for example the terms of use, or empty
     */
    public abstract Optional<LocalizedText> getTitle();

    /**
     * Returns a reference number or address identifying the main contract, if stated.
     *
     * @return a reference number or address identifying the main contract, or empty
     */
    public abstract Optional<String> getReference();

    /**
     * Returns the date of the main contract, if stated.
     *
     * @return the date of the main contract, or empty
     */
    public abstract Optional<LocalDate> getDate();

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
     * A builder for {@link MainContractReference}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableMainContractReference.Builder {
        Builder() {}
    }
}
