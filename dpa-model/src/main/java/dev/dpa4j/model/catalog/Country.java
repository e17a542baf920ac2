/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A country or territory with an ISO 3166-1 alpha-2 code, its names and its membership of the
 * European Union and of the European Economic Area over time.
 *
 * <p>Membership follows the territory that the ISO code denotes: French Guiana ({@code GF}) is in
 * the EU as an outermost region of France, Greenland ({@code GL}) is not. A member state of the
 * EU is treated as part of the EEA for as long as it is an EU member; the EEA-EFTA states have
 * their own periods.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class Country implements CatalogEntry<CountryCode> {

    private final CountryCode code;
    private final LocalizedText labels;
    private final Optional<CountryCode> partOf;
    private final List<ValidityPeriod> eu;
    private final List<ValidityPeriod> eeaEfta;
    private final Optional<LocalizedText> note;

    @JsonCreator
    Country(
            @JsonProperty("code") @Nullable CountryCode code,
            @JsonProperty("labels") @Nullable LocalizedText labels,
            @JsonProperty("partOf") @Nullable CountryCode partOf,
            @JsonProperty("eu") @Nullable List<ValidityPeriod> eu,
            @JsonProperty("eeaEfta") @Nullable List<ValidityPeriod> eeaEfta,
            @JsonProperty("note") @Nullable LocalizedText note) {
        this.code = Checks.required(code, "code");
        this.labels = Checks.labels(labels, "labels");
        this.partOf = Optional.ofNullable(partOf);
        this.eu = Checks.list(eu);
        this.eeaEfta = Checks.list(eeaEfta);
        this.note = Checks.optionalLabels(note, "note");
    }

    @Override
    public CountryCode code() {
        return code;
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /**
     * Returns the state a dependent or special territory belongs to, for the territories that
     * matter for EU and EEA membership: {@code FR} for French Guiana ({@code GF}), {@code FI} for
     * the Åland Islands ({@code AX}), {@code DK} for Greenland ({@code GL}) and so on.
     *
     * @return the state, or empty for sovereign states and territories not tracked
     */
    public Optional<CountryCode> partOf() {
        return partOf;
    }

    /**
     * Returns whether the entry is a member state of the EU on the given day, as opposed to a
     * territory that belongs to the EU through its member state.
     *
     * @param asOf the day, not null
     * @return true for a member state
     */
    public boolean isEuMemberState(LocalDate asOf) {
        return partOf.isEmpty() && isEu(asOf);
    }

    /**
     * Returns whether the entry is a contracting state of the EEA on the given day (an EU member
     * state or an EEA-EFTA state), as opposed to a territory.
     *
     * @param asOf the day, not null
     * @return true for a member state of the EEA
     */
    public boolean isEeaMemberState(LocalDate asOf) {
        return partOf.isEmpty() && isEea(asOf);
    }

    /**
     * Returns the periods in which the territory belonged to the European Union (or, before 1
     * November 1993, to the European Communities).
     *
     * @return an unmodifiable list, empty if it never belonged to it
     */
    public List<ValidityPeriod> euMembership() {
        return eu;
    }

    /**
     * Returns the periods in which the territory belonged to the EEA as an EFTA state (Iceland,
     * Liechtenstein, Norway).
     *
     * @return an unmodifiable list, empty for all other countries
     */
    public List<ValidityPeriod> eeaEftaMembership() {
        return eeaEfta;
    }

    /**
     * Returns whether the territory belonged to the European Union on the given day.
     *
     * @param asOf the day, not null
     * @return true if it was part of the EU on that day
     */
    public boolean isEu(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return eu.stream().anyMatch(period -> period.contains(asOf));
    }

    /**
     * Returns whether the territory belonged to the European Economic Area on the given day, either
     * as part of the EU or as an EEA-EFTA state.
     *
     * @param asOf the day, not null
     * @return true if it was part of the EEA on that day
     */
    public boolean isEea(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return isEu(asOf) || eeaEfta.stream().anyMatch(period -> period.contains(asOf));
    }

    /**
     * Returns a note on the status of the territory, for example the member state it belongs to.
     *
     * @return the note, or empty
     */
    public Optional<LocalizedText> note() {
        return note;
    }

    @Override
    public String toString() {
        return "Country[" + code + "]";
    }
}
