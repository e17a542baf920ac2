/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A numbered clause (paragraph) of a {@link Section}, for example {@code (2)}.
 *
 * @param key the key of the clause in the clause library, for example {@code instructions.documented};
 *     lets tools trace a text back to its source
 * @param number the number as printed, for example {@code (2)}; empty for the only clause of a section,
 *     which is printed without a number
 * @param citation the provision this clause implements, if it differs from the section's
 * @param content the clause's paragraphs and lists
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Clause(String key, String number, Optional<String> citation, List<Block> content) implements Block {

    /**
     * Creates a clause.
     *
     * @param key the clause library key
     * @param number the printed number
     * @param citation the provision, or empty
     * @param content the blocks of the clause
     */
    public Clause {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(citation, "citation");
        content = List.copyOf(Objects.requireNonNull(content, "content"));
    }
}
