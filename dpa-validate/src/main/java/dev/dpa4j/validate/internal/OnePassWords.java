/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Up to 64 words, each of two or more characters, found in a text in one pass: {@link #find} tells which of them the
 * text holds, as {@code text.contains(word)} of each would. The pass looks at each pair of neighbouring characters
 * (their lower seven bits) in one table and compares only the words that hold such a pair, each at the place where
 * it would begin. A rule that asked one sentence for some sixty words searched it sixty times
 * ({@code X_FORM_CONSISTENCY}, issue #14).
 *
 * <p>Each word is looked up by its rarest pair of letters ({@link #LETTERS_BY_FREQUENCY}), not its first: "er", "te",
 * "un", "re", "in" begin many of the words and occur everywhere. On the sentences {@code X_FORM_CONSISTENCY} reads in
 * the Jomoco example the pass stops at 234 pairs of 2,537 instead of 440 (issue #14).
 */
final class OnePassWords {

    /** The characters below this one are ASCII. */
    private static final int ASCII = 128;

    /**
     * The letters by how often they occur in German and English text, most often first: a pair of two rarer letters is
     * rarer. White space counts as more frequent than every letter, every other character as rarer than most.
     */
    private static final String LETTERS_BY_FREQUENCY = "enisratdhulcgmobwfkzpvjyxq";

    private final String[] words;

    /** For each word, where the pair it is looked up by begins in it. */
    private final int[] offsets;

    /**
     * By the lower seven bits of a pair of characters (first × 128 + second): 1 + the place in {@link #candidates} of
     * the words that may begin with it, 0 where none does.
     */
    private final byte[] pairs = new byte[ASCII * ASCII];

    /** The bits of the words that begin with a pair of {@link #pairs}. */
    private final long[] candidates;

    /**
     * @param words distinct words of two or more characters, at most 64
     * @throws IllegalArgumentException otherwise
     */
    OnePassWords(List<String> words) {
        if (words.size() > Long.SIZE || words.stream().distinct().count() != words.size()) {
            throw new IllegalArgumentException("At most 64 distinct words: " + words);
        }
        this.words = words.toArray(new String[0]);
        this.offsets = new int[this.words.length];
        List<Long> masks = new ArrayList<>();
        for (int bit = 0; bit < this.words.length; bit++) {
            String word = this.words[bit];
            if (word.length() < 2) {
                throw new IllegalArgumentException("A word of one pass must have two or more characters: " + word);
            }
            int offset = rarestPair(word);
            offsets[bit] = offset;
            int pair = (word.charAt(offset) & (ASCII - 1)) * ASCII + (word.charAt(offset + 1) & (ASCII - 1));
            if (pairs[pair] == 0) {
                masks.add(0L);
                pairs[pair] = (byte) masks.size(); // at most 64 words, so at most 64 pairs
            }
            int k = pairs[pair] - 1;
            masks.set(k, masks.get(k) | (1L << bit));
        }
        this.candidates = masks.stream().mapToLong(Long::longValue).toArray();
    }

    /** Where the rarest pair of a word begins: the highest sum of {@link #rarity}, the first of equals. */
    static int rarestPair(String word) {
        int best = 0;
        int bestRarity = Integer.MIN_VALUE;
        for (int at = 0; at + 1 < word.length(); at++) {
            int rarity = rarity(word.charAt(at)) + rarity(word.charAt(at + 1));
            if (rarity > bestRarity) {
                best = at;
                bestRarity = rarity;
            }
        }
        return best;
    }

    /** How rare a character is: its place in {@link #LETTERS_BY_FREQUENCY}, -1 for white space, else 20. */
    private static int rarity(char c) {
        int place = LETTERS_BY_FREQUENCY.indexOf(c);
        return place >= 0 ? place : Character.isWhitespace(c) ? -1 : 20;
    }

    /**
     * The bits of some of the words ({@link #find}).
     *
     * @throws IllegalArgumentException if one of them is not among the words
     */
    long bits(List<String> some) {
        long bits = 0;
        List<String> all = Arrays.asList(words);
        for (String word : some) {
            int bit = all.indexOf(word);
            if (bit < 0) {
                throw new IllegalArgumentException("Not a word of this pass: " + word);
            }
            bits |= 1L << bit;
        }
        return bits;
    }

    /** The bits of the words the text holds, in the order the words were given: bit k for the k-th word. */
    long find(String text) {
        int length = text.length();
        if (length < 2) {
            return 0;
        }
        long found = 0;
        byte[] table = pairs;
        int previous = (text.charAt(0) & (ASCII - 1)) << 7;
        for (int i = 1; i < length; i++) {
            int c = text.charAt(i) & (ASCII - 1);
            int k = table[previous | c];
            previous = c << 7;
            if (k == 0) {
                continue; // most pairs
            }
            for (long bits = candidates[k - 1] & ~found; bits != 0; bits &= bits - 1) {
                int bit = Long.numberOfTrailingZeros(bits);
                // where the word begins if its pair is this one; false before the text's start or past its end
                if (text.startsWith(words[bit], i - 1 - offsets[bit])) {
                    found |= 1L << bit;
                }
            }
        }
        return found;
    }
}
