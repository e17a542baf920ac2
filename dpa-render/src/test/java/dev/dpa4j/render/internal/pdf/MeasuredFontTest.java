/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fonts PdfWriter hands to openhtmltopdf measure, encode and report metrics exactly as the bundled
 * fonts loaded by PDFBox do, also when their tables were filled by an earlier rendering (issue #14).
 */
class MeasuredFontTest {

    private static final List<String> TEXTS = texts();

    @ParameterizedTest(name = "bold: {0}")
    @ValueSource(booleans = {false, true})
    void should_measure_and_encode_like_the_loaded_font_in_the_first_and_in_a_later_pdf(boolean bold)
            throws IOException {
        FontPrograms.Pair pair = FontPrograms.take();
        try (PDDocument first = new PDDocument();
                PDDocument later = new PDDocument();
                PDDocument reference = new PDDocument()) {
            // given
            PDFont plain = plain(reference, bold);
            PDFont inFirst = pair.supplier(first, bold).supply();
            PDFont inLater = pair.supplier(later, bold).supply();

            // when / then: every text, first as a whole, then once more (from the filled tables)
            assertThat(inFirst).isInstanceOf(MeasuredFont.class);
            for (PDFont measured : List.of(inFirst, inLater, inFirst)) {
                for (String text : TEXTS) {
                    assertThat(outcome(() -> measured.getStringWidth(text)))
                            .as("width of %s", abbreviated(text))
                            .isEqualTo(outcome(() -> plain.getStringWidth(text)));
                    assertThat(outcome(() -> java.util.Arrays.toString(measured.encode(text))))
                            .as("code of %s", abbreviated(text))
                            .isEqualTo(outcome(() -> java.util.Arrays.toString(plain.encode(text))));
                }
            }
        } finally {
            FontPrograms.give(pair);
        }
    }

    @ParameterizedTest(name = "bold: {0}")
    @ValueSource(booleans = {false, true})
    void should_give_openhtmltopdf_the_metrics_of_the_loaded_type0_font(boolean bold) throws IOException {
        FontPrograms.Pair pair = FontPrograms.take();
        try (PDDocument document = new PDDocument();
                PDDocument reference = new PDDocument()) {
            // given: the font as openhtmltopdf registers it for a rendering
            int weight = bold ? FontMetricsCache.BOLD_WEIGHT : FontMetricsCache.REGULAR_WEIGHT;
            FontDescription description = new FontDescription(
                    document,
                    pair.supplier(document, bold),
                    IdentValue.NORMAL,
                    weight,
                    FontMetricsCache.FAMILY,
                    false,
                    true,
                    pair.metrics());
            PDType0Font plain = plain(reference, bold);

            // when
            PdfBoxRawPDFontMetrics metrics = description.getFontMetrics();

            // then: found in the cache before the font is loaded, and equal to those of the Type 0 font
            assertThat(description.isMetricsAvailable()).isTrue();
            assertThat(metrics)
                    .usingRecursiveComparison()
                    .isEqualTo(PdfBoxRawPDFontMetrics.fromPdfBox(plain, plain.getFontDescriptor()));
            // which openhtmltopdf would not compute from the measured font itself (no Type 0 font)
            PDFont measured = description.getFont();
            assertThat(PdfBoxRawPDFontMetrics.fromPdfBox(measured, measured.getFontDescriptor()))
                    .usingRecursiveComparison()
                    .isNotEqualTo(metrics);
        } finally {
            FontPrograms.give(pair);
        }
    }

    /** Width bits or code, or the exception's class and message: what a caller gets. */
    private static String outcome(Callable<Object> call) {
        try {
            Object result = call.call();
            return result instanceof Float f ? "width bits " + Float.floatToIntBits(f) : "code " + result;
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static PDType0Font plain(PDDocument document, boolean bold) throws IOException {
        byte[] file = PdfWriter.bytes(
                bold ? "/dev/dpa4j/render/fonts/DejaVuSans-Bold.ttf" : "/dev/dpa4j/render/fonts/DejaVuSans.ttf");
        return PDType0Font.load(
                document,
                new TTFParser()
                        .parse(new RandomAccessReadBuffer(
                                FontPrograms.withoutTables(file, Set.of("GSUB", "GPOS", "GDEF")))),
                true);
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + " characters)" : text;
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(
                "",
                " ",
                "Auftragsverarbeitung",
                "„Verarbeitung“ öffentlich Übermittlung ß – § 28 Abs. 3 DSGVO",
                "“quoted” ‘single’ — € ½ Ω Ж fi",
                "Auf\u00ADtrags\u200Bverarbeitung\u00A0und\u2011Weiteres",
                // a character DejaVu Sans lacks (CJK): an exception, the same each time
                "Vertrag \u4E2D",
                // outside the Basic Multilingual Plane: present (a mathematical letter) and absent
                "x \uD835\uDC00 y",
                "x \uD83D\uDE00 y",
                // a lone surrogate
                "x \uD835 y"));
        // long enough that float sums stop being exact: the order of addition shows in the bits
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            longText.append("Wolkenkratzer Ölförderung iiii ");
        }
        texts.add(longText.toString());
        return texts;
    }
}
