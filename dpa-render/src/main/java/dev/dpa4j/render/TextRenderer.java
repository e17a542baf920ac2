/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.internal.TextWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.apiguardian.api.API;

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
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class TextRenderer extends ComposingRenderer {

    /** The id of this renderer. */
    public static final String ID = "dpa-text";

    private TextRenderer(DocumentComposer composer) {
        super(composer);
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
        new TextWriter().write(document, out);
    }

    /** This format prints a figure's caption and description only. */
    @Override
    boolean drawsFigures() {
        return false;
    }

    @Override
    void writeComposed(Document document, RenderOptions options, OutputStream out) throws IOException {
        write(document, out);
    }
}
