/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A labelled line of a {@link SignatureEntry}, for example "Ort, Datum: Berlin, 01.03.2026"; an empty
 * value is printed as a blank line to be filled in by hand.
 *
 * @param label the label
 * @param value the value, if known
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SignatureField(String label, Optional<String> value) {

    /**
     * Creates a signature field.
     *
     * @param label the label
     * @param value the value, or empty for a blank
     */
    public SignatureField {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
