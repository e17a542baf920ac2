/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.internal.SourceText.Block;
import dev.dpa4j.importer.internal.SourceText.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A section title that stands as a row of the table that holds a whole agreement ("Nr. | Regelung", one clause per
 * row): a row of two cells, a bare section number ("5") or an annex label ("Anl. 1", "Annex 2") and a short title
 * without a sentence's end, followed by a row whose number continues it ("5.1", "A1.1"). The next row's number is
 * what tells the title from a two-column list whose rows are numbered ("1 | Hosting", "2 | Support").
 */
final class TableTitleRow {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SECTION = AsciiGerman.compile("^(\\d{1,2})\\.?$");
    private static final Pattern ANNEX = AsciiGerman.compile(
            "^(?:anl\\.|anlage|anhang|annex|appendix|schedule|beilage)\\s*(\\d{1,2}|[a-h])$", FLAGS);

    private TableTitleRow() {}

    /**
     * The row as a heading, or null.
     *
     * @param block the block
     * @param s its text (cells separated by a tab)
     * @param next the text of the next block
     * @return a heading of level 4 for a section, 2 for an annex, or null
     */
    static Segmenter.@Nullable Heading heading(Block block, String s, String next) {
        if (block.kind() != Kind.TABLE_ROW) {
            return null;
        }
        String[] cells = s.split("\t", -1);
        if (cells.length != 2) {
            return null;
        }
        String number = cells[0].strip();
        String title = cells[1].strip();
        if (title.isEmpty()
                || title.length() > 80
                || title.split("\\s+").length > 10
                || !Character.isUpperCase(title.codePointAt(0))
                || title.matches(".*[.:;!?]$")) {
            return null;
        }
        String first = next.split("\t", -1)[0].strip();
        Matcher section = SECTION.matcher(number);
        if (section.matches()) {
            return first.startsWith(section.group(1) + ".")
                            && first.length() > section.group(1).length() + 1
                    ? new Segmenter.Heading(4, number + " " + title, false)
                    : null;
        }
        Matcher annex = ANNEX.matcher(number);
        if (annex.matches()
                && first.matches("(?i)^(?:a|anl\\.?\\s*|anlage\\s*|annex\\s*|[a-z]?)" + Pattern.quote(annex.group(1))
                        + "\\.\\d.*")) {
            return new Segmenter.Heading(2, number + " " + title, true);
        }
        return null;
    }
}
