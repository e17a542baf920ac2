/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A party to the agreement: a controller or the processor.
 *
 * <p>Templates whose controller is not yet known are expressed with {@link #isPlaceholder()} and a
 * {@link #getDescription()} such as "the respective customer"; the name and address may then hold
 * placeholders such as {@code [[Firma]]}.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = Party.Builder.class)
public abstract class Party {
    Party() {}

    /**
     * Returns an identifier of the party within the agreement, used by signatures, if stated.
     *
     * @return an identifier of the party within the agreement, used by signatures, or empty
     */
    public abstract Optional<String> getId();

    /**
     * Returns the legal name, if stated.
     *
     * @return the legal name, or empty
     */
    public abstract Optional<String> getName();

    /**
     * Returns the legal form, for example {@code GmbH}, if stated.
     *
     * @return the legal form, for example {@code GmbH}, or empty
     */
    public abstract Optional<String> getLegalForm();

    /**
     * Returns a description of the party where it is not named, for example "the respective customer", if stated.
     *
     * @return a description of the party where it is not named, for example "the respective customer", or empty
     */
    public abstract Optional<LocalizedText> getDescription();

    /**
     * Returns whether the party is a placeholder to be filled in when the template is used. Defaults to {@code false}.
     *
     * @return whether the party is a placeholder to be filled in when the template is used
     */
    @Value.Default
    public boolean isPlaceholder() {
        return false;
    }

    /**
     * Returns the postal address, if stated.
     *
     * @return the postal address, or empty
     */
    public abstract Optional<PostalAddress> getAddress();

    /**
     * Returns the commercial register entry or another registration, if stated.
     *
     * @return the commercial register entry or another registration, or empty
     */
    public abstract Optional<String> getRegistration();

    /**
     * Returns the persons who represent the party or sign for it.
     *
     * @return the persons who represent the party or sign for it, in the order given; may be empty
     */
    public abstract List<Person> getRepresentatives();

    /**
     * Returns the contact points of the party.
     *
     * @return the contact points of the party, in the order given; may be empty
     */
    public abstract List<ContactPoint> getContacts();

    /**
     * Returns the data protection officer, if stated.
     *
     * @return the data protection officer, or empty
     */
    public abstract Optional<DataProtectionOfficer> getDataProtectionOfficer();

    /**
     * Returns the representative in the Union (Art. 27 GDPR), if stated.
     *
     * @return the representative in the Union (Art. 27 GDPR), or empty
     */
    public abstract Optional<EuRepresentative> getEuRepresentative();

    /**
     * Returns facts about the party that change which rules apply.
     *
     * @return facts about the party that change which rules apply, in natural order; may be empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<PartyAttribute> getAttributes();

    /**
     * Returns certifications, codes of conduct and audit reports the party holds (Art. 28(5) GDPR).
     *
     * @return certifications, codes of conduct and audit reports the party holds (Art. 28(5) GDPR), in the order given; may be empty
     */
    public abstract List<Evidence> getCertifications();

    /**
     * Returns the further names by which the agreement's own texts call this party, for example
     * "Auftraggeber" or "Customer" beside "Verantwortlicher" / "Controller". The party block states them
     * once ("im Folgenden „Verantwortlicher“ oder „Auftraggeber“"); the built-in clauses always use the
     * role word.
     *
     * @return the further designations, in the order given; may be empty
     */
    public abstract List<LocalizedText> getDesignations();

    /**
     * Returns for a party that acceded under a docking clause, the date of accession, if stated.
     *
     * @return for a party that acceded under a docking clause, the date of accession, or empty
     */
    public abstract Optional<LocalDate> getAccessionDate();

    /**
     * Returns the trade names under which the party acts ("trading as"), besides its legal name.
     *
     * @return the trade names, in the order given; may be empty
     */
    public abstract List<String> getTradeNames();

    /**
     * Returns whether the party is stated as the named company together with its affiliates ("X and its affiliates") rather than as one legal entity; empty means not stated.
     *
     * @return whether the party includes its affiliates, or empty
     */
    public abstract Optional<Boolean> getIncludesAffiliates();

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
     * A builder for {@link Party}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableParty.Builder {
        Builder() {}
    }
}
