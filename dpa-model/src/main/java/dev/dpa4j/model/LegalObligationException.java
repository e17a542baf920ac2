/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The exception from the duty to follow instructions where processing is required by law (Art. 28(3)(a) GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = LegalObligationException.Builder.class)
public abstract class LegalObligationException {
    LegalObligationException() {}

    /**
     * Returns the law the exception refers to.
     *
     * @return the law the exception refers to
     */
    public abstract LegalBasisScope getScope();

    /**
     * Returns whether the processor must inform the controller of the legal requirement before processing. Defaults to {@code false}.
     *
     * @return whether the processor must inform the controller of the legal requirement before processing
     */
    @Value.Default
    public boolean isPriorNotice() {
        return false;
    }

    /**
     * Returns whether the notice duty lapses only where that law prohibits it on important grounds of public interest. Defaults to {@code false}.
     *
     * @return whether the notice duty lapses only where that law prohibits it on important grounds of public interest
     */
    @Value.Default
    public boolean isNoticeUnlessProhibited() {
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
     * A builder for {@link LegalObligationException}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableLegalObligationException.Builder {
        Builder() {}
    }
}
