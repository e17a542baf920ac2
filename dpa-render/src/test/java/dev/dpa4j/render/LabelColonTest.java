/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.FormatsTestSupport.example;
import static dev.dpa4j.render.FormatsTestSupport.options;
import static dev.dpa4j.render.FormatsTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A clause is a sentence, not a label and a value: "Notifications shall be addressed to X", not "… addressed to:
 * X". A colon stays only before a list ("by any of the following means: e-mail, letter").
 */
class LabelColonTest {

    /** A colon right after a verb or preposition of the sentence, before a placeholder: "is: {x}", "an: {x}". */
    private static final Pattern VERB_COLON =
            Pattern.compile("\\b(is|are|to|on|covers|ist|sind|an|auf|umfasst|gilt|benannt|appointed):\\s*\\{");

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void should_write_no_clause_that_puts_a_colon_between_its_verb_and_its_object(String language) throws IOException {
        // when
        List<String> offending = new ArrayList<>();
        Properties clauses = clauses(language);
        for (String key : clauses.stringPropertyNames()) {
            // an annotation in parentheses after an annex entry ("(applies to: booking portal)") is a label, not a
            // sentence; the importer reads it back by that label
            String text = clauses.getProperty(key);
            if (!text.startsWith("(") && VERB_COLON.matcher(text).find()) {
                offending.add(key + "=" + clauses.getProperty(key));
            }
        }

        // then
        assertThat(offending).isEmpty();
    }

    @Test
    void should_find_a_colon_after_a_verb_and_keep_one_before_a_list() {
        // the pattern itself, on sentences of our own
        assertThat(VERB_COLON.matcher("The contact person is: {name}.").find()).isTrue();
        assertThat(VERB_COLON
                        .matcher("Rechnungen sind zu senden an: {address}.")
                        .find())
                .isTrue();
        assertThat(VERB_COLON
                        .matcher("Reports may be sent by any of the following means: {channels}.")
                        .find())
                .isFalse();
        assertThat(VERB_COLON
                        .matcher("Berichte gehen auf einem der folgenden Wege zu: {channels}.")
                        .find())
                .isFalse();
    }

    @Test
    void should_continue_the_sentence_when_rendering_the_scope_and_the_breach_contact() {
        // when
        String english = new String(
                render(TextRenderer.create(), example("larkspur-dpa-en"), options(Locale.ENGLISH)),
                StandardCharsets.UTF_8);
        String german = new String(
                render(TextRenderer.create(), example("larkspur-dpa-en"), options(Locale.GERMAN)),
                StandardCharsets.UTF_8);

        // then: the author's "Every item …" continues our sentence in lower case; a name keeps its capital
        assertThat(flat(english))
                .contains("The processing covers every item of personal data")
                .contains("Notifications shall be addressed to Tulpenveld Privacy Office")
                .doesNotContain("covers:")
                .doesNotContain("addressed to:");
        assertThat(flat(german))
                .contains("Die Verarbeitung umfasst alle personenbezogenen Daten")
                .contains("Meldungen sind zu richten an Datenschutzbüro von Tulpenveld")
                .doesNotContain("umfasst:")
                .doesNotContain("richten an:");
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static Properties clauses(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelColonTest.class.getResourceAsStream(
                "/dev/dpa4j/render/clauses/clauses_" + language + ".properties")) {
            assertThat(in).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
