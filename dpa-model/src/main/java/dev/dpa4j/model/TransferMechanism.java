/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A ground for transferring personal data to a third country (Arts. 44 to 49 GDPR). The same type describes the
 * tool under the UK GDPR and the Swiss FADP where it sits in a UK or Swiss slot ({@code ukTransfer},
 * {@code swissTransfer}): there {@code ADEQUACY_DECISION} means the regime's own adequacy finding (UK adequacy
 * regulations, Annex 1 of the Swiss Data Protection Ordinance), {@code EU_US_DATA_PRIVACY_FRAMEWORK} the UK
 * Extension or the Swiss-US framework, {@code SUPERVISORY_AUTHORITY_SCC} the UK Addendum or IDTA and
 * {@code SCC_2021_914} the EU clauses with the Swiss adaptations.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
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
     * Returns for the EU-US Data Privacy Framework, whether the recipient is certified, if stated. Superseded by
     * {@link #getDpf()}, which also records the day of the check; still read, and read by the validator where
     * {@code dpf} is absent.
     *
     * @return for the EU-US Data Privacy Framework, whether the recipient is certified, or empty
     */
    public abstract Optional<Boolean> getDpfCertified();

    /**
     * Returns for the EU-US Data Privacy Framework, whether the certification covers HR data, if stated. Superseded
     * by {@link #getDpf()}; still read.
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
     * Returns whether a transfer impact assessment is documented. Defaults to {@code false}. Superseded by
     * {@link #getImpactAssessment()}, which also records date and reference; still read.
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
     * Returns for the Data Privacy Framework, the recipient's certification as checked on the Data Privacy Framework List; supersedes {@code dpfCertified} and {@code dpfHrCovered}, which are still read, if stated.
     *
     * @return for the Data Privacy Framework, the recipient's certification as checked on the Data Privacy Framework List; supersedes {@code dpfCertified} and {@code dpfHrCovered}, which are still read, or empty
     */
    public abstract Optional<DpfCertification> getDpf();

    /**
     * Returns the transfer impact assessment for this recipient; supersedes {@code transferImpactAssessment}, which is still read, if stated.
     *
     * @return the transfer impact assessment for this recipient; supersedes {@code transferImpactAssessment}, which is still read, or empty
     */
    public abstract Optional<TransferImpactAssessment> getImpactAssessment();

    /**
     * Returns the supplementary measures as typed measures; {@code supplementaryMeasures} holds measures stated only as text.
     *
     * @return the supplementary measures as typed measures; {@code supplementaryMeasures} holds measures stated only as text, in the order given; may be empty
     */
    public abstract List<SupplementaryMeasure> getMeasures();

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
