/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Redraws the data-flow diagram for the PDF as boxes of the page layout itself: a table with one column
 * of boxes per column of the SVG (controllers, processor, sub-processor groups), arrows between them and
 * each box with the colours, border and text lines of its SVG rectangle. openhtmltopdf lays it out in the
 * same pass as the rest of the document, with the embedded font, as vector graphics and as real text;
 * no SVG library is needed (the former Batik drawing cost about a quarter of a PDF's time).
 *
 * <p>The SVG comes from the diagram code of this module, which draws every text inside the rectangle it
 * belongs to; a text outside every rectangle is dropped, so that nothing here depends on text content.
 */
final class FlowFigure {

    /** A colour of the form #rrggbb; compiled once rather than by {@code String.matches} for every box and line. */
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private FlowFigure() {}

    private record Box(
            double x, double y, double w, double h, String fill, String stroke, boolean dashed, List<Line> lines) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    private record Line(double x, String text, String colour, boolean bold) {}

    /**
     * Replaces the SVG element by an equivalent table of boxes.
     *
     * @param svg the {@code <svg>} element of the figure
     */
    static void replace(Element svg) {
        List<Box> boxes = new ArrayList<>();
        for (Element rect : svg.select("rect")) {
            boxes.add(new Box(
                    number(rect, "x"),
                    number(rect, "y"),
                    number(rect, "width"),
                    number(rect, "height"),
                    rect.attr("fill"),
                    rect.attr("stroke"),
                    rect.hasAttr("stroke-dasharray"),
                    new ArrayList<>()));
        }
        for (Element text : svg.select("text")) {
            double x = number(text, "x");
            double y = number(text, "y");
            for (Box box : boxes) {
                if (box.contains(x, y)) {
                    box.lines()
                            .add(new Line(
                                    x - box.x(),
                                    text.text(),
                                    text.attr("fill"),
                                    "bold".equals(text.attr("font-weight"))));
                    break;
                }
            }
        }
        // columns by x, in order; boxes of a column from top to bottom (already in drawing order)
        TreeMap<Double, List<Box>> columns = new TreeMap<>();
        for (Box box : boxes) {
            columns.computeIfAbsent(box.x(), k -> new ArrayList<>()).add(box);
        }
        Element table = new Element("table").addClass("dpa-flow");
        Element row = table.appendElement("tbody").appendElement("tr");
        boolean first = true;
        for (List<Box> column : columns.values()) {
            if (!first) {
                row.appendElement("td").addClass("dpa-flow-arrow").text("\u2192");
            }
            first = false;
            Element cell = row.appendElement("td").addClass("dpa-flow-column");
            for (Box box : column) {
                Element div = cell.appendElement("div")
                        .addClass("dpa-flow-box")
                        .attr(
                                "style",
                                "background-color: " + colour(box.fill()) + "; border: 1px "
                                        + (box.dashed() ? "dashed " : "solid ") + colour(box.stroke()) + ";");
                for (Line line : box.lines()) {
                    Element p = div.appendElement("div")
                            .addClass("dpa-flow-line")
                            .attr(
                                    "style",
                                    "color: " + colour(line.colour()) + ";"
                                            + (line.bold() ? " font-weight: bold;" : "")
                                            + (line.x() > 14 ? " padding-left: 1em;" : ""));
                    p.text(line.text());
                }
            }
        }
        svg.replaceWith(table);
    }

    private static double number(Element element, String attribute) {
        try {
            return Double.parseDouble(element.attr(attribute));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A colour of the form #rrggbb, or black for anything else (the SVG is ours, but CSS is not the place to trust it). */
    private static String colour(String value) {
        return HEX_COLOUR.matcher(value).matches() ? value.toLowerCase(Locale.ROOT) : "#000000";
    }
}
