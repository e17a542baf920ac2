/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DpaConfigurationException;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.internal.TextWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The built-in renderer for {@link OutputFormat#TEXT}: plain UTF-8 text with fixed line breaks, suitable for e-mail and diffs.
 *
 * <pre>{@code
 * DocumentRenderer renderer = TextRenderer.create();
 * renderer.render(agreement, RenderOptions.of(Locale.GERMAN), out);
 * }</pre>
 *
 * <p>Id {@value #ID}. Output is UTF-8 with {@code \n} line ends and byte-identical for equal input.
 * Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TextRenderer implements DocumentRenderer {

    /** The id of this renderer. */
    public static final String ID = "dpa-text";

    private final DocumentComposer composer;

    private TextRenderer(DocumentComposer composer) {
        this.composer = composer;
    }

    /**
     * Returns the renderer with the built-in clause library.
     *
     * @return the renderer
     */
    public static TextRenderer create() {
        return new TextRenderer(DocumentComposer.create());
    }

    /**
     * Returns the renderer with the given clause library.
     *
     * @param library the clause library
     * @return the renderer
     */
    public static TextRenderer create(ClauseLibrary library) {
        return new TextRenderer(DocumentComposer.create(library));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.TEXT;
    }

    @Override
    public Set<Locale> supportedLocales() {
        return composer.library().localeSet();
    }

    @Override
    public void render(DataProcessingAgreement agreement, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        Document document;
        try {
            document = composer.compose(agreement, options);
        } catch (DpaConfigurationException e) {
            throw new RenderException(ID, e.getMessage(), e);
        }
        write(document, out);
    }

    /**
     * Writes an already composed document.
     *
     * @param document the document
     * @param out where the document goes; not closed
     * @throws IOException if writing fails
     */
    public void write(Document document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        out.write(new TextWriter().write(document).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
