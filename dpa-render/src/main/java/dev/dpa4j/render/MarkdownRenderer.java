/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.internal.MarkdownWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The built-in renderer for {@link OutputFormat#MARKDOWN}: CommonMark Markdown with GFM tables; every text from the agreement is escaped so that it cannot add links, images, HTML or structure.
 *
 * <pre>{@code
 * DocumentRenderer renderer = MarkdownRenderer.create();
 * renderer.render(agreement, RenderOptions.of(Locale.GERMAN), out);
 * }</pre>
 *
 * <p>Id {@value #ID}. Output is UTF-8 with {@code \n} line ends and byte-identical for equal input.
 * Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class MarkdownRenderer extends ComposingRenderer {

    /** The id of this renderer. */
    public static final String ID = "dpa-markdown";

    private MarkdownRenderer(DocumentComposer composer) {
        super(composer);
    }

    /**
     * Returns the renderer with the built-in clause library.
     *
     * @return the renderer
     */
    public static MarkdownRenderer create() {
        return new MarkdownRenderer(DocumentComposer.create());
    }

    /**
     * Returns the renderer with the given clause library.
     *
     * @param library the clause library
     * @return the renderer
     */
    public static MarkdownRenderer create(ClauseLibrary library) {
        return new MarkdownRenderer(DocumentComposer.create(library));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.MARKDOWN;
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
        new MarkdownWriter().write(document, out);
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
