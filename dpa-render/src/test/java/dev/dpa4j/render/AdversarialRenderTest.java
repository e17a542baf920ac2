/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Renders agreements whose free text is hostile (markup, entities, quotes, control characters,
 * right-to-left overrides, 10k-character words) and checks that nothing was injected: the HTML has only
 * the elements and attributes our writer produces and no link, script or event handler; the Markdown
 * has no link, image or raw HTML.
 */
@ExtendWith(InstancioExtension.class)
class AdversarialRenderTest {

    @RepeatedTest(15)
    void should_inject_no_markup_when_free_text_is_hostile() throws IOException {
        // given
        long seed = Instancio.create(Long.class);
        DataProcessingAgreement agreement = TestAgreements.adversarial(seed);
        Locale locale = seed % 2 == 0 ? Locale.GERMAN : Locale.ENGLISH;
        RenderOptions options = seed % 3 == 0
                ? RenderOptions.builder(locale)
                        .allowFallback(true)
                        .secondLanguage(locale.equals(Locale.GERMAN) ? Locale.ENGLISH : Locale.GERMAN)
                        .build()
                : RenderOptions.builder(locale)
                        .allowFallback(true)
                        .annexLayout(AnnexLayout.SCC_2021_915)
                        .build();

        // when
        String html = render(HtmlRenderer.create(), agreement, options);
        String markdown = render(MarkdownRenderer.create(), agreement, options);
        String text = render(TextRenderer.create(), agreement, options);

        // then
        assertThat(MarkupCheck.unexpectedInHtml(html)).as("seed %d", seed).isEmpty();
        assertThat(MarkupCheck.injectedInMarkdown(markdown)).as("seed %d", seed).isEmpty();
        assertThat(text).doesNotContain("\u0000").doesNotContain("\u001b");
    }

    private static String render(DocumentRenderer renderer, DataProcessingAgreement agreement, RenderOptions options)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(agreement, options, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
