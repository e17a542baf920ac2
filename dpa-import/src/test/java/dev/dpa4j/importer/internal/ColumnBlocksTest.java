/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Signature blocks set in columns by spaces in a plain-text file, read as rows (#16, session 29). */
class ColumnBlocksTest {

    private static String[] lines(String... l) {
        return l;
    }

    @Test
    void should_read_a_signature_block_of_two_parties_as_rows() {
        String[] text = lines(
                "Anlagen",
                "",
                "gez. Jana Weißhaupt                 gez. Konrad Olbers",
                "Inhaberin                           Geschäftsführer",
                "Werkstatt Weißhaupt e.K.            Olbers Datendienst GmbH",
                "",
                "Anlage 1");
        assertThat(ColumnBlocks.at(text, 2))
                .containsExactly(
                        List.of("gez. Jana Weißhaupt", "gez. Konrad Olbers"),
                        List.of("Inhaberin", "Geschäftsführer"),
                        List.of("Werkstatt Weißhaupt e.K.", "Olbers Datendienst GmbH"));
        assertThat(PlainTextReader.read(String.join("\n", text), false, 100_000, "t.txt").blocks().stream()
                        .filter(b -> b.kind() == SourceText.Kind.TABLE_ROW)
                        .count())
                .isEqualTo(3);
    }

    @Test
    void should_read_signature_lines_and_three_parties_as_rows() {
        String[] text = lines(
                "______________________       ______________________",
                "For Tarnwick Ltd             For Bellcote Analytics Ltd",
                "Name: Ada Morrow             Name: Tom Quill");
        assertThat(ColumnBlocks.at(text, 0)).hasSize(3);
        String[] three = lines(
                "gez. A. Brenner      gez. C. Dorn         gez. E. Falk",
                "Vorsitzende          Kassierer            Geschäftsführer");
        assertThat(ColumnBlocks.at(three, 0).get(0)).containsExactly("gez. A. Brenner", "gez. C. Dorn", "gez. E. Falk");
    }

    @Test
    void should_leave_labels_letterheads_single_lines_and_ragged_text_as_they_are() {
        // a label with its value
        assertThat(ColumnBlocks.at(lines("Fassung:         3.0 vom 15.07.2026", "Stand:           Juli 2026"), 0))
                .isEmpty();
        // a letterhead's reference at the right margin
        assertThat(ColumnBlocks.at(
                        lines(
                                "LARKFIELD LOGISTICS LIMITED                                   Doc. LL-017",
                                "Data Processing Agreement                                     Rev. 4"),
                        0))
                .isEmpty();
        // the second line underlined: a heading, which ends the section before it
        assertThat(ColumnBlocks.at(
                        lines(
                                "___________________________    ___________________________",
                                "Werkstatt Weißhaupt e.K.       Olbers Datendienst GmbH",
                                "=========================================================="),
                        0))
                .isEmpty();
        // one line alone
        assertThat(ColumnBlocks.at(lines("Bochum, 20.07.2026                  Remscheid, 15.07.2026", ""), 0))
                .isEmpty();
        // parts that do not stand under each other
        assertThat(ColumnBlocks.at(
                        lines(
                                "gez. Jana Weißhaupt                 gez. Konrad Olbers",
                                "Inhaberin      Geschäftsführer"),
                        0))
                .isEmpty();
        // a paragraph of running text
        assertThat(ColumnBlocks.at(
                        lines(
                                "The processor shall notify the controller without undue delay.",
                                "It shall assist the controller with its obligations."),
                        0))
                .isEmpty();
    }
}
