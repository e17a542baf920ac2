/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.Objects;

/**
 * A piece of inline text with one style.
 *
 * @param style how the text is set
 * @param text the plain, unescaped text; never {@code null}
 * @since 0.1
 */
public record Run(RunStyle style, String text) {

    /**
     * Creates a run.
     *
     * @param style how the text is set
     * @param text the plain text
     */
    public Run {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Returns a run of plain text.
     *
     * @param text the text
     * @return the run
     */
    public static Run text(String text) {
        return new Run(RunStyle.PLAIN, text);
    }

    /**
     * Returns an emphasised run (italics in most formats), used for wording quoted from the agreement.
     *
     * @param text the text
     * @return the run
     */
    public static Run emphasis(String text) {
        return new Run(RunStyle.EMPHASIS, text);
    }

    /**
     * Returns a strong run (bold in most formats), used for defined terms.
     *
     * @param text the text
     * @return the run
     */
    public static Run strong(String text) {
        return new Run(RunStyle.STRONG, text);
    }
}
