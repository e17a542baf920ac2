/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An annex to the agreement, for example "Anlage 2 – Technische und organisatorische Maßnahmen".
 *
 * @param id a stable identifier usable as an anchor, for example {@code annex-measures}
 * @param label the annex label, for example {@code Anlage 2} or {@code Annex II}
 * @param title the annex title
 * @param content the annex's blocks, usually unnumbered {@link Section}s, paragraphs and tables
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Annex(String id, String label, String title, List<Block> content) implements Block {

    /**
     * Creates an annex.
     *
     * @param id a stable identifier
     * @param label the annex label
     * @param title the annex title
     * @param content the blocks of the annex
     */
    public Annex {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
        content = List.copyOf(Objects.requireNonNull(content, "content"));
    }
}
