/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.model.DataProcessingAgreement;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Renders a {@link DataProcessingAgreement} into one document format.
 *
 * <p>Built-in renderers come from {@link MarkdownRenderer}, {@link HtmlRenderer} and {@link TextRenderer};
 * a {@link RendererRegistry} finds a renderer by id or by format and locale.
 *
 * <p><b>Specification for implementors:</b> implementations are immutable and thread-safe; {@link #render}
 * writes only to {@code out} (it neither closes nor reads anything else, and fetches nothing from the
 * network or the file system) and gives byte-identical output for equal input and options. Their
 * {@link #id()} is kebab-case and unique within a registry; the prefix {@code dpa-} is reserved for
 * the renderers of dpa4j. To be found by {@link RendererRegistry.Builder#discover(ClassLoader)} an
 * implementation is listed in {@code META-INF/services/dev.dpa4j.render.DocumentRenderer} (or a
 * {@code provides} clause) and has a public no-argument constructor.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public interface DocumentRenderer {

    /**
     * Returns the unique identifier of this renderer, in kebab-case, for example {@code dpa-html}.
     *
     * @return the identifier
     */
    String id();

    /**
     * Returns the format this renderer produces.
     *
     * @return the format
     */
    OutputFormat format();

    /**
     * Returns the languages this renderer can write, for example {@code de} and {@code en}.
     *
     * @return the supported locales (language only)
     */
    Set<Locale> supportedLocales();

    /**
     * Renders the agreement into {@code out}.
     *
     * @param agreement the agreement
     * @param options the options, including the language
     * @param out where the document goes; not closed
     * @throws IOException if writing to {@code out} fails
     * @throws RenderException if the agreement cannot be rendered with these options, for example in an
     *     unsupported language
     */
    void render(DataProcessingAgreement agreement, RenderOptions options, OutputStream out) throws IOException;
}
