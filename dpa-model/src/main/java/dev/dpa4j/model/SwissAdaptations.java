/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The adaptations that make the EU standard contractual clauses 2021/914 usable for transfers under the Swiss
 * Federal Act on Data Protection, as the Federal Data Protection and Information Commissioner (FDPIC) recognised
 * them on 27 August 2021.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = SwissAdaptations.Builder.class)
public abstract class SwissAdaptations {
    SwissAdaptations() {}

    /**
     * Returns the date from which the adaptations apply, if stated.
     *
     * @return the date from which the adaptations apply, or empty
     */
    public abstract Optional<LocalDate> getDate();

    /**
     * Returns whether the FDPIC is the competent supervisory authority insofar as the transfer is governed by the FADP (Clause 13, Annex I.C). Defaults to {@code false}.
     *
     * @return whether the FDPIC is the competent supervisory authority insofar as the transfer is governed by the FADP (Clause 13, Annex I.C)
     */
    @Value.Default
    public boolean isFdpicCompetent() {
        return false;
    }

    /**
     * Returns whether references to the GDPR are to be read as references to the FADP insofar as the transfer is governed by the FADP. Defaults to {@code false}.
     *
     * @return whether references to the GDPR are to be read as references to the FADP insofar as the transfer is governed by the FADP
     */
    @Value.Default
    public boolean isFadpReferences() {
        return false;
    }

    /**
     * Returns whether data subjects in Switzerland may sue at their habitual residence, the term member state not excluding Switzerland (Clause 18(c)). Defaults to {@code false}.
     *
     * @return whether data subjects in Switzerland may sue at their habitual residence, the term member state not excluding Switzerland (Clause 18(c))
     */
    @Value.Default
    public boolean isHabitualResidenceForum() {
        return false;
    }

    /**
     * Returns the law governing the clauses for transfers governed by the FADP, where different from Clause 17, if stated.
     *
     * @return the law governing the clauses for transfers governed by the FADP, where different from Clause 17, or empty
     */
    public abstract Optional<CountryCode> getGoverningLaw();

    /**
     * Returns the courts for transfers governed by the FADP, where different from Clause 18(b), if stated.
     *
     * @return the courts for transfers governed by the FADP, where different from Clause 18(b), or empty
     */
    public abstract Optional<CountryCode> getForum();

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
     * A builder for {@link SwissAdaptations}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableSwissAdaptations.Builder {
        Builder() {}
    }
}
