/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Renders agreements whose free text is hostile (markup, entities, quotes, control characters,
 * right-to-left overrides, 10k-character words) and checks that nothing was injected: the HTML has only
 * the elements and attributes our writer produces and no link, script or event handler; the Markdown
 * has no link, image or raw HTML.
 */
@ExtendWith(InstancioExtension.class)
class AdversarialRenderTest {

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

    @RepeatedTest(15)
    void should_inject_no_markup_when_free_text_is_hostile() throws IOException {
        // given
        long seed = Instancio.create(Long.class);
        DataProcessingAgreement agreement = TestAgreements.adversarial(seed);
        Locale locale = seed % 2 == 0 ? Locale.GERMAN : Locale.ENGLISH;
        RenderOptions options = seed % 3 == 0
                ? RenderOptions.builder(locale)
                        .allowFallback(true)
                        .secondLanguage(locale.equals(Locale.GERMAN) ? Locale.ENGLISH : Locale.GERMAN)
                        .build()
                : RenderOptions.builder(locale)
                        .allowFallback(true)
                        .annexLayout(AnnexLayout.SCC_2021_915)
                        .build();

        // when
        String html = render(HtmlRenderer.create(), agreement, options);
        String markdown = render(MarkdownRenderer.create(), agreement, options);
        String text = render(TextRenderer.create(), agreement, options);

        // then
        org.jsoup.nodes.Document document = Jsoup.parse(html);
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
        assertThat(unexpected).as("seed %d", seed).isEmpty();
        assertThat(document.select("a, script, img, iframe, object")).isEmpty();
        assertThat(document.select("style")).hasSize(1);

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
        assertThat(injected).as("seed %d", seed).isEmpty();
        assertThat(text).doesNotContain("\u0000").doesNotContain("\u001b");
    }

    private static String render(DocumentRenderer renderer, DataProcessingAgreement agreement, RenderOptions options)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(agreement, options, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
