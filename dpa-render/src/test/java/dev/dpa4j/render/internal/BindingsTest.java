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
                "am 3._März",
                "vom 14. September_2026",
                "from 1 January_2027.",
                "im März_2027,",
                "Telefon +49_30 1234 567",
                "Telefon +49 30_1234 567",
                "Telefon +49 30 1234_567.",
                "phone +1 503 555_0100, https",
                "(030_1234 567)",
                "IBAN DE89_3704 0044 0532 0130 00",
                "IBAN DE89 3704 0044 0532 0130_00",
                "bis 10_000 EUR"
            })
    void should_keep_a_reference_word_with_its_number(String text) {
        assertThat(keeps(text)).as(text).isTrue();
    }

    /**
     * Every entry of the lists, so that rejecting a word by its first character and length (issue #14) never
     * rejects one of them.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "§_1",
                "§§_1",
                "Art._1",
                "Arts._1",
                "Artt._1",
                "Abs._1",
                "lit._b",
                "Buchst._b",
                "Nr._1",
                "Nrn._1",
                "Ziff._1",
                "UAbs._1",
                "Rn._1",
                "Kap._1",
                "No._1",
                "para._1",
                "Sec._1",
                "Article_1",
                "Articles_1",
                "Artikel_1",
                "Clause_1",
                "Clauses_1",
                "Klausel_1",
                "Klauseln_1",
                "Annex_I",
                "Anlage_1",
                "Anhang_1",
                "Section_1",
                "Schedule_1",
                "Abschnitt_1",
                "Ziffer_1",
                "Paragraph_1",
                "Absatz_1",
                "Table_1",
                "Tabelle_1",
                "1._Januar",
                "1._Jänner",
                "1._Februar",
                "1._April",
                "1._Mai",
                "1._Juni",
                "1._Juli",
                "1._August",
                "1._Oktober",
                "1._November",
                "1._Dezember",
                "1_January",
                "1_February",
                "1_March",
                "1_June",
                "1_July",
                "1_October",
                "1_December"
            })
    void should_keep_every_word_of_the_lists_with_what_it_binds(String text) {
        assertThat(keeps(text)).as(text).isTrue();
    }

    /** Words that begin like an entry and are as long as one, or as long as an entry of the other list. */
    @ParameterizedTest
    @ValueSource(
            strings = {"Anlagen_3", "Kunde_12", "Klauses_2", "Absatz._2", "Art_2", "Arti._2", "Sectio_2", "Nr_2", "§x_2"
            })
    void should_let_a_word_break_that_only_begins_like_an_entry(String text) {
        assertThat(keeps(text)).as(text).isFalse();
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
                "14._Mais",
                "+1 503 555 0100,_https",
                "im Jahr 2026_werden",
                "binnen 24_Stunden",
                "within 72_hours",
                "the Processor may_2026",
                "May_be",
                "March_20",
                "EU_27",
                "ISO_27001",
                "Art. 28_DSGVO",
                "2026,_2027",
                "DEUTSCH_1234",
                "+_49",
                "1234567_89"
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
