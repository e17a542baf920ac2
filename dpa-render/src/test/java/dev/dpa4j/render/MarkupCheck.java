/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a rendering may contain as markup: the elements and attributes our HTML writer produces (no link,
 * script, image, frame or event handler, one style sheet), and Markdown without links, images or raw HTML.
 * Shared by the adversarial property test and the render fuzz target.
 */
final class MarkupCheck {

    private static final List<String> ALLOWED_ELEMENTS = List.of(
            "html",
            "head",
            "meta",
            "title",
            "style",
            "body",
            "article",
            "header",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "p",
            "section",
            "span",
            "div",
            "ul",
            "ol",
            "li",
            "table",
            "caption",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "em",
            "strong",
            "br",
            "dl",
            "dt",
            "dd",
            "figure",
            "figcaption",
            "footer",
            "svg",
            "defs",
            "marker",
            "path",
            "rect",
            "text",
            "line");
    private static final List<String> ALLOWED_ATTRIBUTES = List.of(
            "lang",
            "charset",
            "name",
            "content",
            "class",
            "id",
            "data-key",
            "scope",
            "xmlns",
            "viewbox",
            "width",
            "height",
            "role",
            "aria-label",
            "font-family",
            "font-size",
            "refx",
            "refy",
            "markerwidth",
            "markerheight",
            "orient",
            "d",
            "fill",
            "x",
            "y",
            "rx",
            "stroke",
            "stroke-dasharray",
            "font-weight",
            "x1",
            "y1",
            "x2",
            "y2",
            "stroke-width",
            "marker-end");

    private MarkupCheck() {}

    /** Everything in the HTML that our writer never produces, as readable descriptions; empty if none. */
    static List<String> unexpectedInHtml(String html) {
        Document document = Jsoup.parse(html);
        List<String> unexpected = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (element.tagName().equals("#root")) {
                continue;
            }
            if (!ALLOWED_ELEMENTS.contains(element.normalName())) {
                unexpected.add("element <" + element.normalName() + ">");
            }
            for (Attribute attribute : element.attributes()) {
                if (!ALLOWED_ATTRIBUTES.contains(attribute.getKey().toLowerCase(Locale.ROOT))) {
                    unexpected.add("attribute " + attribute.getKey() + " on <" + element.normalName() + ">");
                }
            }
        }
        int styles = document.select("style").size();
        if (styles != 1) {
            unexpected.add(styles + " style elements instead of one");
        }
        return unexpected;
    }

    /** Links, images and raw HTML that a Markdown reader would see in the text; empty if none. */
    static List<String> injectedInMarkdown(String markdown) {
        Node root = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .build()
                .parse(markdown);
        List<String> injected = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                injected.add("link " + link.getDestination());
            }

            @Override
            public void visit(Image image) {
                injected.add("image " + image.getDestination());
            }

            @Override
            public void visit(HtmlInline html) {
                injected.add("inline HTML " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                injected.add("HTML block " + html.getLiteral());
            }
        });
        return injected;
    }
}
