/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on documented instructions (Art. 28(3)(a) and second subparagraph GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = InstructionTerms.Builder.class)
public abstract class InstructionTerms {
    InstructionTerms() {}

    /**
     * Returns whether the processor processes only on the controller's documented instructions. Defaults to {@code false}.
     *
     * @return whether the processor processes only on the controller's documented instructions
     */
    @Value.Default
    public boolean isDocumentedInstructionsOnly() {
        return false;
    }

    /**
     * Returns whether the instructions expressly cover transfers to third countries. Defaults to {@code false}.
     *
     * @return whether the instructions expressly cover transfers to third countries
     */
    @Value.Default
    public boolean isTransfersCovered() {
        return false;
    }

    /**
     * Returns the forms in which instructions are given.
     *
     * @return the forms in which instructions are given, in natural order; may be empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<CommunicationChannel> getForms();

    /**
     * Returns whether oral instructions must be confirmed in text form. Defaults to {@code false}.
     *
     * @return whether oral instructions must be confirmed in text form
     */
    @Value.Default
    public boolean isOralInstructionsConfirmed() {
        return false;
    }

    /**
     * Returns the controller's persons authorised to give instructions, if stated.
     *
     * @return the controller's persons authorised to give instructions, or empty
     */
    public abstract Optional<AuthorisedPersons> getIssuers();

    /**
     * Returns the processor's persons authorised to receive instructions, if stated.
     *
     * @return the processor's persons authorised to receive instructions, or empty
     */
    public abstract Optional<AuthorisedPersons> getRecipients();

    /**
     * Returns whether changes of the authorised persons must be notified. Defaults to {@code false}.
     *
     * @return whether changes of the authorised persons must be notified
     */
    @Value.Default
    public boolean isChangeOfAuthorisedPersonsNotified() {
        return false;
    }

    /**
     * Returns whether the processor must inform the controller if an instruction infringes data protection law. Defaults to {@code false}.
     *
     * @return whether the processor must inform the controller if an instruction infringes data protection law
     */
    @Value.Default
    public boolean isInfringementNotice() {
        return false;
    }

    /**
     * Returns how quickly the processor informs of an infringing instruction, if stated.
     *
     * @return how quickly the processor informs of an infringing instruction, or empty
     */
    public abstract Optional<TimeLimit> getInfringementNoticeTime();

    /**
     * Returns whether the processor may suspend an infringing instruction until it is confirmed or changed. Defaults to {@code false}.
     *
     * @return whether the processor may suspend an infringing instruction until it is confirmed or changed
     */
    @Value.Default
    public boolean isSuspensionRight() {
        return false;
    }

    /**
     * Returns the exception for processing required by law, if stated.
     *
     * @return the exception for processing required by law, or empty
     */
    public abstract Optional<LegalObligationException> getLegalObligationException();

    /**
     * Returns the fee for instructions beyond the agreed services, if stated.
     *
     * @return the fee for instructions beyond the agreed services, or empty
     */
    public abstract Optional<MonetaryRate> getExtraInstructionFee();

    /**
     * Returns further provisions of this clause that the typed attributes do not capture, stated as text.
     *
     * @return further provisions of this clause that the typed attributes do not capture, stated as text, in the order given; may be empty
     */
    public abstract List<LocalizedText> getAdditionalProvisions();

    /**
     * Returns who bears the costs of carrying out instructions, if stated; a fee with an amount for instructions beyond the agreement is {@link #getExtraInstructionFee()}.
     *
     * @return who bears the costs of instructions, or empty
     */
    public abstract Optional<CostBearer> getCostBearer();

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
     * A builder for {@link InstructionTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableInstructionTerms.Builder {
        Builder() {}
    }
}
