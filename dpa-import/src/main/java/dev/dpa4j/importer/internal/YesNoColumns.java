/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.internal.SourceText.Block;
import dev.dpa4j.importer.internal.SourceText.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an agreement set as a checklist (#16): a table whose rows state the terms and whose columns "Ja" and "Nein"
 * ("Yes" and "No"), or one column "Ja/Nein", say for each row whether the parties agreed it. Such a row is written
 * as the options of a model form, so that {@link FormChoices} reads it as it reads boxes: the term with a ticked
 * "Ja" stays as it is; the term with a ticked "Nein", or with neither ticked, is an offer not taken, its text left out and
 * its box kept (Art. 28(3) GDPR binds the processor only by what the parties agreed); both ticked is a contradiction.
 * A row with a "Nein" states that the term does not apply; the review reads it as a term the agreement lacks.
 *
 * <p>Only a header cell that is exactly the word ("Ja", "Nein", "Ja/Nein", "Yes", "No", "Yes/No") opens such a
 * table, so that a sub-processor table with a column "Transfer to a third country (yes/no)" is not one.
 */
final class YesNoColumns {

    private static final Pattern YES_HEAD = AsciiGerman.compile("ja|yes", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_HEAD = AsciiGerman.compile("nein|no", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_HEAD =
            AsciiGerman.compile("(?:ja\\s*/\\s*nein|yes\\s*/\\s*no|j\\s*/\\s*n|y\\s*/\\s*n)", Pattern.CASE_INSENSITIVE);
    /** A cell that marks nothing: empty, an unticked box, a dash. */
    private static final Pattern UNMARKED = AsciiGerman.compile("|☐|\\[\\s*\\]|\\(\\s*\\)|[-–—o]");

    private YesNoColumns() {}

    /**
     * Where a table's yes/no columns stand: two columns, or one ({@code no} = -1) holding "ja" or "nein"; and the
     * table's words for them.
     */
    private record Columns(int yes, int no, String yesWord, String noWord) {}

    /**
     * The rows of the document's checklist tables written as form options, by block index; empty where the
     * document has none.
     *
     * @param in the text a reader produced
     * @return the new cells of each row of a checklist table (its header row excepted)
     */
    static Map<Integer, List<String>> rows(SourceText in) {
        Map<Integer, List<String>> out = new HashMap<>();
        List<Block> blocks = in.blocks();
        @Nullable Columns columns = null;
        Map<Integer, List<String>> table = new HashMap<>();
        int marked = 0;
        for (int i = 0; i <= blocks.size(); i++) {
            Block b = i < blocks.size() ? blocks.get(i) : null;
            List<String> cells = b != null && b.kind() == Kind.TABLE_ROW
                    ? b.cells().stream().map(r -> in.text(r).strip()).toList()
                    : List.of();
            @Nullable Columns head = cells.isEmpty() ? null : head(cells);
            if (cells.isEmpty() || head != null) {
                // a table ends, or another begins under its own head: the rows read so far count as a checklist
                // where at least two of them mark a choice
                if (marked >= 2) {
                    out.putAll(table);
                }
                columns = head;
                table = new HashMap<>();
                marked = 0;
                continue;
            }
            if (columns == null) {
                continue;
            }
            @Nullable List<String> row = options(cells, columns);
            if (row != null) {
                table.put(i, row);
                if (row.stream().anyMatch(c -> c.contains("☒"))) {
                    marked++;
                }
            }
        }
        return out;
    }

    /** The yes/no columns of a header row, or null where it is none. */
    private static @Nullable Columns head(List<String> cells) {
        int yes = -1;
        int no = -1;
        for (int c = 0; c < cells.size(); c++) {
            String s = cells.get(c);
            if (YES_HEAD.matcher(s).matches() && yes < 0) {
                yes = c;
            } else if (NO_HEAD.matcher(s).matches() && no < 0) {
                no = c;
            } else if (ONE_HEAD.matcher(s).matches() && yes < 0) {
                boolean german = s.toLowerCase(Locale.ROOT).startsWith("j");
                return new Columns(c, -1, german ? "ja" : "yes", german ? "nein" : "no");
            }
        }
        if (yes < 0 || no < 0) {
            return null;
        }
        boolean german = cells.get(yes).toLowerCase(Locale.ROOT).startsWith("j");
        return new Columns(yes, no, german ? "ja" : "yes", german ? "nein" : "no");
    }

    /** A row's cells with its choice written as boxes before the term, or null where the row has no term cell. */
    private static @Nullable List<String> options(List<String> cells, Columns columns) {
        if (columns.yes() >= cells.size() || columns.no() >= cells.size()) {
            return null;
        }
        boolean yes;
        boolean no;
        if (columns.no() < 0) {
            String v = cells.get(columns.yes()).toLowerCase(Locale.ROOT);
            yes = v.matches("ja|yes|j|y|x|✓|✔|☒|☑");
            no = v.matches("nein|no|n");
        } else {
            yes = !UNMARKED.matcher(cells.get(columns.yes())).matches();
            no = !UNMARKED.matcher(cells.get(columns.no())).matches();
        }
        // the term: the longest cell left of the choice (a number column before it is kept as it is)
        int first = columns.no() < 0 ? columns.yes() : Math.min(columns.yes(), columns.no());
        int term = -1;
        for (int c = 0; c < first; c++) {
            if (term < 0 || cells.get(c).length() > cells.get(term).length()) {
                term = c;
            }
        }
        if (term < 0 || cells.get(term).isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>(cells);
        if (!yes) {
            // the box of the term not agreed: FormChoices leaves its text out
            out.set(term, "☐ " + cells.get(term));
        }
        if (columns.no() < 0) {
            out.set(columns.yes(), (yes ? "☒ " : "☐ ") + columns.yesWord() + (no ? " ☒ " : " ☐ ") + columns.noWord());
        } else {
            out.set(columns.yes(), (yes ? "☒ " : "☐ ") + columns.yesWord());
            out.set(columns.no(), (no ? "☒ " : "☐ ") + columns.noWord());
        }
        return out;
    }
}
