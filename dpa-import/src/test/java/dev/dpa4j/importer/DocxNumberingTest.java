/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Word's automatic numbering (#16, round 8): a DOCX whose clause numbers come only from {@code w:numPr} and
 * {@code word/numbering.xml} ("§ %1" on headings, "%1.%2" on the paragraphs below, "%3)" letters), not from the text.
 * The reader counts them, so that sections and quotations name "§ 2" and "2.1". The document is written for this test.
 */
class DocxNumberingTest {

    private static final String NUMBERING = """
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:abstractNum w:abstractNumId="7">
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="§ %1"/></w:lvl>
                <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
                <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
              </w:abstractNum>
              <w:abstractNum w:abstractNumId="8">
                <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
              </w:abstractNum>
              <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
              <w:num w:numId="4"><w:abstractNumId w:val="8"/></w:num>
            </w:numbering>
            """;

    private static String p(String style, int numId, int ilvl, String text) {
        String num = numId == 0
                ? ""
                : "<w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>";
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + num + "</w:pPr><w:r><w:t>" + text
                + "</w:t></w:r></w:p>";
    }

    private static byte[] docx(boolean withNumbering) {
        String body = p("Title", 0, 0, "Auftragsverarbeitungsvertrag")
                + p("Heading1", 3, 0, "Gegenstand")
                + p("ListParagraph", 3, 1, "Der Auftragnehmer betreibt für den Auftraggeber die Lohnabrechnung.")
                + p("Heading1", 3, 0, "Weisungen")
                + p("ListParagraph", 3, 1, "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung.")
                + p("ListParagraph", 3, 1, "Weisungen erteilt der Auftraggeber in Textform, und zwar:")
                + p("ListParagraph", 3, 2, "per E-Mail,")
                + p("ListParagraph", 3, 2, "über das Kundenportal.")
                + p("Heading1", 3, 0, "Vertraulichkeit")
                + p("ListParagraph", 3, 1, "Die Beschäftigten sind zur Vertraulichkeit verpflichtet.")
                + p("ListParagraph", 4, 0, "Datenschutzverletzungen meldet der Auftragnehmer unverzüglich.");
        String document = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>" + body + "</w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(document.getBytes(StandardCharsets.UTF_8));
            if (withNumbering) {
                zip.putNextEntry(new ZipEntry("word/numbering.xml"));
                zip.write(NUMBERING.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void should_read_the_numbers_that_words_automatic_numbering_draws() {
        ImportResult r = DpaImporter.standard().importBytes(docx(true), SourceFormat.DOCX, "avv.docx");
        assertThat(r.getText())
                .contains("§ 1 Gegenstand")
                .contains("1.1 Der Auftragnehmer betreibt")
                .contains("§ 2 Weisungen")
                .contains("2.2 Weisungen erteilt")
                .contains("a) per E-Mail")
                .contains("b) über das Kundenportal")
                .contains("§ 3 Vertraulichkeit")
                .contains("3.1 Die Beschäftigten");
        assertThat(r.getSections())
                .extracting(SourceSpan::section)
                .anySatisfy(s -> assertThat(s).startsWith("§ 2"));
        // a bulleted list gets no number
        assertThat(r.getText()).doesNotContain("1 Datenschutzverletzungen").doesNotContain("• Datenschutz");
    }

    @Test
    void should_not_invent_numbers_without_a_numbering_part() {
        ImportResult r = DpaImporter.standard().importBytes(docx(false), SourceFormat.DOCX, "avv.docx");
        assertThat(r.getText()).doesNotContain("§ 1").doesNotContain("1.1 ");
    }
}
