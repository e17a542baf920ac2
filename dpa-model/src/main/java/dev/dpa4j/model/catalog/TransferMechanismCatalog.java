/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import dev.dpa4j.model.TransferMechanismType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The catalogue of transfer mechanisms, one entry per {@link TransferMechanismType}, valid and
 * outdated.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class TransferMechanismCatalog extends Catalog<TransferMechanismType, TransferMechanismEntry> {

    TransferMechanismCatalog(CatalogInfo info, List<TransferMechanismEntry> entries) {
        super(info, entries);
    }

    /**
     * Returns whether transfers could rely on the mechanism on the given day.
     *
     * @param type the mechanism, not null
     * @param asOf the day, not null
     * @return true if the mechanism was usable on that day
     */
    public boolean isValid(TransferMechanismType type, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return require(type).isValid(asOf);
    }
}
