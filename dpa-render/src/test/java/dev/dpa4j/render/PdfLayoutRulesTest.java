/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.FormatsTestSupport.example;
import static dev.dpa4j.render.FormatsTestSupport.options;
import static dev.dpa4j.render.FormatsTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The page layout rules of the PDF, read back from rendered examples. */
class PdfLayoutRulesTest {

    private static final DocumentRenderer RENDERER = PdfRenderer.create();
    private static final Pattern TRANSFER_CELL = Pattern.compile("(?m)^(?!→).*(keine angegeben|\\(EU/EWR\\))$");

    /** A line of text as drawn: page, baseline, font size and whether its first glyph is bold. */
    private record DrawnLine(int page, float y, float size, boolean bold, String text) {}

    @Test
    void should_never_end_a_page_with_a_heading() throws IOException {
        for (String name : FormatsTestSupport.EXAMPLES) {
            for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                // given
                byte[] pdf = render(RENDERER, example(name), options(language));

                // when: the last line of the text area (above the footer) of each page
                List<DrawnLine> lasts = new ArrayList<>();
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    for (int page = 1; page <= document.getNumberOfPages(); page++) {
                        DrawnLine last = null;
                        for (DrawnLine line : lines(document, page)) {
                            if (line.y() < 750 && line.y() > 80 && (last == null || line.y() >= last.y())) {
                                last = line;
                            }
                        }
                        if (last != null) {
                            lasts.add(last);
                        }
                    }
                }

                // then: no page ends with a section heading (bold, 10 pt or larger)
                assertThat(lasts)
                        .as("%s in %s", name, language)
                        .isNotEmpty()
                        .noneMatch(line -> line.bold() && line.size() >= 10);
            }
        }
    }

    @Test
    void should_repeat_the_table_header_on_every_page_of_the_sub_processor_table() throws IOException {
        // given
        byte[] pdf = render(RENDERER, example("jomoco-avv-de"), options(Locale.GERMAN));

        // when: pages with the sub-processor table's rows (a recipient and its country) and with its header
        List<Integer> withRows = new ArrayList<>();
        List<Integer> withHeader = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                String text = text(document, page);
                // a line that ends with a cell of the table's transfer column (the diagram's lines start with →)
                boolean rows = TRANSFER_CELL.matcher(text).find();
                if (rows) {
                    withRows.add(page);
                }
                if (rows && text.contains("Anschrift /")) {
                    withHeader.add(page);
                }
            }
        }

        // then
        assertThat(withRows).hasSizeGreaterThan(1);
        assertThat(withHeader).isEqualTo(withRows);
    }

    @Test
    void should_extract_umlauts_quotation_marks_and_sharp_s_as_written() throws IOException {
        // when
        String text = PdfRendererTest.text(render(RENDERER, example("jomoco-avv-de"), options(Locale.GERMAN)));

        // then
        assertThat(text)
                .contains("– im Folgenden „Auftragsverarbeiter“ –")
                .contains("Änderungen und Ergänzungen")
                .contains("maßgeblich")
                .doesNotContain("\u00AD")
                .doesNotContain("\uFFFD");
    }

    @Test
    void should_number_every_page_of_the_english_text() throws IOException {
        // given
        byte[] pdf = render(RENDERER, example("larkspur-dpa-en"), options(Locale.ENGLISH));

        // when
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();

            // then
            for (int page = 1; page <= pages; page++) {
                assertThat(text(document, page)).contains("Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void should_start_every_annex_on_a_new_page_and_put_it_into_the_outline() throws IOException {
        // given
        byte[] pdf = render(RENDERER, example("jomoco-avv-de"), options(Locale.GERMAN));

        // when
        List<String> outline = new ArrayList<>();
        List<Integer> annexPages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDOutlineItem item :
                    document.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<DrawnLine> lines = lines(document, page);
                DrawnLine first = lines.stream()
                        .filter(l -> l.y() > 80 && l.y() < 750)
                        .min((a, b) -> Float.compare(a.y(), b.y()))
                        .orElseThrow();
                if (first.text().startsWith("ANLAGE")) {
                    annexPages.add(page);
                }
                assertThat(lines.stream().filter(l -> l.text().startsWith("ANLAGE ")))
                        .as("an annex label on page %d is the page's first line", page)
                        .allSatisfy(l -> assertThat(l).isEqualTo(first));
            }
        }

        // then
        assertThat(annexPages).hasSize(3);
        assertThat(outline).contains("§ 1 Begriffsbestimmungen und Auslegung").anyMatch(t -> t.startsWith("Anlage 1"));
    }

    @Test
    void should_set_german_and_english_side_by_side_when_bilingual() throws IOException {
        // given
        byte[] pdf = render(
                RENDERER,
                example("jomoco-avv-de"),
                RenderOptions.builder(Locale.GERMAN)
                        .secondLanguage(Locale.ENGLISH)
                        .allowFallback(true)
                        .build());

        // when: the first page's lines that start in the left and in the right half
        List<DrawnLine> left = new ArrayList<>();
        List<DrawnLine> right = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float x = positions.get(0).getXDirAdj();
                    (x < 297 ? left : right)
                            .add(new DrawnLine(1, positions.get(0).getYDirAdj(), 0, false, text));
                }
            };
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            stripper.getText(document);
        }

        // then
        assertThat(left).anyMatch(l -> l.text().contains("Verantwortliche"));
        assertThat(right).anyMatch(l -> l.text().contains("Controller"));
        assertThat(left).noneMatch(l -> l.text().contains("Controller"));
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static List<DrawnLine> lines(PDDocument document, int page) throws IOException {
        List<DrawnLine> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TextPosition first = positions.get(0);
                lines.add(new DrawnLine(
                        page,
                        first.getYDirAdj(),
                        first.getFontSizeInPt(),
                        first.getFont().getName().contains("Bold"),
                        text));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return lines;
    }
}
