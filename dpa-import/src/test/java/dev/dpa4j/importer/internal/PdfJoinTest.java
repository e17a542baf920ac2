/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Joining the lines of a PDF's text layer (#16, round 8): a word broken at a line end by the typographic hyphen
 * (U+2010) or a soft hyphen (U+00AD), as browsers print them, is joined like one broken by "-"; a compound left open
 * before "and" keeps its hyphen, and a line ending in another character is joined with a space.
 */
class PdfJoinTest {

    private static String join(String first, String next) {
        StringBuilder b = new StringBuilder(first);
        PdfLayout.join(b, next);
        return b.toString();
    }

    @Test
    void should_join_a_word_broken_by_a_typographic_or_soft_hyphen() {
        assertThat(join("within the adminis\u2010", "tration console")).isEqualTo("within the administration console");
        assertThat(join("within the adminis\u00AD", "tration console")).isEqualTo("within the administration console");
    }

    @Test
    void should_not_join_an_open_compound_or_a_finished_line() {
        assertThat(join("Auftrags\u2010", "und Unterauftragsverarbeiter"))
                .isEqualTo("Auftrags- und Unterauftragsverarbeiter");
        assertThat(join("the console", "tration")).isEqualTo("the console tration");
    }
}
