/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.internal.Composer;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Composes an agreement into the neutral {@link Document} tree that every writer walks.
 *
 * <p>The composer decides what the document says: which clauses appear (only those whose terms the
 * agreement states), their numbering, the parameters filled in from the model, the annexes, the
 * data-flow diagram and the fingerprint. Writers only decide how it looks. Writers for further formats
 * (PDF, DOCX, third-party formats) start here:
 *
 * <pre>{@code
 * Document document = DocumentComposer.create().compose(agreement, RenderOptions.of(Locale.GERMAN));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class DocumentComposer {

    private final ClauseLibrary library;

    private DocumentComposer(ClauseLibrary library) {
        this.library = library;
    }

    /**
     * Returns a composer using the built-in clause library.
     *
     * @return the composer
     */
    public static DocumentComposer create() {
        return new DocumentComposer(ClauseLibrary.builtIn());
    }

    /**
     * Returns a composer using the given clause library.
     *
     * @param library the clause library, for example with overridden clauses
     * @return the composer
     */
    public static DocumentComposer create(ClauseLibrary library) {
        return new DocumentComposer(Objects.requireNonNull(library, "library"));
    }

    /**
     * Returns the clause library this composer uses.
     *
     * @return the clause library
     */
    public ClauseLibrary library() {
        return library;
    }

    /**
     * Composes the agreement.
     *
     * @param agreement the agreement
     * @param options the options (language, annexes, bilingual layout, fingerprint)
     * @return the document
     * @throws dev.dpa4j.model.DpaConfigurationException if the clause library lacks the requested language
     *     or one of its texts uses a parameter the clause does not offer; the message names the key
     */
    public Document compose(DataProcessingAgreement agreement, RenderOptions options) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(options, "options");
        return new Composer(library, agreement, options).compose();
    }

    /**
     * Composes the agreement for a built-in writer; without figure images for a format that prints only a
     * figure's caption and description, which saves drawing the SVG.
     */
    Document compose(DataProcessingAgreement agreement, RenderOptions options, boolean figureImages) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(options, "options");
        return new Composer(library, agreement, options, figureImages).compose();
    }
}
