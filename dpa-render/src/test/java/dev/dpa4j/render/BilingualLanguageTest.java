/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.FormatsTestSupport.example;
import static dev.dpa4j.render.FormatsTestSupport.options;
import static dev.dpa4j.render.FormatsTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bilingual document says the language of each of its parts, also of the parts printed one language
 * after the other (wide tables, the annexes holding them), and repeats no identifier.
 */
class BilingualLanguageTest {

    private static RenderOptions bilingual(Locale first, Locale second) {
        return RenderOptions.builder(first)
                .secondLanguage(second)
                .asOf(java.time.LocalDate.of(2026, 3, 1))
                .allowFallback(true)
                .build();
    }

    private static org.jsoup.nodes.Document html(String example, RenderOptions options) {
        return Jsoup.parse(
                new String(render(HtmlRenderer.create(), example(example), options), StandardCharsets.UTF_8));
    }

    /** The language of an element: its own {@code lang} or the nearest ancestor's. */
    private static String language(Element element) {
        Element holder = element.closest("[lang]");
        return holder == null ? "" : holder.attr("lang");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de"})
    void should_repeat_no_id_and_mark_every_part_when_bilingual(String example) {
        // when
        org.jsoup.nodes.Document html = html(example, bilingual(Locale.GERMAN, Locale.ENGLISH));

        // then: every id once, in the SVG of the data-flow figure too
        Set<String> seen = new HashSet<>();
        List<String> repeated = html.select("[id]").eachAttr("id").stream()
                .filter(id -> !seen.add(id))
                .toList();
        assertThat(repeated).isEmpty();
        // every section, annex and figure is in the language its id says; the stacked annexes included
        List<Element> anchored = html.select("section[id], figure[id]");
        assertThat(anchored).isNotEmpty();
        for (Element element : anchored) {
            String expected = element.id().endsWith("-en") ? "en" : "de";
            assertThat(language(element)).as("language of #%s", element.id()).isEqualTo(expected);
        }
        // and the English annexes printed after the German ones are there, in English
        assertThat(html.select("section.dpa-annex[id$=-en]"))
                .isNotEmpty()
                .allSatisfy(annex -> assertThat(language(annex)).isEqualTo("en"));
    }

    @Test
    void should_mark_english_first_and_german_second_when_english_leads() {
        // when
        org.jsoup.nodes.Document html = html("larkspur-dpa-en", bilingual(Locale.ENGLISH, Locale.GERMAN));

        // then
        assertThat(html.select("html").attr("lang")).isEqualTo("en");
        assertThat(html.select("section.dpa-annex[id$=-de]"))
                .isNotEmpty()
                .allSatisfy(annex -> assertThat(language(annex)).isEqualTo("de"));
        assertThat(html.select("section.dpa-annex:not([id$=-de])"))
                .isNotEmpty()
                .allSatisfy(annex -> assertThat(language(annex)).isEqualTo("en"));
        // the arrow marker of the German diagram is its own, and its lines point at it
        Element germanFigure = html.selectFirst("figure#data-flow-de");
        assertThat(germanFigure).isNotNull();
        assertThat(germanFigure.select("marker").eachAttr("id")).containsExactly("dpa-arrow-de");
        assertThat(germanFigure.html()).contains("url(#dpa-arrow-de)").doesNotContain("url(#dpa-arrow)");
    }

    @Test
    void should_neither_suffix_ids_nor_wrap_parts_when_monolingual() {
        // when
        org.jsoup.nodes.Document html = html("larkspur-dpa-en", options(Locale.GERMAN));

        // then
        assertThat(html.select("[id$=-en], [id$=-de]")).isEmpty();
        assertThat(html.select(".dpa-lang, [lang]:not(html)")).isEmpty();
        assertThat(html.select("section#annex-subprocessors")).hasSize(1);
    }

    @Test
    void should_mark_runs_of_the_english_annexes_as_english_in_docx() throws IOException {
        // when
        byte[] docx =
                render(DocxRenderer.create(), example("larkspur-dpa-en"), bilingual(Locale.GERMAN, Locale.ENGLISH));

        // then: the English sub-processor annex, printed after the German one, is marked en-GB run by run
        String xml = documentXml(docx);
        int english = xml.indexOf(">Annex 3</w:t>");
        assertThat(english).isPositive();
        assertThat(xml.substring(english - 120, english)).contains("<w:lang w:val=\"en-GB\"/>");
        int german = xml.indexOf(">Anlage 3</w:t>");
        assertThat(german).isPositive();
        assertThat(xml.substring(german - 120, german)).doesNotContain("w:val=\"en-GB\"");
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
