/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One party in a {@link PartiesBlock}.
 *
 * @param name the party's name (with legal form), or a blank to be filled in for a placeholder party
 * @param details further lines: address, register entry, representatives; may be empty
 * @param designation how the agreement refers to the party, for example {@code – im Folgenden „Verantwortlicher“ –}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PartyEntry(String name, List<String> details, String designation) {

    /**
     * Creates a party entry.
     *
     * @param name the party's name
     * @param details further lines
     * @param designation how the agreement refers to the party
     */
    public PartyEntry {
        Objects.requireNonNull(name, "name");
        details = List.copyOf(Objects.requireNonNull(details, "details"));
        Objects.requireNonNull(designation, "designation");
    }
}
