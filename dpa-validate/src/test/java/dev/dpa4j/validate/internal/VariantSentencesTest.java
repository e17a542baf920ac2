/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code DOC_TERM_VARIANTS} cuts a text only around the other words for a sub-processor
 * ({@link DocumentRules#variantSentences}) and reads the same sentences as when it cut the whole text and searched each
 * sentence's lower case for each word (issue #14).
 */
class VariantSentencesTest {

    private static final List<String> SEPARATORS =
            List.of(" ", " ", "", "  ", "\n", ". ", "! ", "? ", "; ", ";", ".", ".\n ", ", ", "-", "\u00A0", "\t");

    private static List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        for (String word : DocumentRules.SUBPROCESSOR_VARIANTS) {
            tokens.add(word);
            tokens.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            tokens.add(word.toUpperCase(Locale.ROOT));
            tokens.add(word.substring(0, word.length() / 2));
            tokens.add(word.substring(word.length() / 2));
        }
        tokens.addAll(DocumentRules.SUBPROCESSOR_TERMS);
        // İ lowers to two characters, Σ to a final or a medial sigma, K (Kelvin) to k; quotation marks and letters
        tokens.addAll(List.of(
                "\u0130",
                "\u03A3",
                "\u0391\u03A3",
                "\u212A",
                "„",
                "“",
                "\"",
                "Sub",
                "sub",
                "ab",
                "Der",
                "the",
                "ä",
                "\uD835\uDC00",
                "."));
        return tokens;
    }

    /** The sentences DOC_TERM_VARIANTS read before: every sentence whose lower case holds one of the words. */
    private static List<String> byEverySentence(String text) {
        List<String> read = new ArrayList<>();
        for (String sentence : ClauseWording.sentences(text, true)) {
            String s = sentence.toLowerCase(Locale.ROOT);
            if (DocumentRules.SUBPROCESSOR_VARIANTS.stream().anyMatch(s::contains)) {
                read.add(sentence);
            }
        }
        return read;
    }

    @Test
    void should_read_the_sentences_with_the_words_when_cut_only_around_them() {
        List<String> tokens = tokens();
        Random random = new Random(14);
        int withWords = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int t = 0; t < length; t++) {
                text.append(tokens.get(random.nextInt(tokens.size())));
                text.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
            String translation = text.toString();
            ClauseWording wording = new ClauseWording(translation);
            List<String> expected = byEverySentence(translation);
            // DOC_TERM_VARIANTS cuts only texts that hold one of the words
            if (!wording.holdsAny(ClauseWording.SUBPROCESSOR_VARIANTS)) {
                assertThat(expected).as(translation).isEmpty();
                continue;
            }
            withWords++;
            List<String> read = DocumentRules.variantSentences(translation, wording);
            List<String> readWithWords = new ArrayList<>();
            for (String sentence : read) {
                String s = sentence.toLowerCase(Locale.ROOT);
                if (DocumentRules.SUBPROCESSOR_VARIANTS.stream().anyMatch(s::contains)) {
                    readWithWords.add(sentence);
                }
            }
            assertThat(readWithWords).as(translation).isEqualTo(expected);
            if (wording.lower().length() == translation.length()) {
                assertThat(read).as(translation).isEqualTo(expected);
            }
        }
        assertThat(withWords).isGreaterThan(10_000);
    }
}
