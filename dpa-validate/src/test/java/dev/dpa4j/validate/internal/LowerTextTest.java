/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.FreeTexts;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.json.DpaJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link Text#lower(LocalizedText)}, one pass with a table where every character is below U+0100, gives what the
 * join and {@link String#toLowerCase} in the root locale gave ({@link Text#lowerJoined}), issue #14.
 */
class LowerTextTest {

    private static void assertSame(LocalizedText text) {
        assertThat(Text.lower(text))
                .as(text.getTranslations().toString())
                .isEqualTo(Text.lowerJoined(text.getTranslations().values()));
    }

    @Test
    void should_lower_every_character_as_the_root_locale_lowers_it() {
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate(c)) {
                assertSame(LocalizedText.plain("A" + c + "Z"));
                assertSame(LocalizedText.plain(String.valueOf(c)));
            }
        }
        assertSame(LocalizedText.plain("\ud83d\ude00 \ud801\udc00"));
    }

    @Test
    void should_lower_the_characters_that_lower_to_two_or_by_their_neighbours_as_before() {
        // "İ" lowers to two characters, a final "Σ" to "ς": the text is lowered as a whole, as before
        assertThat(Text.lower(LocalizedText.plain("\u0130X"))).isEqualTo("i\u0307x");
        assertThat(Text.lower(LocalizedText.plain("\u039f\u03a3 \u03a3\u039f"))).isEqualTo("\u03bf\u03c2 \u03c3\u03bf");
        assertThat(Text.lower(LocalizedText.of(Map.of("de", "Straße ÄÖÜ", "en", "ÀÉÎ Œ"))))
                .isEqualTo("straße äöü\nàéî œ");
        assertSame(LocalizedText.of(Map.of("de", "ÄÖÜ", "en", "İ")));
        assertSame(LocalizedText.of(Map.of("de", "Σ", "en", "ÄÖÜ")));
    }

    @Test
    void should_join_the_translations_with_a_line_break_in_their_order() {
        LocalizedText three = LocalizedText.of(new TreeMap<>(Map.of("de", "Eins", "en", "TWO", "fr", "Trois")));
        assertThat(Text.lower(three)).isEqualTo("eins\ntwo\ntrois");
        assertThat(Text.lower(LocalizedText.of(Map.of("de", "\n", "en", "X")))).isEqualTo("\n\nx");
    }

    @Test
    void should_lower_every_text_of_the_examples_and_generated_agreements_as_before() {
        List<LocalizedText> texts = new ArrayList<>();
        for (String example : List.of("jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de")) {
            FreeTexts.operative(
                    DpaJson.read(ScaledAgreements.example("examples/" + example + ".json")),
                    (path, text) -> texts.add(text));
        }
        for (long seed = 0; seed < 200; seed++) {
            FreeTexts.operative(
                    seed % 2 == 0 ? AgreementGenerator.agreement(seed) : AgreementGenerator.adversarialAgreement(seed),
                    (path, text) -> texts.add(text));
        }
        assertThat(texts).hasSizeGreaterThan(5_000);
        int beyondLatin1 = 0;
        for (LocalizedText text : texts) {
            assertSame(text);
            beyondLatin1 +=
                    String.join("", text.getTranslations().values()).chars().anyMatch(c -> c >= 256) ? 1 : 0;
        }
        // texts of Latin-1 only and texts with quotes, dashes or other characters beyond it are both among them
        assertThat(beyondLatin1).isPositive().isLessThan(texts.size());
    }

    @Test
    void should_lower_random_texts_of_several_translations_as_before() {
        String[] parts = {
            "Stand der Technik",
            "ÄÖÜ",
            "ß",
            "ẞ",
            "İ",
            "Σ",
            "ς",
            "µ",
            "ÿ",
            "Ÿ",
            "\u00c0",
            "\u0130",
            "\u2013",
            "„",
            "“",
            "\ud83d\ude00",
            "\ud801\udc00",
            " ",
            "\n",
            "\t",
            "\u00a0",
            "A",
            "z",
            "0",
            "{",
            "§"
        };
        String[] languages = {"de", "en", "fr", "und"};
        Random random = new Random(14);
        for (int n = 0; n < 30_000; n++) {
            Map<String, String> translations = new TreeMap<>();
            int count = 1 + random.nextInt(3);
            for (int t = 0; t < count; t++) {
                StringBuilder text = new StringBuilder();
                int words = 1 + random.nextInt(6);
                for (int w = 0; w < words; w++) {
                    text.append(parts[random.nextInt(parts.length)]);
                }
                translations.put(languages[random.nextInt(languages.length)], text.toString());
            }
            assertSame(LocalizedText.of(translations));
        }
    }
}
