/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import dev.dpa4j.model.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The catalogue of adequacy decisions of the European Commission, current and ended.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class AdequacyDecisionCatalog extends Catalog<String, AdequacyDecision> {

    /** The decisions of each country in catalogue order, so that {@link #find} does not scan the catalogue. */
    private final Map<CountryCode, List<AdequacyDecision>> byCountry;

    AdequacyDecisionCatalog(CatalogInfo info, List<AdequacyDecision> entries) {
        super(info, entries);
        Map<CountryCode, List<AdequacyDecision>> index = new HashMap<>();
        for (AdequacyDecision decision : all()) {
            decision.country()
                    .ifPresent(c ->
                            index.computeIfAbsent(c, k -> new ArrayList<>()).add(decision));
        }
        Map<CountryCode, List<AdequacyDecision>> copy = new HashMap<>();
        index.forEach((country, decisions) -> copy.put(country, List.copyOf(decisions)));
        this.byCountry = Map.copyOf(copy);
    }

    /**
     * Finds the adequacy decision for a country or territory that was in force on the given day.
     * A decision of partial scope is returned too; check {@link AdequacyDecision#scope()} and
     * {@link AdequacyDecision#requiredAttribute()} before relying on it.
     *
     * @param country the ISO code, not null
     * @param asOf the day, not null
     * @return the decision in force, or empty if there was none on that day
     */
    public Optional<AdequacyDecision> find(CountryCode country, LocalDate asOf) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(asOf, "asOf");
        for (AdequacyDecision decision : byCountry.getOrDefault(country, List.of())) {
            if (decision.isInForce(asOf)) {
                return Optional.of(decision);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the decisions in force on the given day, in catalogue order.
     *
     * @param asOf the day, not null
     * @return an unmodifiable list
     */
    public List<AdequacyDecision> inForce(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return all().stream().filter(decision -> decision.isInForce(asOf)).toList();
    }

    /**
     * Returns every decision, current and ended, concerning a country or territory, oldest first.
     *
     * @param country the ISO code, not null
     * @return an unmodifiable list, empty if there was never a decision
     */
    public List<AdequacyDecision> history(CountryCode country) {
        Objects.requireNonNull(country, "country");
        return all().stream()
                .filter(decision -> decision.country().equals(Optional.of(country)))
                .sorted(java.util.Comparator.comparing((AdequacyDecision decision) ->
                        decision.validity().from().orElseThrow()))
                .toList();
    }
}
