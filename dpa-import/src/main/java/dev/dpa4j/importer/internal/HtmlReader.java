/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads HTML with jsoup: {@code h1}-{@code h6} become headings, {@code li} list items, {@code tr} table rows;
 * every other element without block children becomes a paragraph, split at {@code br}.
 */
final class HtmlReader {

    private static final Set<String> SKIP = Set.of("script", "style", "head", "template", "noscript", "svg", "nav");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "blockquote",
            "address",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "figure",
            "figcaption",
            "caption",
            "pre",
            "hr",
            "body",
            "form",
            "fieldset",
            "details",
            "summary");

    private HtmlReader() {}

    static SourceText read(String html, int maxChars, String source) {
        Document doc = Jsoup.parse(html);
        // a form's check boxes and radio buttons become the boxes a text shows (☒ ticked, ☐ not), so that FormChoices
        // reads them as it reads a PDF's or a DOCX's
        for (Element box : doc.select("input[type=checkbox], input[type=radio]")) {
            box.before(new TextNode(box.hasAttr("checked") ? " \u2612 " : " \u2610 "));
            box.remove();
        }
        TextBuilder out = new TextBuilder(maxChars, source);
        walk(doc.body(), out, 0);
        return out.build();
    }

    private static void walk(Element element, TextBuilder out, int listLevel) {
        for (Element child : element.children()) {
            String tag = child.normalName();
            if (SKIP.contains(tag)) {
                continue;
            }
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                out.heading(tag.charAt(1) - '0', child.text());
            } else if (tag.equals("tr")) {
                List<String> cells = new ArrayList<>();
                for (Element cell : child.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                        cells.add(cell.text());
                    }
                }
                out.row(cells);
            } else if (tag.equals("dl") && definitionList(child, out)) {
                // read as a table of terms and descriptions
            } else if (tag.equals("li")) {
                List<String> lines = ownLines(child);
                out.listItem(listLevel, String.join(" ", lines));
                walk(child, out, listLevel + 1);
            } else if (tag.equals("ul") || tag.equals("ol")) {
                walk(child, out, listLevel);
            } else if (hasBlockChild(child)) {
                for (String line : ownLines(child)) {
                    out.paragraph(line);
                }
                walk(child, out, listLevel);
            } else if (BLOCKS.contains(tag) || element.normalName().equals("body")) {
                for (String line : ownLines(child)) {
                    out.paragraph(line);
                }
            }
        }
    }

    /**
     * A definition list of terms and their descriptions ("Gegenstand" / "Versand von Newslettern") is a table of
     * two columns: each description a row with its term, so that the term is read as the label of its value and a
     * short description is not taken for a heading.
     *
     * @return whether the list was read so (false where it holds no term, or blocks other than text)
     */
    private static boolean definitionList(Element dl, TextBuilder out) {
        List<List<String>> rows = new ArrayList<>();
        @Nullable String term = null;
        for (Element c : dl.children()) {
            String tag = c.normalName();
            if (hasBlockChild(c)) {
                return false;
            }
            if (tag.equals("dt")) {
                term = c.text();
            } else if (tag.equals("dd") && term != null) {
                rows.add(List.of(term, c.text()));
            } else if (!SKIP.contains(tag)) {
                return false;
            }
        }
        if (rows.isEmpty()) {
            return false;
        }
        rows.forEach(out::row);
        return true;
    }

    private static boolean hasBlockChild(Element element) {
        for (Element c : element.children()) {
            if (BLOCKS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** The text of an element outside its block children, split into lines at {@code br}. */
    private static List<String> ownLines(Element element) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(element, line, lines);
        lines.add(line.toString());
        lines.removeIf(String::isBlank);
        return lines;
    }

    private static void collect(Element element, StringBuilder line, List<String> lines) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                line.append(text.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    lines.add(line.toString());
                    line.setLength(0);
                } else if (!BLOCKS.contains(tag) && !SKIP.contains(tag)) {
                    collect(e, line, lines);
                }
            }
        }
    }
}
