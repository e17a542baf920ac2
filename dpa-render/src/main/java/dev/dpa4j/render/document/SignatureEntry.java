/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The signature area of one party.
 *
 * @param role the party's role as printed, for example {@code Verantwortlicher}
 * @param party the party's name
 * @param fields the labelled lines (place and date, name, function, signature)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SignatureEntry(String role, String party, List<SignatureField> fields) {

    /**
     * Creates a signature entry.
     *
     * @param role the party's role as printed
     * @param party the party's name
     * @param fields the labelled lines
     */
    public SignatureEntry {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(party, "party");
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }
}
