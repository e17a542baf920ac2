/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The standard contractual clauses of Implementing Decision (EU) 2021/914 as the agreement incorporates them:
 * modules, the options the parties chose and the Annex information the agreement's other data do not already
 * hold. Parties, description of the processing, measures and sub-processors for Annexes I.A, I.B, II and III
 * come from the rest of the agreement.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = SccTerms.Builder.class)
public abstract class SccTerms {
    SccTerms() {}

    /**
     * Returns the instrument, for example {@code Implementing Decision (EU) 2021/914, OJ L 199, 7.6.2021, p. 31}, if stated.
     *
     * @return the instrument, for example {@code Implementing Decision (EU) 2021/914, OJ L 199, 7.6.2021, p. 31}, or empty
     */
    public abstract Optional<String> getReference();

    /**
     * Returns the date from which the clauses apply between the parties, if stated.
     *
     * @return the date from which the clauses apply between the parties, or empty
     */
    public abstract Optional<LocalDate> getDate();

    /**
     * Returns the modules incorporated.
     *
     * @return the modules incorporated, in their natural order; may be empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<SccModule> getModules();

    /**
     * Returns whether the optional docking clause (Clause 7) is included, if stated.
     *
     * @return whether the optional docking clause (Clause 7) is included, or empty
     */
    public abstract Optional<Boolean> getDockingClause();

    /**
     * Returns for modules 2 and 3, the option of Clause 9(a): {@code SPECIFIC} is option 1 (specific prior authorisation), {@code GENERAL} option 2 (general written authorisation), if stated.
     *
     * @return for modules 2 and 3, the option of Clause 9(a): {@code SPECIFIC} is option 1 (specific prior authorisation), {@code GENERAL} option 2 (general written authorisation), or empty
     */
    public abstract Optional<AuthorisationType> getClause9Option();

    /**
     * Returns for modules 2 and 3, the period of Clause 9(a): how long before engaging a sub-processor the request is made (option 1) or the change is notified (option 2), if stated.
     *
     * @return for modules 2 and 3, the period of Clause 9(a): how long before engaging a sub-processor the request is made (option 1) or the change is notified (option 2), or empty
     */
    public abstract Optional<TimePeriod> getClause9Period();

    /**
     * Returns the independent dispute resolution body data subjects may also use under Clause 11(a); empty means none is offered, if stated. A plain string in JSON is a text without a language; an object gives it per language.
     *
     * @return the independent dispute resolution body data subjects may also use under Clause 11(a); empty means none is offered, or empty
     */
    public abstract Optional<LocalizedText> getRedressBody();

    /**
     * Returns for modules 1 to 3, the alternative of Clause 13(a) that applies, if stated.
     *
     * @return for modules 1 to 3, the alternative of Clause 13(a) that applies, or empty
     */
    public abstract Optional<SccClause13Basis> getClause13Basis();

    /**
     * Returns for modules 1 to 3, the competent supervisory authority named in Annex I.C, if stated. A plain string in JSON is a text without a language; an object gives it per language.
     *
     * @return for modules 1 to 3, the competent supervisory authority named in Annex I.C, or empty
     */
    public abstract Optional<LocalizedText> getCompetentAuthority();

    /**
     * Returns for modules 1 to 3, the option chosen in Clause 17, if stated.
     *
     * @return for modules 1 to 3, the option chosen in Clause 17, or empty
     */
    public abstract Optional<SccClause17Option> getClause17Option();

    /**
     * Returns the country whose law governs the clauses (Clause 17), if stated.
     *
     * @return the country whose law governs the clauses (Clause 17), or empty
     */
    public abstract Optional<CountryCode> getGoverningLaw();

    /**
     * Returns the country whose courts decide disputes from the clauses (Clause 18(b)), if stated.
     *
     * @return the country whose courts decide disputes from the clauses (Clause 18(b)), or empty
     */
    public abstract Optional<CountryCode> getForum();

    /**
     * Returns how often data are transferred (Annex I.B), if stated.
     *
     * @return how often data are transferred (Annex I.B), or empty
     */
    public abstract Optional<TransferFrequency> getFrequency();

    /**
     * Returns the period for which the data are retained, or the criteria to determine it (Annex I.B), if stated.
     *
     * @return the period for which the data are retained, or the criteria to determine it (Annex I.B), or empty
     */
    public abstract Optional<LocalizedText> getRetention();

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
     * A builder for {@link SccTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableSccTerms.Builder {
        Builder() {}

        /**
         * Sets the redressBody as a text without a language, as a plain JSON string does.
         *
         * @param text the text, not null, not empty
         * @return this builder
         */
        public final Builder redressBody(String text) {
            return redressBody(LocalizedText.plain(text));
        }

        /**
         * Sets the competentAuthority as a text without a language, as a plain JSON string does.
         *
         * @param text the text, not null, not empty
         * @return this builder
         */
        public final Builder competentAuthority(String text) {
            return competentAuthority(LocalizedText.plain(text));
        }
    }
}
