/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on engaging sub-processors (Art. 28(2), (3)(d), (4) GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = SubprocessingTerms.Builder.class)
public abstract class SubprocessingTerms {
    SubprocessingTerms() {}

    /**
     * Returns the kind of authorisation, if stated.
     *
     * @return the kind of authorisation, or empty
     */
    public abstract Optional<AuthorisationType> getAuthorisation();

    /**
     * Returns whether the authorisation must be given in advance and in writing or electronic form. Defaults to {@code false}.
     *
     * @return whether the authorisation must be given in advance and in writing or electronic form
     */
    @Value.Default
    public boolean isPriorWrittenAuthorisation() {
        return false;
    }

    /**
     * Returns whether the processor must inform the controller of intended changes. Defaults to {@code false}.
     *
     * @return whether the processor must inform the controller of intended changes
     */
    @Value.Default
    public boolean isChangeNotification() {
        return false;
    }

    /**
     * Returns how far in advance the processor informs of an intended change, if stated.
     *
     * @return how far in advance the processor informs of an intended change, or empty
     */
    public abstract Optional<TimeLimit> getNoticePeriod();

    /**
     * Returns how the processor informs of changes.
     *
     * @return how the processor informs of changes, in natural order; may be empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<CommunicationChannel> getNoticeChannels();

    /**
     * Returns whether the controller may object to changes. Defaults to {@code false}.
     *
     * @return whether the controller may object to changes
     */
    @Value.Default
    public boolean isObjectionRight() {
        return false;
    }

    /**
     * Returns the period within which the controller may object, if stated.
     *
     * @return the period within which the controller may object, or empty
     */
    public abstract Optional<TimeLimit> getObjectionPeriod();

    /**
     * Returns what follows an objection, if stated.
     *
     * @return what follows an objection, or empty
     */
    public abstract Optional<ObjectionConsequence> getObjectionConsequence();

    /**
     * Returns whether the same data protection obligations are imposed on sub-processors by contract. Defaults to {@code false}.
     *
     * @return whether the same data protection obligations are imposed on sub-processors by contract
     */
    @Value.Default
    public boolean isFlowDown() {
        return false;
    }

    /**
     * Returns whether the controller's audit rights are secured against sub-processors. Defaults to {@code false}.
     *
     * @return whether the controller's audit rights are secured against sub-processors
     */
    @Value.Default
    public boolean isAuditRightsFlowDown() {
        return false;
    }

    /**
     * Returns whether the processor remains fully liable for its sub-processors. Defaults to {@code false}.
     *
     * @return whether the processor remains fully liable for its sub-processors
     */
    @Value.Default
    public boolean isFullLiability() {
        return false;
    }

    /**
     * Returns whether the controller may obtain a copy of sub-processor contracts. Defaults to {@code false}.
     *
     * @return whether the controller may obtain a copy of sub-processor contracts
     */
    @Value.Default
    public boolean isContractCopyOnRequest() {
        return false;
    }

    /**
     * Returns whether the processor may redact the copy of a sub-processor contract to the extent necessary to protect
     * business secrets or other confidential information, personal data included (Clause 7.7(c) of the standard
     * contractual clauses of Implementing Decision (EU) 2021/915). Meaningful only where the controller may obtain a copy
     * at all. Defaults to {@code false}.
     *
     * @return whether the copy of a sub-processor contract may be redacted
     */
    @Value.Default
    public boolean isContractCopyRedaction() {
        return false;
    }

    /**
     * Returns whether the processor notifies the controller of any failure of a sub-processor to fulfil its contractual
     * obligations (Clause 7.7(d) of the standard contractual clauses of Implementing Decision (EU) 2021/915). Defaults
     * to {@code false}.
     *
     * @return whether the processor notifies the controller of a sub-processor's failure
     */
    @Value.Default
    public boolean isFailureNotice() {
        return false;
    }

    /**
     * Returns whether the controller may enforce the sub-processor contract if the processor has ceased to exist. Defaults to {@code false}.
     *
     * @return whether the controller may enforce the sub-processor contract if the processor has ceased to exist
     */
    @Value.Default
    public boolean isThirdPartyBeneficiary() {
        return false;
    }

    /**
     * Returns whether the controller may require each sub-processor directly to perform the obligations of its
     * contract and exercise its audit rights against it at any time (the broad third-party-beneficiary variant),
     * beyond the case of {@link #isThirdPartyBeneficiary()} (SCC 2021/915 Clause 7.7(e)). Defaults to {@code false}.
     *
     * @return whether the controller has direct rights against the sub-processors
     */
    @Value.Default
    public boolean isThirdPartyBeneficiaryDirect() {
        return false;
    }

    /**
     * Returns whether the rules apply along the whole chain of sub-processors. Defaults to {@code false}.
     *
     * @return whether the rules apply along the whole chain of sub-processors
     */
    @Value.Default
    public boolean isChainCovered() {
        return false;
    }

    /**
     * Returns whether sub-processors in third countries need the prior consent of the controller. Defaults to {@code false}.
     *
     * @return whether sub-processors in third countries need the prior consent of the controller
     */
    @Value.Default
    public boolean isThirdCountryConsentRequired() {
        return false;
    }

    /**
     * Returns the web address of the published sub-processor list, if stated.
     *
     * @return the web address of the published sub-processor list, or empty
     */
    public abstract Optional<String> getListUrl();

    /**
     * Returns the sub-processors engaged or authorised.
     *
     * @return the sub-processors engaged or authorised, in the order given; may be empty
     */
    public abstract List<Subprocessor> getSubprocessors();

    /**
     * Returns further provisions of this clause that the typed attributes do not capture, stated as text.
     *
     * @return further provisions of this clause that the typed attributes do not capture, stated as text, in the order given; may be empty
     */
    public abstract List<LocalizedText> getAdditionalProvisions();

    /**
     * Returns whether the processor uses, or reserves the right to use, sub-processors that the list does not name (for example "and other service providers"); empty means not stated.
     *
     * @return whether sub-processors outside the list are used, or empty
     */
    public abstract Optional<Boolean> getUnlistedSubprocessors();

    /**
     * Returns whether the list of sub-processors is stated to be exhaustive ({@code true}) or only exemplary ({@code false}, "including", "such as"); empty means not stated.
     *
     * @return whether the list is exhaustive, or empty
     */
    public abstract Optional<Boolean> getListExhaustive();

    /**
     * Returns whether the list of sub-processors is part of the agreement ({@code true}) or kept outside it, for example on a web page the processor may change ({@code false}); empty means not stated.
     *
     * @return whether the list is part of the agreement, or empty
     */
    public abstract Optional<Boolean> getListPartOfAgreement();

    /**
     * Returns whether a new sub-processor counts as approved when the controller stays silent (approval by silence); empty means not stated.
     *
     * @return whether silence counts as approval, or empty
     */
    public abstract Optional<Boolean> getDeemedApproval();

    /**
     * Returns the choice of the controller that the agreement treats as its consent to sub-processors or locations (for example selecting a hosting region), if stated.
     *
     * @return the choice that counts as consent, or empty
     */
    public abstract Optional<LocalizedText> getImpliedConsent();

    /**
     * Returns the limitation of the notice of intended changes and of the objection right to some sub-processors
     * only, as the agreement states it (for example "only sub-processors that provide the main services"), if
     * stated. Art. 28(2) GDPR requires notice of every intended addition or replacement under a general
     * authorisation, so any limitation leaves the controller without a say on the others.
     *
     * @return the limitation of notice and objection to some sub-processors, or empty
     */
    public abstract Optional<LocalizedText> getNoticeLimitation();

    /**
     * Returns whether the processor informs the controller of an added or replaced sub-processor only after the
     * change has been made ({@code true}); empty means not stated. Art. 28(2) GDPR requires notice of an
     * <em>intended</em> change, so that the controller can object before it takes effect.
     *
     * @return whether notice is given only after the change, or empty
     */
    public abstract Optional<Boolean> getNoticeAfterChange();

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
     * A builder for {@link SubprocessingTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableSubprocessingTerms.Builder {
        Builder() {}
    }
}
