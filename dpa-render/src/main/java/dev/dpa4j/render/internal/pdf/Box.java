/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A piece of the vertical flow that is never split across pages: one line of text, a table row, a rule,
 * the diagram; or a pair of columns (German and English side by side) that the {@link Paginator} pages
 * line by line.
 */
final class Box {

    /** Draws a box whose top left corner is at the given place. */
    @FunctionalInterface
    interface Painter {
        void paint(Canvas canvas, float x, float top) throws IOException;
    }

    final float height;
    final Painter painter;
    /** Space above the box, dropped at the top of a page or column. */
    float before;
    /** Whether the box must be on the same page as the next one (a heading and its first lines). */
    boolean keep;
    /** Whether the box starts a new page (an annex). */
    boolean breakBefore;
    /** Offset from the left edge of the column. */
    float indent;
    /** The header row drawn above this table row when the row starts a page. */
    @Nullable
    Box header;
    /** The title of the outline entry that points at this box, if any. */
    @Nullable
    String bookmark;
    /** The depth of the outline entry, 1 for the top level. */
    int level;
    /** For a pair of columns: the left column's boxes, else {@code null}. */
    @Nullable
    List<Box> left;
    /** For a pair of columns: the right column's boxes. */
    @Nullable
    List<Box> right;
    /** For a pair of columns: the width of each column and the space around it. */
    float columnWidth;

    float gutter;

    Box(float height, Painter painter) {
        this.height = height;
        this.painter = painter;
    }

    /** Two columns paged together. */
    static Box columns(List<Box> left, List<Box> right, float columnWidth, float gutter) {
        Box box = new Box(0, (canvas, x, top) -> {});
        box.left = left;
        box.right = right;
        box.columnWidth = columnWidth;
        box.gutter = gutter;
        return box;
    }
}
