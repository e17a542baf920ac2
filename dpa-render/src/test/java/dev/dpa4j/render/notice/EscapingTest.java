/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.diff.AgreementDiff;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile names and services in a new sub-processor must come out as text in every format. */
class EscapingTest {

    private static DataProcessingAgreement withHostile(String hostile) {
        DataProcessingAgreement v2 = Fixtures.v2();
        List<Subprocessor> subs =
                new ArrayList<>(v2.getSubprocessing().orElseThrow().getSubprocessors());
        subs.add(Subprocessor.builder()
                .id("hostile")
                .name(hostile)
                .product(hostile)
                .country(CountryCode.of("US"))
                .service(LocalizedText.de(hostile).with("en", hostile))
                .build());
        return v2.toBuilder()
                .versionDate(LocalDate.of(2026, 4, 1))
                .subprocessing(v2.getSubprocessing().orElseThrow().toBuilder()
                        .subprocessors(subs)
                        .build())
                .build();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert('dpa')</script>",
                "</li><img src=x onerror=alert(1)>",
                "[click](javascript:alert(1)) ![img](http://x/y.png) <http://evil.example>",
                "**bold** _it_ `code` ~~gone~~ | a | b |",
                "# heading",
                "1. ordered",
                "&amp; &lt; \" ' & done",
                "line\nbreak\r\n\u0000\u0007\u001b[31m control",
                "\u202Eevil\u202C right-to-left עברית"
            })
    void should_escape_user_text_in_every_format_when_a_sub_processor_name_is_hostile(String hostile) throws Exception {
        // given
        DataProcessingAgreement next = withHostile(hostile);
        ChangeNotice notice = ChangeNotice.of(
                Fixtures.v2(),
                next,
                AgreementDiff.asOf(LocalDate.of(2026, 4, 1)).diff(Fixtures.v2(), next));

        // when
        String html = NoticeRenderers.html().render(notice, Locale.ENGLISH);
        String md = NoticeRenderers.markdown().render(notice, Locale.ENGLISH);
        String text = NoticeRenderers.text().render(notice, Locale.GERMAN);
        String page = SubprocessorList.html(next, Locale.ENGLISH);
        String atom = SubprocessorList.atom(List.of(Fixtures.v2(), next), Locale.ENGLISH);

        // then no markup of the input survives unescaped
        for (String out : List.of(html, page)) {
            assertThat(out).doesNotContain("<script", "<img", "</li><img", "href=");
            assertThat(out.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
        }
        for (String out : List.of(html, page)) {
            org.jsoup.nodes.Document parsed = Jsoup.parse(out);
            assertThat(parsed.select("script, img, a, iframe")).isEmpty();
            assertThat(parsed.getAllElements().stream()
                            .flatMap(e -> e.attributes().asList().stream())
                            .map(a -> a.getKey()))
                    .noneMatch(k -> k.startsWith("on") || k.equals("href") || k.equals("src"));
        }
        List<Class<?>> injected = new ArrayList<>();
        Parser.builder().build().parse(md).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                injected.add(Link.class);
            }

            @Override
            public void visit(Image image) {
                injected.add(Image.class);
            }

            @Override
            public void visit(HtmlInline htmlInline) {
                injected.add(HtmlInline.class);
            }

            @Override
            public void visit(HtmlBlock htmlBlock) {
                injected.add(HtmlBlock.class);
            }

            @Override
            public void visit(Code code) {
                injected.add(Code.class);
            }
        });
        assertThat(injected).isEmpty();
        // in Markdown every opening character of user text carries a backslash (CommonMark escape)
        assertThat(md)
                .doesNotContainPattern("(?<!\\\\)<(script|img|http|/li)")
                .doesNotContainPattern("(?<!\\\\)\\]\\(javascript")
                .doesNotContainPattern("(?<!\\\\)!\\[img")
                .doesNotContainPattern("(?<!\\\\)\\*\\*bold")
                .doesNotContainPattern("(?<!\\\\)`code")
                .doesNotContainPattern("(?m)^# heading")
                .doesNotContainPattern("(?<!\\\\)&amp;");
        assertThat(text).doesNotContain("\u0000", "\u0007", "\u001b");
        // bidi controls (issue #13 D5) are removed from every output, notices, page and feed alike
        for (String out : List.of(html, md, text, page, atom)) {
            assertThat(out).doesNotContain("\u202E", "\u202C");
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        String content = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement()
                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content")
                .item(0)
                .getTextContent();
        assertThat(content).doesNotContain("<script", "<img");
    }
}
