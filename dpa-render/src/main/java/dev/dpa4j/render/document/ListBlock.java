/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An ordered or unordered list of paragraphs.
 *
 * @param ordered whether the items are numbered
 * @param items the items in order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ListBlock(boolean ordered, List<Paragraph> items) implements Block {

    /**
     * Creates a list.
     *
     * @param ordered whether the items are numbered
     * @param items the items
     */
    public ListBlock {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
}
