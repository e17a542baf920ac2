/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The Data Privacy Framework certification of a recipient in the United States, as the exporter found it on the
 * Data Privacy Framework List on a given day (Implementing Decision (EU) 2023/1795, Art. 1; the UK Extension;
 * the Swiss-US framework).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = DpfCertification.Builder.class)
public abstract class DpfCertification {
    DpfCertification() {}

    /**
     * Returns the certification status found on the list.
     *
     * @return the certification status found on the list
     */
    public abstract DpfStatus getStatus();

    /**
     * Returns the day the list was checked, if stated.
     *
     * @return the day the list was checked, or empty
     */
    public abstract Optional<LocalDate> getCheckedOn();

    /**
     * Returns the parts of the framework the certification covers (EU-US, UK Extension, Swiss-US).
     *
     * @return the parts of the framework the certification covers (EU-US, UK Extension, Swiss-US), in their natural order; may be empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<DpfFramework> getFrameworks();

    /**
     * Returns whether the certification covers human resources data (data on employees in the context of employment), if stated.
     *
     * @return whether the certification covers human resources data (data on employees in the context of employment), or empty
     */
    public abstract Optional<Boolean> getHrCovered();

    /**
     * Returns the address of the recipient's entry on the Data Privacy Framework List, if stated.
     *
     * @return the address of the recipient's entry on the Data Privacy Framework List, or empty
     */
    public abstract Optional<String> getListingUrl();

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
     * A builder for {@link DpfCertification}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableDpfCertification.Builder {
        Builder() {}
    }
}
