/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The same block in two languages, for bilingual documents: writers that can lay out columns put
 * them side by side, others print one after the other.
 *
 * @param firstLanguage the language of {@code first}
 * @param first the block in the first language
 * @param secondLanguage the language of {@code second}
 * @param second the block in the second language
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Parallel(Locale firstLanguage, Block first, Locale secondLanguage, Block second) implements Block {

    /**
     * Creates a parallel block.
     *
     * @param firstLanguage the language of {@code first}
     * @param first the block in the first language
     * @param secondLanguage the language of {@code second}
     * @param second the block in the second language
     */
    public Parallel {
        Objects.requireNonNull(firstLanguage, "firstLanguage");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(secondLanguage, "secondLanguage");
        Objects.requireNonNull(second, "second");
    }
}
