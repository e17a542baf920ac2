/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The signatures of the parties.
 *
 * @param heading the heading, for example {@code Unterschriften}
 * @param entries one entry per signing party
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SignatureBlock(String heading, List<SignatureEntry> entries) implements Block {

    /**
     * Creates a signature block.
     *
     * @param heading the heading
     * @param entries the entries
     */
    public SignatureBlock {
        Objects.requireNonNull(heading, "heading");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    }
}
