/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.internal.SourceText.Block;
import dev.dpa4j.importer.internal.SourceText.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markdown converted from a word processor (#16, the thirteenth held-out set's kind): Pandoc's multiline, simple and
 * grid tables read as rows of cells, a cell's wrapped lines joined, the bold marks removed; a line of dashes that
 * stands alone (a rule) and text in columns that no line of dashes marks stay paragraphs. Tables of our own.
 */
class PandocTablesTest {

    private static List<List<String>> rows(String markdown) {
        SourceText t = PlainTextReader.read(markdown, true, 1_000_000, "annex.md");
        return t.blocks().stream()
                .filter(b -> b.kind() == Kind.TABLE_ROW)
                .map(b -> b.cells().stream().map(t::text).toList())
                .toList();
    }

    private static List<String> paragraphs(String markdown) {
        SourceText t = PlainTextReader.read(markdown, true, 1_000_000, "annex.md");
        return t.blocks().stream()
                .filter(b -> b.kind() == Kind.PARAGRAPH)
                .map(Block::offset)
                .map(o -> t.text()
                        .substring(
                                o,
                                t.text().indexOf('\n', o) < 0
                                        ? t.text().length()
                                        : t.text().indexOf('\n', o)))
                .toList();
    }

    @Test
    void should_read_a_multiline_table_as_rows_with_their_wrapped_cells_joined() {
        String md = "# Annex 1 -- Processing\n\n"
                + "  ----------------------------------------------------------\n"
                + "  **Item**        **Details**\n"
                + "  --------------- ------------------------------------------\n"
                + "  Data subjects   Members of the customer's loyalty club and\n"
                + "                  visitors of its shops\n"
                + "\n"
                + "  Kinds of data   **Contact data:** name, e-mail address\n"
                + "  ----------------------------------------------------------\n\n"
                + "After the table.\n";
        assertThat(rows(md))
                .containsExactly(
                        List.of("Item", "Details"),
                        List.of("Data subjects", "Members of the customer's loyalty club and visitors of its shops"),
                        List.of("Kinds of data", "Contact data: name, e-mail address"));
        assertThat(paragraphs(md)).containsExactly("After the table.");
    }

    @Test
    void should_read_a_simple_and_a_grid_table() {
        String simple = "Sub-processor   Country   Service\n"
                + "--------------- --------- ----------------\n"
                + "Lindqvist AB    Sweden    E-mail delivery\n"
                + "Orrin Ltd       Ireland   Hosting\n\n";
        assertThat(rows(simple))
                .containsExactly(
                        List.of("Sub-processor", "Country", "Service"),
                        List.of("Lindqvist AB", "Sweden", "E-mail delivery"),
                        List.of("Orrin Ltd", "Ireland", "Hosting"));
        String grid = "+--------------+-----------------------+\n"
                + "| Measure      | How                   |\n"
                + "+==============+=======================+\n"
                + "| Encryption   | AES-256 at rest and   |\n"
                + "|              | TLS 1.3 in transit    |\n"
                + "+--------------+-----------------------+\n";
        assertThat(rows(grid))
                .containsExactly(
                        List.of("Measure", "How"), List.of("Encryption", "AES-256 at rest and TLS 1.3 in transit"));
    }

    @Test
    void should_leave_a_rule_and_unmarked_columns_as_text() {
        String md = "The parties agree as follows.\n\n"
                + "----------------------------------------\n\n"
                + "Name            Role\n"
                + "Anna Berg       Data protection officer\n";
        assertThat(rows(md)).isEmpty();
        assertThat(paragraphs(md)).first().isEqualTo("The parties agree as follows.");
    }
}
