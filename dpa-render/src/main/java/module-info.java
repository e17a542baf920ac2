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

    // PDF only (optional, see PdfRenderer): openhtmltopdf on PDFBox, jsoup for HTML5 parsing,
    // java.desktop for the JDK's sRGB colour profile, and java.logging for openhtmltopdf's logger interface.
    requires static openhtmltopdf.pdfbox;
    requires static openhtmltopdf.core;
    requires static org.apache.pdfbox;
    requires static org.apache.fontbox;
    requires static org.apache.pdfbox.io;
    requires static org.apache.xmpbox;
    requires static org.jsoup;
    requires static java.desktop;
    requires static java.xml;
    requires static java.logging;

    exports dev.dpa4j.render;
    exports dev.dpa4j.render.document;
    exports dev.dpa4j.render.notice;

    uses dev.dpa4j.render.DocumentRenderer;

    provides dev.dpa4j.render.DocumentRenderer with
            dev.dpa4j.render.DocxRenderer,
            dev.dpa4j.render.PdfRenderer;
}
