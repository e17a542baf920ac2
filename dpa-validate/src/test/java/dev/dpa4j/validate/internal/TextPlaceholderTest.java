/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Text#isPlaceholder} answers most texts without a lower-case copy (issue #14); it must answer
 * exactly as the definition: the stripped lower-case text is a placeholder word or contains a
 * placeholder form.
 */
class TextPlaceholderTest {

    /** The definition, written plainly (as the method was before the shortcut). */
    private static final Pattern FORMS = Pattern.compile("\\[\\[.*]]|\\[[^\\]]*]|\\{\\{.*}}|<[^>]+>|…", Pattern.DOTALL);

    private static final Set<String> WORDS = Set.of("tbd", "tba", "xxx", "n/a", "na", "todo", "-", "?");

    private static boolean definition(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return WORDS.contains(t) || FORMS.matcher(t).find();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "TBD",
                " tbd ",
                "\u2003ToDo\u2003",
                "n/A",
                "?",
                " - ",
                "[Firma]",
                "{{name}}",
                "<Name>",
                "siehe …",
                "Acme [[x]] GmbH",
                "\ttba\n"
            })
    void should_find_a_placeholder_when_the_text_is_one(String text) {
        assertThat(Text.isPlaceholder(text)).isTrue().isEqualTo(definition(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Acme GmbH", "todos", " n/a. ", "İİİİİ", "tbd!", "a [b", "x > y", "Hosting", "\u2003na na\u2003"
            })
    void should_find_no_placeholder_when_the_text_is_none(String text) {
        assertThat(Text.isPlaceholder(text)).isFalse().isEqualTo(definition(text));
    }

    @Test
    void should_answer_as_the_definition_when_texts_are_random() {
        // given: short and long mixes of letters, placeholder characters and all kinds of white space
        String alphabet = "tbdaxno/?-TBDAXNO [ ]{}<>…\t\n\u00A0\u2003\u3000İıé\uD83D\uDE00";
        Random random = new Random(14);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 10 == 0 ? 40 : 8);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();

            // when / then
            assertThat(Text.isPlaceholder(t)).as("'%s'", t).isEqualTo(definition(t));
        }
    }
}
