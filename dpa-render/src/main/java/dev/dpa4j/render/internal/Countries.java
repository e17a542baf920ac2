/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.Region;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.catalog.Catalogs;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a sub-processor processes data, and whether that lies outside the EU/EEA: by the reference
 * catalogue on the reference date (the as-of date, else the agreement's effective or version date), or,
 * without any date, by the current EEA membership. An instance serves one composition and remembers its
 * answers per country; it is not shared between threads.
 */
public final class Countries {

    private final Optional<LocalDate> referenceDate;
    private final Map<CountryCode, Boolean> eea = new HashMap<>();

    Countries(Optional<LocalDate> referenceDate) {
        this.referenceDate = referenceDate;
    }

    /** The 27 EU member states and the three further EEA states (Iceland, Liechtenstein, Norway). */
    private static final Set<String> EEA = Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
            "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO");

    /** The day at which membership and adequacy are judged, if known. */
    Optional<LocalDate> referenceDate() {
        return referenceDate;
    }

    boolean isEea(CountryCode country) {
        // remembered per composition (the reference date is fixed): asked for every place of every recipient
        return eea.computeIfAbsent(
                country,
                c -> referenceDate.isPresent()
                        ? Catalogs.standard().countries().isEea(c, referenceDate.get())
                        : EEA.contains(c.getCode()));
    }

    /** The countries where the sub-processor processes data: its locations, else its seat. */
    Set<Optional<CountryCode>> destinations(Subprocessor s) {
        Set<Optional<CountryCode>> countries = new LinkedHashSet<>();
        for (Location l : s.getLocations()) {
            countries.add(l.getCountry());
        }
        if (countries.isEmpty()) {
            countries.add(seat(s));
        }
        return countries;
    }

    /**
     * The country's name in the language: the label of the reference catalogue ({@link Catalogs#standard()}),
     * else the ISO code. Contracts, notices and the sub-processor page all name countries through this.
     *
     * @param country the country
     * @param language the language
     * @return the name
     */
    public static String name(CountryCode country, Locale language) {
        return Catalogs.standard()
                .countries()
                .find(country)
                .map(c -> c.labels().resolve(language))
                .orElse(country.getCode());
    }

    static Optional<CountryCode> seat(Subprocessor s) {
        return s.getCountry().or(() -> s.getAddress().flatMap(PostalAddress::getCountry));
    }

    /** Whether any known location or the seat is outside the EU/EEA. */
    boolean receivesOutsideEea(Subprocessor s) {
        for (Location l : s.getLocations()) {
            if (l.getCountry().map(c -> !isEea(c)).orElse(false)) {
                return true;
            }
            if (l.getRegion().map(Region::mayBeOutsideEea).orElse(false)) {
                return true;
            }
        }
        return seat(s).map(c -> !isEea(c)).orElse(false);
    }
}
