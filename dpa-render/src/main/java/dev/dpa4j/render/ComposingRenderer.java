/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DpaConfigurationException;
import dev.dpa4j.render.document.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What every built-in renderer shares: compose the agreement once into the document tree with a
 * clause library, then hand the tree to the format's writer. Not part of the API.
 */
abstract class ComposingRenderer implements DocumentRenderer {

    private final DocumentComposer composer;

    ComposingRenderer(DocumentComposer composer) {
        this.composer = Objects.requireNonNull(composer, "composer");
    }

    @Override
    public final Set<Locale> supportedLocales() {
        return composer.library().localeSet();
    }

    @Override
    public final void render(DataProcessingAgreement agreement, RenderOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        Document document;
        try {
            document = composer.compose(agreement, options, drawsFigures());
        } catch (DpaConfigurationException e) {
            throw new RenderException(id(), String.valueOf(e.getMessage()), e);
        }
        writeComposed(document, options, out);
    }

    /**
     * Whether this format draws a figure's SVG image; the formats that print only its caption and
     * description say no, and the image is then not built at all.
     */
    boolean drawsFigures() {
        return true;
    }

    /** Writes the composed document in this renderer's format. */
    abstract void writeComposed(Document document, RenderOptions options, OutputStream out) throws IOException;
}
