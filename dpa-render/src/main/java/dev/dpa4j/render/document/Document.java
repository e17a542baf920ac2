/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A composed agreement: metadata and the blocks in reading order (title, parties, sections, signatures,
 * annexes).
 *
 * <p>Created by {@link dev.dpa4j.render.DocumentComposer}; walked by every writer.
 *
 * @param metadata facts for headers, footers and file metadata
 * @param blocks the top-level blocks in reading order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Document(DocumentMetadata metadata, List<Block> blocks) {

    /**
     * Creates a document.
     *
     * @param metadata the metadata
     * @param blocks the top-level blocks
     */
    public Document {
        Objects.requireNonNull(metadata, "metadata");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }
}
