/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.DocumentMetadata;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Title;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plain-text title is followed by exactly one blank line, with or without subtitles (the change notice has none). */
class TextTitleSpacingTest {

    private static String text(Block... blocks) throws IOException {
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
                List.of(blocks));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TextRenderer.create().write(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_leave_one_blank_line_after_the_underline_when_the_title_has_no_subtitles() throws IOException {
        // when
        String text = text(new Title("Notice", List.of()), Paragraph.text("Body."));

        // then
        assertThat(text).startsWith("Notice\n======\n\nBody.\n");
    }

    @Test
    void should_leave_one_blank_line_after_the_subtitles_when_the_title_has_them() throws IOException {
        // when
        String text = text(new Title("Agreement", List.of("Version 1")), Paragraph.text("Body."));

        // then
        assertThat(text).startsWith("Agreement\n=========\n\nVersion 1\n\nBody.\n");
    }
}
