/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One bundled font as loaded into one PDF, with the width of a text and the code of a character taken
 * from tables kept between renderings instead of computed again for every call.
 *
 * <p>openhtmltopdf measures every word while it breaks lines and then every drawn text once more (to
 * check that the font has all its glyphs), and PDFBox's {@link PDFont#getStringWidth} encodes the text,
 * reads the codes back through the CMap (a stream pipeline per character) and looks each width up: an
 * eighth of a PDF's time. The width of a character in the bundled font never changes, so
 * {@link Glyphs} keeps the width and the code of each character of the Basic Multilingual Plane once it
 * was first asked for, for all later renderings that use the same parsed font. A text's width is then
 * the sum of its characters' widths in the same order, in the same {@code float} arithmetic as PDFBox,
 * so the result is bit for bit the one the loaded font computes. Anything else (a character outside the plane, one the font lacks) is handed to the loaded
 * font itself, with its result or exception.
 *
 * <p>Everything else is delegated to the loaded font, whose dictionary this font shares: the PDF
 * refers to that font, and the subset embedded at saving is built from the characters shown through
 * this one.
 */
final class MeasuredFont extends PDFont {

    private final PDType0Font font;
    private final Glyphs glyphs;

    /**
     * Wraps a font loaded into a PDF.
     *
     * @param font the loaded bundled font
     * @param glyphs the widths and codes of that font's characters, shared by all PDFs
     */
    MeasuredFont(PDType0Font font, Glyphs glyphs) {
        super(font.getCOSObject());
        this.font = font;
        this.glyphs = glyphs;
    }

    /**
     * Widths and codes of the characters of one bundled font, filled as characters are first asked for.
     * Owned by a {@link FontPrograms.Pair} and so used by one rendering at a time; the values depend on
     * the font file alone, so they hold for every PDF the font is loaded into. Kept in pages of 256
     * characters, made when a character of the page is first asked for.
     */
    static final class Glyphs {
        private static final int PLANE = 0x10000;
        private static final int PAGE = 256;

        /** Width per character in 1/1000 of the font size; NaN while unknown. */
        private final float[][] widths = new float[PLANE / PAGE][];

        /** The two-byte code per character, plus {@link #KNOWN}; 0 while unknown. */
        private final int[][] codes = new int[PLANE / PAGE][];

        private static final int KNOWN = 1 << 16;

        float width(PDType0Font font, char c) throws IOException {
            float[] page = widths[c / PAGE];
            if (page == null) {
                page = new float[PAGE];
                Arrays.fill(page, Float.NaN);
                widths[c / PAGE] = page;
            }
            float width = page[c % PAGE];
            if (Float.isNaN(width)) {
                // throws for a character the font lacks, which then stays unknown
                width = font.getStringWidth(String.valueOf(c));
                page[c % PAGE] = width;
            }
            return width;
        }

        byte[] code(PDType0Font font, int codePoint) throws IOException {
            if (codePoint >= PLANE) {
                return font.encode(Character.toString(codePoint));
            }
            int[] page = codes[codePoint / PAGE];
            if (page == null) {
                page = new int[PAGE];
                codes[codePoint / PAGE] = page;
            }
            int code = page[codePoint % PAGE];
            if (code == 0) {
                // throws for a character the font lacks, which then stays unknown
                byte[] bytes = font.encode(Character.toString(codePoint));
                if (bytes.length != 2) {
                    return bytes;
                }
                code = KNOWN | (bytes[0] & 0xFF) << 8 | (bytes[1] & 0xFF);
                page[codePoint % PAGE] = code;
            }
            return new byte[] {(byte) (code >> 8), (byte) code};
        }
    }

    @Override
    public float getStringWidth(String text) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return font.getStringWidth(text);
            }
            // the order and float arithmetic of PDFont.getStringWidth
            width += glyphs.width(font, c);
        }
        return width;
    }

    @Override
    protected byte[] encode(int unicode) throws IOException {
        return glyphs.code(font, unicode);
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        return font.readCode(in);
    }

    @Override
    public float getWidth(int code) throws IOException {
        return font.getWidth(code);
    }

    @Override
    protected float getStandard14Width(int code) {
        throw new UnsupportedOperationException("The bundled font is no standard 14 font");
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return font.getWidthFromFont(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) throws IOException {
        return font.hasExplicitWidth(code);
    }

    @Override
    @SuppressWarnings("deprecation") // PDFontLike's own method, still abstract there
    public float getHeight(int code) throws IOException {
        return font.getHeight(code);
    }

    @Override
    public Vector getDisplacement(int code) throws IOException {
        return font.getDisplacement(code);
    }

    @Override
    public Vector getPositionVector(int code) {
        return font.getPositionVector(code);
    }

    @Override
    public float getAverageFontWidth() {
        return font.getAverageFontWidth();
    }

    @Override
    public float getSpaceWidth() {
        return font.getSpaceWidth();
    }

    @Override
    public String toUnicode(int code) {
        return font.toUnicode(code);
    }

    @Override
    public PDFontDescriptor getFontDescriptor() {
        return font.getFontDescriptor();
    }

    @Override
    public Matrix getFontMatrix() {
        return font.getFontMatrix();
    }

    @Override
    public BoundingBox getBoundingBox() throws IOException {
        return font.getBoundingBox();
    }

    @Override
    public String getName() {
        // read from the shared dictionary: PDFont's constructor asks before the delegate is set
        return dict.getNameAsString(COSName.BASE_FONT);
    }

    @Override
    public boolean isVertical() {
        return font.isVertical();
    }

    @Override
    public boolean isEmbedded() {
        return font.isEmbedded();
    }

    @Override
    public boolean isDamaged() {
        return font.isDamaged();
    }

    @Override
    public boolean isStandard14() {
        return false;
    }

    @Override
    public void addToSubset(int codePoint) {
        font.addToSubset(codePoint);
    }

    @Override
    public void subset() throws IOException {
        font.subset();
    }

    @Override
    public boolean willBeSubset() {
        return font.willBeSubset();
    }

    @Override
    public String toString() {
        return font.toString();
    }
}
