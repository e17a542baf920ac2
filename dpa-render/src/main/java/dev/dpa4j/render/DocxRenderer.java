/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.internal.docx.DocxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The built-in renderer for {@link OutputFormat#DOCX}: an Office Open XML word-processing document that
 * Word and LibreOffice open and edit, written directly without a library.
 *
 * <pre>{@code
 * DocumentRenderer renderer = DocxRenderer.create();
 * renderer.render(agreement, RenderOptions.of(Locale.GERMAN), out);
 * }</pre>
 *
 * <p>Id {@value #ID}. The document uses real styles ({@code Title}, {@code Heading1} to {@code Heading3},
 * {@code Clause}, {@code ListParagraph}, {@code Caption}, …), Word numbering for clauses and lists, tables
 * with a repeated header row, signature blocks as a table, the bilingual layout as a two-column table and
 * a footer with the fingerprint and page numbers. Every text from the agreement is XML-escaped; control
 * characters XML 1.0 forbids are removed. Output is byte-identical for equal input and options (fixed zip
 * entry order and timestamps; the creation date comes from {@link RenderOptions#getCreationDate()} and is
 * left out without it). The data-flow diagram appears as its caption and description only. Instances are
 * immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class DocxRenderer extends ComposingRenderer {

    /** The id of this renderer. */
    public static final String ID = "dpa-docx";

    /**
     * Creates the renderer with the built-in clause library. Public for {@link java.util.ServiceLoader};
     * prefer {@link #create()}.
     */
    public DocxRenderer() {
        this(DocumentComposer.create());
    }

    private DocxRenderer(DocumentComposer composer) {
        super(composer);
    }

    /**
     * Returns the renderer with the built-in clause library.
     *
     * @return the renderer
     */
    public static DocxRenderer create() {
        return new DocxRenderer(DocumentComposer.create());
    }

    /**
     * Returns the renderer with the given clause library.
     *
     * @param library the clause library
     * @return the renderer
     */
    public static DocxRenderer create(ClauseLibrary library) {
        return new DocxRenderer(DocumentComposer.create(library));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.DOCX;
    }

    /**
     * Writes an already composed document.
     *
     * @param document the document
     * @param options the options; only the creation date is read here
     * @param out where the document goes; not closed
     * @throws IOException if writing fails
     */
    public void write(Document document, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        new DocxWriter().write(document, options.getCreationDate(), out);
    }

    /** This format prints a figure's caption and description only. */
    @Override
    boolean drawsFigures() {
        return false;
    }

    @Override
    void writeComposed(Document document, RenderOptions options, OutputStream out) throws IOException {
        write(document, options, out);
    }
}
