/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A piece of inline text with one style.
 *
 * @param style how the text is set
 * @param text the plain, unescaped text; never {@code null}
 * @param language the language tag of the text where it is not in the document's language (a passage
 *     rendered in another language because the agreement lacks it, which every writer marks visibly),
 *     else empty
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Run(RunStyle style, String text, Optional<String> language) {

    /**
     * Creates a run.
     *
     * @param style how the text is set
     * @param text the plain text
     * @param language the language tag of a passage in another language, or empty
     */
    public Run {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }

    /**
     * Creates a run in the document's language.
     *
     * @param style how the text is set
     * @param text the plain text
     */
    public Run(RunStyle style, String text) {
        this(style, text, Optional.empty());
    }

    /**
     * Returns a run of text in another language than the document's, which writers mark visibly.
     *
     * @param text the text
     * @param language the language tag of the text, for example {@code en}
     * @return the run
     */
    public static Run foreign(String text, String language) {
        return new Run(RunStyle.PLAIN, text, Optional.of(language));
    }

    /**
     * Returns the visible marker that writers of plain formats put around a passage in another
     * language: {@code [en: text]}.
     *
     * @return the text with the marker, or the text itself for a run in the document's language
     */
    public String markedText() {
        // called for every run by the plain writers: no lambda to allocate for the common case
        return language.isEmpty() ? text : "[" + language.get() + ": " + text + "]";
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
