/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Distributes boxes over pages in one pass: a box that does not fit on the rest of the page goes to the
 * next; a chain of boxes that must stay together ({@link Box#keep}) moves as a whole if it fits on a
 * page; a table row that starts a page is preceded by its header row; two columns are filled side by side
 * and continue together on the next page.
 */
final class Paginator {

    /**
     * A box at its place on a page.
     *
     * @param box the box
     * @param x its left edge from the left of the page
     * @param top its top from the top of the page
     */
    record Placed(Box box, float x, float top) {}

    /**
     * An outline entry.
     *
     * @param title the title
     * @param level the depth, 1 for the top level
     * @param page the page index from 0
     * @param top the position from the top of the page
     */
    record Mark(String title, int level, int page, float top) {}

    private static final int RULE = 0xd6d6cf;

    private final float left;
    private final float top;
    private final float height;
    private final List<List<Placed>> pages = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private List<Placed> page = new ArrayList<>();
    /** The used height of the current page, from the top of the text area. */
    private float y;
    /**
     * Whether the chain of kept boxes being placed was longer than a page and so is being split where
     * the page is full, rather than moved again whenever its rest would fit on a fresh page.
     */
    private boolean broken;

    /**
     * @param left the left edge of the text area
     * @param top the top of the text area
     * @param height the height of the text area
     */
    Paginator(float left, float top, float height) {
        this.left = left;
        this.top = top;
        this.height = height;
    }

    List<List<Placed>> pages() {
        return pages;
    }

    List<Mark> marks() {
        return marks;
    }

    /** Pages the boxes. */
    Paginator run(List<Box> boxes) {
        pages.add(page);
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            if (box.breakBefore && !page.isEmpty()) {
                newPage();
            }
            if (box.left != null) {
                columns(box);
                broken = false;
                continue;
            }
            float before = page.isEmpty() ? 0 : box.before;
            if (!page.isEmpty() && y + (broken ? before + box.height : chain(boxes, i, before)) > height) {
                if (broken || y + before + box.height > height || chain(boxes, i, 0) <= height) {
                    newPage();
                    before = 0;
                }
            }
            broken = box.keep && (broken || chain(boxes, i, 0) > height);
            if (page.isEmpty() && box.header != null) {
                place(box.header, left + box.header.indent, y);
                y += box.header.height;
            }
            place(box, left + box.indent, y + before);
            y += before + box.height;
        }
        return this;
    }

    private void columns(Box box) {
        List<Box> first = box.left;
        List<Box> second = box.right;
        if (first == null || second == null) {
            return;
        }
        if (!page.isEmpty()) {
            y += box.before;
        }
        int a = 0;
        int b = 0;
        float x0 = left + box.gutter;
        float x1 = left + box.columnWidth + 3 * box.gutter;
        while (a < first.size() || b < second.size()) {
            boolean fresh = page.isEmpty();
            float start = y;
            float[] end = {start};
            a = fill(first, a, x0, end, fresh);
            float firstEnd = end[0];
            end[0] = start;
            b = fill(second, b, x1, end, fresh);
            float bottom = Math.max(firstEnd, end[0]);
            if (bottom > start) {
                float x = left + box.columnWidth + 2 * box.gutter;
                float length = bottom - start;
                page.add(new Placed(
                        new Box(length, (canvas, px, pt) -> canvas.line(RULE, 0.75f, px, pt, px, pt + length)),
                        x,
                        top + start));
            }
            y = bottom;
            if (a < first.size() || b < second.size()) {
                newPage();
            }
        }
    }

    /** Fills one column from {@code from} down to the page's foot; returns the index of the first box left. */
    private int fill(List<Box> boxes, int from, float x, float[] cursor, boolean fresh) {
        float at = cursor[0];
        boolean split = false;
        for (int i = from; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            boolean first = i == from;
            float before = first && fresh ? 0 : box.before;
            if (at + (split ? before + box.height : chain(boxes, i, before)) > height && !(first && fresh)) {
                if (split || at + before + box.height > height || chain(boxes, i, 0) <= height) {
                    cursor[0] = at;
                    return i;
                }
            }
            split = box.keep && (split || chain(boxes, i, 0) > height);
            if (first && fresh && box.header != null) {
                place(box.header, x + box.header.indent, at);
                at += box.header.height;
            }
            place(box, x + box.indent, at + before);
            at += before + box.height;
        }
        cursor[0] = at;
        return boxes.size();
    }

    /** The height of the box and the boxes it keeps with, from its space above. */
    private static float chain(List<Box> boxes, int from, float before) {
        float total = before + boxes.get(from).height;
        int i = from;
        while (boxes.get(i).keep
                && i + 1 < boxes.size()
                && boxes.get(i + 1).left == null
                && !boxes.get(i + 1).breakBefore) {
            i++;
            total += boxes.get(i).before + boxes.get(i).height;
        }
        return total;
    }

    private void place(Box box, float x, float at) {
        page.add(new Placed(box, x, top + at));
        if (box.bookmark != null) {
            marks.add(new Mark(box.bookmark, box.level, pages.size() - 1, top + at));
        }
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = 0;
    }
}
