/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on deletion and return at the end of the services (Art. 28(3)(g) GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = EndOfProcessingTerms.Builder.class)
public abstract class EndOfProcessingTerms {
    EndOfProcessingTerms() {}

    /**
     * Returns whether data is deleted or returned, and who chooses, if stated.
     *
     * @return whether data is deleted or returned, and who chooses, or empty
     */
    public abstract Optional<EndOfProcessingChoice> getChoice();

    /**
     * Returns the deadline for deletion or return, if stated.
     *
     * @return the deadline for deletion or return, or empty
     */
    public abstract Optional<TimeLimit> getDeadline();

    /**
     * Returns whether existing copies are deleted too. Defaults to {@code false}.
     *
     * @return whether existing copies are deleted too
     */
    @Value.Default
    public boolean isCopiesIncluded() {
        return false;
    }

    /**
     * Returns how backups are handled, if stated.
     *
     * @return how backups are handled, or empty
     */
    public abstract Optional<LocalizedText> getBackupHandling();

    /**
     * Returns how long backups that still hold the personal data are kept after the data has been deleted (for
     * example 30 days, or "until the regular backup cycle overwrites them"), if stated. A period is the stated limit;
     * a wording without a period leaves it open (Art. 28(3)(g), Art. 5(1)(e) GDPR).
     *
     * @return how long backups are kept after the deletion, or empty
     */
    public abstract Optional<TimeLimit> getBackupRetention();

    /**
     * Returns whether sub-processors delete or return too. Defaults to {@code false}.
     *
     * @return whether sub-processors delete or return too
     */
    @Value.Default
    public boolean isSubprocessorsIncluded() {
        return false;
    }

    /**
     * Returns the law under which data may be kept after the end, if any, if stated.
     *
     * @return the law under which data may be kept after the end, if any, or empty
     */
    public abstract Optional<LegalBasisScope> getRetentionException();

    /**
     * Returns whether the processor confirms the deletion. Defaults to {@code false}.
     *
     * @return whether the processor confirms the deletion
     */
    @Value.Default
    public boolean isDeletionConfirmation() {
        return false;
    }

    /**
     * Returns which documentation the processor keeps after the end as evidence, and for how long, if stated.
     *
     * @return which documentation the processor keeps after the end as evidence, and for how long, or empty
     */
    public abstract Optional<LocalizedText> getEvidenceRetention();

    /**
     * Returns further provisions of this clause that the typed attributes do not capture, stated as text.
     *
     * @return further provisions of this clause that the typed attributes do not capture, stated as text, in the order given; may be empty
     */
    public abstract List<LocalizedText> getAdditionalProvisions();

    /**
     * Returns who bears the costs of deleting or returning the data, if stated.
     *
     * @return who bears the costs of deletion or return, or empty
     */
    public abstract Optional<CostBearer> getCostBearer();

    /**
     * Returns the fee for deleting or returning the data, if an amount is stated.
     *
     * @return the fee for deletion or return, or empty
     */
    public abstract Optional<MonetaryRate> getFee();

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
     * A builder for {@link EndOfProcessingTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableEndOfProcessingTerms.Builder {
        Builder() {}
    }
}
