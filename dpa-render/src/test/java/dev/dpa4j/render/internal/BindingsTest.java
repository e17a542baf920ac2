/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which spaces a line must not break at: a legal reference word and its number stay together. */
class BindingsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "§_126b BGB",
                "(§_126b BGB)",
                "§§_17 bis 19",
                "nach Art._28 DSGVO",
                "gemäß (Art._46 Abs. 2",
                "Art. 46 Abs._2",
                "Abs. 3 lit._a",
                "Buchst._c",
                "Nr._4",
                "under Clause_7.6",
                "Klausel_13",
                "see Annex_II",
                "Anlage_3",
                "Article_28(3)",
                "„Anlage_2“",
                "Table_3",
                "vom 14._September 2026",
                "on 1_May 2026",
                "am 3._März"
            })
    void should_keep_a_reference_word_with_its_number(String text) {
        assertThat(keeps(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Gegenstand und Art_wie",
                "the Annex_is",
                "the Clause_applies",
                "Section_headings",
                "Annex_Information",
                "Verarbeitung_§",
                "Auftragsverarbeiter_28",
                "Art.:_vertraglich",
                "Anlage_zum Vertrag",
                "Nummer 14._Sonstiges",
                "2021_September",
                "14._Mais"
            })
    void should_let_an_ordinary_space_break(String text) {
        assertThat(keeps(text)).as(text).isFalse();
    }

    /** Whether the space written as "_" binds the words around it. */
    private static boolean keeps(String marked) {
        int space = marked.indexOf('_');
        String text = marked.replace('_', ' ');
        int from = text.lastIndexOf(' ', space - 1) + 1;
        int nextEnd = text.indexOf(' ', space + 1);
        return Bindings.keepTogether(text, from, space, space + 1, nextEnd < 0 ? text.length() : nextEnd);
    }
}
