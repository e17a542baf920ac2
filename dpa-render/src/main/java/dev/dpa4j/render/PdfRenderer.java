/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.internal.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The built-in renderer for {@link OutputFormat#PDF}: a PDF/A-3u file laid out for A4 straight from the
 * document tree with Apache PDFBox, with an embedded font (DejaVu Sans) that covers German typography,
 * the running title, page numbers and the content fingerprint on every page, and an outline of the
 * headings.
 *
 * <pre>{@code
 * DocumentRenderer renderer = PdfRenderer.create();
 * renderer.render(agreement, RenderOptions.builder(Locale.GERMAN)
 *         .creationDate(OffsetDateTime.parse("2026-03-01T09:00:00+01:00"))
 *         .documentId("avv-2026-001")
 *         .build(), out);
 * }</pre>
 *
 * <p>Id {@value #ID}. The title, language, subject and keywords go into the file's metadata. Output is
 * byte-identical for equal input and options: the creation date and the file identifier come from
 * {@link RenderOptions#getCreationDate()} and {@link RenderOptions#getDocumentId()} (without a date
 * none is written; without an identifier one is derived from the content). No clock and no random
 * numbers are used, and nothing is fetched from the network or the file system.
 *
 * <p><b>Optional dependencies.</b> PDF needs {@code org.apache.pdfbox:pdfbox} and
 * {@code org.apache.pdfbox:xmpbox} (Apache-2.0) on the class path; dpa-render declares them
 * {@code optional}, so applications that want PDF add them to their own build. On the module path the
 * module {@code java.desktop} is needed as well (for the JDK's sRGB colour profile). Without them
 * {@link #create()} throws a {@link RenderException} that names the missing artifacts, and
 * {@link RendererRegistry.Builder#addBuiltIns()} leaves PDF out. The data-flow diagram is drawn as vector
 * graphics and real text (no SVG library), nothing is logged, and nothing is written to the temporary
 * directory: PDF works in a read-only container. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class PdfRenderer extends ComposingRenderer {

    /** The id of this renderer. */
    public static final String ID = "dpa-pdf";

    /** Classes that must be loadable, with the Maven coordinates that provide them. */
    private static final String[][] REQUIRED = {
        {"org.apache.pdfbox.pdmodel.PDDocument", "org.apache.pdfbox:pdfbox"},
        {"org.apache.xmpbox.XMPMetadata", "org.apache.pdfbox:xmpbox"},
        {"java.awt.color.ICC_Profile", "the JDK module java.desktop"}
    };

    /**
     * Creates the renderer with the built-in clause library. Public for {@link java.util.ServiceLoader};
     * prefer {@link #create()}. Unlike {@code create()} this constructor does not check the optional
     * dependencies, so that discovery never fails; {@link #render} then reports them.
     */
    public PdfRenderer() {
        this(DocumentComposer.create());
    }

    private PdfRenderer(DocumentComposer composer) {
        super(composer);
    }

    /**
     * Returns the renderer with the built-in clause library.
     *
     * @return the renderer
     * @throws RenderException if the optional PDF libraries are not on the class path; the message names
     *     the missing artifacts
     */
    public static PdfRenderer create() {
        requireAvailable();
        return new PdfRenderer();
    }

    /**
     * Returns the renderer with the given clause library.
     *
     * @param library the clause library
     * @return the renderer
     * @throws RenderException if the optional PDF libraries are not on the class path
     */
    public static PdfRenderer create(ClauseLibrary library) {
        Objects.requireNonNull(library, "library");
        requireAvailable();
        return new PdfRenderer(DocumentComposer.create(library));
    }

    /**
     * Returns whether the optional libraries PDF needs are on the class path.
     *
     * @return whether {@link #create()} succeeds
     */
    public static boolean isAvailable() {
        return missingArtifacts().isEmpty();
    }

    static RenderException missingDependency() {
        return missingDependency(
                missingArtifacts(), PdfRenderer.class.getModule().isNamed());
    }

    /**
     * The message for missing PDF libraries. On the module path they are often present but not
     * resolved: Java does not resolve a {@code requires static} dependency by itself, so the message
     * names the modules to add rather than claiming the jars are missing.
     */
    static RenderException missingDependency(List<String> missing, boolean onModulePath) {
        String artifacts = "org.apache.pdfbox:pdfbox 3.0.8 and org.apache.pdfbox:xmpbox 3.0.8";
        if (onModulePath) {
            return new RenderException(
                    ID,
                    "PDF output needs the optional dependencies " + String.join(", ", missing)
                            + ", which the module dev.dpa4j.render cannot read: on the module path Java does not"
                            + " resolve optional (requires static) dependencies by itself. With " + artifacts
                            + " on the module path, add 'requires org.apache.pdfbox; requires org.apache.xmpbox;"
                            + " requires org.apache.commons.logging;' to your module-info (or --add-modules"
                            + " org.apache.pdfbox,org.apache.xmpbox,org.apache.commons.logging)");
        }
        return new RenderException(
                ID,
                "PDF output needs the optional dependencies " + String.join(", ", missing)
                        + " on the class path (dpa-render declares them optional); add " + artifacts
                        + " to your build");
    }

    private static void requireAvailable() {
        if (!isAvailable()) {
            throw missingDependency();
        }
    }

    private static List<String> missingArtifacts() {
        List<String> missing = new ArrayList<>();
        ClassLoader loader = PdfRenderer.class.getClassLoader();
        for (String[] required : REQUIRED) {
            try {
                Class.forName(required[0], false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                missing.add(required[1]);
            }
        }
        return missing;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.PDF;
    }

    /**
     * Writes an already composed document.
     *
     * @param document the document
     * @param options the options; only the creation date and document identifier are read here
     * @param out where the document goes; not closed
     * @throws IOException if writing fails
     * @throws RenderException if the optional PDF libraries are missing or the layout fails
     */
    public void write(Document document, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        requireAvailable();
        try {
            new PdfWriter().write(document, options.getCreationDate(), options.getDocumentId(), out);
        } catch (RuntimeException e) {
            throw new RenderException(ID, "Laying out the PDF failed: " + e, e);
        }
    }

    @Override
    void writeComposed(Document document, RenderOptions options, OutputStream out) throws IOException {
        write(document, options, out);
    }
}
