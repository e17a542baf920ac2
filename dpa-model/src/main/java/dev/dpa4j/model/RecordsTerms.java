/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on records of processing activities (Art. 30 GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = RecordsTerms.Builder.class)
public abstract class RecordsTerms {
    RecordsTerms() {}

    /**
     * Returns whether the processor keeps records under Art. 30(2) GDPR. Defaults to {@code false}.
     *
     * @return whether the processor keeps records under Art. 30(2) GDPR
     */
    @Value.Default
    public boolean isProcessorRecords() {
        return false;
    }

    /**
     * Returns whether the processor provides the information for the controller's records under Art. 30(1) GDPR. Defaults to {@code false}.
     *
     * @return whether the processor provides the information for the controller's records under Art. 30(1) GDPR
     */
    @Value.Default
    public boolean isControllerSupport() {
        return false;
    }

    /**
     * Returns further provisions of this clause that the typed attributes do not capture, stated as text.
     *
     * @return further provisions of this clause that the typed attributes do not capture, stated as text, in the order given; may be empty
     */
    public abstract List<LocalizedText> getAdditionalProvisions();

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
     * A builder for {@link RecordsTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableRecordsTerms.Builder {
        Builder() {}
    }
}
