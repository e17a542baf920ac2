/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A table with one header row.
 *
 * <p>Every row has as many cells as the header; the constructor checks this.
 *
 * @param caption a caption, if any
 * @param header the header cells
 * @param rows the body rows
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Table(Optional<String> caption, List<Paragraph> header, List<List<Paragraph>> rows) implements Block {

    /**
     * Creates a table.
     *
     * @param caption a caption, or empty
     * @param header the header cells
     * @param rows the body rows, each with as many cells as the header
     * @throws IllegalArgumentException if a row has a different number of cells than the header
     */
    public Table {
        Objects.requireNonNull(caption, "caption");
        header = List.copyOf(Objects.requireNonNull(header, "header"));
        rows = Objects.requireNonNull(rows, "rows").stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("Row " + i + " of table has "
                        + rows.get(i).size() + " cells, but the header has " + header.size());
            }
        }
    }
}
