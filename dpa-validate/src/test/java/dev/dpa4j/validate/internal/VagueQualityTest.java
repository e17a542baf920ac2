/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Text#vagueQuality(String)}, one pass of a window over the text moved by a table of the pairs that end the
 * phrases' windows, answers what the search of the whole text for each phrase in lexicon order answered (issue #14).
 */
class VagueQualityTest {

    /** The behaviour before the pass: the first phrase of the lexicon that the text contains. */
    private static Optional<String> reference(String lower) {
        for (String phrase : Text.VAGUE_QUALITY) {
            if (lower.contains(phrase)) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    private static void assertSame(String text) {
        assertThat(Text.vagueQuality(text)).as(text).isEqualTo(reference(text));
    }

    @Test
    void should_answer_the_first_phrase_in_lexicon_order_not_the_first_in_the_text() {
        String both = "state of the art and angemessen";
        assertThat(Text.vagueQuality(both)).isEqualTo(reference(both)).contains("angemessen");
        assertThat(Text.vagueQuality("geeignete maßnahmen nach stand der technik"))
                .contains("stand der technik");
        assertThat(Text.vagueQuality("industry-standard tls")).contains("industry-standard");
        assertThat(Text.vagueQuality("verschlüsselung mit aes-256")).isEmpty();
        assertThat(Text.vagueQuality("")).isEmpty();
        assertThat(Text.vagueQuality("s")).isEmpty();
        // a phrase at the very start and at the very end of the text
        assertSame("angemessen");
        assertSame("x angemessen");
        assertSame("branchenübliche schutzmaßnahmen");
        // characters outside ASCII whose lower seven bits are those of a phrase's first two ("ó" and "ô" share
        // them with "s" and "t", "ã" with "c")
        assertSame("\u00f3\u00f4and der technik");
        assertSame("s\u00f4and der technik stand der technik");
        assertSame("\u00e3ommercially reasonable");
        assertSame("\u0173\u0174 \u0100stand der technik");
        // a phrase cut short by the end of the text
        assertSame("stand der techni");
    }

    @Test
    void should_answer_what_the_searches_answered_for_every_text_of_the_examples_and_generated_agreements() {
        List<String> texts = SampleTexts.operativeLowered();
        assertThat(texts).hasSizeGreaterThan(5_000);
        int found = 0;
        for (String text : texts) {
            assertSame(text);
            found += reference(text).isPresent() ? 1 : 0;
        }
        assertThat(found).isPositive().isLessThan(texts.size());
    }

    @Test
    void should_answer_what_the_searches_answered_for_random_texts_of_phrases_and_their_parts() {
        List<String> parts = new ArrayList<>(Text.VAGUE_QUALITY);
        for (String phrase : Text.VAGUE_QUALITY) {
            parts.add(phrase.substring(0, phrase.length() - 1));
            parts.add(phrase.substring(1));
            parts.add(phrase.substring(0, 2));
            parts.add(phrase.toUpperCase(java.util.Locale.ROOT));
        }
        parts.addAll(List.of(
                " ",
                "  ",
                "\n",
                "der",
                "the",
                "st",
                "an",
                "\u00f3",
                "\u00f4",
                "\u00e3",
                "\u0100",
                "\u2013",
                "\ud83d\ude00"));
        Random random = new Random(14);
        int found = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(8);
            for (int w = 0; w < words; w++) {
                text.append(parts.get(random.nextInt(parts.size())));
            }
            assertSame(text.toString());
            found += reference(text.toString()).isPresent() ? 1 : 0;
        }
        assertThat(found).isBetween(1_000, 29_000);
    }

    @Test
    void should_read_a_localized_text_in_lower_case() {
        assertThat(Text.vagueQuality(LocalizedText.plain("Maßnahmen nach dem Stand der Technik")))
                .contains("stand der technik");
    }

    @Test
    void should_find_every_phrase_at_every_place_of_texts_of_every_length() {
        // the window moves by up to its length less one: each phrase, whole and cut short by one character, at every
        // place of fillers of every length up to two windows, of ASCII and of characters that share a phrase's lower
        // seven bits ("ó" = "s", "ô" = "t", "ü" as in the phrases), alone and after another phrase
        String[] fillers = {"x", " ", "e", "n", "\u00f3", "\u00f4", "\u00fc", "r "};
        for (String phrase : Text.VAGUE_QUALITY) {
            for (String part : List.of(phrase, phrase.substring(0, phrase.length() - 1))) {
                for (String filler : fillers) {
                    for (int before = 0; before <= 20; before++) {
                        for (int after = 0; after <= 3; after++) {
                            String text = filler.repeat(before) + part + filler.repeat(after);
                            assertSame(text);
                            assertSame("angemessen " + text);
                            assertSame(text + " state of the art");
                        }
                    }
                }
            }
        }
    }
}
