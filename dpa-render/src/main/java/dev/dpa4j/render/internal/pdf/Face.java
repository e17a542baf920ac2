/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One parsed face of the bundled font with the advance width of each character, looked up once and kept
 * for later renderings.
 *
 * <p>The widths are those PDFBox writes into the PDF's {@code /W} array for the embedded subset (the
 * advance from {@code hmtx}, in thousandths of the em, rounded), so a viewer advances by exactly the
 * width the layout measured. Owned by a {@link FontPrograms.Pair} and so used by one rendering at a time.
 */
final class Face {

    private static final int PLANE = 0x10000;
    private static final int PAGE = 256;
    private static final int UNKNOWN = Integer.MIN_VALUE;
    /** Marks a character the font has no glyph for. */
    static final int MISSING = -1;

    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float scale;
    private final int[][] widths = new int[PLANE / PAGE][];

    /** Ascent above the baseline, in thousandths of the em. */
    final float ascent;
    /** Descent below the baseline (positive), in thousandths of the em. */
    final float descent;

    Face(TrueTypeFont font) {
        this.font = font;
        try {
            this.cmap = font.getUnicodeCmapLookup();
            this.scale = 1000f / font.getUnitsPerEm();
            this.ascent = font.getHorizontalHeader().getAscender() * scale;
            this.descent = -font.getHorizontalHeader().getDescender() * scale;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled font", e);
        }
    }

    /** The parsed font, to be loaded into a PDF. */
    TrueTypeFont font() {
        return font;
    }

    /**
     * The advance width of a character.
     *
     * @param codePoint the character
     * @return the width in thousandths of the em, or {@link #MISSING} if the font has no glyph for it
     */
    int width(int codePoint) {
        if (codePoint >= PLANE || codePoint < 0) {
            return measure(codePoint);
        }
        int[] page = widths[codePoint / PAGE];
        if (page == null) {
            page = new int[PAGE];
            Arrays.fill(page, UNKNOWN);
            widths[codePoint / PAGE] = page;
        }
        int width = page[codePoint % PAGE];
        if (width == UNKNOWN) {
            width = measure(codePoint);
            page[codePoint % PAGE] = width;
        }
        return width;
    }

    private int measure(int codePoint) {
        int glyph = cmap.getGlyphId(codePoint);
        if (glyph <= 0) {
            return MISSING;
        }
        try {
            return Math.round(font.getAdvanceWidth(glyph) * scale);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled font", e);
        }
    }
}
