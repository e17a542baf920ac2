/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DpaConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClauseLibraryTest {

    @Test
    void should_have_same_keys_when_comparing_german_and_english() {
        // given
        ClauseLibrary library = ClauseLibrary.builtIn();

        // when / then
        assertThat(library.keys(Locale.GERMAN)).isEqualTo(library.keys(Locale.ENGLISH));
        assertThat(library.languages()).extracting(Locale::getLanguage).containsExactly("de", "en");
    }

    @Test
    void should_show_override_and_added_clause_in_every_format_when_library_is_customised() throws IOException {
        // given
        ClauseLibrary library = ClauseLibrary.builder()
                .override(Locale.GERMAN, "breach.notify.deadline.trigger", "Meldung {deadline} ({trigger}).")
                .add(Locale.GERMAN, "audits.extra.remote", "Überprüfungen finden vorrangig per Videokonferenz statt.")
                .build();
        DataProcessingAgreement agreement = TestAgreements.full();

        // when
        List<String> outputs = List.of(
                render(MarkdownRenderer.create(library), agreement),
                render(HtmlRenderer.create(library), agreement),
                render(TextRenderer.create(library), agreement));

        // then
        for (String output : outputs) {
            assertThat(output.replaceAll("\\s+", " "))
                    .contains(
                            "Meldung unverzüglich, spätestens jedoch innerhalb von 24 Stunden (nachdem ihm die Verletzung oder"
                                    + " der Verdacht bekannt")
                    .contains("Überprüfungen finden vorrangig per Videokonferenz statt.");
        }
    }

    @Test
    void should_render_new_language_when_whole_language_is_supplied() throws IOException {
        // given
        Map<String, String> french = new HashMap<>();
        ClauseLibrary.builtIn()
                .keys(Locale.ENGLISH)
                .forEach(k -> french.put(
                        k, ClauseLibrary.builtIn().text(Locale.ENGLISH, k).orElseThrow()));
        french.put("document.title", "Accord de sous-traitance");
        ClauseLibrary library =
                ClauseLibrary.builder().language(Locale.FRENCH, french).build();

        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarkdownRenderer.create(library)
                .render(
                        TestAgreements.full(),
                        RenderOptions.builder(Locale.FRENCH).allowFallback(true).build(),
                        out);

        // then
        assertThat(MarkdownRenderer.create(library).supportedLocales()).contains(Locale.FRENCH);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("# Accord de sous-traitance");
    }

    @Test
    void should_reject_override_when_key_is_unknown() {
        // given
        ClauseLibrary.Builder builder = ClauseLibrary.builder();

        // when / then
        assertThatThrownBy(() -> builder.override(Locale.GERMAN, "audits.noSuchClause", "x"))
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("audits.noSuchClause");
        assertThatThrownBy(() -> builder.add(Locale.GERMAN, "nosection.extra.x", "x"))
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("no section 'nosection'");
        assertThatThrownBy(() -> builder.language(Locale.FRENCH, Map.of("document.title", "x")))
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("lack");
    }

    @Test
    void should_fail_with_clause_key_when_override_uses_unknown_parameter() {
        // given
        ClauseLibrary library = ClauseLibrary.builder()
                .override(Locale.GERMAN, "audits.notice", "Frist: {typo}.")
                .build();

        // when / then
        assertThatThrownBy(() -> render(MarkdownRenderer.create(library), TestAgreements.full()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("audits.notice")
                .hasMessageContaining("{typo}");
    }

    private static String render(DocumentRenderer renderer, DataProcessingAgreement agreement) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(agreement, RenderOptions.of(Locale.GERMAN), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
