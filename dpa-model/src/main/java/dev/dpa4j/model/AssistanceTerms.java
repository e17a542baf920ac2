/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The clause on assistance (Art. 28(3)(e), (f) GDPR).
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = AssistanceTerms.Builder.class)
public abstract class AssistanceTerms {
    AssistanceTerms() {}

    /**
     * Returns whether the processor assists with requests of data subjects (Arts. 12 to 22 GDPR). Defaults to {@code false}.
     *
     * @return whether the processor assists with requests of data subjects (Arts. 12 to 22 GDPR)
     */
    @Value.Default
    public boolean isDataSubjectRights() {
        return false;
    }

    /**
     * Returns how quickly the processor forwards requests it receives directly, if stated.
     *
     * @return how quickly the processor forwards requests it receives directly, or empty
     */
    public abstract Optional<TimeLimit> getForwardingDeadline();

    /**
     * Returns whether the processor answers data subjects only with the authorisation of the controller. Defaults to {@code false}.
     *
     * @return whether the processor answers data subjects only with the authorisation of the controller
     */
    @Value.Default
    public boolean isNoDirectResponse() {
        return false;
    }

    /**
     * Returns the obligations of Arts. 32 to 36 GDPR the processor assists with.
     *
     * @return the obligations of Arts. 32 to 36 GDPR the processor assists with, in natural order; may be empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<AssistedArticle> getArticles();

    /**
     * Returns whether the processor cooperates with the supervisory authority. Defaults to {@code false}.
     *
     * @return whether the processor cooperates with the supervisory authority
     */
    @Value.Default
    public boolean isAuthorityCooperation() {
        return false;
    }

    /**
     * Returns whether the processor informs the controller of inspections and measures of supervisory authorities. Defaults to {@code false}.
     *
     * @return whether the processor informs the controller of inspections and measures of supervisory authorities
     */
    @Value.Default
    public boolean isAuthorityActionNotice() {
        return false;
    }

    /**
     * Returns whether the processor informs the controller without undue delay when it becomes aware that personal data
     * it processes is inaccurate or has become outdated, so that the controller can meet the accuracy principle (Clause
     * 8(c)(3) of the standard contractual clauses of Implementing Decision (EU) 2021/915; Art. 5(1)(d) GDPR). Defaults
     * to {@code false}.
     *
     * @return whether the processor informs the controller of inaccurate or outdated personal data
     */
    @Value.Default
    public boolean isInaccurateDataNotice() {
        return false;
    }

    /**
     * Returns the fee for assistance beyond the statutory duties, if stated.
     *
     * @return the fee for assistance beyond the statutory duties, or empty
     */
    public abstract Optional<MonetaryRate> getFee();

    /**
     * Returns further provisions of this clause that the typed attributes do not capture, stated as text.
     *
     * @return further provisions of this clause that the typed attributes do not capture, stated as text, in the order given; may be empty
     */
    public abstract List<LocalizedText> getAdditionalProvisions();

    /**
     * Returns who bears the costs of the assistance, if stated; a fee with an amount is {@link #getFee()}.
     *
     * @return who bears the costs of the assistance, or empty
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
     * A builder for {@link AssistanceTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableAssistanceTerms.Builder {
        Builder() {}
    }
}
