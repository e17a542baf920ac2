/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.spi;

import dev.dpa4j.importer.Element;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A classifier's judgement that a passage addresses an element.
 *
 * @param element the element
 * @param confidence from 0 to 1; the importer takes a passage as addressing the element from 0.5
 * @param cue what made the classifier decide, for a reviewer (for example the heading word it matched)
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public record Classification(Element element, double confidence, String cue) {

    /**
     * Checks the values.
     *
     * @param element the element
     * @param confidence from 0 to 1
     * @param cue the reason
     */
    public Classification {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(cue, "cue");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1");
        }
    }
}
