/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link OnePassWords} finds in one pass the words that a search of the text for each of them finds, and
 * {@code X_FORM_CONSISTENCY}'s sentences are read with it as with the searches it replaces (issue #14).
 */
class OnePassWordsTest {

    private static final List<String> SEPARATORS = List.of(" ", "", "", "  ", "\n", ".", ",", "-", "\u00A0");

    /** Texts of the words, their parts, their capitals and characters whose lower seven bits are a letter's. */
    private static List<String> texts(List<String> words, long seed, int count) {
        List<String> tokens = new ArrayList<>();
        for (String word : words) {
            tokens.add(word);
            tokens.add(word.substring(0, word.length() / 2 + 1));
            tokens.add(word.substring(word.length() / 2));
            tokens.add(word.toUpperCase(Locale.ROOT));
        }
        // "ä" (U+00E4), "ü" (U+00FC), "Ω" (U+03A9) and "ġ" (U+0121) share their lower seven bits with "d", "|", ")",
        // "!"; "ſ" (U+017F) with DEL; a supplementary letter
        tokens.addAll(List.of("ä", "ü", "Ω", "ġ", "ſ", "d", "n", "\uD835\uDC00", "e", "s", "i", "x"));
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int t = 0; t < length; t++) {
                text.append(tokens.get(random.nextInt(tokens.size())));
                text.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    void should_find_the_words_a_search_of_the_text_for_each_finds_when_found_in_one_pass() {
        OnePassWords pass = PartyRules.SENTENCE_WORDS;
        List<String> words = new ArrayList<>();
        for (int bit = 0; bit < Long.SIZE; bit++) {
            // the words in the order of their bits: each word's bit alone
            for (String candidate : allSentenceWords()) {
                if (pass.bits(List.of(candidate)) == 1L << bit) {
                    words.add(candidate);
                }
            }
        }
        assertThat(words).hasSize(allSentenceWords().size());
        int[] found = new int[words.size()];
        for (String text : texts(words, 12, 20_000)) {
            long bits = pass.find(text);
            for (int bit = 0; bit < words.size(); bit++) {
                boolean expected = text.contains(words.get(bit));
                assertThat((bits & (1L << bit)) != 0)
                        .as(words.get(bit) + " in " + text)
                        .isEqualTo(expected);
                found[bit] += expected ? 1 : 0;
            }
            assertThat(bits >>> words.size()).isZero();
        }
        for (int bit = 0; bit < words.size(); bit++) {
            assertThat(found[bit]).as(words.get(bit)).isGreaterThan(100);
        }
    }

    @Test
    void should_read_the_same_form_of_a_sentence_as_the_searches_for_each_word() {
        List<String> words = allSentenceWords();
        int written = 0;
        int text = 0;
        for (String sentence : texts(words, 13, 20_000)) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            boolean expectedWritten = lower.contains("schriftlich")
                    || lower.contains("schriftform")
                    || ((lower.contains("in writing") || lower.contains("written"))
                            && java.util.regex.Pattern.compile("\\bin writing\\b|\\bwritten\\b")
                                    .matcher(lower)
                                    .find());
            boolean expectedText =
                    Text.containsAny(lower, List.of("textform", "text form", "e-mail", "email", "per mail", "by mail"));
            int expected = (expectedWritten ? PartyRules.WRITTEN : 0) | (expectedText ? PartyRules.TEXT_FORM : 0);
            assertThat(PartyRules.formRequired(lower)).as(lower).isEqualTo(expected);
            written += expectedWritten ? 1 : 0;
            text += expectedText ? 1 : 0;
        }
        assertThat(written).isGreaterThan(1_000);
        assertThat(text).isGreaterThan(1_000);
    }

    @Test
    void should_look_a_word_up_by_its_rarest_pair_and_find_it_at_either_end_of_a_text() {
        // "ft" of "schriftlich", "wr" of "in writing", "-m" of "e-mail" (a character that is not a letter counts as
        // rare), "ab" the only pair; the first of equally rare pairs
        assertThat(OnePassWords.rarestPair("schriftlich")).isEqualTo(5);
        assertThat(OnePassWords.rarestPair("in writing")).isEqualTo(3);
        assertThat(OnePassWords.rarestPair("ab")).isZero();
        assertThat(OnePassWords.rarestPair("e-mail")).isEqualTo(1);
        OnePassWords pass = PartyRules.SENTENCE_WORDS;
        for (String word : allSentenceWords()) {
            long bit = pass.bits(List.of(word));
            int pair = OnePassWords.rarestPair(word);
            String tail = word.substring(pair); // its pair at the text's start, the word's beginning before it
            String head = word.substring(0, pair + 2); // its pair at the text's end, the word's end after it
            for (String text :
                    List.of(word, "x" + word, word + "x", " " + word + " ", tail, head, tail + word, word + head)) {
                assertThat((pass.find(text) & bit) != 0)
                        .as(word + " in " + text)
                        .isEqualTo(text.contains(word));
            }
        }
    }

    @Test
    void should_refuse_a_word_of_one_character_a_repeated_word_and_more_than_64_words() {
        assertThatThrownBy(() -> new OnePassWords(List.of("ab", "c"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OnePassWords(List.of("ab", "ab"))).isInstanceOf(IllegalArgumentException.class);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            many.add("w" + i);
        }
        assertThatThrownBy(() -> new OnePassWords(many)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OnePassWords(List.of("ab")).bits(List.of("cd")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The words of {@link PartyRules#SENTENCE_WORDS}, as the rule's lists give them. */
    private static List<String> allSentenceWords() {
        return PartyRules.sentenceWords();
    }
}
