/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rendering example of the README, kept compiling and passing. */
class RenderingUsageExampleTest {

    @Test
    void should_render_german_html_with_english_side_by_side_when_following_the_readme() throws IOException {
        String json = DpaJson.write(TestAgreements.full());

        // README example starts
        DataProcessingAgreement agreement = DpaJson.read(json);
        RenderOptions options = RenderOptions.builder(Locale.GERMAN)
                .asOf(LocalDate.of(2026, 3, 1))
                .secondLanguage(Locale.ENGLISH) // bilingual, side by side in HTML
                .build();
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        HtmlRenderer.create().render(agreement, options, html);
        // README example ends

        String text = html.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("<!DOCTYPE html>")
                .contains("<td lang=\"de\">")
                .contains("<td lang=\"en\">")
                .contains("Stand: 1. März 2026")
                .contains("As of 1 March 2026")
                .contains("<svg");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        HtmlRenderer.create().render(agreement, options, again);
        assertThat(again.toByteArray()).isEqualTo(html.toByteArray());
    }
}
