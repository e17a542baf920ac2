/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The assessment of the law and practice of the destination country that a transfer tool needs (Clause 14 of the
 * standard contractual clauses 2021/914; EDPB Recommendations 01/2020, steps 3 and 4; the UK data protection
 * test of Art. 46(1A) UK GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = TransferImpactAssessment.Builder.class)
public abstract class TransferImpactAssessment {
    TransferImpactAssessment() {}

    /**
     * Returns whether the assessment was carried out and documented. Defaults to {@code false}.
     *
     * @return whether the assessment was carried out and documented
     */
    @Value.Default
    public boolean isDone() {
        return false;
    }

    /**
     * Returns the date of the assessment, if stated.
     *
     * @return the date of the assessment, or empty
     */
    public abstract Optional<LocalDate> getDate();

    /**
     * Returns a reference to the documented assessment, for example a document number or address, if stated.
     *
     * @return a reference to the documented assessment, for example a document number or address, or empty
     */
    public abstract Optional<String> getReference();

    /**
     * Returns the assessment concludes that supplementary measures are needed for the tool to be effective, if stated.
     *
     * @return the assessment concludes that supplementary measures are needed for the tool to be effective, or empty
     */
    public abstract Optional<Boolean> getSupplementaryMeasuresRequired();

    /**
     * Returns the date of the next review, if stated.
     *
     * @return the date of the next review, or empty
     */
    public abstract Optional<LocalDate> getNextReview();

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
     * A builder for {@link TransferImpactAssessment}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableTransferImpactAssessment.Builder {
        Builder() {}
    }
}
