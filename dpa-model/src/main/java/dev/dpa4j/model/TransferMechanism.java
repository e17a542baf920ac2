/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A ground for transferring personal data to a third country (Art. 44 to 49 GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 */
@Value.Immutable
@JsonDeserialize(builder = TransferMechanism.Builder.class)
public abstract class TransferMechanism {
    TransferMechanism() {}

    /**
     * Returns the kind of mechanism.
     *
     * @return the kind of mechanism
     */
    public abstract TransferMechanismType getType();

    /**
     * Returns for standard contractual clauses, the module, if stated.
     *
     * @return for standard contractual clauses, the module, or empty
     */
    public abstract Optional<SccModule> getSccModule();

    /**
     * Returns for the EU-US Data Privacy Framework, whether the recipient is certified, if stated.
     *
     * @return for the EU-US Data Privacy Framework, whether the recipient is certified, or empty
     */
    public abstract Optional<Boolean> getDpfCertified();

    /**
     * Returns for the EU-US Data Privacy Framework, whether the certification covers HR data, if stated.
     *
     * @return for the EU-US Data Privacy Framework, whether the certification covers HR data, or empty
     */
    public abstract Optional<Boolean> getDpfHrCovered();

    /**
     * Returns for a partial adequacy decision, whether the recipient is confirmed to fall within its scope, if stated.
     *
     * @return for a partial adequacy decision, whether the recipient is confirmed to fall within its scope, or empty
     */
    public abstract Optional<Boolean> getAdequacyScopeConfirmed();

    /**
     * Returns for Art. 49 GDPR, the derogation relied on, if stated.
     *
     * @return for Art. 49 GDPR, the derogation relied on, or empty
     */
    public abstract Optional<Art49Derogation> getDerogation();

    /**
     * Returns a reference, for example the decision or the contract, if stated.
     *
     * @return a reference, for example the decision or the contract, or empty
     */
    public abstract Optional<String> getReference();

    /**
     * Returns the date the mechanism was put in place, if stated.
     *
     * @return the date the mechanism was put in place, or empty
     */
    public abstract Optional<LocalDate> getDate();

    /**
     * Returns whether a transfer impact assessment is documented. Defaults to {@code false}.
     *
     * @return whether a transfer impact assessment is documented
     */
    @Value.Default
    public boolean isTransferImpactAssessment() {
        return false;
    }

    /**
     * Returns supplementary measures.
     *
     * @return supplementary measures, in the order given; may be empty
     */
    public abstract List<LocalizedText> getSupplementaryMeasures();

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
     * A builder for {@link TransferMechanism}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableTransferMechanism.Builder {
        Builder() {}
    }
}
