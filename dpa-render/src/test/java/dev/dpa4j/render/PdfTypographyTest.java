/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.FormatsTestSupport.example;
import static dev.dpa4j.render.FormatsTestSupport.options;
import static dev.dpa4j.render.FormatsTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** How the PDF looks beyond its text: table headings, columns, emphasis. */
class PdfTypographyTest {

    private static final DocumentRenderer RENDERER = PdfRenderer.create();

    @Test
    void should_hyphenate_the_sub_processor_heading_when_its_column_is_narrow() throws IOException {
        // given
        byte[] bytes = render(RENDERER, example("jomoco-avv-de"), options(Locale.GERMAN));

        // when
        String text = PdfRendererTest.text(bytes);

        // then
        assertThat(text).contains("Unterauftrags-\nverarbeiter").doesNotContain("Unterauftragsverar\nbeiter");
    }

    @Test
    void should_keep_every_table_word_inside_its_column_when_rendering_the_examples() throws IOException {
        // given: long German compounds and long transfer safeguards in the sub-processor tables
        List<String> overlaps = new ArrayList<>();
        for (String name : FormatsTestSupport.EXAMPLES) {
            byte[] bytes = render(RENDERER, example(name), options(Locale.GERMAN));

            // when
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    overlaps.addAll(overlappingGlyphs(pdf, page));
                }
            }
        }

        // then: no text runs over into the next cell (it would be drawn on top of that cell's text)
        assertThat(overlaps).isEmpty();
    }

    @Test
    void should_slant_emphasis_and_citations_when_rendering() throws IOException {
        // given
        byte[] bytes = render(RENDERER, example("jomoco-avv-de"), options(Locale.GERMAN));

        // when
        StringBuilder slanted = new StringBuilder();
        StringBuilder upright = new StringBuilder();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        Matrix m = position.getTextMatrix();
                        boolean sheared = Math.abs(m.getShearX()) > 0.05 * Math.abs(m.getScaleY());
                        boolean italicFace = position.getFont().getName().contains("Oblique");
                        (sheared || italicFace ? slanted : upright).append(position.getUnicode());
                    }
                    slanted.append(' ');
                    upright.append(' ');
                }
            };
            stripper.getText(pdf);
        }

        // then
        assertThat(slanted.toString().replaceAll("\\s+", " "))
                .contains("Art. 28 Abs. 3 Unterabs. 2 DSGVO")
                .contains("im Folgenden");
        assertThat(upright.toString()).contains("Auftragsverarbeiter").doesNotContain("unverzüglich“");
    }

    /** Pairs of glyphs on one line whose boxes overlap by more than a point, as "page: a|b". */
    private static List<String> overlappingGlyphs(PDDocument pdf, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    glyphs.add(text);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        glyphs.sort(Comparator.comparingDouble((TextPosition g) -> Math.round(g.getYDirAdj()))
                .thenComparingDouble(TextPosition::getXDirAdj));
        List<String> overlaps = new ArrayList<>();
        for (int i = 1; i < glyphs.size(); i++) {
            TextPosition a = glyphs.get(i - 1);
            TextPosition b = glyphs.get(i);
            boolean sameLine = Math.round(a.getYDirAdj()) == Math.round(b.getYDirAdj());
            if (sameLine && b.getXDirAdj() < a.getXDirAdj() + a.getWidthDirAdj() - 1) {
                overlaps.add(page + ": " + a.getUnicode() + "|" + b.getUnicode());
            }
        }
        return overlaps;
    }
}
