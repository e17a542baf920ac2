/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code DOC_UNDEFINED_TERM}'s {@link DocumentRules.DefinedTerms#isDefinedUncached}, a look-up of the term and its
 * beginnings and one search of all defined terms together, answers as the comparison with each defined term that it
 * replaces (issue #14).
 */
class DefinedTermsTest {

    private static final List<String> PARTS = List.of(
            "kunde",
            "Kunde",
            "n",
            "en",
            "s",
            "haupt",
            "vertrag",
            "Vertrag",
            "vereinbarung",
            "leistungs",
            "main",
            " ",
            "contract",
            "Agreement",
            "terms",
            "ab",
            "a",
            "\u0000",
            "\u0130",
            "ä",
            "Ä",
            "ß",
            "-",
            "\uD835\uDC00");

    /** The comparison with each defined term, as {@code DOC_UNDEFINED_TERM} made it before. */
    private static boolean byLoop(String term, Set<String> defined) {
        String lower = term.toLowerCase(Locale.ROOT);
        for (String d : defined) {
            if (d.equals(lower)
                    || (lower.startsWith(d) && lower.length() - d.length() <= 2 && d.length() >= 4)
                    || (d.length() > lower.length() && d.contains(lower))) {
                return true;
            }
        }
        return false;
    }

    private static String word(Random random, int maxParts) {
        StringBuilder word = new StringBuilder();
        int parts = random.nextInt(maxParts + 1);
        for (int p = 0; p < parts; p++) {
            word.append(PARTS.get(random.nextInt(PARTS.size())));
        }
        return word.toString();
    }

    @Test
    void should_answer_as_the_comparison_with_each_defined_term_when_searched_together() {
        Random random = new Random(14);
        int defined = 0;
        for (int round = 0; round < 3_000; round++) {
            Set<String> terms = new HashSet<>();
            int size = random.nextInt(12);
            for (int t = 0; t < size; t++) {
                String term = word(random, 4).toLowerCase(Locale.ROOT);
                if (!term.isEmpty()) {
                    terms.add(term); // definedTerms removes the empty term
                }
            }
            DocumentRules.DefinedTerms fast = new DocumentRules.DefinedTerms(terms);
            for (int q = 0; q < 30; q++) {
                // terms drawn from the defined ones (whole, cut, inflected, in capitals) and at random
                String term;
                List<String> list = List.copyOf(terms);
                if (!list.isEmpty() && random.nextBoolean()) {
                    String d = list.get(random.nextInt(list.size()));
                    int from = random.nextInt(d.length() + 1);
                    int to = from + random.nextInt(d.length() - from + 1);
                    term = d.substring(random.nextBoolean() ? 0 : from, to) + word(random, 1);
                    if (random.nextBoolean()) {
                        term = term.toUpperCase(Locale.ROOT);
                    }
                } else {
                    term = word(random, 3);
                }
                boolean expected = byLoop(term, terms);
                assertThat(fast.isDefinedUncached(term))
                        .as("term '%s' of %s", term, terms)
                        .isEqualTo(expected);
                assertThat(fast.isDefined(term)).isEqualTo(expected);
                defined += expected ? 1 : 0;
            }
        }
        assertThat(defined).as("terms found defined").isBetween(10_000, 80_000);
    }
}
