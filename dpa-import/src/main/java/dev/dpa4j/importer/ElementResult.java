/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the importer found for one {@link Element}.
 *
 * @param element the element
 * @param found whether a passage of the document addresses it
 * @param confidence how sure the classification is, from 0 (not found) to 1
 * @param spans the passages classified to the element, in document order
 * @param classifier the id of the classifier that decided, or empty when not found
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public record ElementResult(
        Element element, boolean found, double confidence, List<SourceSpan> spans, String classifier) {

    /**
     * Checks the values and copies the list.
     *
     * @param element the element
     * @param found whether it was found
     * @param confidence from 0 to 1
     * @param spans the passages
     * @param classifier the classifier id
     */
    public ElementResult {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(classifier, "classifier");
        spans = List.copyOf(spans);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1");
        }
    }
}
