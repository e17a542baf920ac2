/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.model.json.DpaJsonException;
import dev.dpa4j.validate.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.xml.sax.SAXException;

/**
 * Jazzer fuzz targets for read → validate → render (issue #13). For every input the reader accepts, the
 * validator and each renderer may throw only their documented exceptions ({@link UnsupportedRegimeException}
 * for a regime we do not render), and each output is well-formed and free of markup from user text: the HTML
 * holds only our elements and attributes, the Markdown no link, image or raw HTML, the DOCX parts are
 * well-formed XML, the PDF opens. Rendering twice gives the same bytes.
 *
 * <p>In {@code ./mvnw verify} the targets replay the seed corpus in
 * {@code src/test/resources/dev/dpa4j/render/RenderFuzzTestInputs/} only; to fuzz, see
 * docs/json-format.md ("Fuzzing").
 */
class RenderFuzzTest {

    private static final Validator VALIDATOR =
            Validator.builder().asOf(LocalDate.of(2026, 12, 1)).build();

    @FuzzTest
    void readValidateRender(byte[] input) throws IOException {
        DataProcessingAgreement agreement = readable(input);
        if (agreement == null) {
            return;
        }
        assertThat(VALIDATOR.validate(agreement)).isNotNull();
        RenderOptions options = options(input);
        try {
            String html = text(HtmlRenderer.create(), agreement, options);
            String markdown = text(MarkdownRenderer.create(), agreement, options);
            String plain = text(TextRenderer.create(), agreement, options);
            byte[] docx = bytes(DocxRenderer.create(), agreement, options);

            assertThat(MarkupCheck.unexpectedInHtml(html)).isEmpty();
            assertThat(MarkupCheck.injectedInMarkdown(markdown)).isEmpty();
            assertThat(plain).doesNotContain("\u0000", "\u001b");
            assertWellFormedParts(docx);
            assertThat(text(MarkdownRenderer.create(), agreement, options)).isEqualTo(markdown);
        } catch (UnsupportedRegimeException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @FuzzTest
    void readRenderPdf(byte[] input) throws IOException {
        DataProcessingAgreement agreement = readable(input);
        if (agreement == null) {
            return;
        }
        try {
            byte[] pdf = bytes(PdfRenderer.create(), agreement, options(input));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isPositive();
            }
        } catch (UnsupportedRegimeException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    private static DataProcessingAgreement readable(byte[] input) {
        try {
            return DpaJson.read(new String(input, StandardCharsets.UTF_8));
        } catch (DpaJsonException e) {
            return null;
        }
    }

    /** German or English by the input's length; fallback allowed, since fuzzed texts lack languages. */
    private static RenderOptions options(byte[] input) {
        Locale locale = input.length % 2 == 0 ? Locale.GERMAN : Locale.ENGLISH;
        return RenderOptions.builder(locale).allowFallback(true).build();
    }

    private static byte[] bytes(DocumentRenderer renderer, DataProcessingAgreement agreement, RenderOptions options)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(agreement, options, out);
        return out.toByteArray();
    }

    private static String text(DocumentRenderer renderer, DataProcessingAgreement agreement, RenderOptions options)
            throws IOException {
        return new String(bytes(renderer, agreement, options), StandardCharsets.UTF_8);
    }

    private static void assertWellFormedParts(byte[] docx) throws IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            int parts = 0;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                        factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                        parts++;
                    }
                }
            }
            assertThat(parts).as("XML parts in the DOCX").isPositive();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new UncheckedIOException(new IOException("DOCX part is not well-formed XML: " + e.getMessage(), e));
        }
    }
}
