/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The parties to the agreement, as introduced at its start ("between … and …").
 *
 * @param introduction the words before the first party, for example {@code zwischen}
 * @param parties the parties in order: controllers first, then the processor
 * @param conjunction the word between two parties, for example {@code und}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PartiesBlock(String introduction, List<PartyEntry> parties, String conjunction) implements Block {

    /**
     * Creates a parties block.
     *
     * @param introduction the words before the first party
     * @param parties the parties
     * @param conjunction the word between two parties
     */
    public PartiesBlock {
        Objects.requireNonNull(introduction, "introduction");
        parties = List.copyOf(Objects.requireNonNull(parties, "parties"));
        Objects.requireNonNull(conjunction, "conjunction");
    }
}
