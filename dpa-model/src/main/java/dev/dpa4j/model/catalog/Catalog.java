/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import dev.dpa4j.model.DpaException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A versioned reference catalogue: its metadata and its entries in a stable order.
 *
 * <p>Immutable and thread-safe. Instances come from {@link Catalogs}.
 *
 * @param <K> the type of the entry codes
 * @param <E> the type of the entries
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public sealed class Catalog<K, E extends CatalogEntry<K>>
        permits CountryCatalog, AdequacyDecisionCatalog, TransferMechanismCatalog {

    private final CatalogInfo info;
    private final List<E> entries;
    private final Map<K, E> byCode;

    Catalog(CatalogInfo info, List<E> entries) {
        this.info = Objects.requireNonNull(info, "info");
        this.entries = List.copyOf(entries);
        Map<K, E> map = new LinkedHashMap<>();
        for (E entry : this.entries) {
            if (map.putIfAbsent(entry.code(), entry) != null) {
                throw new DpaException(
                        "The reference catalogue '" + info.id() + "' has the code '" + entry.code() + "' twice");
            }
        }
        this.byCode = Map.copyOf(map);
    }

    /**
     * Returns the metadata of the catalogue: id, version, verification date and sources.
     *
     * @return the metadata
     */
    public CatalogInfo info() {
        return info;
    }

    /**
     * Returns the version of the catalogue data; short for {@code info().version()}.
     *
     * @return the version
     */
    public String version() {
        return info.version();
    }

    /**
     * Returns all entries in the catalogue's stable order: enum order for catalogues of enum
     * constants, code order for countries, and the curated order of the data file otherwise.
     *
     * @return an unmodifiable list
     */
    public List<E> all() {
        return entries;
    }

    /**
     * Finds the entry with the given code.
     *
     * @param code the code, not null
     * @return the entry, or empty if the catalogue has none with that code
     */
    public Optional<E> find(K code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Returns the entry with the given code, for codes that are known to exist.
     *
     * @param code the code, not null
     * @return the entry
     * @throws java.util.NoSuchElementException if the catalogue has no entry with that code
     */
    public E require(K code) {
        return find(code)
                .orElseThrow(() -> new java.util.NoSuchElementException(
                        "catalogue '" + info.id() + "' has no entry with the code '" + code + "'"));
    }

    /**
     * Returns the number of entries.
     *
     * @return the number of entries
     */
    public int size() {
        return entries.size();
    }

    @Override
    public String toString() {
        return "Catalog[" + info.id() + " " + info.version() + ", " + entries.size() + " entries]";
    }
}
