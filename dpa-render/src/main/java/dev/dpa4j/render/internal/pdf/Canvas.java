/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws on one page, in coordinates measured in points from the top left corner of the page (the PDF's
 * own origin is the bottom left): text in the embedded faces, rectangles, lines and paths. Every drawn
 * text is also fed to a digest, from which a file identifier can be derived.
 */
final class Canvas {

    /** The shear of slanted text (the bundled font has no italic face). */
    private static final float SLANT = 0.2f;

    private final PDPageContentStream stream;
    private final float pageHeight;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final MessageDigest digest;
    private int fill = -1;
    private int stroke = -1;
    private float lineWidth = -1;

    Canvas(PDPageContentStream stream, float pageHeight, PDType0Font regular, PDType0Font bold, MessageDigest digest) {
        this.stream = stream;
        this.pageHeight = pageHeight;
        this.regular = regular;
        this.bold = bold;
        this.digest = digest;
    }

    /**
     * Draws a text on a baseline.
     *
     * @param style the style
     * @param x the left end of the text
     * @param baseline the baseline, from the top of the page
     * @param text the text, every character in the font
     */
    void text(Style style, float x, float baseline, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        fillColor(style.color());
        stream.beginText();
        stream.setFont(style.bold() ? bold : regular, style.size());
        stream.setTextMatrix(new Matrix(1, 0, style.italic() ? SLANT : 0, 1, x, pageHeight - baseline));
        stream.showText(text);
        stream.endText();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Fills a rectangle given by its top left corner. */
    void fillRect(int color, float x, float top, float width, float height) throws IOException {
        fillColor(color);
        stream.addRect(x, pageHeight - top - height, width, height);
        stream.fill();
    }

    /** Strokes a rectangle given by its top left corner. */
    void strokeRect(int color, float width, float x, float top, float w, float h) throws IOException {
        strokeColor(color, width);
        stream.addRect(x, pageHeight - top - h, w, h);
        stream.stroke();
    }

    /** Strokes a straight line. */
    void line(int color, float width, float x1, float y1, float x2, float y2) throws IOException {
        strokeColor(color, width);
        stream.moveTo(x1, pageHeight - y1);
        stream.lineTo(x2, pageHeight - y2);
        stream.stroke();
    }

    /**
     * Fills and strokes a rectangle with rounded corners (quarter circles drawn as Bézier curves).
     *
     * @param dash the dash length, or 0 for a solid border
     */
    void roundedRect(
            int fillColor, int strokeColor, float width, float dash, float x, float top, float w, float h, float r)
            throws IOException {
        fillColor(fillColor);
        strokeColor(strokeColor, width);
        if (dash > 0) {
            stream.setLineDashPattern(new float[] {dash, dash * 0.6f}, 0);
        }
        float k = 0.5523f * r;
        float bottom = pageHeight - top - h;
        float upper = pageHeight - top;
        stream.moveTo(x + r, bottom);
        stream.lineTo(x + w - r, bottom);
        stream.curveTo(x + w - r + k, bottom, x + w, bottom + r - k, x + w, bottom + r);
        stream.lineTo(x + w, upper - r);
        stream.curveTo(x + w, upper - r + k, x + w - r + k, upper, x + w - r, upper);
        stream.lineTo(x + r, upper);
        stream.curveTo(x + r - k, upper, x, upper - r + k, x, upper - r);
        stream.lineTo(x, bottom + r);
        stream.curveTo(x, bottom + r - k, x + r - k, bottom, x + r, bottom);
        stream.closePath();
        stream.fillAndStroke();
        if (dash > 0) {
            stream.setLineDashPattern(new float[0], 0);
        }
    }

    /** Fills a closed polygon given by alternating x and y coordinates. */
    void polygon(int color, float... points) throws IOException {
        fillColor(color);
        stream.moveTo(points[0], pageHeight - points[1]);
        for (int i = 2; i < points.length; i += 2) {
            stream.lineTo(points[i], pageHeight - points[i + 1]);
        }
        stream.closePath();
        stream.fill();
    }

    private void fillColor(int color) throws IOException {
        if (color != fill) {
            stream.setNonStrokingColor(red(color), green(color), blue(color));
            fill = color;
        }
    }

    private void strokeColor(int color, float width) throws IOException {
        if (color != stroke) {
            stream.setStrokingColor(red(color), green(color), blue(color));
            stroke = color;
        }
        if (width != lineWidth) {
            stream.setLineWidth(width);
            lineWidth = width;
        }
    }

    private static float red(int color) {
        return ((color >> 16) & 0xFF) / 255f;
    }

    private static float green(int color) {
        return ((color >> 8) & 0xFF) / 255f;
    }

    private static float blue(int color) {
        return (color & 0xFF) / 255f;
    }
}
