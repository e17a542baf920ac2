/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.FormatsTestSupport.example;
import static dev.dpa4j.render.FormatsTestSupport.options;
import static dev.dpa4j.render.FormatsTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The German sub-processor column heading carries a soft hyphen, so narrow columns break it with a
 * hyphen; formats that lay out lines honour it, Markdown and plain text drop it.
 */
class SoftHyphenTest {

    private static final char SHY = '\u00AD';
    private static final DataProcessingAgreement JOMOCO = example("jomoco-avv-de");

    @Test
    void should_keep_soft_hyphen_in_html_heading_when_rendering_german() {
        // when
        String html = new String(render(HtmlRenderer.create(), JOMOCO, options(Locale.GERMAN)), StandardCharsets.UTF_8);

        // then
        // (jsoup's text() drops soft hyphens as invisible, so the markup is checked as written)
        assertThat(html).contains("<th scope=\"col\">Unterauftrags" + SHY + "verarbeiter</th>");
        assertThat(Jsoup.parse(html).select("#annex-subprocessors th").eachText())
                .contains("Unterauftragsverarbeiter");
    }

    @Test
    void should_drop_soft_hyphen_when_rendering_markdown_and_text() {
        // when
        String markdown =
                new String(render(MarkdownRenderer.create(), JOMOCO, options(Locale.GERMAN)), StandardCharsets.UTF_8);
        String text = new String(render(TextRenderer.create(), JOMOCO, options(Locale.GERMAN)), StandardCharsets.UTF_8);

        // then
        assertThat(markdown).contains("| Unterauftragsverarbeiter |").doesNotContain(String.valueOf(SHY));
        assertThat(text).contains("Unterauftragsverarbeiter").doesNotContain(String.valueOf(SHY));
    }

    @Test
    void should_write_word_optional_hyphen_when_rendering_docx() throws IOException {
        // when
        byte[] docx = render(DocxRenderer.create(), JOMOCO, options(Locale.GERMAN));

        // then
        String document = entry(docx, "word/document.xml");
        assertThat(document)
                .contains("Unterauftrags</w:t>")
                .contains("<w:softHyphen/></w:r>")
                .contains(">verarbeiter</w:t>")
                .doesNotContain(String.valueOf(SHY));
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No " + name + " in the package");
    }
}
