/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of a plain-text file set in columns by spaces, as a signature block for two or three parties is (#16):
 *
 * <pre>
 * gez. Ralf Kremer                 gez. Melanie Oberbeck
 * Geschäftsführer                  Geschäftsführerin
 * Sicherheitstechnik Kremer GmbH   Bartwerk Software GmbH
 * </pre>
 *
 * Read line by line as a paragraph, the columns run together ("Kremer gez. Melanie Oberbeck Geschäftsführer
 * Geschäftsführerin …"), and neither party's name stands on its own. Read as rows of a table, each name is a cell. A
 * block is at least two lines in a row, each split by runs of three or more spaces into two or three parts whose
 * second part begins at the same column (within one character) in every line, between the 20th and the 56th (a
 * letterhead's reference at the right margin is no column), no line a label with its value ("Fassung:      3.0") and
 * none underlined by a rule (a heading, read as one).
 */
final class ColumnBlocks {

    /** A run of three or more spaces between two parts of a line. */
    private static final Pattern GAP = Pattern.compile(" {3,}");

    private static final int MIN_COLUMN = 20;
    private static final int MAX_COLUMN = 56;

    private ColumnBlocks() {}

    /**
     * The rows of the column block that begins at line {@code from}, or an empty list where none does.
     *
     * @param lines the file's lines
     * @param from the first line of the block
     * @return the cells of each line of the block, one list per line; empty where no block begins there
     */
    static List<List<String>> at(String[] lines, int from) {
        List<List<String>> rows = new ArrayList<>();
        int column = -1;
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].replace('\t', ' ');
            if (line.isBlank()
                    || (i + 1 < lines.length
                            && PlainTextReader.UNDERLINE.matcher(lines[i + 1]).matches())) {
                // a line over a rule of "=" or "-" is a heading, which ends the section before it
                break;
            }
            int indent = line.length() - line.stripLeading().length();
            String body = line.strip();
            Matcher gap = GAP.matcher(body);
            List<String> cells = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            int start = 0;
            while (gap.find()) {
                cells.add(body.substring(start, gap.start()));
                starts.add(indent + start);
                start = gap.end();
            }
            cells.add(body.substring(start));
            starts.add(indent + start);
            if (cells.size() < 2 || cells.size() > 3 || cells.get(0).endsWith(":")) {
                break;
            }
            int second = starts.get(1);
            if (second < MIN_COLUMN || second > MAX_COLUMN || (column >= 0 && Math.abs(second - column) > 1)) {
                break;
            }
            column = column < 0 ? second : column;
            rows.add(cells);
        }
        return rows.size() >= 2 ? rows : List.of();
    }
}
