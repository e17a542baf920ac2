/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.FormatsTestSupport.options;
import static dev.dpa4j.render.FormatsTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.json.DpaJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Regression tests of issue #13 from the reliability review's reproducers: bidi controls (D5) and a name
 * ending in white space in Markdown (D6), through every output format of a contract.
 */
class UserTextHardeningTest {

    /** The bidirectional formatting characters the escaper removes. */
    private static final String BIDI = "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    @Test
    void should_remove_bidi_controls_from_every_format_when_a_name_holds_them() throws Exception {
        // given: the review's spoofing example as the processor's and the controller's name
        DataProcessingAgreement base = FormatsTestSupport.example("just-avv-de");
        String spoof = "abc\u202Eevil.exe\u202Ctxt \u2066iso\u2069 \u200Fmark";
        DataProcessingAgreement agreement = base.toBuilder()
                .processor(base.getProcessor().orElseThrow().toBuilder()
                        .name(spoof)
                        .build())
                .controllers(List.of(Party.builder().name(spoof).build()))
                .build();

        // when
        List<String> outputs = new ArrayList<>();
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            outputs.add(string(render(MarkdownRenderer.create(), agreement, options(locale))));
            outputs.add(string(render(HtmlRenderer.create(), agreement, options(locale))));
            outputs.add(string(render(TextRenderer.create(), agreement, options(locale))));
            outputs.add(docxXml(render(DocxRenderer.create(), agreement, options(locale))));
        }
        outputs.add(PdfRendererTest.text(render(PdfRenderer.create(), agreement, options(Locale.ENGLISH))));

        // then: the name is there in stored order, without any bidi control
        for (String output : outputs) {
            assertThat(output).contains("abcevil.exetxt");
            for (int i = 0; i < BIDI.length(); i++) {
                char c = BIDI.charAt(i);
                assertThat(output.indexOf(c)).as("U+%04X", (int) c).isNegative();
            }
        }
    }

    @Test
    void should_keep_text_without_bidi_controls_unchanged() throws Exception {
        // given: right-to-left script itself is fine, only the invisible controls go
        DataProcessingAgreement base = FormatsTestSupport.example("just-avv-de");
        DataProcessingAgreement agreement = base.toBuilder()
                .processor(base.getProcessor().orElseThrow().toBuilder()
                        .name("שלום Acme مرحبا")
                        .build())
                .build();

        // when
        String html = string(render(HtmlRenderer.create(), agreement, options(Locale.ENGLISH)));

        // then
        assertThat(html).contains("שלום Acme مرحبا");
    }

    @Test
    void should_close_strong_emphasis_when_a_name_ends_in_white_space() throws Exception {
        // given: the reproducer of D6
        DataProcessingAgreement agreement =
                DpaJson.read("{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"processor\":{\"name\":\"Acme \"}}");

        // when
        String markdown = string(render(MarkdownRenderer.create(), agreement, options(Locale.ENGLISH)));

        // then: CommonMark reads the name as strong emphasis, and no asterisk is printed as text
        List<String> strong = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(StrongEmphasis emphasis) {
                if (emphasis.getFirstChild() instanceof Text text) {
                    strong.add(text.getLiteral());
                }
                visitChildren(emphasis);
            }

            @Override
            public void visit(Text text) {
                texts.add(text.getLiteral());
            }
        });
        assertThat(strong).contains("Acme");
        assertThat(texts).noneMatch(t -> t.contains("*"));
    }

    private static String string(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String docxXml(byte[] docx) throws IOException {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xml")) {
                    zip.transferTo(xml);
                }
            }
        }
        return string(xml.toByteArray());
    }
}
