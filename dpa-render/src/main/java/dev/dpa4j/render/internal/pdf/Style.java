/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

/**
 * How a piece of text is set: face, slant, size, colour and an optional background.
 *
 * @param bold whether the bold face is used
 * @param italic whether the text is slanted (the bundled font has no italic face; the glyphs are sheared)
 * @param size the font size in points
 * @param color the text colour as 0xRRGGBB
 * @param background the background colour as 0xRRGGBB, or {@link #NONE}
 */
record Style(boolean bold, boolean italic, float size, int color, int background) {

    /** No background. */
    static final int NONE = -1;

    /** Body text colour. */
    static final int INK = 0x1b1b1b;

    /** Grey of subtitles, running title and footer. */
    static final int GREY = 0x4a4a45;

    /** Grey of citations and signature labels. */
    static final int MUTED = 0x5d5d56;

    static Style plain(float size) {
        return new Style(false, false, size, INK, NONE);
    }

    Style withBold(boolean value) {
        return new Style(value, italic, size, color, background);
    }

    Style withItalic(boolean value) {
        return new Style(bold, value, size, color, background);
    }

    Style withSize(float value) {
        return new Style(bold, italic, value, color, background);
    }

    Style withColor(int value) {
        return new Style(bold, italic, size, value, background);
    }

    Style withBackground(int value) {
        return new Style(bold, italic, size, color, value);
    }
}
