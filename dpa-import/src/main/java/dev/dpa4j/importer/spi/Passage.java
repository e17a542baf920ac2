/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.spi;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One passage of an imported document as a classifier sees it: a paragraph, list item or table row, with the
 * heading of the section it stands in.
 *
 * @param text the passage's text
 * @param heading the headings it stands under, outermost first, joined by {@code " > "}; empty before the first
 *     heading
 * @param language the document's language, {@code de} or {@code en}
 * @param offset where the passage starts in the normalised text
 * @param annex whether the passage stands in an annex, appendix or schedule
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public record Passage(String text, String heading, String language, int offset, boolean annex) {

    /**
     * Checks the values.
     *
     * @param text the text
     * @param heading the headings
     * @param language the language
     * @param offset the start
     * @param annex whether in an annex
     */
    public Passage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(language, "language");
    }
}
