/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A numbered section of the agreement ("§ 4 Weisungen", "Clause 4 Instructions") or an unnumbered
 * sub-section of an annex.
 *
 * @param id a stable identifier usable as an anchor, for example {@code instructions}
 * @param number the number as printed, for example {@code § 4} or {@code 4.}; empty for unnumbered sections
 * @param heading the heading
 * @param citation the legal provisions the section implements, for example {@code Art. 28 Abs. 3 lit. a DSGVO}
 * @param content the section's clauses and other blocks, in order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Section(
        String id, Optional<String> number, String heading, Optional<String> citation, List<Block> content)
        implements Block {

    /**
     * Creates a section.
     *
     * @param id a stable identifier
     * @param number the printed number, or empty
     * @param heading the heading
     * @param citation the legal provisions, or empty
     * @param content the blocks of the section
     */
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(citation, "citation");
        content = List.copyOf(Objects.requireNonNull(content, "content"));
    }
}
