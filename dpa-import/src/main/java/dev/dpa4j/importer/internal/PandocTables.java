/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The tables of Markdown that a converter writes from a word-processor document (Pandoc's "simple", "multiline" and
 * "grid" tables), where the columns stand at fixed positions under a line of dashes rather than between pipes: an
 * annex "Description of the processing" with one row per item and its details wrapped over several lines. Each row
 * becomes the cells of one table row, a cell's wrapped lines joined by a space, so that the row reads like the same
 * table written with pipes.
 */
final class PandocTables {

    /** A line of dashes alone: the top or bottom border of a multiline table. */
    private static final Pattern BORDER = Pattern.compile("^\\s*-{8,}\\s*$");
    /** Groups of dashes separated by spaces: the column positions under a header. */
    private static final Pattern COLUMNS = Pattern.compile("^\\s*-{2,}(?:\\s+-{2,})+\\s*$");
    /** A grid table's border ("+-----+------+", "+=====+======+"). */
    private static final Pattern GRID_BORDER = Pattern.compile("^\\s*\\+(?:[-=:]{2,}\\+)+\\s*$");

    private static final Pattern DASH_GROUP = Pattern.compile("-+");
    /** The word after a suspended compound's hyphen ("Lohn-" / "und Gehaltsabrechnung"): the hyphen stays. */
    private static final Pattern SUSPENDED =
            Pattern.compile("(?:und|oder|bzw\\.|sowie|and|or)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** Lines a multiline table's header may take, and lines a table may take at most. */
    private static final int HEADER_LINES = 6;

    private static final int TABLE_LINES = 2_000;

    /** A table found at a line: the line after it and its rows of raw cells (Markdown inline marks not removed). */
    record Table(int end, List<List<String>> rows) {}

    private PandocTables() {}

    /**
     * The table that begins at line {@code i}, or null where none does.
     *
     * @param lines the document's lines
     * @param i the line to look at
     * @return the table, or null
     */
    static @Nullable Table at(String[] lines, int i) {
        if (GRID_BORDER.matcher(lines[i]).matches()) {
            return grid(lines, i);
        }
        if (BORDER.matcher(lines[i]).matches()) {
            return multiline(lines, i);
        }
        if (i + 1 < lines.length
                && !lines[i].isBlank()
                && (i == 0 || lines[i - 1].isBlank())
                && COLUMNS.matcher(lines[i + 1]).matches()) {
            return simple(lines, i);
        }
        return null;
    }

    /**
     * The table that begins at line {@code i} of a plain-text document, or null where none does: a grid table, or a
     * header line over groups of dashes with the columns at fixed positions (as a word processor or a form writes a
     * table to text). Unlike Markdown's simple table, a line may go on with the row above it (see {@code continues}),
     * since plain text wraps a long cell over several lines ("6   Hinweis, wenn eine Weisung gegen Datenschutz-" /
     * "    recht verstößt").
     *
     * @param lines the document's lines
     * @param i the line to look at
     * @return the table, or null
     */
    static @Nullable Table plainAt(String[] lines, int i) {
        if (GRID_BORDER.matcher(lines[i]).matches()) {
            return grid(lines, i);
        }
        if (i + 1 < lines.length
                && !lines[i].isBlank()
                && (i == 0 || lines[i - 1].isBlank())
                && COLUMNS.matcher(lines[i + 1]).matches()
                && starts(lines[i + 1]).length >= 2) {
            Table t = simple(lines, i);
            List<List<String>> rows = new ArrayList<>();
            for (List<String> row : t.rows()) {
                if (rows.size() >= 2 && continues(rows.get(rows.size() - 1), row)) {
                    List<String> above = rows.get(rows.size() - 1);
                    List<String> joined = new ArrayList<>();
                    for (int c = 0; c < row.size(); c++) {
                        joined.add(joinWrapped(above.get(c), row.get(c)));
                    }
                    rows.set(rows.size() - 1, joined);
                } else {
                    rows.add(row);
                }
            }
            return new Table(t.end(), rows);
        }
        return alignedAt(lines, i);
    }

    /** A cell of a head line: text after the line's start or after two or more spaces. */
    private static final Pattern HEAD_CELL = Pattern.compile("(?:^|(?<=\\S {2,}))(\\S(?:\\S| (?=\\S))*)");

    /**
     * A table set in columns without a line of dashes under its head, as a word processor writes a table to plain text
     * ("Nr.   Regelung   Ja   Nein" over rows whose cells begin where the head's do): a head of three or more cells
     * apart by two spaces or more, after a blank line, and at least two lines under it before the next blank line,
     * each with a cell beginning at a column of the head after its first (a space before it) and nothing that crosses
     * a column's start in two of them. Read as the same table with the dashes the head's columns would have.
     */
    private static @Nullable Table alignedAt(String[] lines, int i) {
        if (lines[i].isBlank() || (i > 0 && !lines[i - 1].isBlank()) || lines[i].indexOf('\t') >= 0) {
            return null;
        }
        List<Integer> heads = new ArrayList<>();
        Matcher m = HEAD_CELL.matcher(lines[i]);
        while (m.find()) {
            heads.add(m.start(1));
        }
        if (heads.size() < 3 || lines[i].strip().length() > 160) {
            return null;
        }
        int aligned = 0;
        int j = i + 1;
        for (; j < lines.length && !lines[j].isBlank(); j++) {
            String line = lines[j];
            boolean starts = false;
            for (int c = 1; c < heads.size(); c++) {
                int at = heads.get(c);
                if (at < line.length() && line.charAt(at - 1) == ' ' && line.charAt(at) != ' ') {
                    starts = true;
                }
            }
            if (starts) {
                aligned++;
            }
        }
        if (aligned < 2 || aligned < (j - i - 1) / 2) {
            return null;
        }
        StringBuilder dashes = new StringBuilder();
        for (int c = 0; c < heads.size(); c++) {
            int end = c + 1 < heads.size() ? heads.get(c + 1) - 1 : Math.max(heads.get(c) + 2, lines[i].length());
            dashes.append(" ".repeat(Math.max(0, heads.get(c) - dashes.length())));
            dashes.append("-".repeat(Math.max(2, end - heads.get(c))));
        }
        String[] with = new String[lines.length + 1];
        System.arraycopy(lines, 0, with, 0, i + 1);
        with[i + 1] = dashes.toString();
        System.arraycopy(lines, i + 1, with, i + 2, lines.length - i - 1);
        Table t = plainAt(with, i);
        return t == null ? null : new Table(t.end() - 1, t.rows());
    }

    /**
     * Whether a line of a plain-text table goes on with the row above it rather than starting a row: its first
     * column is empty, or the first cell above is visibly unfinished (it ends with a comma or a hyphen: "Helix Array
     * Services B.V.," / "Leiden"), or every cell of the line goes on in lower case.
     */
    private static boolean continues(List<String> above, List<String> row) {
        if (row.get(0).isEmpty()) {
            return true;
        }
        String first = above.get(0);
        if (first.endsWith(",") || first.endsWith("-")) {
            return true;
        }
        return row.stream().filter(c -> !c.isEmpty()).allMatch(c -> Character.isLowerCase(c.codePointAt(0)));
    }

    /** A cell's text and its wrapped next line: a word hyphenated at the line's end goes on without a space. */
    private static String joinWrapped(String above, String next) {
        if (next.isEmpty()) {
            return above;
        }
        if (above.isEmpty()) {
            return next;
        }
        if (above.endsWith("-")
                && above.length() > 1
                && Character.isLetter(above.charAt(above.length() - 2))
                && Character.isLowerCase(next.charAt(0))
                && !SUSPENDED.matcher(next).lookingAt()) {
            return above.substring(0, above.length() - 1) + next;
        }
        return above + " " + next;
    }

    /** A header line, its column dashes, then one row a line up to a blank line. */
    private static Table simple(String[] lines, int i) {
        int[] starts = starts(lines[i + 1]);
        List<List<String>> rows = new ArrayList<>();
        rows.add(cells(List.of(lines[i]), starts));
        int j = i + 2;
        while (j < lines.length
                && !lines[j].isBlank()
                && !COLUMNS.matcher(lines[j]).matches()) {
            rows.add(cells(List.of(lines[j]), starts));
            j++;
        }
        if (j < lines.length && COLUMNS.matcher(lines[j]).matches()) {
            j++; // a closing line of dashes
        }
        return new Table(j, rows);
    }

    /** A border, header lines, column dashes, rows separated by blank lines, a closing border. */
    private static @Nullable Table multiline(String[] lines, int i) {
        int columns = -1;
        for (int j = i + 1; j < lines.length && j <= i + HEADER_LINES + 1; j++) {
            if (COLUMNS.matcher(lines[j]).matches()) {
                columns = j;
                break;
            }
            if (lines[j].isBlank()) {
                return null;
            }
        }
        if (columns < 0) {
            return null;
        }
        int end = -1;
        for (int j = columns + 1; j < lines.length && j < i + TABLE_LINES; j++) {
            if (BORDER.matcher(lines[j]).matches()) {
                end = j;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int[] starts = starts(lines[columns]);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = Arrays.asList(lines).subList(i + 1, columns);
        if (!header.isEmpty()) {
            rows.add(cells(header, starts));
        }
        List<String> row = new ArrayList<>();
        for (int j = columns + 1; j <= end; j++) {
            if (j == end || lines[j].isBlank()) {
                if (!row.isEmpty()) {
                    rows.add(cells(row, starts));
                    row = new ArrayList<>();
                }
            } else {
                row.add(lines[j]);
            }
        }
        return new Table(end + 1, rows);
    }

    /** Borders with "+" at the column edges, and content lines between "|" at the same positions. */
    private static @Nullable Table grid(String[] lines, int i) {
        List<Integer> edges = new ArrayList<>();
        for (int k = 0; k < lines[i].length(); k++) {
            if (lines[i].charAt(k) == '+') {
                edges.add(k);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<StringBuilder> row = new ArrayList<>();
        int j = i + 1;
        for (; j < lines.length && j < i + TABLE_LINES; j++) {
            String line = lines[j];
            if (GRID_BORDER.matcher(line).matches()) {
                if (!row.isEmpty()) {
                    rows.add(row.stream().map(b -> b.toString().strip()).toList());
                    row = new ArrayList<>();
                }
                continue;
            }
            if (!line.strip().startsWith("|")) {
                break;
            }
            for (int c = 0; c + 1 < edges.size(); c++) {
                int from = Math.min(edges.get(c) + 1, line.length());
                int to = c + 2 == edges.size() ? line.length() : Math.min(edges.get(c + 1), line.length());
                String part = line.substring(from, Math.max(from, to)).strip();
                if (part.endsWith("|")) {
                    part = part.substring(0, part.length() - 1).strip();
                }
                while (row.size() <= c) {
                    row.add(new StringBuilder());
                }
                if (!part.isEmpty()) {
                    if (row.get(c).length() > 0) {
                        row.get(c).append(' ');
                    }
                    row.get(c).append(part);
                }
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new Table(j, rows);
    }

    /** The start of each column: where each group of dashes begins, the first from the line's start. */
    private static int[] starts(String dashes) {
        List<Integer> s = new ArrayList<>();
        Matcher m = DASH_GROUP.matcher(dashes);
        while (m.find()) {
            s.add(s.isEmpty() ? 0 : m.start());
        }
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The cells of a row's lines: each line cut at the column starts, a column's parts joined by a space. */
    private static List<String> cells(List<String> rowLines, int[] starts) {
        List<StringBuilder> cells = new ArrayList<>();
        for (int c = 0; c < starts.length; c++) {
            cells.add(new StringBuilder());
        }
        for (String line : rowLines) {
            for (int c = 0; c < starts.length; c++) {
                int from = Math.min(starts[c], line.length());
                int to = c + 1 == starts.length ? line.length() : Math.min(starts[c + 1], line.length());
                String part = line.substring(from, Math.max(from, to)).strip();
                if (!part.isEmpty()) {
                    if (cells.get(c).length() > 0) {
                        cells.get(c).append(' ');
                    }
                    cells.get(c).append(part);
                }
            }
        }
        return cells.stream().map(StringBuilder::toString).toList();
    }
}
