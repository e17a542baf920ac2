/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.render.document.Annex;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Clause;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.DocumentMetadata;
import dev.dpa4j.render.document.Figure;
import dev.dpa4j.render.document.InLanguage;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Parallel;
import dev.dpa4j.render.document.PartiesBlock;
import dev.dpa4j.render.document.PartyEntry;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.document.SignatureBlock;
import dev.dpa4j.render.document.SignatureEntry;
import dev.dpa4j.render.document.SignatureField;
import dev.dpa4j.render.document.Table;
import dev.dpa4j.render.document.Title;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Every writer has output for every type of {@link Block}. The sample list below must name every permitted
 * subtype: adding a block type to the sealed interface fails this test until a sample exists, and then
 * until every writer prints it (a writer that does not know a type throws rather than dropping it).
 */
class WritersHandleEveryBlockTest {

    /** One block of each type, each holding a word that only it contains. */
    private static Map<Class<?>, Block> samples() {
        Map<Class<?>, Block> samples = new LinkedHashMap<>();
        samples.put(Title.class, new Title("Wtitle", List.of("Wsubtitle")));
        samples.put(
                PartiesBlock.class,
                new PartiesBlock(
                        "Wbetween", List.of(new PartyEntry("Wparty", List.of("Wdetail"), "Wdesignation")), "Wand"));
        samples.put(
                Section.class,
                new Section("s", Optional.of("1"), "Wsection", Optional.empty(), List.of(paragraph("Wsectiontext"))));
        samples.put(Clause.class, new Clause("k", "(1)", Optional.empty(), List.of(paragraph("Wclause"))));
        samples.put(Paragraph.class, paragraph("Wparagraph"));
        samples.put(ListBlock.class, new ListBlock(false, List.of(paragraph("Witem"))));
        samples.put(
                Table.class,
                new Table(Optional.empty(), List.of(paragraph("Wheader")), List.of(List.of(paragraph("Wcell")))));
        samples.put(Annex.class, new Annex("a", "Annex 1", "Wannex", List.of(paragraph("Wannextext"))));
        samples.put(
                SignatureBlock.class,
                new SignatureBlock(
                        "Wsignatures",
                        List.of(new SignatureEntry(
                                "Wrole", "Wsigner", List.of(new SignatureField("Wfield", Optional.empty()))))));
        samples.put(
                Figure.class,
                new Figure(
                        "f",
                        "Wcaption",
                        "Wdescription",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>"));
        samples.put(
                Parallel.class, new Parallel(Locale.GERMAN, paragraph("Wfirst"), Locale.ENGLISH, paragraph("Wsecond")));
        samples.put(InLanguage.class, new InLanguage(Locale.GERMAN, paragraph("Wlanguage")));
        return samples;
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(List.of(Run.text(text)));
    }

    @Test
    void should_have_a_sample_of_every_block_type() {
        // then: a new block type needs a sample here (and output in every writer)
        Set<Class<?>> permitted =
                Arrays.stream(Block.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertThat(samples().keySet()).containsExactlyInAnyOrderElementsOf(permitted);
    }

    @Test
    void should_print_every_block_type_in_every_format() throws IOException {
        for (Map.Entry<Class<?>, Block> sample : samples().entrySet()) {
            // given
            Document document = new Document(
                    new DocumentMetadata(
                            "Doc",
                            Locale.ENGLISH,
                            Optional.empty(),
                            "id",
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()),
                    List.of(sample.getValue()));
            List<String> words = words(sample.getValue());

            // when
            Map<String, String> outputs = new LinkedHashMap<>();
            ByteArrayOutputStream md = new ByteArrayOutputStream();
            MarkdownRenderer.create().write(document, md);
            outputs.put("md", md.toString(StandardCharsets.UTF_8));
            ByteArrayOutputStream html = new ByteArrayOutputStream();
            HtmlRenderer.create().write(document, html);
            outputs.put("html", html.toString(StandardCharsets.UTF_8));
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            TextRenderer.create().write(document, text);
            outputs.put("text", text.toString(StandardCharsets.UTF_8));
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            DocxRenderer.create()
                    .write(document, RenderOptions.builder(Locale.ENGLISH).build(), docx);
            outputs.put("docx", documentXml(docx.toByteArray()));

            // then
            for (Map.Entry<String, String> output : outputs.entrySet()) {
                assertThat(output.getValue())
                        .as("%s in %s", sample.getKey().getSimpleName(), output.getKey())
                        .contains(words);
            }
        }
    }

    /** The words of a sample that every format prints (the figure's SVG is not text). */
    private static List<String> words(Block block) {
        return switch (block.getClass().getSimpleName()) {
            case "Figure" -> List.of("Wcaption", "Wdescription");
            case "Parallel" -> List.of("Wfirst", "Wsecond");
            case "InLanguage" -> List.of("Wlanguage");
            case "SignatureBlock" -> List.of("Wsignatures", "Wrole", "Wsigner", "Wfield");
            case "PartiesBlock" -> List.of("Wbetween", "Wparty", "Wdesignation");
            case "Table" -> List.of("Wheader", "Wcell");
            case "Section" -> List.of("Wsection", "Wsectiontext");
            case "Annex" -> List.of("Wannex", "Wannextext");
            case "Title" -> List.of("Wtitle");
            case "Clause" -> List.of("Wclause");
            case "ListBlock" -> List.of("Witem");
            default -> List.of("Wparagraph");
        };
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no word/document.xml");
    }
}
