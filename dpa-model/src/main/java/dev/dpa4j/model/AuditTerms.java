/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on information and audits (Art. 28(3)(h) GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = AuditTerms.Builder.class)
public abstract class AuditTerms {
    AuditTerms() {}

    /**
     * Returns whether the processor makes available all information necessary to demonstrate compliance. Defaults to {@code false}.
     *
     * @return whether the processor makes available all information necessary to demonstrate compliance
     */
    @Value.Default
    public boolean isInformationProvision() {
        return false;
    }

    /**
     * Returns whether audits include inspections on the premises. Defaults to {@code false}.
     *
     * @return whether audits include inspections on the premises
     */
    @Value.Default
    public boolean isInspections() {
        return false;
    }

    /**
     * Returns whether the controller may mandate an auditor. Defaults to {@code false}.
     *
     * @return whether the controller may mandate an auditor
     */
    @Value.Default
    public boolean isMandatedAuditor() {
        return false;
    }

    /**
     * Returns whether inspections are excluded. Defaults to {@code false}.
     *
     * @return whether inspections are excluded
     */
    @Value.Default
    public boolean isInspectionsExcluded() {
        return false;
    }

    /**
     * Returns whether compliance may be demonstrated only by certificates and reports. Defaults to {@code false}.
     *
     * @return whether compliance may be demonstrated only by certificates and reports
     */
    @Value.Default
    public boolean isCertificatesOnly() {
        return false;
    }

    /**
     * Returns the evidence the processor may provide instead of or before an inspection.
     *
     * @return the evidence the processor may provide instead of or before an inspection, in the order given; may be empty
     */
    public abstract List<Evidence> getAcceptedEvidence();

    /**
     * Returns whether the processor informs of a withdrawal or change of that evidence. Defaults to {@code false}.
     *
     * @return whether the processor informs of a withdrawal or change of that evidence
     */
    @Value.Default
    public boolean isEvidenceChangeNotice() {
        return false;
    }

    /**
     * Returns the advance notice of an inspection, if stated.
     *
     * @return the advance notice of an inspection, or empty
     */
    public abstract Optional<TimeLimit> getNotice();

    /**
     * Returns the shortest interval between two audits, if stated.
     *
     * @return the shortest interval between two audits, or empty
     */
    public abstract Optional<TimePeriod> getFrequencyLimit();

    /**
     * Returns whether a frequency limit does not apply after incidents or on order of an authority. Defaults to {@code false}.
     *
     * @return whether a frequency limit does not apply after incidents or on order of an authority
     */
    @Value.Default
    public boolean isIncidentException() {
        return false;
    }

    /**
     * Returns whether inspections take place during normal business hours. Defaults to {@code false}.
     *
     * @return whether inspections take place during normal business hours
     */
    @Value.Default
    public boolean isBusinessHoursOnly() {
        return false;
    }

    /**
     * Returns who bears the costs of audits, if stated.
     *
     * @return who bears the costs of audits, or empty
     */
    public abstract Optional<CostBearer> getCostBearer();

    /**
     * Returns the fee for audit efforts beyond the statutory duties, if stated.
     *
     * @return the fee for audit efforts beyond the statutory duties, or empty
     */
    public abstract Optional<MonetaryRate> getFee();

    /**
     * Returns whether the supervisory authority has access as well. Defaults to {@code false}.
     *
     * @return whether the supervisory authority has access as well
     */
    @Value.Default
    public boolean isSupervisoryAuthorityAccess() {
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
     * A builder for {@link AuditTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableAuditTerms.Builder {
        Builder() {}
    }
}
