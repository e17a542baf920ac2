/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Draws the data-flow diagram for the PDF from its SVG, scaled to the text width: the rectangles as
 * rounded boxes (dashed where the SVG dashes them), the lines as arrows with a filled head, every text in
 * the embedded font as real text. No SVG library is needed: the SVG comes from the diagram code of this
 * module, which writes only {@code rect}, {@code line} and {@code text} elements with plain attributes
 * (besides the arrow marker, drawn here by hand); anything else is ignored.
 *
 * <p>The SVG's serif font is narrower than DejaVu Sans, so a text that would run past the right edge of
 * its box is set smaller until it fits. Each column of boxes (controllers, the processor, the groups of
 * sub-processors) is centred vertically in the figure, with the ends of the arrows moved along: the
 * texts of neighbouring columns then do not share baselines, so a reader of the PDF's text layer (our
 * importer among them) does not take the figure for a table.
 */
final class FlowFigure {

    private static final Pattern ELEMENT = Pattern.compile("<(rect|line|text|svg)\\b([^>]*?)/?>(?:([^<]*)</text>)?");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][a-zA-Z0-9:-]*)=\"([^\"]*)\"");
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** The SVG's font size in its own units. */
    private static final float FONT = 12;
    /** The size DejaVu Sans is set at, in the SVG's units, before it is shrunk to fit. */
    private static final float SANS = 11.5f;

    private FlowFigure() {}

    private record Rect(float x, float y, float w, float h, int fill, int stroke, boolean dashed) {}

    private record Arrow(float x1, float y1, float x2, float y2, int stroke) {}

    private record Label(float x, float y, String text, int fill, boolean bold) {}

    /**
     * The diagram as one box, or null for an SVG without a size.
     *
     * @param svg the SVG markup of the figure
     * @param maxWidth the width available
     * @param maxHeight the height the drawing may take at most
     * @param breaker measures texts
     */
    static @Nullable Box box(String svg, float maxWidth, float maxHeight, LineBreaker breaker) {
        float width = 0;
        float height = 0;
        List<Rect> rects = new ArrayList<>();
        List<Arrow> arrows = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        Matcher element = ELEMENT.matcher(svg);
        while (element.find()) {
            Map<String, String> a = attributes(element.group(2));
            switch (element.group(1)) {
                case "svg" -> {
                    width = number(a, "width");
                    height = number(a, "height");
                }
                case "rect" ->
                    rects.add(new Rect(
                            number(a, "x"),
                            number(a, "y"),
                            number(a, "width"),
                            number(a, "height"),
                            colour(a.get("fill")),
                            colour(a.get("stroke")),
                            a.containsKey("stroke-dasharray")));
                case "line" ->
                    arrows.add(new Arrow(
                            number(a, "x1"),
                            number(a, "y1"),
                            number(a, "x2"),
                            number(a, "y2"),
                            colour(a.get("stroke"))));
                default -> {
                    String text = element.group(3);
                    if (text != null && !text.isBlank()) {
                        labels.add(new Label(
                                number(a, "x"),
                                number(a, "y"),
                                unescape(text),
                                colour(a.get("fill")),
                                "bold".equals(a.get("font-weight"))));
                    }
                }
            }
        }
        if (width <= 0 || height <= 0) {
            return null;
        }
        centre(rects, arrows, labels, height);
        float scale = Math.min(maxWidth / width, maxHeight / height);
        // each text is set at the largest size up to SANS at which it stays inside its box
        List<Float> sizes = new ArrayList<>();
        for (Label label : labels) {
            float room = room(rects, label);
            float size = SANS * scale;
            float measured = breaker.width(label.text(), style(label, size));
            if (room > 0 && measured > room * scale) {
                size = Math.max(size * room * scale / measured, 3);
            }
            sizes.add(size);
        }
        float s = scale;
        return new Box(height * scale, (canvas, x, top) -> {
            for (Rect r : rects) {
                canvas.roundedRect(
                        r.fill(),
                        r.stroke(),
                        0.75f,
                        r.dashed() ? 3 : 0,
                        x + r.x() * s,
                        top + r.y() * s,
                        r.w() * s,
                        r.h() * s,
                        6 * s);
            }
            for (Arrow arrow : arrows) {
                arrow(canvas, arrow, x, top, s);
            }
            for (int i = 0; i < labels.size(); i++) {
                Label label = labels.get(i);
                // the SVG's y is the baseline of a 12-unit serif text; DejaVu Sans sits on the same baseline
                canvas.text(style(label, sizes.get(i)), x + label.x() * s, top + label.y() * s, label.text());
            }
        });
    }

    /** Moves each column of boxes (boxes with the same left edge) to the vertical centre of the figure. */
    private static void centre(List<Rect> rects, List<Arrow> arrows, List<Label> labels, float height) {
        Map<Float, float[]> columns = new HashMap<>();
        for (Rect r : rects) {
            float[] extent = columns.computeIfAbsent(r.x(), k -> new float[] {Float.MAX_VALUE, -Float.MAX_VALUE});
            extent[0] = Math.min(extent[0], r.y());
            extent[1] = Math.max(extent[1], r.y() + r.h());
        }
        Map<Float, Float> shift = new HashMap<>();
        columns.forEach((x, e) -> shift.put(x, (height - (e[1] - e[0])) / 2 - e[0]));
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            Rect r = containing(rects, l.x(), l.y());
            if (r != null) {
                labels.set(i, new Label(l.x(), l.y() + shiftOf(shift, r.x()), l.text(), l.fill(), l.bold()));
            }
        }
        for (int i = 0; i < arrows.size(); i++) {
            Arrow a = arrows.get(i);
            float from = 0;
            float to = 0;
            for (Rect r : rects) {
                if (Math.abs(r.x() + r.w() - a.x1()) < 4 && a.y1() >= r.y() && a.y1() <= r.y() + r.h()) {
                    from = shiftOf(shift, r.x());
                }
                if (Math.abs(r.x() - a.x2()) < 4 && a.y2() >= r.y() && a.y2() <= r.y() + r.h()) {
                    to = shiftOf(shift, r.x());
                }
            }
            arrows.set(i, new Arrow(a.x1(), a.y1() + from, a.x2(), a.y2() + to, a.stroke()));
        }
        for (int i = 0; i < rects.size(); i++) {
            Rect r = rects.get(i);
            rects.set(
                    i, new Rect(r.x(), r.y() + shiftOf(shift, r.x()), r.w(), r.h(), r.fill(), r.stroke(), r.dashed()));
        }
    }

    private static float shiftOf(Map<Float, Float> shift, float x) {
        Float value = shift.get(x);
        return value == null ? 0 : value;
    }

    private static @Nullable Rect containing(List<Rect> rects, float x, float y) {
        for (Rect r : rects) {
            if (x >= r.x() && x <= r.x() + r.w() && y >= r.y() && y <= r.y() + r.h()) {
                return r;
            }
        }
        return null;
    }

    private static Style style(Label label, float size) {
        return Style.plain(size).withBold(label.bold()).withColor(label.fill());
    }

    /** The width from a text's start to the right edge of the box it is in (less a margin), or 0. */
    private static float room(List<Rect> rects, Label label) {
        Rect r = containing(rects, label.x(), label.y());
        return r == null ? 0 : r.x() + r.w() - label.x() - FONT / 2;
    }

    private static void arrow(Canvas canvas, Arrow arrow, float x, float top, float s) throws java.io.IOException {
        float x1 = x + arrow.x1() * s;
        float y1 = top + arrow.y1() * s;
        float x2 = x + arrow.x2() * s;
        float y2 = top + arrow.y2() * s;
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length == 0) {
            return;
        }
        float ux = (float) ((x2 - x1) / length);
        float uy = (float) ((y2 - y1) / length);
        float head = 9 * s;
        float half = 4 * s;
        float bx = x2 - ux * head;
        float by = y2 - uy * head;
        canvas.line(arrow.stroke(), 1.4f * s, x1, y1, bx, by);
        canvas.polygon(arrow.stroke(), x2, y2, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half);
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            attributes.put(m.group(1), m.group(2));
        }
        return attributes;
    }

    private static float number(Map<String, String> attributes, String name) {
        String value = attributes.get(name);
        if (value == null) {
            return 0;
        }
        try {
            return Float.parseFloat(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A colour of the form #rrggbb, or black for anything else. */
    private static int colour(@Nullable String value) {
        if (value == null || !HEX_COLOUR.matcher(value).matches()) {
            return 0;
        }
        return Integer.parseInt(value.substring(1), 16);
    }

    private static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
