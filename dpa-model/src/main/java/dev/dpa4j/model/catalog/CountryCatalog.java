/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import dev.dpa4j.model.CountryCode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The catalogue of all 249 ISO 3166-1 alpha-2 countries and territories with their EU and EEA
 * membership over time.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class CountryCatalog extends Catalog<CountryCode, Country> {

    CountryCatalog(CatalogInfo info, List<Country> entries) {
        super(info, entries);
    }

    /**
     * Returns whether the country or territory belonged to the European Union on the given day.
     *
     * @param code the ISO code, not null
     * @param asOf the day, not null
     * @return true if it was part of the EU
     */
    public boolean isEu(CountryCode code, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return require(code).isEu(asOf);
    }

    /**
     * Returns whether the country or territory belonged to the European Economic Area on the given
     * day, where the GDPR applies directly or through the EEA Agreement.
     *
     * @param code the ISO code, not null
     * @param asOf the day, not null
     * @return true if it was part of the EEA
     */
    public boolean isEea(CountryCode code, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return require(code).isEea(asOf);
    }

    /**
     * Returns the member states of the EU on the given day (27 since 1 February 2020), without
     * their territories that carry ISO codes of their own.
     *
     * @param asOf the day, not null
     * @return an unmodifiable sorted set
     */
    public SortedSet<CountryCode> euMemberStates(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return select(country -> country.isEuMemberState(asOf));
    }

    /**
     * Returns the contracting states of the EEA on the given day: the EU member states plus
     * Iceland, Liechtenstein and Norway (30 since 1 February 2020).
     *
     * @param asOf the day, not null
     * @return an unmodifiable sorted set
     */
    public SortedSet<CountryCode> eeaMemberStates(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return select(country -> country.isEeaMemberState(asOf));
    }

    /**
     * Returns every ISO code whose territory belonged to the EU on the given day: the member
     * states plus territories such as French Guiana ({@code GF}) or the Åland Islands ({@code AX}).
     *
     * @param asOf the day, not null
     * @return an unmodifiable sorted set
     */
    public SortedSet<CountryCode> euTerritories(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return select(country -> country.isEu(asOf));
    }

    /**
     * Returns every ISO code whose territory belonged to the EEA on the given day.
     *
     * @param asOf the day, not null
     * @return an unmodifiable sorted set
     */
    public SortedSet<CountryCode> eeaTerritories(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return select(country -> country.isEea(asOf));
    }

    private SortedSet<CountryCode> select(Predicate<Country> filter) {
        TreeSet<CountryCode> codes = new TreeSet<>();
        all().stream().filter(filter).map(Country::code).forEach(codes::add);
        return Collections.unmodifiableSortedSet(codes);
    }
}
