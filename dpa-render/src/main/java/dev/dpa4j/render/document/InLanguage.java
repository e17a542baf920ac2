/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A block in a given language, where a bilingual document prints one language after the other (a wide
 * table, an annex holding one): the one place of the tree that says which language a block is in, so that
 * every writer can mark it as its format does (HTML {@code lang}, Word's {@code w:lang} on each run).
 * Writers that mark no language print the block as it is.
 *
 * <p>The side of a {@link Parallel} carries its language in the {@code Parallel} itself. Identifiers in a
 * bilingual document are unique: the composer gives every anchor of the second language's blocks a suffix
 * with the language, for example {@code instructions-en}.
 *
 * @param language the language of {@code block}
 * @param block the block
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InLanguage(Locale language, Block block) implements Block {

    /**
     * Creates a block in a language.
     *
     * @param language the language of {@code block}
     * @param block the block
     */
    public InLanguage {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(block, "block");
    }
}
