/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads plain text and Markdown line by line. A blank line ends a block; inside a run of lines, a line that
 * starts a list item, a number or a table row starts a new block, and a line after a short line (a hard break,
 * as in an address) does too; other lines continue the block (wrapped text). A line of {@code =} or {@code -}
 * under a line makes it a heading (Setext). Lines with tab characters, Markdown pipe rows and columns set under
 * groups of dashes ({@link PandocTables#plainAt}) are table rows.
 *
 * <p>Plain text is often a PDF's text layer saved as it came out ({@code pdftotext}, copy and paste): the reader
 * drops the page furniture of such text (see {@link #withoutPageFurniture}) and joins a word hyphenated at the end
 * of a wrapped line ("organisa-" / "tional", "Auftrags-" / "verarbeiter"), keeping the hyphen of a compound whose
 * first part is short or a common hyphenated first part ("sub-" / "processor", "third-" / "country") and before a
 * capital ("IT-" / "Sicherheit").
 */
final class PlainTextReader {

    private static final Pattern BULLET =
            Pattern.compile("^\\s*([-*•–·▪◦]|\\d{1,3}[.)]|[a-z][.)]|\\([0-9a-z]{1,3}\\))\\s+.*");
    private static final Pattern NUMBER_START = Pattern.compile(
            "^\\s*(§|Art\\.|Artikel|Article|Clause|Klausel|Ziffer|Section|Anlage|Anhang|Annex|Appendix|Schedule|\\(?\\d{1,3}(\\.\\d{1,3})*[.)]?\\s).*");
    /**
     * A line that opens with a label and its value: "Zweck: …", and a label whose value is set in a column further
     * right ("Data types:  name, e-mail …", recall32), which starts its line even where the line above runs on.
     */
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*\\p{Lu}[\\p{L} /()-]{1,40}: +\\S");

    private static final Pattern LIST_MARK = Pattern.compile("^\\s*([-*•–·▪◦])\\s+");
    static final Pattern UNDERLINE = Pattern.compile("^\\s*(=+|-{3,})\\s*$");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MD_RULE =
            Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    /** A backslash escape: any ASCII punctuation (CommonMark 0.31, 2.4), as Pandoc writes "Customer\'s", "\@". */
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    // a single "*" marks emphasis only where it touches a word on one side (CommonMark's flanking rule): one with a
    // space or the line's end on both sides ("Notifyr Inc. *", a footnote mark; "2 * 3") is the character itself
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|(?<=\\S)\\*|\\*(?=\\S)|_(?=\\S)|(?<=\\S)_)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final int WRAP_WIDTH = 55;
    /** A page number standing alone on a line: "Page 3 of 12", "Seite 3 von 12", "Page 3", "S. 3/12". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*(?:page|seite|p\\.|s\\.)\\s*\\d{1,4}(?:\\s*(?:of|von|/)\\s*\\d{1,4})?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A bare page number ("3", "- 3 -", "3/12"), page furniture only next to a form feed. */
    private static final Pattern BARE_PAGE_NUMBER =
            Pattern.compile("^\\s*[-–]?\\s*\\d{1,4}(?:\\s*/\\s*\\d{1,4})?\\s*[-–]?\\s*$");
    /** A number followed by a word in lower case, "36 hours", which goes on with a sentence rather than number a clause. */
    private static final Pattern NUMBER_GOES_ON = Pattern.compile("^\\s*\\d{1,4}(?:[.,]\\d{1,3})?\\s+\\p{Ll}");
    /** A word hyphenated at the end of a line: the letters of its first part. */
    private static final Pattern HYPHENATED = Pattern.compile("(?<![\\p{L}-])(\\p{L}+)-$");
    /** A conjunction after a suspended compound's hyphen: "Lohn- und Gehaltsdaten", "pre- and post-processing". */
    private static final Pattern SUSPENDED =
            Pattern.compile("(?:und|oder|bzw\\.|sowie|bis|and|or|to|&)\\s", Pattern.CASE_INSENSITIVE);
    /** First parts of compounds that keep their hyphen when a line ends after them ("third-party", "self-service"). */
    private static final Set<String> HYPHENATED_FIRST_PARTS = Set.of(
            "third", "self", "cross", "multi", "anti", "post", "semi", "well", "long", "short", "high", "full", "state",
            "built", "opt", "follow", "break", "back", "front", "end", "time", "case", "risk");

    private PlainTextReader() {}

    static SourceText read(String raw, boolean markdown, int maxChars, String source) {
        return read(raw, markdown, maxChars, source, WRAP_WIDTH);
    }

    /**
     * Reads text whose wrapped lines are at least {@code wrapWidth} characters long: a line after a shorter one
     * starts a new block.
     */
    static SourceText read(String raw, boolean markdown, int maxChars, String source, int wrapWidth) {
        TextBuilder out = new TextBuilder(maxChars, source);
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (!markdown) {
            lines = withoutPageFurniture(MailHistory.withoutCorrespondence(lines));
        }
        List<List<String>> notesAt = new ArrayList<>();
        if (markdown) {
            lines = MarkdownComments.strip(lines);
            MarkdownNotes.Result notes = MarkdownNotes.apply(lines);
            lines = notes.lines().toArray(String[]::new);
            notesAt = notes.notesAt();
        }
        // footnotes whose first reference is in the block being read, placed after it (pending: in a block emitted)
        List<String> blockNotes = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        int blockKind = 0; // 0 none, 1 paragraph, 2 list item
        int previousLength = 0;
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String next = i + 1 < lines.length ? lines[i + 1] : "";
            if (markdown && line.strip().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            PandocTables.Table table =
                    markdown ? (inFence ? null : PandocTables.at(lines, i)) : PandocTables.plainAt(lines, i);
            if (table != null) {
                flush(out, block, blockKind, markdown, blockNotes);
                blockKind = 0;
                for (List<String> cells : table.rows()) {
                    out.row(cells.stream().map(PlainTextReader::inline).toList());
                }
                for (int j = i; j < table.end() && j < notesAt.size(); j++) {
                    placeNotes(out, notesAt.get(j));
                }
                i = table.end() - 1;
                continue;
            }
            if (line.isBlank()) {
                flush(out, block, blockKind, markdown, blockNotes);
                blockKind = 0;
                continue;
            }
            // a signature block set in columns by spaces: its lines are rows, each party's name a cell of its own
            List<List<String>> columns = markdown || blockKind != 0 ? List.of() : ColumnBlocks.at(lines, i);
            if (!columns.isEmpty()) {
                for (List<String> cells : columns) {
                    out.row(cells);
                }
                i += columns.size() - 1;
                continue;
            }
            if (!markdown
                    && !line.isBlank()
                    && UNDERLINE.matcher(next).matches()
                    && !UNDERLINE.matcher(line).matches()) {
                flush(out, block, blockKind, markdown, blockNotes);
                blockKind = 0;
                out.heading(next.strip().startsWith("=") ? 1 : 2, line);
                i++;
                continue;
            }
            if (UNDERLINE.matcher(line).matches()
                    || ((markdown || pipeRow(line)) && MD_RULE.matcher(line).matches())) {
                flush(out, block, blockKind, markdown, blockNotes);
                blockKind = 0;
                continue;
            }
            if (markdown) {
                var h = MD_HEADING.matcher(line);
                if (h.matches()) {
                    flush(out, block, blockKind, markdown, blockNotes);
                    blockKind = 0;
                    out.heading(h.group(1).length(), inline(h.group(2)));
                    placeNotes(out, notesAt.get(i));
                    continue;
                }
                String s = line.strip();
                if (s.startsWith("|") && s.length() > 1) {
                    flush(out, block, blockKind, markdown, blockNotes);
                    blockKind = 0;
                    out.row(pipeCells(s));
                    placeNotes(out, notesAt.get(i));
                    continue;
                }
                if (s.startsWith(">")) {
                    line = s.substring(1);
                }
            }
            if (!markdown && pipeRow(line)) {
                // a table written with pipes into a plain-text file ("| 6 | Hinweis bei rechtswidriger Weisung | X |
                // |"), as a checklist or a list of sub-processors is, is a table here as in Markdown
                flush(out, block, blockKind, markdown, blockNotes);
                blockKind = 0;
                out.row(pipeCells(line.strip()));
                continue;
            }
            if (line.indexOf('\t') >= 0 && !line.strip().isEmpty()) {
                flush(out, block, blockKind, markdown, blockNotes);
                blockKind = 0;
                String stripped = line.strip();
                out.row(Arrays.asList(stripped.split("\t+", -1)));
                if (i < notesAt.size()) {
                    placeNotes(out, notesAt.get(i));
                }
                continue;
            }
            boolean bullet = BULLET.matcher(line).matches();
            // a wrapped line may begin with a number or a reference ("48 hours", "Art. 28", "§ 3 Abs. 2"): after a
            // wrapped line that ends inside a sentence, it goes on with the sentence
            boolean inSentence = blockKind != 0
                    && !endsSentence(block)
                    && (previousLength >= wrapWidth
                            || NUMBER_GOES_ON.matcher(line).lookingAt());
            boolean starts = bullet
                    || (NUMBER_START.matcher(line).matches() && !inSentence)
                    || KEY_VALUE.matcher(line).lookingAt();
            // a word hyphenated at the end of a line goes on in the next, even after a short line
            String stripped = line.strip();
            boolean lowerGoesOn = !stripped.isEmpty()
                    && Character.isLowerCase(stripped.codePointAt(0))
                    && HYPHENATED.matcher(block).find();
            boolean numberGoesOn = NUMBER_GOES_ON.matcher(line).lookingAt() && !endsSentence(block);
            boolean continuation =
                    blockKind != 0 && !starts && (previousLength >= wrapWidth || lowerGoesOn || numberGoesOn);
            if (!continuation) {
                flush(out, block, blockKind, markdown, blockNotes);
                var m = LIST_MARK.matcher(line);
                if (m.lookingAt()) {
                    blockKind = 2;
                    line = line.substring(m.end());
                } else {
                    blockKind = 1;
                }
            }
            if (block.length() > 0 && continuation && !markdown && joinHyphenated(block, line)) {
                // the word goes on without a space
            } else if (block.length() > 0) {
                block.append(' ');
            }
            boolean hardBreak = markdown && (line.endsWith("\\") || line.endsWith("  "));
            block.append(
                    hardBreak && line.strip().endsWith("\\")
                            ? line.strip().substring(0, line.strip().length() - 1)
                            : line.strip());
            previousLength = line.length();
            if (i < notesAt.size()) {
                blockNotes.addAll(notesAt.get(i));
            }
            if (hardBreak) {
                flush(out, block, blockKind, markdown, blockNotes);
                blockKind = 0;
            }
        }
        flush(out, block, blockKind, markdown, blockNotes);
        return out.build();
    }

    private static boolean endsSentence(CharSequence block) {
        int i = block.length() - 1;
        while (i >= 0 && Character.isWhitespace(block.charAt(i))) {
            i--;
        }
        return i < 0 || ".:;!?".indexOf(block.charAt(i)) >= 0;
    }

    /**
     * Joins a word hyphenated at the end of the block with the start of the next line: drops the hyphen where the
     * next line goes on in lower case, unless the first part is a prefix of three letters or fewer or a common
     * first part of a hyphenated compound; keeps it before a capital.
     *
     * @return whether the block ended with a hyphenated word (the caller adds no space)
     */
    private static boolean joinHyphenated(StringBuilder block, String line) {
        var m = HYPHENATED.matcher(block);
        String next = line.strip();
        if (!m.find() || next.isEmpty() || !Character.isLetter(next.codePointAt(0))) {
            return false;
        }
        if (SUSPENDED.matcher(next).lookingAt()) {
            // "Lohn-" / "und Gehaltsabrechnung": the hyphen of a suspended compound, and a space
            return false;
        }
        String part = m.group(1);
        if (Character.isLowerCase(next.codePointAt(0))
                && part.length() > 3
                && !HYPHENATED_FIRST_PARTS.contains(part.toLowerCase(Locale.ROOT))) {
            block.setLength(block.length() - 1);
        }
        return true;
    }

    /**
     * Drops the page furniture of text taken from a PDF's text layer: page numbers ("Page 3 of 12", "Seite 3 von
     * 12"; a bare number only next to a form feed), form feeds, and running headers and footers, that is short
     * lines repeated at least three times (twice where form feeds mark the pages), each time within three lines of
     * a page boundary (a form feed, a page number, the start or end of the text). Where the furniture interrupts a
     * sentence (the text before it ends without a sentence's end and the text after it goes on in lower case), the
     * two parts are joined as one paragraph; otherwise one blank line stands for the furniture.
     */
    static String[] withoutPageFurniture(String[] lines) {
        int n = lines.length;
        boolean[] boundary = new boolean[n];
        boolean formFeeds = false;
        for (int i = 0; i < n; i++) {
            String l = lines[i];
            boolean ff = l.indexOf('\f') >= 0;
            formFeeds |= ff;
            String plain = l.replace("\f", "");
            boolean nearFeed =
                    ff || (i > 0 && lines[i - 1].indexOf('\f') >= 0) || (i + 1 < n && lines[i + 1].indexOf('\f') >= 0);
            boundary[i] = ff
                    || PAGE_NUMBER.matcher(plain).matches()
                    || (nearFeed && BARE_PAGE_NUMBER.matcher(plain).matches());
        }
        if (!formFeeds && !anyTrue(boundary)) {
            return lines;
        }
        // running headers and footers
        Map<String, Integer> counts = new HashMap<>();
        for (String l : lines) {
            String k = l.replace("\f", "").strip();
            if (!k.isEmpty() && k.length() <= 100) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        boolean[] furniture = new boolean[n];
        for (int i = 0; i < n; i++) {
            String plain = lines[i].replace("\f", "");
            furniture[i] = PAGE_NUMBER.matcher(plain).matches()
                    || (boundary[i] && BARE_PAGE_NUMBER.matcher(plain).matches());
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() < (formFeeds ? 2 : 3)) {
                continue;
            }
            List<Integer> at = new ArrayList<>();
            boolean allNear = true;
            for (int i = 0; i < n && allNear; i++) {
                if (lines[i].replace("\f", "").strip().equals(e.getKey())) {
                    at.add(i);
                    allNear = nearBoundary(lines, boundary, i);
                }
            }
            if (allNear) {
                at.forEach(i -> furniture[i] = true);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!furniture[i] && lines[i].indexOf('\f') < 0) {
                out.add(lines[i]);
                i++;
                continue;
            }
            // a run of furniture, form feeds and blank lines
            int j = i;
            while (j < n && (furniture[j] || lines[j].replace("\f", "").isBlank())) {
                j++;
            }
            while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
                out.remove(out.size() - 1);
            }
            String before = out.isEmpty() ? "" : out.get(out.size() - 1).strip();
            String after = j < n ? lines[j].replace("\f", "").strip() : "";
            boolean interrupted = !before.isEmpty()
                    && !after.isEmpty()
                    && ".:;!?".indexOf(before.charAt(before.length() - 1)) < 0
                    && (Character.isLowerCase(after.codePointAt(0))
                            || NUMBER_GOES_ON.matcher(after).lookingAt());
            if (!interrupted && !out.isEmpty()) {
                out.add("");
            }
            i = j;
            if (j < n) {
                out.add(lines[j].replace("\f", ""));
                i = j + 1;
            }
        }
        return out.toArray(String[]::new);
    }

    private static boolean anyTrue(boolean[] values) {
        for (boolean v : values) {
            if (v) {
                return true;
            }
        }
        return false;
    }

    /** Whether line {@code i} stands within three non-blank lines of a page boundary or the text's start or end. */
    private static boolean nearBoundary(String[] lines, boolean[] boundary, int i) {
        for (int dir = -1; dir <= 1; dir += 2) {
            int seen = 0;
            int k = i;
            while (seen <= 3) {
                if (boundary[k]) {
                    return true;
                }
                k += dir;
                if (k < 0 || k >= lines.length) {
                    return true;
                }
                if (!lines[k].isBlank()) {
                    seen++;
                }
            }
        }
        return false;
    }

    /** The width from which a line counts as wrapped: 80 % of the length most long lines reach. */
    static int wrapWidth(String raw) {
        int[] lengths = raw.lines()
                .mapToInt(l -> l.strip().length())
                .filter(n -> n > 0)
                .sorted()
                .toArray();
        if (lengths.length == 0) {
            return WRAP_WIDTH;
        }
        int p90 = lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.9))];
        return Math.max(20, (int) (p90 * 0.8));
    }

    private static void flush(
            TextBuilder out, StringBuilder block, int kind, boolean markdown, List<String> blockNotes) {
        if (block.length() == 0) {
            return;
        }
        String s = markdown ? inline(block.toString()) : block.toString();
        if (kind == 2) {
            out.listItem(0, s);
        } else {
            out.paragraph(s);
        }
        block.setLength(0);
        placeNotes(out, blockNotes);
    }

    /** Footnotes, each a paragraph that begins with its raised number, after the block that refers to them. */
    private static void placeNotes(TextBuilder out, List<String> notes) {
        for (String note : notes) {
            out.paragraph(inline(note));
        }
        notes.clear();
    }

    private static String inline(String s) {
        String t = MD_LINK.matcher(s).replaceAll("$1");
        t = t.replace("\\\\", "\u0000");
        // remove emphasis marks that are not escaped, then the escapes
        StringBuilder out = new StringBuilder();
        var m = MD_EMPHASIS.matcher(t);
        int last = 0;
        while (m.find()) {
            int start = m.start();
            if (start > 0 && t.charAt(start - 1) == '\\') {
                continue;
            }
            out.append(t, last, start);
            last = m.end();
        }
        out.append(t.substring(last));
        String u = MD_ESCAPE.matcher(out.toString()).replaceAll("$1");
        return u.replace('\u0000', '\\').replace("<br>", " ").replace("<br/>", " ");
    }

    /** A line that begins and ends with "|" and has at least two cells: a row of a pipe table. */
    private static boolean pipeRow(String line) {
        String s = line.strip();
        return s.length() > 2
                && s.startsWith("|")
                && s.endsWith("|")
                && s.chars().filter(c -> c == '|').count() >= 3;
    }

    private static List<String> pipeCells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(inline(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(inline(cell.toString()));
        return cells;
    }
}
