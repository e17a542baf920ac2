/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The text scan finds, at its stops on "th" and "Th", the places where {@code DOC_UNDEFINED_TERM} tries its English
 * terms: the same places as {@link DocumentRules#englishTermStarts}'s searches of the text for "the" and "The", in every
 * text that holds "the " or "The " (issue #14).
 */
class EnglishTermStartsTest {

    private static final List<String> SEPARATORS = List.of(" ", " ", "", "  ", "\n", "\t", ". ", ", ", "-", "\u00A0");

    private static List<String> tokens() {
        List<String> tokens = new ArrayList<>(List.of(
                "the",
                "The",
                "THE",
                "th",
                "Th",
                "he",
                "e",
                "t",
                "T",
                "other",
                "There",
                "bathe",
                "the\n",
                "the\u000B",
                "Main",
                "Service",
                "Order",
                "Form",
                "Agreement",
                "Contract",
                "Terms",
                "Statement",
                "of",
                "Work",
                "Customer",
                "Client",
                "Supplier",
                "Vendor",
                "Provider",
                "Contractor",
                "Company",
                "EEA",
                "data",
                "\u00F4he",
                "t\u00E8e",
                "\u00D4h",
                "\uD835\uDC00",
                "Ähnlich",
                "die",
                "der"));
        return tokens;
    }

    @Test
    void should_find_the_places_a_search_for_the_finds_when_found_by_the_scan() {
        List<String> tokens = tokens();
        Random random = new Random(14);
        int withThe = 0;
        int withStarts = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20);
            for (int t = 0; t < length; t++) {
                text.append(tokens.get(random.nextInt(tokens.size())));
                text.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
            String translation = text.toString();
            boolean holdsThe = translation.contains("the ") || translation.contains("The ");
            ClauseWording alone = new ClauseWording(translation);
            assertThat(alone.hasAny(ClauseWording.THE)).as(translation).isEqualTo(holdsThe);
            for (boolean withNames : new boolean[] {false, true}) {
                TextScan scan = TextScan.of(translation, withNames, true);
                ClauseWording inRun = new ClauseWording(translation, scan);
                assertThat(inRun.hasAny(ClauseWording.THE)).as(translation).isEqualTo(holdsThe);
                if (holdsThe) {
                    assertThat(inRun.englishTermStarts())
                            .as(translation)
                            .containsExactly(DocumentRules.englishTermStarts(translation));
                } else {
                    assertThat(scan.englishTermStarts()).as(translation).isNull();
                }
            }
            if (holdsThe) {
                withThe++;
                int[] expected = DocumentRules.englishTermStarts(translation);
                assertThat(alone.englishTermStarts()).as(translation).containsExactly(expected);
                withStarts += expected.length > 0 ? 1 : 0;
            }
        }
        assertThat(withThe).isGreaterThan(5_000);
        assertThat(withStarts).isGreaterThan(1_000);
    }
}
