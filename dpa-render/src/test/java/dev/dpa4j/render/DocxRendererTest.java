/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.FormatsTestSupport.assertGolden;
import static dev.dpa4j.render.FormatsTestSupport.example;
import static dev.dpa4j.render.FormatsTestSupport.options;
import static dev.dpa4j.render.FormatsTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocxRendererTest {

    private static final DocumentRenderer RENDERER = DocxRenderer.create();

    static Stream<Arguments> examplesAndLanguages() {
        List<Arguments> arguments = new ArrayList<>();
        for (String name : FormatsTestSupport.EXAMPLES) {
            arguments.add(Arguments.of(name, Locale.GERMAN));
            arguments.add(Arguments.of(name, Locale.ENGLISH));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("examplesAndLanguages")
    void should_match_golden_text_and_styles_when_rendering_an_example(String name, Locale language)
            throws IOException {
        // given
        DataProcessingAgreement agreement = example(name);

        // when
        byte[] docx = render(RENDERER, agreement, options(language));

        // then
        assertWellFormed(docx);
        assertGolden("dev/dpa4j/render/docx/" + name + "-" + language.getLanguage() + ".txt", outline(docx));
    }

    @Test
    void should_use_real_heading_styles_and_numbering_when_rendering() throws IOException {
        // given
        DataProcessingAgreement agreement = example("jomoco-avv-de");

        // when
        byte[] bytes = render(RENDERER, agreement, options(Locale.GERMAN));

        // then
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(docx.getStyles().getStyle("Title").getName()).isEqualTo("Title");
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Title");
            assertThat(paragraphs)
                    .filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .anyMatch(t -> t.startsWith("§ 1"));
            List<XWPFParagraph> clauses = paragraphs.stream()
                    .filter(p -> "Clause".equals(p.getStyle()))
                    .toList();
            assertThat(clauses).isNotEmpty().allMatch(p -> p.getNumID() != null);
            assertThat(clauses.get(0).getNumFmt()).isEqualTo("decimal");
            assertThat(clauses.get(0).getNumLevelText()).isEqualTo("(%1)");
            assertThat(docx.getProperties().getCoreProperties().getTitle())
                    .isEqualTo(paragraphs.get(0).getText());
            assertThat(docx.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-03-01T08:30:00Z")));
        }
    }

    @Test
    void should_write_tables_with_header_row_when_agreement_has_subprocessors() throws IOException {
        // given
        DataProcessingAgreement agreement = example("larkspur-dpa-en");

        // when
        byte[] bytes = render(RENDERER, agreement, options(Locale.ENGLISH));

        // then
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFTable> data = docx.getTables().stream()
                    .filter(t -> "DpaTable".equals(t.getStyleID()))
                    .toList();
            assertThat(data).isNotEmpty();
            for (XWPFTable table : data) {
                XWPFTableRow header = table.getRow(0);
                assertThat(header.isRepeatHeader()).isTrue();
                assertThat(header.getTableCells())
                        .allMatch(c ->
                                "TableHeading".equals(c.getParagraphs().get(0).getStyle()));
                assertThat(table.getRows()).hasSizeGreaterThan(1);
            }
            String cells = data.stream()
                    .flatMap(t -> t.getRows().stream())
                    .flatMap(r -> r.getTableCells().stream())
                    .map(XWPFTableCell::getText)
                    .collect(Collectors.joining("|"));
            agreement
                    .getSubprocessing()
                    .ifPresent(s -> s.getSubprocessors()
                            .forEach(sub -> assertThat(cells).contains(sub.getName())));
            // concluded by click-through: an acceptance record, no signature table
            assertThat(docx.getTables()).noneMatch(t -> "DpaSignatures".equals(t.getStyleID()));
        }
    }

    @Test
    void should_lay_out_two_columns_when_bilingual() throws IOException {
        // given
        DataProcessingAgreement agreement = example("jomoco-avv-de");
        RenderOptions options = RenderOptions.builder(Locale.GERMAN)
                .allowFallback(true)
                .secondLanguage(Locale.ENGLISH)
                .asOf(java.time.LocalDate.of(2026, 3, 1))
                .build();

        // when
        byte[] bytes = render(RENDERER, agreement, options);

        // then
        assertWellFormed(bytes);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFTable> parallel = docx.getTables().stream()
                    .filter(t -> "DpaParallel".equals(t.getStyleID()))
                    .toList();
            assertThat(parallel)
                    .isNotEmpty()
                    .allMatch(t -> t.getRow(0).getTableCells().size() == 2);
            String german =
                    parallel.stream().map(t -> t.getRow(0).getCell(0).getText()).collect(Collectors.joining());
            String english =
                    parallel.stream().map(t -> t.getRow(0).getCell(1).getText()).collect(Collectors.joining());
            assertThat(german).contains("Auftragsverarbeiter");
            assertThat(english).contains("processor");
        }
    }

    @Test
    void should_give_identical_bytes_when_rendering_twice() {
        // given
        DataProcessingAgreement agreement = example("just-avv-de");

        // when
        byte[] first = render(RENDERER, agreement, options(Locale.GERMAN));
        byte[] second = render(DocxRenderer.create(), agreement, options(Locale.GERMAN));

        // then
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void should_stay_valid_xml_and_keep_text_when_agreement_is_adversarial(long seed) throws IOException {
        // given
        // (the regime is GDPR: an LED_DE agreement is refused, see SendReadyTest)
        DataProcessingAgreement agreement = AgreementGenerator.adversarialAgreement(seed).toBuilder()
                .regime(dev.dpa4j.model.Regime.GDPR)
                .build();

        // when
        byte[] bytes = render(RENDERER, agreement, options(seed % 2 == 0 ? Locale.GERMAN : Locale.ENGLISH));

        // then
        assertWellFormed(bytes);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = outline(bytes);
            assertThat(text).doesNotContain("\u0000").doesNotContain("\u0007").doesNotContain("\u001B");
            // Markup arrives as text, never as structure.
            if (text.contains("<script>")) {
                assertThat(text).contains("<script>alert('dpa')</script>");
            }
            assertThat(text).doesNotContain("<w:");
            assertThat(docx.getParagraphs()).isNotEmpty();
        }
    }

    /** Parses every XML part of the package with a strict XML 1.0 parser. */
    static void assertWellFormed(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(parts)
                .containsKeys(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "word/document.xml",
                        "word/styles.xml",
                        "word/numbering.xml",
                        "word/_rels/document.xml.rels",
                        "docProps/core.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            assertThatCode(() -> factory.newDocumentBuilder().parse(new ByteArrayInputStream(part.getValue())))
                    .as("part %s is well-formed XML", part.getKey())
                    .doesNotThrowAnyException();
        }
    }

    /** The body as POI reads it: one line per paragraph with its style (and '#' when numbered), tables as rows. */
    static String outline(byte[] bytes) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : docx.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(out, paragraph, "");
                } else if (element instanceof XWPFTable table) {
                    out.append("[table ").append(table.getStyleID()).append("]\n");
                    for (XWPFTableRow row : table.getRows()) {
                        out.append(row.isRepeatHeader() ? "  [header row]\n" : "  [row]\n");
                        for (XWPFTableCell cell : row.getTableCells()) {
                            out.append("    [cell]\n");
                            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                                paragraph(out, paragraph, "      ");
                            }
                        }
                    }
                }
            }
            return out.toString();
        }
    }

    private static void paragraph(StringBuilder out, XWPFParagraph paragraph, String indent) {
        String text = paragraph.getText();
        String style = paragraph.getStyle() == null ? "Normal" : paragraph.getStyle();
        if (text.isEmpty() && (style.equals("TableEnd") || style.equals("Normal"))) {
            return;
        }
        out.append(indent)
                .append('[')
                .append(style)
                .append(paragraph.getNumID() != null ? " #" : "")
                .append("] ")
                .append(text.replace("\n", "\\n"))
                .append('\n');
    }
}
