/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A sub-processor, with its own sub-processors where the chain is known.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = Subprocessor.Builder.class)
public abstract class Subprocessor {
    Subprocessor() {}

    /**
     * Returns an identifier within the agreement, if stated.
     *
     * @return an identifier within the agreement, or empty
     */
    public abstract Optional<String> getId();

    /**
     * Returns the legal name.
     *
     * @return the legal name
     */
    public abstract String getName();

    /**
     * Returns the product or service name where the legal name covers several, for example {@code YouTube}, if stated.
     *
     * @return the product or service name where the legal name covers several, for example {@code YouTube}, or empty
     */
    public abstract Optional<String> getProduct();

    /**
     * Returns the postal address, if stated.
     *
     * @return the postal address, or empty
     */
    public abstract Optional<PostalAddress> getAddress();

    /**
     * Returns the country of establishment, if stated.
     *
     * @return the country of establishment, or empty
     */
    public abstract Optional<CountryCode> getCountry();

    /**
     * Returns the country of the parent company, where different, if stated.
     *
     * @return the country of the parent company, where different, or empty
     */
    public abstract Optional<CountryCode> getParentCountry();

    /**
     * Returns the service or activity the sub-processor performs, if stated.
     *
     * @return the service or activity the sub-processor performs, or empty
     */
    public abstract Optional<LocalizedText> getService();

    /**
     * Returns the identifiers of the data categories it processes; empty means not stated.
     *
     * @return the identifiers of the data categories it processes; empty means not stated, in the order given; may be empty
     */
    public abstract List<String> getDataCategories();

    /**
     * Returns where it processes the data, including server locations and remote access.
     *
     * @return where it processes the data, including server locations and remote access, in the order given; may be empty
     */
    public abstract List<Location> getLocations();

    /**
     * Returns the transfer mechanism for processing outside the EEA, if stated. This is the tool under the GDPR; the
     * tools under the UK GDPR and the Swiss FADP are {@link #getUkTransfer()} and {@link #getSwissTransfer()}.
     *
     * @return the transfer mechanism for processing outside the EEA, or empty
     */
    public abstract Optional<TransferMechanism> getTransfer();

    /**
     * Returns the contact point, if stated.
     *
     * @return the contact point, or empty
     */
    public abstract Optional<ContactPoint> getContact();

    /**
     * Returns the date from which it is engaged, if stated.
     *
     * @return the date from which it is engaged, or empty
     */
    public abstract Optional<LocalDate> getSince();

    /**
     * Returns a note, for example on the delimitation of responsibilities, if stated.
     *
     * @return a note, for example on the delimitation of responsibilities, or empty
     */
    public abstract Optional<LocalizedText> getNote();

    /**
     * Returns its own sub-processors.
     *
     * @return its own sub-processors, in the order given; may be empty
     */
    public abstract List<Subprocessor> getSubprocessors();

    /**
     * Returns the tool for data exported under the UK GDPR, where the agreement covers UK exports (see {@code transfers.exportRegimes}), if stated.
     *
     * @return the tool for data exported under the UK GDPR, where the agreement covers UK exports (see {@code transfers.exportRegimes}), or empty
     */
    public abstract Optional<TransferMechanism> getUkTransfer();

    /**
     * Returns the tool for data exported under the Swiss FADP, where the agreement covers Swiss exports, if stated.
     *
     * @return the tool for data exported under the Swiss FADP, where the agreement covers Swiss exports, or empty
     */
    public abstract Optional<TransferMechanism> getSwissTransfer();

    @Value.Check
    final void checkName() {
        Invariants.requireNonBlank("name", getName());
    }

    /**
     * Returns the condition under which this sub-processor is engaged (for example only if the controller books a feature), if it is not engaged in every case.
     *
     * @return the condition of the engagement, or empty
     */
    public abstract Optional<LocalizedText> getEngagementCondition();

    /**
     * Returns whether this sub-processor also processes the data for its own purposes ({@code true}) or only on behalf of the processor ({@code false}); empty means not stated.
     *
     * @return whether the sub-processor processes for its own purposes, or empty
     */
    public abstract Optional<Boolean> getOwnPurposes();

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
     * A builder for {@link Subprocessor}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableSubprocessor.Builder {
        Builder() {}
    }
}
