/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on transfers to third countries (Chapter V GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
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
     * Returns the regimes under which personal data are exported to the processor and down its chain; empty is read as the EU regime alone. UK and CH make the validator ask for UK and Swiss tools.
     *
     * @return the regimes under which personal data are exported to the processor and down its chain; empty is read as the EU regime alone. UK and CH make the validator ask for UK and Swiss tools, in their natural order; may be empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<TransferRegime> getExportRegimes();

    /**
     * Returns the standard contractual clauses 2021/914 as incorporated, with their modules and options, if stated.
     *
     * @return the standard contractual clauses 2021/914 as incorporated, with their modules and options, or empty
     */
    public abstract Optional<SccTerms> getScc();

    /**
     * Returns the UK Addendum or the IDTA, for exports under the UK GDPR, if stated.
     *
     * @return the UK Addendum or the IDTA, for exports under the UK GDPR, or empty
     */
    public abstract Optional<UkTransferTerms> getUk();

    /**
     * Returns the adaptations of the standard contractual clauses for exports under the Swiss FADP, if stated.
     *
     * @return the adaptations of the standard contractual clauses for exports under the Swiss FADP, or empty
     */
    public abstract Optional<SwissAdaptations> getSwissAdaptations();

    /**
     * Returns the tool for the processor itself under the UK GDPR, where it is outside the UK and the agreement covers UK exports, if stated.
     *
     * @return the tool for the processor itself under the UK GDPR, where it is outside the UK and the agreement covers UK exports, or empty
     */
    public abstract Optional<TransferMechanism> getProcessorUkTransfer();

    /**
     * Returns the tool for the processor itself under the Swiss FADP, where it is outside Switzerland and the agreement covers Swiss exports, if stated.
     *
     * @return the tool for the processor itself under the Swiss FADP, where it is outside Switzerland and the agreement covers Swiss exports, or empty
     */
    public abstract Optional<TransferMechanism> getProcessorSwissTransfer();

    /**
     * Returns the exceptions to the promise that data stays in the EU/EEA (for example support access from a third country), as the agreement states them.
     *
     * @return the exceptions to the residency promise, in the order given; may be empty
     */
    public abstract List<LocalizedText> getResidencyExceptions();

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
