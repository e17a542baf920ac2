/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on transfers to third countries (Chapter V GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 */
@Value.Immutable
@JsonDeserialize(builder = TransferTerms.Builder.class)
public abstract class TransferTerms {
    TransferTerms() {}

    /**
     * Returns whether the processing takes place only in the EU or the EEA. Defaults to {@code false}.
     *
     * @return whether the processing takes place only in the EU or the EEA
     */
    @Value.Default
    public boolean isEuEeaOnly() {
        return false;
    }

    /**
     * Returns whether a relocation to a third country needs the prior consent of the controller. Defaults to {@code false}.
     *
     * @return whether a relocation to a third country needs the prior consent of the controller
     */
    @Value.Default
    public boolean isPriorConsentRequired() {
        return false;
    }

    /**
     * Returns whether transfers are allowed only if the conditions of Art. 44 et seq. GDPR are met. Defaults to {@code false}.
     *
     * @return whether transfers are allowed only if the conditions of Art. 44 et seq. GDPR are met
     */
    @Value.Default
    public boolean isChapterVConditions() {
        return false;
    }

    /**
     * Returns the mechanism for the processor itself, where it is outside the EEA, if stated.
     *
     * @return the mechanism for the processor itself, where it is outside the EEA, or empty
     */
    public abstract Optional<TransferMechanism> getProcessorTransfer();

    /**
     * Returns whether the processor must notify, challenge and minimise disclosure requests of public authorities. Defaults to {@code false}.
     *
     * @return whether the processor must notify, challenge and minimise disclosure requests of public authorities
     */
    @Value.Default
    public boolean isGovernmentAccessClause() {
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
     * A builder for {@link TransferTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableTransferTerms.Builder {
        Builder() {}
    }
}
