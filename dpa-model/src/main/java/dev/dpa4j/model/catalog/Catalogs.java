/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import java.util.List;
import java.util.Set;

/**
 * The reference catalogues shipped with dpa4j.
 *
 * <p>{@link #standard()} reads the data files once, on first use, and returns the same instance
 * afterwards. A malformed data file is a packaging error and makes that call fail with a {@link
 * dev.dpa4j.model.DpaException} naming the file, the JSON pointer, line and column.
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalogs {

    private final CountryCatalog countries;
    private final AdequacyDecisionCatalog adequacyDecisions;
    private final TransferMechanismCatalog transferMechanisms;

    private Catalogs() {
        CatalogReader.Document<Country> countryFile = CatalogReader.readResource("countries", Country.class);
        this.countries = new CountryCatalog(countryFile.info, countryFile.entries);
        // CountryCode accepts only the 249 assigned codes and codes are unique, so 249 entries are all of them.
        if (countries.size() != 249 || !isAscending(countries.all())) {
            throw new dev.dpa4j.model.DpaException(
                    "The reference catalogue 'countries' must list the 249 ISO 3166-1 alpha-2 codes in code order");
        }
        CatalogReader.Document<AdequacyDecision> adequacyFile =
                CatalogReader.readResource("adequacy-decisions", AdequacyDecision.class);
        this.adequacyDecisions = new AdequacyDecisionCatalog(adequacyFile.info, adequacyFile.entries);
        CatalogReader.Document<TransferMechanismEntry> transferFile =
                CatalogReader.readResource("transfer-mechanisms", TransferMechanismEntry.class);
        CatalogReader.requireComplete(
                "transfer-mechanisms", dev.dpa4j.model.TransferMechanismType.class, transferFile.entries, Set.of());
        this.transferMechanisms = new TransferMechanismCatalog(transferFile.info, transferFile.entries);
    }

    private static boolean isAscending(List<Country> entries) {
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).code().compareTo(entries.get(i).code()) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static final class Holder {
        static final Catalogs STANDARD = new Catalogs();
    }

    /**
     * Returns the catalogues shipped with this version of dpa4j, reading them on first use.
     *
     * @return the shared instance
     * @throws dev.dpa4j.model.DpaException if a shipped data file is missing or malformed
     */
    public static Catalogs standard() {
        return Holder.STANDARD;
    }

    /**
     * Returns the ISO 3166-1 countries and territories with EU and EEA membership over time.
     *
     * @return the country catalogue
     */
    public CountryCatalog countries() {
        return countries;
    }

    /**
     * Returns the adequacy decisions of the Commission, current and ended.
     *
     * @return the adequacy catalogue
     */
    public AdequacyDecisionCatalog adequacyDecisions() {
        return adequacyDecisions;
    }

    /**
     * Returns the transfer mechanisms with their legal basis and validity.
     *
     * @return the transfer mechanism catalogue
     */
    public TransferMechanismCatalog transferMechanisms() {
        return transferMechanisms;
    }
}
