/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.render.internal.Escapes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The DOCX body is written as UTF-8 bytes in one pass (issue #14): a run's bytes are those of the text cleaned,
 * cut at tabs, line breaks and soft hyphens, escaped by {@link Escapes#xml} and encoded as a string would be.
 */
class DocxRunBytesTest {

    private static final String[] PIECES = {
        "a",
        "Z",
        " ",
        "  ",
        "Vertrag",
        "<",
        ">",
        "&",
        "\"",
        "'",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "\u0001",
        "\u001f",
        "\u007f",
        "\u0085",
        "\u009f",
        "\u00a0",
        "\u00ad",
        "ä",
        "ß",
        "\u07ff",
        "\u0800",
        "„",
        "“",
        "–",
        "§",
        "\u061b",
        "\u061c",
        "\u200e",
        "\u202e",
        "\u2066",
        "\ufffd",
        "\ufffe",
        "\uffff",
        "\uD83D\uDCC4",
        "\uD83D",
        "\uDCC4",
        "\u20ac"
    };

    @Test
    void should_write_the_bytes_of_the_escaped_text_when_texts_are_random() throws IOException {
        // given: texts of every kind of character the general path and the one-pass path decide on
        Random random = new Random(14);
        int plain = 0;
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            boolean bold = random.nextBoolean();
            String language = random.nextInt(3) == 0 ? "en-GB" : null;
            XmlBytes out = new XmlBytes(4);
            out.ascii("<w:p>");

            // when
            DocxWriter.run(out, null, bold, false, text.toString(), language);

            // then
            String expected = "<w:p>" + expectedRuns(text.toString(), bold, language);
            assertThat(string(out)).as("text %s", escapeJava(text.toString())).isEqualTo(expected);
            assertThat(bytes(out)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
            if (!expected.contains("</w:r><w:r>") && expected.contains("</w:t>")) {
                plain++;
            }
        }
        assertThat(plain).as("texts written as one run").isGreaterThan(500);
    }

    @Test
    void should_write_one_run_with_entities_when_the_text_has_no_tab_break_or_soft_hyphen() throws IOException {
        XmlBytes out = new XmlBytes(8);

        DocxWriter.run(out, null, false, true, "„A & B“ <§ 3>", null);

        assertThat(string(out)).isEqualTo("<w:r><w:rPr><w:i/></w:rPr><w:t>„A &amp; B“ &lt;§ 3&gt;</w:t></w:r>");
    }

    @Test
    void should_split_runs_and_drop_controls_when_the_text_has_a_tab_and_a_control() throws IOException {
        XmlBytes out = new XmlBytes(8);

        DocxWriter.run(out, "CitationChar", false, false, "§ 1\tZweck\u0007\u00ad", null);

        String props = "<w:r><w:rPr><w:rStyle w:val=\"CitationChar\"/></w:rPr>";
        assertThat(string(out))
                .isEqualTo(props + "<w:t>§ 1</w:t></w:r>" + props + "<w:tab/></w:r>" + props + "<w:t>Zweck</w:t></w:r>"
                        + props + "<w:softHyphen/></w:r>");
    }

    @Test
    void should_keep_spaces_only_when_the_text_begins_or_ends_with_one_or_holds_two_in_a_row() throws IOException {
        XmlBytes out = new XmlBytes(8);

        DocxWriter.run(out, null, false, false, "Seite ", null);
        DocxWriter.run(out, null, false, false, " von", null);
        DocxWriter.run(out, null, false, false, "a  b", null);
        DocxWriter.run(out, null, false, false, "a b\t c", null);

        assertThat(string(out))
                .isEqualTo(
                        "<w:r><w:t xml:space=\"preserve\">Seite </w:t></w:r>"
                                + "<w:r><w:t xml:space=\"preserve\"> von</w:t></w:r>"
                                + "<w:r><w:t xml:space=\"preserve\">a  b</w:t></w:r>"
                                + "<w:r><w:t>a b</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space=\"preserve\"> c</w:t></w:r>");
    }

    @Test
    void should_append_nothing_when_the_text_is_empty_once_cleaned() throws IOException {
        XmlBytes out = new XmlBytes(8);
        out.ascii("<w:p>");

        DocxWriter.run(out, null, true, false, "\u200e\u0001\uD83D", "de-DE");
        DocxWriter.run(out, null, true, false, "", "de-DE");

        assertThat(string(out)).isEqualTo("<w:p>");
    }

    @Test
    void should_encode_markup_as_utf8_when_a_name_is_not_ascii() throws IOException {
        XmlBytes out = new XmlBytes(2);

        out.ascii("<w:lang w:val=\"").ascii("dé-€").ascii("\"/>");

        assertThat(string(out)).isEqualTo("<w:lang w:val=\"dé-€\"/>");
        assertThat(out.endsWith(XmlBytes.bytes("\"/>"))).isTrue();
        assertThat(out.endsWith(XmlBytes.bytes("</w:p>"))).isFalse();
    }

    /** The runs as the string-building writer made them: clean, cut, escape each piece with Escapes.xml. */
    private static String expectedRuns(String text, boolean bold, @Nullable String language) {
        String start = "<w:r>";
        if (bold || language != null) {
            start += "<w:rPr>" + (bold ? "<w:b/>" : "")
                    + (language != null ? "<w:lang w:val=\"" + language + "\"/>" : "") + "</w:rPr>";
        }
        String clean = Escapes.clean(text);
        StringBuilder out = new StringBuilder();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i <= clean.length(); i++) {
            char c = i < clean.length() ? clean.charAt(i) : '\0';
            if (i == clean.length() || c == '\t' || c == '\n' || c == '\u00ad') {
                if (piece.length() > 0) {
                    String p = piece.toString();
                    boolean kept = p.startsWith(" ") || p.endsWith(" ") || p.contains("  ");
                    out.append(start).append(kept ? "<w:t xml:space=\"preserve\">" : "<w:t>");
                    out.append(Escapes.xml(p));
                    out.append("</w:t></w:r>");
                    piece.setLength(0);
                }
                if (c == '\t') {
                    out.append(start).append("<w:tab/></w:r>");
                } else if (c == '\n') {
                    out.append(start).append("<w:br/></w:r>");
                } else if (c == '\u00ad') {
                    out.append(start).append("<w:softHyphen/></w:r>");
                }
            } else {
                piece.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] bytes(XmlBytes out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.writeTo(bytes);
        return bytes.toByteArray();
    }

    private static String string(XmlBytes out) throws IOException {
        return new String(bytes(out), StandardCharsets.UTF_8);
    }

    private static String escapeJava(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c > 0x7e ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : c);
        }
        return out.toString();
    }
}
