/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Rendering of data processing agreements into documents: the neutral document tree, the clause
 * library, the renderer SPI and the built-in Markdown, HTML and text renderers.
 */
module dev.dpa4j.render {
    requires static org.immutables.value.annotations;
    requires static org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive dev.dpa4j.model;
    requires static dev.dpa4j.validate;

    // PDF only (optional, see PdfRenderer): PDFBox with fontbox and xmpbox, and java.desktop for the JDK's
    // sRGB colour profile.
    requires static org.apache.pdfbox;
    requires static org.apache.fontbox;
    requires static org.apache.pdfbox.io;
    requires static org.apache.xmpbox;
    requires static java.desktop;

    exports dev.dpa4j.render;
    exports dev.dpa4j.render.document;
    exports dev.dpa4j.render.notice;

    uses dev.dpa4j.render.DocumentRenderer;

    provides dev.dpa4j.render.DocumentRenderer with
            dev.dpa4j.render.DocxRenderer,
            dev.dpa4j.render.PdfRenderer;
}
