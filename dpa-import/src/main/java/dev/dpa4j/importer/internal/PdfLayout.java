/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.internal.SourceText.Kind;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds the block structure of a PDF's text layer from the positions of its words, as a reader sees the page:
 *
 * <ul>
 *   <li>a page set in two columns (a band in the middle free of words on most of its rows, prose on both sides,
 *       not the columns of a table) is read column by column: rows across the band (titles, tables, footers) as
 *       they stand, between them the left column's lines before the right column's;
 *   <li>two words are one where the gap between them is narrower than half a space of their font (kerning), and
 *       two words where it is wider, also where the text layer has no space glyph;
 *   <li>words on one baseline form a line; a horizontal gap wider than {@value #CELL_GAP} of the font size splits it
 *       into segments (not in a justified line, whose five or more words stand at wide gaps of about equal width);
 *   <li>consecutive lines whose segments start at the same x-positions (at least two lines with two or more
 *       segments) form a <b>table</b>: its columns are those x-positions, and a new row starts where the distance
 *       between baselines is larger than the line pitch inside a cell (cell padding), or, in a table without such
 *       gaps, at each line whose first column holds text;
 *   <li>other lines are joined into blocks: a new block starts after a vertical gap larger than the document's line
 *       pitch, after a line that ends short of the right margin (the next word would have fitted), at a change of
 *       font size or weight, at a change of indentation, and at a bullet glyph or an enumerator ("1.", "(a)",
 *       "3.1") standing apart from its text;
 *   <li>a block that starts with a bullet glyph, or stands indented under the body text without one (as a list whose
 *       bullets are drawn as shapes), is a <b>list item</b>; a short block set in bold or in a larger size than the
 *       body text is a <b>heading</b>;
 *   <li>lines that repeat on most pages at the same place (running heads, footers, page numbers) are left out.
 * </ul>
 *
 * A sentence that goes on after a page or column break (the last line without a sentence end, the next line in the
 * same font and indentation and not a numbered clause) stays one paragraph, also where the footnotes at the foot of
 * the page stand between its two halves (they are read after the paragraph), and the distance between baselines may
 * vary by a device pixel inside one, and by a fifth of the font size more before a line that carries a raised
 * footnote number (a browser's {@code <sup>} makes that line taller). A word hyphenated at a line end is joined again when the next line goes on in
 * lower case (not before "und", "oder", "and", "or", where the hyphen stands for a left-out part of a compound).
 */
final class PdfLayout {

    /** A gap between words wider than this share of the font size separates segments (cells, marker and text). */
    static final double CELL_GAP = 0.6;

    private static final Pattern BOLD = Pattern.compile("bold|black|heavy|semibold|demi", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^[•·▪◦‣○●■□–\\-*➢►✓❖]$");
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^(\\(?[0-9]{1,3}\\)|\\(?[a-zA-Z]\\)|\\([ivxIVX]{1,5}\\)|[ivx]{1,5}\\.|[0-9]{1,3}(\\.[0-9]{1,3}){0,4}\\.?|[a-zA-Z]\\.|§\\s*[0-9]{1,3}[a-z]?)$");
    private static final Pattern LEADING_BULLET = Pattern.compile("^[•·▪◦‣●■➢►✓❖]\\s*");
    /** A heading that is only a number ("ANLAGE 3", "Annex II", "§ 4", "Clause 7"), with its title on the next line. */
    private static final Pattern LABEL_ONLY = Pattern.compile(
            "^(anlage|anhang|annex|appendix|schedule|attachment|exhibit|beilage|§|clause|klausel|section|article|artikel"
                    + "|ziffer|teil|part)\\s*([0-9]{1,3}[a-z]?|[ivx]{1,5}|[a-z])\\.?:?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SECTION_START = Pattern.compile(
            "^(§\\s*\\d|(art\\.|artikel|article|clause|klausel|ziffer|section|anlage|anhang|annex|appendix|schedule)\\s+"
                    + "[0-9ivx]|\\d{1,2}(\\.\\d{1,2})*\\.?\\s+\\p{Lu})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FINISHED = Pattern.compile("[.;:!?)]$");
    private static final Pattern COMPOUND_CONTINUATION = Pattern.compile(
            "^(und|oder|bzw\\.?|sowie|and|or|nor)\\b", Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private record Pending(Kind kind, float size, String text, List<String> cells) {}

    /**
     * A word: its page, extent, baseline, font size (as PDFBox reports it, which leaves out the scaling of the page's
     * transformation), whether bold, its text, and the width of a space in its font as drawn on the page.
     */
    record Word(int page, float x0, float x1, float y, float size, boolean bold, String text, float space) {

        Word shifted(float dx) {
            return new Word(page, x0 - dx, x1 - dx, y, size, bold, text, space);
        }
    }

    record Segment(float x0, float x1, String text, float firstWordWidth, float secondWordX) {}

    /**
     * A line of words on one baseline. On a page set in two columns, {@code column} is 1 or 2 for a line of the left
     * or right column (0 for a line across the page or on a page of one column), a line of the right column is moved
     * left by the distance between the columns (so that indentation reads the same in both), and {@code edge} is the
     * right edge of the column's text (NaN outside columns: the document's right margin holds).
     */
    record Line(
            int page,
            float y,
            float size,
            boolean bold,
            List<Segment> segments,
            int column,
            float edge,
            @Nullable String language) {
        Line(int page, float y, float size, boolean bold, List<Segment> segments) {
            this(page, y, size, bold, segments, 0, Float.NaN, null);
        }

        Line inColumn(int c, float e) {
            return new Line(page, y, size, bold, segments, c, e, language);
        }

        /** This line as part of one language version ("de", "en") of a page whose two columns hold two languages. */
        Line inLanguage(String l) {
            return new Line(page, y, size, bold, segments, column, edge, l);
        }

        float x0() {
            return segments.get(0).x0();
        }

        float x1() {
            return segments.get(segments.size() - 1).x1();
        }

        String text() {
            StringBuilder out = new StringBuilder();
            for (Segment s : segments) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(s.text());
            }
            return out.toString();
        }
    }

    private PdfLayout() {}

    /** Collects the words of every page with their positions. */
    private static final class Collector extends PDFTextStripper {
        final List<Word> words = new ArrayList<>();

        Collector() {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            StringBuilder run = new StringBuilder();
            TextPosition first = null;
            TextPosition last = null;
            boolean bold = true;
            for (TextPosition p : positions) {
                String u = p.getUnicode();
                if (u == null || u.isBlank()) {
                    if (first != null && last != null) {
                        add(run, first, last, bold);
                    }
                    run.setLength(0);
                    first = null;
                    bold = true;
                    continue;
                }
                if (first != null && last != null && apart(last, p)) {
                    add(run, first, last, bold);
                    run.setLength(0);
                    first = null;
                    bold = true;
                }
                if (first == null) {
                    first = p;
                }
                last = p;
                bold &= isBold(p.getFont());
                run.append(ligatures(u));
            }
            if (first != null && last != null) {
                add(run, first, last, bold);
            }
        }

        /**
         * Whether two glyphs that the text layer gives without a space between them belong to two words: the second
         * stands on another baseline (a superscript footnote number glued to its word, "Service.1") or before the
         * first (the text layer's order ran on to the next line).
         */
        private static boolean apart(TextPosition a, TextPosition b) {
            float size = Math.max(1f, Math.max(a.getFontSizeInPt(), b.getFontSizeInPt()));
            return Math.abs(a.getYDirAdj() - b.getYDirAdj()) > 0.15f * size
                    || b.getXDirAdj() < a.getXDirAdj() - 0.5f * size;
        }

        private void add(StringBuilder run, TextPosition first, TextPosition last, boolean bold) {
            words.add(new Word(
                    getCurrentPageNo(),
                    first.getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(),
                    Math.max(1f, first.getFontSizeInPt()),
                    bold,
                    run.toString(),
                    last.getWidthOfSpace()));
        }
    }

    private static boolean isBold(@Nullable PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName();
        return name != null && BOLD.matcher(name).find();
    }

    private static String ligatures(String u) {
        if (u.length() == 1 && u.charAt(0) >= '\uFB00' && u.charAt(0) <= '\uFB06') {
            return java.text.Normalizer.normalize(u, java.text.Normalizer.Form.NFKC);
        }
        return u;
    }

    /**
     * Reads the text layer of a document into blocks.
     *
     * @param doc the document
     * @param out where the blocks go
     * @throws IOException if PDFBox cannot read a page
     */
    static void read(PDDocument doc, TextBuilder out) throws IOException {
        new Assembler(lines(doc), out).run();
    }

    /** The lines of a document, without running heads and footers. */
    static List<Line> lines(PDDocument doc) throws IOException {
        Collector c = new Collector();
        c.writeText(doc, new StringWriter());
        return governing(dropRunning(lines(c.words), doc.getNumberOfPages()));
    }

    /** Groups words into lines by baseline and lines into segments by horizontal gaps. */
    static List<Line> lines(List<Word> words) {
        Map<Integer, List<Word>> byPage = new java.util.TreeMap<>();
        for (Word w : words) {
            byPage.computeIfAbsent(w.page(), k -> new ArrayList<>()).add(w);
        }
        List<Line> out = new ArrayList<>();
        float @Nullable [] previous = null;
        for (List<Word> page : byPage.values()) {
            page.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x0));
            List<List<Word>> rows = rows(page);
            float[][] many = manyColumns(page, rows);
            if (many != null) {
                previous = null;
                out.addAll(columns(rows, many));
                continue;
            }
            float[] gutter = gutter(page, rows, previous);
            previous = gutter;
            if (gutter == null) {
                for (List<Word> row : rows) {
                    out.add(line(row));
                }
            } else {
                out.addAll(columns(rows, gutter));
            }
        }
        return out;
    }

    /** Groups the words of a page, sorted by baseline, into rows of one baseline. */
    private static List<List<Word>> rows(List<Word> page) {
        List<List<Word>> rows = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        for (Word w : page) {
            if (!line.isEmpty()) {
                Word f = line.get(0);
                // a superscript number or mark (smaller, raised by up to 0.45 of the text's size: first in the
                // order by height) stays in its line
                float tolerance = f.size() < 0.85f * w.size() && f.text().length() <= 3
                        ? 0.45f * Math.max(w.size(), f.size())
                        : 0.35f * Math.min(w.size(), f.size());
                if (Math.abs(w.y() - f.y()) > tolerance) {
                    rows.add(line);
                    line = new ArrayList<>();
                }
            }
            line.add(w);
        }
        if (!line.isEmpty()) {
            rows.add(line);
        }
        return rows;
    }

    /** Whether a row has a word in the band {@code [a, b]}. */
    private static boolean crosses(List<Word> row, float a, float b) {
        for (Word w : row) {
            if (w.x1() > a && w.x0() < b) {
                return true;
            }
        }
        return false;
    }

    /** Where a page's words stand across it, and their median body size. */
    private record Extent(float left, float right, float size) {

        static Extent of(List<Word> page) {
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float[] sizes = new float[page.size()];
            for (int i = 0; i < page.size(); i++) {
                Word w = page.get(i);
                left = Math.min(left, w.x0());
                right = Math.max(right, w.x1());
                sizes[i] = w.size();
            }
            java.util.Arrays.sort(sizes);
            return new Extent(left, right, sizes[sizes.length / 2]);
        }

        /** The width of the words' extent, in whole points. */
        int width() {
            return (int) Math.ceil(right - left);
        }
    }

    /**
     * The gutter of a page set in two columns of text, as the band {@code [a, b]} that no word of a column row
     * touches, or null for a page of one column. The gutter is a vertical band in the middle half of the text's
     * width, at least {@value #GUTTER} of the body font size wide, free of words on at least {@value #FREE_ROWS} of the
     * page's rows, with rows of text on both sides of it. It is not a gutter where the two sides read as the columns
     * of a table: where the lines left of it mostly end short of it (labels, names), or where the paragraphs on the
     * two sides start at the same heights (the rows of a table whose cells hold paragraphs, as a bilingual table).
     *
     * <p>Where a browser sets two columns, their baselines need not meet, so that each row holds one column's line
     * and a column covers only about half of the page's rows: the widest band free on most rows may then lie inside a
     * column, between words that happen to stand apart. The band that fewest rows touch is tried after it. A page
     * whose gutter stands where the previous page's stood goes on in its columns: its lines need not read as prose
     * (the last page of an agreement in two columns holds short clauses).
     *
     * @param previous the gutter of the previous page, or null where it was of one column
     */
    static float @Nullable [] gutter(List<Word> page, List<List<Word>> rows, float @Nullable [] previous) {
        if (page.size() < 40 || rows.size() < 10) {
            return null;
        }
        Extent extent = Extent.of(page);
        float left = extent.left();
        float size = extent.size();
        int width = extent.width();
        if (width < 20 * size / 2) {
            return null;
        }
        int limit = (int) ((1 - FREE_ROWS) * rows.size());
        int[] run = widestFree(rows, left, width, limit);
        float[] found = run == null ? null : atBand(rows, left, size, limit, run, previous);
        if (found != null) {
            return found;
        }
        int[] clearest = clearest(rows, left, width, limit);
        if (clearest == null || (run != null && clearest[0] == run[0] && clearest[1] == run[1])) {
            return null;
        }
        return atBand(rows, left, size, limit, clearest, previous);
    }

    /**
     * The band of the middle half that fewest rows touch (give or take a tenth of them), where at most {@code limit}
     * rows touch it; or null.
     */
    private static int @Nullable [] clearest(List<List<Word>> rows, float left, int width, int limit) {
        int least = Integer.MAX_VALUE;
        for (int x = width / 4; x <= width * 3 / 4; x++) {
            int cover = 0;
            for (List<Word> row : rows) {
                for (Word w : row) {
                    if (w.x0() - left <= x + 1 && w.x1() - left >= x - 1) {
                        cover++;
                        break;
                    }
                }
            }
            least = Math.min(least, cover);
        }
        if (least > limit) {
            return null;
        }
        return widestFree(rows, left, width, Math.min(limit, least + Math.max(1, rows.size() / 10)));
    }

    /** The gutter at one band of free points, or null where the page does not read as two columns of text there. */
    private static float @Nullable [] atBand(
            List<List<Word>> rows, float left, float size, int limit, int[] run, float @Nullable [] previous) {
        if (run[1] - run[0] < GUTTER * size) {
            return null;
        }
        int bestFrom = run[0];
        int bestTo = run[1];
        float mid = left + (bestFrom + bestTo) / 2f;
        float half = Math.min((bestTo - bestFrom) / 4f, 0.6f * size);
        float a = mid - half;
        float b = mid + half;
        List<Float> leftEnds = new ArrayList<>();
        List<Float> rightEnds = new ArrayList<>();
        List<Float> leftYs = new ArrayList<>();
        List<Float> rightYs = new ArrayList<>();
        int crossing = 0;
        List<List<Word>> leftRows = new ArrayList<>();
        List<List<Word>> rightRows = new ArrayList<>();
        int leftCells = 0;
        int rightCells = 0;
        for (List<Word> row : rows) {
            if (crosses(row, a, b)) {
                crossing++;
                continue;
            }
            float le = -1;
            float re = -1;
            Word prevLeft = null;
            Word prevRight = null;
            boolean lc = false;
            boolean rc = false;
            for (Word w : row) {
                if (w.x1() <= a) {
                    le = Math.max(le, w.x1());
                    lc |= prevLeft != null && w.x0() - prevLeft.x1() > CELL_GAP * w.size();
                    prevLeft = w;
                } else {
                    re = Math.max(re, w.x1());
                    rc |= prevRight != null && w.x0() - prevRight.x1() > CELL_GAP * w.size();
                    prevRight = w;
                }
            }
            List<Word> lw = new ArrayList<>();
            List<Word> rw = new ArrayList<>();
            for (Word w : row) {
                (w.x1() <= a ? lw : rw).add(w);
            }
            if (!lw.isEmpty()) {
                leftRows.add(lw);
            }
            if (!rw.isEmpty()) {
                rightRows.add(rw);
            }
            // the word spaces of a justified line in a narrow column are stretched wide, all alike: not cells
            leftCells += lc && !stretched(lw) ? 1 : 0;
            rightCells += rc && !stretched(rw) ? 1 : 0;
            if (prevLeft != null) {
                leftEnds.add(le);
                leftYs.add(prevLeft.y()); // the side's own baseline: the two columns' baselines need not agree
            }
            if (prevRight != null) {
                rightEnds.add(re);
                rightYs.add(prevRight.y());
            }
        }
        int min = Math.max(5, (int) (0.2 * rows.size()));
        if (crossing > limit || leftEnds.size() < min || rightEnds.size() < min) {
            return null;
        }
        // sides whose rows are split again into cells are parts of a table of three or more columns (a small table
        // inside a column, as a signature block, splits a few of its rows)
        boolean leftSplit = leftCells * 10 > leftEnds.size() * 3;
        boolean rightSplit = rightCells * 10 > rightEnds.size() * 3;
        if ((leftSplit && rightSplit)
                || leftCells * 10 > leftEnds.size() * 6
                || rightCells * 10 > rightEnds.size() * 6) {
            return null;
        }
        if (split(leftRows, size) || split(rightRows, size)) {
            return null;
        }
        // a page that goes on in the previous page's columns need not read as prose
        boolean goesOn = previous != null && previous[0] < b && previous[1] > a;
        if (!goesOn && (!prose(leftRows, leftEnds, left) || !prose(rightRows, rightEnds, b))) {
            return null;
        }
        float[] languages = languages(leftRows, rightRows);
        List<Float> leftStarts = starts(leftYs);
        List<Float> rightStarts = starts(rightYs);
        if (leftStarts.size() >= 2 && rightStarts.size() >= 2) {
            int together = 0;
            for (float y : rightStarts) {
                for (float z : leftStarts) {
                    if (Math.abs(y - z) <= 0.2 * size) {
                        together++;
                        break;
                    }
                }
            }
            // the cells of a table row start together; the paragraphs of two columns meet only now and then, except
            // where the two columns are two language versions of one text, paragraph beside paragraph
            if (together * 4 >= 3 * Math.min(leftStarts.size(), rightStarts.size()) && languages == null) {
                return null;
            }
        }
        return languages == null ? new float[] {a, b} : new float[] {a, b, languages[0], languages[1]};
    }

    /**
     * Whether the words of one side of a row are a justified line whose spaces were stretched: three words or more, all
     * gaps between them within a quarter of their mean (the cells of a table row stand at gaps as unequal as the
     * lengths of their texts). A narrow column set justified stretches the spaces of many of its lines beyond the
     * gap between cells.
     */
    private static boolean stretched(List<Word> words) {
        if (words.size() < 3) {
            return false;
        }
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::x0));
        return evenGaps(sorted, Double.NEGATIVE_INFINITY);
    }

    /**
     * Whether the gaps between words in reading order are all wider than {@code least} and within a quarter of their
     * mean: the spaces of one justified line, not the gaps between a table row's cells, which are as unequal as the
     * lengths of the cells' texts.
     */
    private static boolean evenGaps(List<Word> words, double least) {
        float min = Float.MAX_VALUE;
        float max = 0;
        float sum = 0;
        for (int i = 1; i < words.size(); i++) {
            float gap = words.get(i).x0() - words.get(i - 1).x1();
            min = Math.min(min, gap);
            max = Math.max(max, gap);
            sum += gap;
        }
        float mean = sum / (words.size() - 1);
        return min > least && max <= 1.25f * mean && min >= 0.75f * mean;
    }

    /** The languages of the two sides of a gutter: "de" and "en" as codes 1 and 2, or null where they are one. */
    private static float @Nullable [] languages(List<List<Word>> leftRows, List<List<Word>> rightRows) {
        String left = text(leftRows);
        String right = text(rightRows);
        if (words(left) < 40 || words(right) < 40) {
            return null;
        }
        String l = Extractor.language(left);
        String r = Extractor.language(right);
        if (l.equals(r) || !clearly(left, l) || !clearly(right, r)) {
            return null;
        }
        return new float[] {l.equals("de") ? 1 : 2, r.equals("de") ? 1 : 2};
    }

    private static String text(List<List<Word>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<Word> row : rows) {
            for (Word w : row) {
                out.append(w.text()).append(' ');
            }
        }
        return out.toString();
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /**
     * Whether a text is clearly in the language the project's detection ({@link Extractor#language}) gives it: its
     * frequent words outnumber those of the other language three to one (an English column quoting a German term or
     * two, a German column naming "Data Processing Agreement", stay one language; two columns of one language are
     * never two versions).
     */
    private static boolean clearly(String text, String language) {
        int de = Extractor.germanWords(text);
        int en = Extractor.englishWords(text);
        return language.equals("de") ? de >= 3 * en : en >= 3 * de;
    }

    /**
     * The widest run of points in the middle half of {@code [left, left + width]} that at most {@code limit} of the
     * rows have a word on, narrowed to its core, as offsets from {@code left}; or null.
     */
    private static int @Nullable [] widestFree(List<List<Word>> rows, float left, int width, int limit) {
        int[] cover = new int[width + 2];
        for (List<Word> row : rows) {
            boolean[] marked = new boolean[width + 2];
            for (Word w : row) {
                int from = Math.max(0, (int) Math.floor(w.x0() - left));
                int to = Math.min(width + 1, (int) Math.ceil(w.x1() - left));
                for (int x = from; x <= to; x++) {
                    marked[x] = true;
                }
            }
            for (int x = 0; x <= width + 1; x++) {
                if (marked[x]) {
                    cover[x]++;
                }
            }
        }
        int bestFrom = -1;
        int bestTo = -1;
        int from = -1;
        for (int x = width / 4; x <= width * 3 / 4 + 1; x++) {
            boolean free = x <= width * 3 / 4 && cover[x] <= limit;
            if (free && from < 0) {
                from = x;
            } else if (!free && from >= 0) {
                if (x - from > bestTo - bestFrom) {
                    bestFrom = from;
                    bestTo = x;
                }
                from = -1;
            }
        }
        if (bestFrom < 0) {
            return null;
        }
        // its core: the widest stretch of the points fewest rows cover, give or take a tenth of them (a ragged
        // column's longer lines reach into the run)
        int least = Integer.MAX_VALUE;
        for (int x = bestFrom; x < bestTo; x++) {
            least = Math.min(least, cover[x]);
        }
        int coreFrom = -1;
        int coreTo = -1;
        from = -1;
        for (int x = bestFrom; x <= bestTo; x++) {
            boolean core = x < bestTo && cover[x] <= least + Math.max(1, rows.size() / 10);
            if (core && from < 0) {
                from = x;
            } else if (!core && from >= 0) {
                if (x - from > coreTo - coreFrom) {
                    coreFrom = from;
                    coreTo = x;
                }
                from = -1;
            }
        }
        return new int[] {coreFrom, coreTo};
    }

    /**
     * Whether the words of one side of a gutter have a gutter of their own, free on most of the side's rows: the
     * side holds two or more columns of a table, not one column of text.
     */
    private static boolean split(List<List<Word>> sideRows, float size) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (List<Word> row : sideRows) {
            for (Word w : row) {
                left = Math.min(left, w.x0());
                right = Math.max(right, w.x1());
            }
        }
        if (sideRows.size() < 3 || right - left < 4 * size) {
            return false;
        }
        int[] run =
                widestFree(sideRows, left, (int) Math.ceil(right - left), (int) ((1 - FREE_ROWS) * sideRows.size()));
        return run != null && run[1] - run[0] >= 0.5 * GUTTER * size;
    }

    /** A gutter is at least this share of the body font size wide. */
    static final double GUTTER = 0.8;

    /** The share of a page's rows that leave the gutter free. */
    static final double FREE_ROWS = 0.6;

    /**
     * Whether most lines of a column end near its right edge, or end where the next line's first word would not have
     * fitted, as wrapped prose does, also set ragged (not the labels of a table, after which the next label would
     * have fitted).
     */
    private static boolean prose(List<List<Word>> rows, List<Float> ends, float start) {
        List<Float> sorted = new ArrayList<>(ends);
        sorted.sort(null);
        float edge = sorted.get((int) (sorted.size() * 0.9));
        float near = edge - 0.15f * (edge - start);
        int full = 0;
        for (int i = 0; i < ends.size(); i++) {
            float e = ends.get(i);
            if (e >= near || (i + 1 < rows.size() && wrapped(rows.get(i), rows.get(i + 1), start, edge))) {
                full++;
            }
        }
        return full * 2 >= ends.size();
    }

    /**
     * Whether a line of prose was wrapped: a line of four words or more across most of the column, followed at the
     * line pitch by a line whose first word would have overrun the edge after its last word (not a label of a table,
     * whose next label stands below the lines of the description beside it, or would have fitted).
     */
    private static boolean wrapped(List<Word> line, List<Word> next, float start, float edge) {
        Word last = line.get(0);
        Word begin = line.get(0);
        for (Word w : line) {
            last = w.x1() > last.x1() ? w : last;
            begin = w.x0() < begin.x0() ? w : begin;
        }
        Word first = next.get(0);
        for (Word w : next) {
            first = w.x0() < first.x0() ? w : first;
        }
        if (line.size() < 4
                || last.x1() - begin.x0() < 0.6f * (edge - start)
                || first.y() - last.y() > 1.6f * last.size()) {
            return false;
        }
        return last.x1() + Math.max(last.space(), 0.2f * last.size()) + (first.x1() - first.x0()) > edge;
    }

    /**
     * The heights at which paragraphs start: each line after a gap wider than the usual pitch. The first and the last
     * line are left out, as a running head and a footer above and below both columns would start together.
     */
    private static List<Float> starts(List<Float> all) {
        List<Float> ys = all.size() > 2 ? all.subList(1, all.size() - 1) : List.of();
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < ys.size(); i++) {
            gaps.add(ys.get(i) - ys.get(i - 1));
        }
        List<Float> out = new ArrayList<>();
        if (gaps.isEmpty()) {
            return out;
        }
        List<Float> sorted = new ArrayList<>(gaps);
        sorted.sort(null);
        float usual = sorted.get(sorted.size() / 2);
        for (int i = 1; i < ys.size(); i++) {
            if (gaps.get(i - 1) > 1.4f * usual) {
                out.add(ys.get(i));
            }
        }
        return out;
    }

    /**
     * The lines of a page set in two columns, in reading order: rows that cross the gutter (headings, tables and
     * footers across the page) as they stand, and between them the left column's lines before the right column's.
     */
    private static List<Line> columns(List<List<Word>> rows, float[] gutter) {
        float leftX = Float.MAX_VALUE;
        float rightX = Float.MAX_VALUE;
        for (List<Word> row : rows) {
            if (!crosses(row, gutter[0], gutter[1])) {
                for (Word w : row) {
                    if (w.x1() <= gutter[0]) {
                        leftX = Math.min(leftX, w.x0());
                    } else {
                        rightX = Math.min(rightX, w.x0());
                    }
                }
            }
        }
        float dx = rightX - leftX;
        List<Object> order = new ArrayList<>(); // a Line across the page, or a zone: List<List<Line>> of two columns
        List<Line> lefts = new ArrayList<>();
        List<Line> rights = new ArrayList<>();
        List<Word> leftWords = new ArrayList<>();
        List<Word> rightWords = new ArrayList<>();
        for (int i = 0; i <= rows.size(); i++) {
            List<Word> row = i < rows.size() ? rows.get(i) : null;
            if (row == null || crosses(row, gutter[0], gutter[1])) {
                if (!leftWords.isEmpty() || !rightWords.isEmpty()) {
                    Comparator<Word> byPosition =
                            Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x0);
                    leftWords.sort(byPosition);
                    rightWords.sort(byPosition);
                    List<Line> l = new ArrayList<>();
                    for (List<Word> r : rows(leftWords)) {
                        l.add(line(r, 3));
                    }
                    List<Line> r2 = new ArrayList<>();
                    for (List<Word> r : rows(rightWords)) {
                        r2.add(line(r, 3));
                    }
                    lefts.addAll(l);
                    rights.addAll(r2);
                    order.add(List.of(l, r2));
                    leftWords = new ArrayList<>();
                    rightWords = new ArrayList<>();
                }
                if (row != null) {
                    order.add(line(row));
                }
                continue;
            }
            for (Word w : row) {
                if (w.x1() <= gutter[0]) {
                    leftWords.add(w);
                } else {
                    rightWords.add(w.shifted(dx));
                }
            }
        }
        float leftEdge = edge(lefts);
        float rightEdge = edge(rights);
        List<Line> out = new ArrayList<>();
        for (Object o : order) {
            if (o instanceof Line l) {
                out.add(l);
            } else {
                @SuppressWarnings("unchecked")
                List<List<Line>> zone = (List<List<Line>>) o;
                for (Line l : zone.get(0)) {
                    Line c = l.inColumn(1, leftEdge);
                    out.add(gutter.length > 2 ? c.inLanguage(gutter[2] == 1 ? "de" : "en") : c);
                }
                for (Line l : zone.get(1)) {
                    Line c = l.inColumn(2, rightEdge);
                    out.add(gutter.length > 2 ? c.inLanguage(gutter[3] == 1 ? "de" : "en") : c);
                }
            }
        }
        return out;
    }

    /**
     * The gutters of a page set in three or more columns of text (the small print on the back of an order form, a
     * newsletter's page), as bands {@code [a, b]} from left to right, or null where the page does not read so (#16,
     * layout35). {@link #gutter} looks for the one band in the middle half of the page; on a page of three columns both
     * gutters stand there, and neither side of either one is a single column. Here every band inside the text's width
     * that at most {@code (1 - FREE_ROWS)} of the rows touch and that is at least {@value #GUTTER} of the body size
     * wide is a gutter; there must be two or more, each column between them at least a sixth of the width and its
     * lines prose (wrapped, not the labels or cells of a table), and no two columns' paragraphs start together on
     * most heights (the cells of a table's row start together; the paragraphs of columns of text meet only now and
     * then).
     */
    static float @Nullable [][] manyColumns(List<Word> page, List<List<Word>> rows) {
        if (page.size() < 60 || rows.size() < 10) {
            return null;
        }
        Extent extent = Extent.of(page);
        float left = extent.left();
        float size = extent.size();
        int width = extent.width();
        if (width < 30 * size / 2) {
            return null;
        }
        int limit = (int) ((1 - FREE_ROWS) * rows.size());
        int[] cover = new int[width + 2];
        for (List<Word> row : rows) {
            boolean[] marked = new boolean[width + 2];
            for (Word w : row) {
                int from = Math.max(0, (int) Math.floor(w.x0() - left));
                int to = Math.min(width + 1, (int) Math.ceil(w.x1() - left));
                for (int x = from; x <= to; x++) {
                    marked[x] = true;
                }
            }
            for (int x = 0; x <= width + 1; x++) {
                if (marked[x]) {
                    cover[x]++;
                }
            }
        }
        // the free runs inside the text's width (a ragged last column's short lines leave its right end free too,
        // but that run reaches the right edge and is no gutter)
        List<float[]> bands = new ArrayList<>();
        int from = -1;
        int min = width / 6;
        for (int x = min; x <= width - min + 1; x++) {
            boolean free = x <= width - min && cover[x] <= limit;
            if (free && from < 0) {
                from = x;
            } else if (!free && from >= 0) {
                // its core: the widest stretch of the points fewest rows cover, give or take a tenth of them (a
                // ragged column's longer lines reach into the run), as widestFree narrows a gutter
                int fewest = Integer.MAX_VALUE;
                for (int y = from; y < x; y++) {
                    fewest = Math.min(fewest, cover[y]);
                }
                int coreFrom = -1;
                int coreTo = -1;
                int at = -1;
                for (int y = from; y <= x; y++) {
                    boolean core = y < x && cover[y] <= fewest + Math.max(1, rows.size() / 10);
                    if (core && at < 0) {
                        at = y;
                    } else if (!core && at >= 0) {
                        if (y - at > coreTo - coreFrom) {
                            coreFrom = at;
                            coreTo = y;
                        }
                        at = -1;
                    }
                }
                if (coreTo - coreFrom >= GUTTER * size) {
                    float mid = left + (coreFrom + coreTo) / 2f;
                    float half = Math.min((coreTo - coreFrom) / 4f, 0.6f * size);
                    bands.add(new float[] {mid - half, mid + half});
                }
                from = -1;
            }
        }
        if (bands.size() < 2) {
            return null;
        }
        float[][] gutters = bands.toArray(new float[0][]);
        int crossing = 0;
        List<List<List<Word>>> sides = new ArrayList<>();
        List<List<Float>> ends = new ArrayList<>();
        List<List<Float>> ys = new ArrayList<>();
        for (int c = 0; c <= gutters.length; c++) {
            sides.add(new ArrayList<>());
            ends.add(new ArrayList<>());
            ys.add(new ArrayList<>());
        }
        for (List<Word> row : rows) {
            if (crossesAny(row, gutters)) {
                crossing++;
                continue;
            }
            List<List<Word>> parts = new ArrayList<>();
            for (int c = 0; c <= gutters.length; c++) {
                parts.add(new ArrayList<>());
            }
            for (Word w : row) {
                parts.get(columnOf(w, gutters)).add(w);
            }
            for (int c = 0; c <= gutters.length; c++) {
                List<Word> part = parts.get(c);
                if (!part.isEmpty()) {
                    sides.get(c).add(part);
                    float e = -1;
                    for (Word w : part) {
                        e = Math.max(e, w.x1());
                    }
                    ends.get(c).add(e);
                    ys.get(c).add(part.get(part.size() - 1).y());
                }
            }
        }
        int least = Math.max(5, (int) (0.2 * rows.size()));
        if (crossing > limit) {
            return null;
        }
        List<List<Float>> starts = new ArrayList<>();
        for (int c = 0; c <= gutters.length; c++) {
            float start = c == 0 ? left : gutters[c - 1][1];
            if (ends.get(c).size() < least || split(sides.get(c), size) || !prose(sides.get(c), ends.get(c), start)) {
                return null;
            }
            starts.add(starts(ys.get(c)));
        }
        for (int c = 1; c < starts.size(); c++) {
            List<Float> a = starts.get(c - 1);
            List<Float> b = starts.get(c);
            if (a.size() >= 3 && b.size() >= 3) {
                int together = 0;
                for (float y : b) {
                    for (float z : a) {
                        if (Math.abs(y - z) <= 0.2 * size) {
                            together++;
                            break;
                        }
                    }
                }
                // columns of text set on one grid of baselines meet now and then, even often; a table's rows always
                if (together * 10 >= 9 * Math.min(a.size(), b.size())) {
                    return null;
                }
            }
        }
        return gutters;
    }

    /** Whether a row has a word in any of the bands. */
    private static boolean crossesAny(List<Word> row, float[][] gutters) {
        for (float[] g : gutters) {
            if (crosses(row, g[0], g[1])) {
                return true;
            }
        }
        return false;
    }

    /** The column (0 for the first) of a word on a page whose gutters are {@code gutters}. */
    private static int columnOf(Word w, float[][] gutters) {
        int c = 0;
        while (c < gutters.length && w.x1() > gutters[c][0]) {
            c++;
        }
        return c;
    }

    /**
     * The lines of a page set in three or more columns, in reading order: rows that cross a gutter (a title, a table
     * or a footer across the page) as they stand, and between them each column's lines in turn, each column's words
     * moved left to where the first column starts (so that indentation reads the same in all), numbered 1, 2, 3, ...
     * (#16, layout35).
     */
    private static List<Line> columns(List<List<Word>> rows, float[][] gutters) {
        int n = gutters.length + 1;
        float[] starts = new float[n];
        java.util.Arrays.fill(starts, Float.MAX_VALUE);
        for (List<Word> row : rows) {
            if (!crossesAny(row, gutters)) {
                for (Word w : row) {
                    int c = columnOf(w, gutters);
                    starts[c] = Math.min(starts[c], w.x0());
                }
            }
        }
        List<Object> order = new ArrayList<>(); // a Line across the page, or a zone: one List<Line> per column
        List<List<Line>> all = new ArrayList<>();
        List<List<Word>> words = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            all.add(new ArrayList<>());
            words.add(new ArrayList<>());
        }
        Comparator<Word> byPosition = Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x0);
        for (int i = 0; i <= rows.size(); i++) {
            List<Word> row = i < rows.size() ? rows.get(i) : null;
            if (row == null || crossesAny(row, gutters)) {
                boolean any = false;
                for (List<Word> w : words) {
                    any |= !w.isEmpty();
                }
                if (any) {
                    List<List<Line>> zone = new ArrayList<>();
                    for (int c = 0; c < n; c++) {
                        List<Word> w = words.get(c);
                        w.sort(byPosition);
                        List<Line> l = new ArrayList<>();
                        for (List<Word> r : rows(w)) {
                            l.add(line(r, 3));
                        }
                        all.get(c).addAll(l);
                        zone.add(l);
                        words.set(c, new ArrayList<>());
                    }
                    order.add(zone);
                }
                if (row != null) {
                    order.add(line(row));
                }
                continue;
            }
            for (Word w : row) {
                int c = columnOf(w, gutters);
                words.get(c).add(c == 0 ? w : w.shifted(starts[c] - starts[0]));
            }
        }
        float[] edges = new float[n];
        for (int c = 0; c < n; c++) {
            edges[c] = edge(all.get(c));
        }
        List<Line> out = new ArrayList<>();
        for (Object o : order) {
            if (o instanceof Line l) {
                out.add(l);
            } else {
                @SuppressWarnings("unchecked")
                List<List<Line>> zone = (List<List<Line>>) o;
                for (int c = 0; c < n; c++) {
                    for (Line l : zone.get(c)) {
                        out.add(l.inColumn(c + 1, edges[c]));
                    }
                }
            }
        }
        return out;
    }

    /** A clause naming the version that prevails: the language named in group 1, 2, 4, 5 or 7. */
    private static final Pattern PREVAILS = Pattern.compile(
            "(?:(deutsche|englische)n?\\s+(?:sprach)?fassung|(?:fassung|text|wortlaut)\\s+in\\s+(deutscher|englischer)"
                    + "\\s+sprache)[^.;]{0,60}?\\b(maßgeblich|maßgebend|vorrang|vorrangig|verbindlich|geht\\b[^.;]{0,40}\\bvor)"
                    + "|(?:maßgeblich|maßgebend|vorrang\\s+hat|verbindlich)\\s+ist\\s+(?:allein\\s+|ausschließlich\\s+|nur\\s+)?"
                    + "(?:die|der)\\s+(deutsche|englische)n?\\s+(?:sprach)?(?:fassung|text|wortlaut)"
                    + "|\\b(german|english)(?:\\s+language)?\\s+(?:version|text)[^.;]{0,40}?\\b(?:shall\\s+)?"
                    + "(prevails?|govern|governs|control|controls|be\\s+binding|is\\s+binding)"
                    + "|\\b(?:geht|gilt|hat)\\s+(?:die|der)\\s+(deutsche|englische)n?\\s+(?:sprach)?(?:fassung|text|wortlaut)\\b"
                    + "[^.;]{0,30}?\\b(?:vor|vorrang|als\\s+maßgeblich)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Keeps one language version of a document whose pages hold two side by side (German left, English right, as
     * many German agreements are printed): the version a clause declares to prevail („maßgeblich ist die deutsche
     * Fassung“, "the German version shall prevail"), else the one in the first column. The lines of the other
     * version are left out, so that no paragraph and no quote mixes the two; lines across the page (a title, a
     * table) stay.
     */
    static List<Line> governing(List<Line> lines) {
        Map<String, StringBuilder> versions = new java.util.LinkedHashMap<>();
        for (Line l : lines) {
            String language = l.language();
            if (language != null) {
                versions.computeIfAbsent(language, k -> new StringBuilder())
                        .append(l.text())
                        .append(' ');
            }
        }
        if (versions.size() < 2) {
            return lines;
        }
        String keep = "de";
        for (Line l : lines) {
            String language = l.language();
            if (language != null && l.column() == 1) {
                keep = language; // the first column's, unless a clause says otherwise
                break;
            }
        }
        int german = 0;
        int english = 0;
        for (StringBuilder v : versions.values()) {
            java.util.regex.Matcher m = PREVAILS.matcher(
                    v.toString().replaceAll("[\u00AD\u2010]\\s*", "").replaceAll("\\s+", " "));
            while (m.find()) {
                String named = "";
                for (int g : new int[] {1, 2, 4, 5, 7}) {
                    String group = m.group(g);
                    if (group != null) {
                        named = group.toLowerCase(Locale.ROOT);
                    }
                }
                if (named.startsWith("deutsch") || named.equals("german")) {
                    german++;
                } else if (named.startsWith("englisch") || named.equals("english")) {
                    english++;
                }
            }
        }
        if (german != english) {
            keep = german > english ? "de" : "en";
        }
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.language() == null || keep.equals(l.language())) {
                out.add(l);
            }
        }
        return out;
    }

    /** The right edge of a column's text: where nine in ten of its lines end at the latest. */
    private static float edge(List<Line> lines) {
        if (lines.isEmpty()) {
            return Float.NaN;
        }
        List<Float> ends = new ArrayList<>();
        for (Line l : lines) {
            ends.add(l.x1());
        }
        ends.sort(null);
        return ends.get((int) (ends.size() * 0.9));
    }

    /** A footnote number or mark, as set small and raised after the word it refers to. */
    private static final Pattern NOTE_MARK = Pattern.compile("^[0-9]{1,2}\\)?|[*†‡]$");
    /** A footnote mark that is a number. */
    private static final Pattern NOTE_NUMBER = Pattern.compile("[0-9]{1,2}\\)?");

    /**
     * Whether a word is a footnote reference: a number or mark in a smaller size than the line's text, its baseline
     * raised, directly after a word (not the number that opens the footnote itself, at the start of its line).
     */
    private static boolean noteMark(Word w, @Nullable Word before, float lineSize, float baseline) {
        return before != null
                && w.size() <= 0.85f * lineSize
                && baseline - w.y() >= 0.15f * lineSize
                && w.x0() - before.x1() < 0.3f * lineSize
                && NOTE_MARK.matcher(w.text()).matches();
    }

    private static Line line(List<Word> words) {
        return line(words, 5);
    }

    /**
     * A line of words, split into segments at gaps wider than a cell's unless it is justified prose of at least
     * {@code justifiedWords} words: five on a page of one column, three in a column of two (a narrow column set
     * justified stretches the spaces of lines of three or four words as wide as a table's gaps).
     */
    private static Line line(List<Word> words, int justifiedWords) {
        words.sort(Comparator.comparingDouble(Word::x0));
        float lineSize = 0;
        for (Word w : words) {
            lineSize = Math.max(lineSize, w.size());
        }
        float baseline = words.get(0).y();
        for (Word w : words) {
            if (w.size() >= lineSize - 0.1f) {
                baseline = w.y(); // the baseline of the line's text, not of a raised footnote number
                break;
            }
        }
        List<Word> kept = new ArrayList<>();
        for (Word w : words) {
            Word before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (!noteMark(w, before, lineSize, baseline)) {
                kept.add(w);
            } else if (before != null && NOTE_NUMBER.matcher(w.text()).matches()) {
                // the raised number stays with its word as a raised digit, before the word's closing punctuation
                // ("Service¹."), so that the sentence still ends where it did and the note can be found by it
                String t = before.text();
                int end = t.length();
                while (end > 0 && ".,;:".indexOf(t.charAt(end - 1)) >= 0) {
                    end--;
                }
                String mark = DocxReader.superscript(Integer.parseInt(w.text().replace(")", "")));
                kept.set(
                        kept.size() - 1,
                        new Word(
                                before.page(),
                                before.x0(),
                                before.x1(),
                                before.y(),
                                before.size(),
                                before.bold(),
                                t.substring(0, end) + mark + t.substring(end),
                                before.space()));
            }
        }
        if (kept.size() > 1) {
            // the number that opens a footnote, set small and raised before its text, becomes the same raised digit
            Word first = kept.get(0);
            Word next = kept.get(1);
            if (NOTE_NUMBER.matcher(first.text()).matches()
                    && !first.text().endsWith(")")
                    && first.size() <= 0.85f * next.size()
                    && next.y() - first.y() >= 0.15f * next.size()) {
                kept.set(
                        0,
                        new Word(
                                first.page(),
                                first.x0(),
                                first.x1(),
                                first.y(),
                                first.size(),
                                first.bold(),
                                DocxReader.superscript(Integer.parseInt(first.text())),
                                first.space()));
            }
        }
        if (!kept.isEmpty()) {
            words = kept;
        }
        boolean justified = justified(words, justifiedWords);
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x0 = words.get(0).x0();
        float x1 = words.get(0).x1();
        float firstWord = x1 - x0;
        float second = -1;
        float size = 0;
        boolean bold = true;
        Word prev = null;
        for (Word w : words) {
            size = Math.max(size, w.size());
            bold &= w.bold();
            if (prev != null) {
                float gap = w.x0() - prev.x1();
                if (gap > CELL_GAP * Math.max(w.size(), prev.size()) && !justified) {
                    segments.add(new Segment(x0, x1, text.toString(), firstWord, second));
                    text.setLength(0);
                    x0 = w.x0();
                    firstWord = w.x1() - w.x0();
                    second = -1;
                } else {
                    if (second < 0) {
                        second = w.x0();
                    }
                    // the number that opens a footnote, set small and raised before its text, is a word of its own
                    boolean opens = prev.size() <= 0.85f * w.size() && w.y() - prev.y() >= 0.15f * w.size();
                    if (gap > spaceGap(prev, w) || opens) {
                        text.append(' ');
                    }
                }
            }
            text.append(w.text());
            x1 = Math.max(x1, w.x1());
            prev = w;
        }
        segments.add(new Segment(x0, x1, text.toString(), firstWord, second));
        return new Line(words.get(0).page(), baseline, size, bold, segments);
    }

    /**
     * Whether a line is justified prose whose word spaces were stretched wide: {@code least} words or more, every gap between
     * them wide and all within a quarter of their mean (the cells of a table row stand at gaps as unequal as the
     * lengths of their texts).
     */
    private static boolean justified(List<Word> words, int least) {
        return words.size() >= least && evenGaps(words, CELL_GAP * words.get(0).size());
    }

    /**
     * The narrowest gap between two words that is a space: half the width of a space in the font as drawn (a text
     * layer that moves the pen instead of drawing a space glyph, as in tightly set or justified lines, leaves a gap
     * of a fifth of the font size or more, and kerning inside a word moves a glyph by a few hundredths of it). The
     * font size PDFBox reports leaves out the page's scaling (a browser prints at 0.75), so it is used only where
     * the font gives no space width.
     */
    static float spaceGap(Word prev, Word next) {
        float space = Math.max(prev.space(), next.space());
        return space > 0 ? 0.5f * space : 0.15f * Math.max(prev.size(), next.size());
    }

    /**
     * Leaves out running heads and footers: a line whose text (digits ignored) stands at the same height on at
     * least half of the pages, and on at least three.
     */
    static List<Line> dropRunning(List<Line> lines, int pages) {
        lines = dropNoise(dropFurniture(lines, pages));
        if (pages < 3) {
            return lines;
        }
        Map<String, java.util.Set<Integer>> seen = new HashMap<>();
        for (Line l : lines) {
            seen.computeIfAbsent(runningKey(l), k -> new java.util.HashSet<>()).add(l.page());
        }
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            int n = seen.getOrDefault(runningKey(l), java.util.Set.of()).size();
            if (n < 3 || n * 2 < pages) {
                out.add(l);
            }
        }
        return out;
    }

    /** A page number as printed or as read by OCR: "– 3 –", "Seite 2 von 9", "Paqe 2 0f 9", "3 / 12", "Page 1 of 5 | Seite 1 von 5". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-–—]\\s*[0-9OlI]{1,3}\\s*[-–—]"
                    + "|(?:(?:seite|page|paqe|pagc|5eite|s\\.|p\\.)\\s*)?[0-9OlI]{1,3}\\s*(?:(?:von|of|0f|o f|/|de)\\s*[0-9OlI]{1,3})?"
                    + "(?:\\s*[/|·]\\s*(?:seite|page|paqe|pagc)\\s*[0-9OlI]{1,3}\\s*(?:von|of|0f)\\s*[0-9OlI]{1,3})?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How many lines at the head and at the foot of a page may be running heads, footers and page numbers. */
    private static final int BAND = 3;

    /**
     * Leaves out the furniture of scanned pages, which an OCR reads anew on each page: page numbers at the head or
     * foot of a page ("– 3 –", "Paqe 2 0f 9"), and running heads and footers whose text varies by OCR errors, a
     * skewed line split in two or read in another order. A line set smaller than the body text among the first or last
     * {@value #BAND} of its page
     * whose letters' pairs (bigrams, digits and case ignored) stand 85 in 100 in the lines of the same font size at
     * the head (or foot) of at least half of the other pages, and of two or more, is such a line (a title in a larger
     * size whose words the running head repeats is not); so is a page number there.
     */
    static List<Line> dropFurniture(List<Line> lines, int pages) {
        Map<Integer, List<Line>> byPage = new java.util.TreeMap<>();
        for (Line l : lines) {
            byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
        }
        // per page and font size (in points), the bigrams of the lines at the head and at the foot
        Map<Integer, Map<Integer, java.util.Set<String>>> heads = new HashMap<>();
        Map<Integer, Map<Integer, java.util.Set<String>>> feet = new HashMap<>();
        for (Map.Entry<Integer, List<Line>> e : byPage.entrySet()) {
            List<Line> page = new ArrayList<>(e.getValue());
            page.sort(Comparator.comparingDouble(Line::y));
            Map<Integer, java.util.Set<String>> h = new HashMap<>();
            Map<Integer, java.util.Set<String>> f = new HashMap<>();
            for (int i = 0; i < page.size(); i++) {
                Line l = page.get(i);
                if (i < BAND) {
                    h.computeIfAbsent(Math.round(l.size()), k -> new java.util.HashSet<>())
                            .addAll(bigrams(l.text()));
                }
                if (i >= page.size() - BAND) {
                    f.computeIfAbsent(Math.round(l.size()), k -> new java.util.HashSet<>())
                            .addAll(bigrams(l.text()));
                }
            }
            heads.put(e.getKey(), h);
            feet.put(e.getKey(), f);
        }
        // the body's size: running heads are set smaller; a line of the body's size is furniture only where it repeats
        // exactly (dropRunning), as a page of few lines is all head and foot
        Map<Float, Integer> sizes = new HashMap<>();
        for (Line l : lines) {
            sizes.merge(Math.round(l.size() * 2) / 2f, l.text().length(), Integer::sum);
        }
        float body = sizes.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(0f);
        java.util.Set<Line> drop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Map.Entry<Integer, List<Line>> e : byPage.entrySet()) {
            List<Line> page = new ArrayList<>(e.getValue());
            page.sort(Comparator.comparingDouble(Line::y));
            for (int i = 0; i < page.size(); i++) {
                boolean head = i < BAND;
                boolean foot = i >= page.size() - BAND;
                if (!head && !foot) {
                    continue;
                }
                Line l = page.get(i);
                String t = l.text().strip();
                if (PAGE_NUMBER.matcher(t).matches() && (pages > 1 || foot)) {
                    drop.add(l);
                    continue;
                }
                java.util.Set<String> own = bigrams(t);
                if (pages < 3 || own.size() < 4 || l.size() > body - 0.5f) {
                    continue;
                }
                // the rest of a sentence that the line above, kept, began (the last line of a footnote): not furniture,
                // however common its words are in the footnotes of other pages
                Line above = i > 0 ? page.get(i - 1) : null;
                if (foot
                        && !head
                        && above != null
                        && !drop.contains(above)
                        && !FINISHED.matcher(above.text()).find()
                        && Math.abs(above.size() - l.size()) < 0.5
                        && l.y() - above.y() < 2 * l.size()) {
                    continue;
                }
                int alike = 0;
                for (int other : byPage.keySet()) {
                    int size = Math.round(l.size());
                    if (other != e.getKey()
                            && ((head
                                            && contained(
                                                    own,
                                                    heads.getOrDefault(other, Map.of())
                                                            .get(size)))
                                    || (foot
                                            && contained(
                                                    own,
                                                    feet.getOrDefault(other, Map.of())
                                                            .get(size))))) {
                        alike++;
                    }
                }
                if (alike >= 2 && alike * 2 >= pages - 1) {
                    drop.add(l);
                }
            }
        }
        if (drop.isEmpty()) {
            return lines;
        }
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (!drop.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    private static java.util.Set<String> bigrams(String text) {
        String letters = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 2 <= letters.length(); i++) {
            out.add(letters.substring(i, i + 2));
        }
        return out;
    }

    private static boolean contained(java.util.Set<String> own, java.util.@Nullable Set<String> other) {
        if (other == null) {
            return false;
        }
        int in = 0;
        for (String b : own) {
            if (other.contains(b)) {
                in++;
            }
        }
        return in * 20 >= own.size() * 17;
    }

    /** A character that contract text does not put inside a word, but OCR of a stamp or a handwritten note does. */
    private static final Pattern GARBAGE = Pattern.compile(
            "\\p{L}[|~^\\\\`]|[|~^\\\\`]\\p{L}|\\p{L}[;,:!?]\\p{L}|\\p{Ll}\\d|\\d(?!(?:st|nd|rd|th)\\b)\\p{Ll}{2}",
            Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Leaves out the text an OCR reads into a stamp, a signature or a handwritten note: a line most of whose words
     * are not words (letters run into "|", "~", "^", "\\" or into punctuation inside a word, lower case run into digits,
     * single letters and lone punctuation), two or more of them garbled. A number or a lone dash counts neither way.
     * The text is what decides: an OCR's text layer is set invisible (render mode 3) over the page's image as a whole,
     * and noise has the size of the text around it.
     */
    static List<Line> dropNoise(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (!noise(l.text())) {
                out.add(l);
            }
        }
        return out.size() == lines.size() ? lines : out;
    }

    static boolean noise(String text) {
        int garbled = 0;
        int bad = 0;
        int good = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.isEmpty() || token.matches("[0-9.,/%]+|[-–—§&]")) {
                continue;
            }
            String core = token.replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", "");
            if (GARBAGE.matcher(token).find() && !token.matches(".*\\d{3,}.*")) {
                garbled++;
                bad++;
            } else if (core.isEmpty() || (core.length() == 1 && !core.matches("[aAIoOyY]"))) {
                bad++;
            } else {
                good++;
            }
        }
        // two garbled words or more, or a line that is one garbled word ("C|l|nce" cut off a stamp's text)
        return (garbled >= 2 && bad >= 2 * good) || (garbled == 1 && bad == 1 && good == 0);
    }

    private static String runningKey(Line l) {
        return Math.round(l.y() / 4) + "|" + l.text().replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
    }

    /** Turns lines into tables, list items, headings and paragraphs. */
    private static final class Assembler {
        private final List<Line> lines;
        private final TextBuilder out;
        private final List<Pending> blocks = new ArrayList<>();
        private final float bodySize;
        private final float bodyX;
        private final float rightEdge;
        private final float pitch;
        /** The end (exclusive) of the lines a block may take: the footnotes a page break cut off are read alone. */
        private int bound = Integer.MAX_VALUE;
        /** Per font size (in half points), the line pitch inside a paragraph, in points. */
        private final Map<Integer, Float> pitches = new HashMap<>();

        Assembler(List<Line> lines, TextBuilder out) {
            this.lines = lines;
            this.out = out;
            Map<Float, Integer> sizes = new HashMap<>();
            Map<Integer, Integer> xs = new HashMap<>();
            List<Float> rights = new ArrayList<>();
            Map<Integer, Integer> relative = new HashMap<>();
            Line prev = null;
            for (Line l : lines) {
                int chars = l.text().length();
                sizes.merge(Math.round(l.size() * 2) / 2f, chars, Integer::sum);
                xs.merge(Math.round(l.x0()), chars, Integer::sum);
                if (l.column() == 0) {
                    rights.add(l.x1()); // a column's lines have their own edge
                }
                if (prev != null && prev.page() == l.page() && Math.abs(prev.size() - l.size()) < 0.5) {
                    float d = (l.y() - prev.y()) / l.size();
                    if (d > 0.8 && d < 3) {
                        relative.merge(Math.round(d * 20), 1, Integer::sum);
                    }
                }
                prev = l;
            }
            bodySize = mode(sizes, 10f);
            bodyX = mode(xs, 0);
            rights.sort(null);
            rightEdge = rights.isEmpty() ? 0 : rights.get((int) (rights.size() * 0.95));
            // per font size, the most common baseline distance after a line that is full (that wrapped): the pitch
            // of lines inside a paragraph, which a gap between paragraphs or list items exceeds
            Map<Integer, Map<Integer, Integer>> gaps = new HashMap<>();
            Line before = null;
            for (Line l : lines) {
                if (before != null
                        && before.page() == l.page()
                        && Math.abs(before.size() - l.size()) < 0.3
                        && Math.abs(before.x0() - l.x0()) <= 2
                        && full(before, l)) {
                    float d = l.y() - before.y();
                    if (d > 0.9 * l.size() && d < 3 * l.size()) {
                        gaps.computeIfAbsent(Math.round(l.size() * 2), k -> new HashMap<>())
                                .merge(Math.round(d * 4), 1, Integer::sum);
                    }
                }
                before = l;
            }
            gaps.forEach((size, counts) -> {
                float q = mode(counts, 0);
                if (counts.getOrDefault((int) q, 0) >= 2) {
                    pitches.put(size, q / 4f);
                }
            });
            pitch = mode(relative, 24) / 20f;
        }

        private static <K extends Number> float mode(Map<K, Integer> counts, float fallback) {
            return counts.entrySet().stream()
                    .max(Map.Entry.<K, Integer>comparingByValue()
                            .thenComparing(e -> -e.getKey().doubleValue()))
                    .map(e -> e.getKey().floatValue())
                    .orElse(fallback);
        }

        void run() {
            int i = 0;
            while (i < lines.size()) {
                int end = table(i);
                int body = end > i ? i : headedTable(i);
                if (end > i) {
                    emitTable(i, i, end);
                    i = end;
                } else if (body > i) {
                    end = table(body);
                    emitTable(i, body, end);
                    i = end;
                } else {
                    i = block(i);
                }
            }
            // heading levels: the larger the size, the higher the level; bold at the body size comes last
            java.util.TreeSet<Float> sizes = new java.util.TreeSet<>(Comparator.reverseOrder());
            for (Pending p : blocks) {
                if (p.kind() == Kind.HEADING) {
                    sizes.add(Math.round(p.size() * 2) / 2f);
                }
            }
            for (int k = 0; k + 1 < blocks.size(); k++) {
                Pending label = blocks.get(k);
                Pending title = blocks.get(k + 1);
                if (label.kind() == Kind.HEADING
                        && title.kind() == Kind.HEADING
                        && LABEL_ONLY.matcher(label.text()).matches()
                        && !LABEL_ONLY.matcher(title.text()).matches()) {
                    blocks.set(
                            k,
                            new Pending(
                                    Kind.HEADING,
                                    Math.max(label.size(), title.size()),
                                    label.text() + " " + title.text(),
                                    List.of()));
                    blocks.remove(k + 1);
                }
            }
            List<String> words = new ArrayList<>();
            for (Pending p : blocks) {
                words.add(p.text());
                words.addAll(p.cells());
            }
            OcrWords ocr = new OcrWords(words);
            for (Pending p : blocks) {
                switch (p.kind()) {
                    case HEADING ->
                        out.heading(
                                1 + sizes.headSet(Math.round(p.size() * 2) / 2f).size(), ocr.repair(p.text()));
                    case LIST_ITEM -> out.listItem(0, ocr.repair(p.text()));
                    case TABLE_ROW ->
                        out.row(p.cells().stream().map(ocr::repair).toList());
                    case PARAGRAPH -> out.paragraph(ocr.repair(p.text()));
                }
            }
        }

        // ---- tables

        private static boolean marker(String s) {
            return BULLET.matcher(s).matches() || ENUMERATOR.matcher(s).matches();
        }

        /** Whether the line's segments are cells: two or more, and not a marker standing before its text. */
        private static boolean cells(Line l) {
            return l.segments().size() >= 2
                    && !(l.segments().size() == 2 && marker(l.segments().get(0).text()));
        }

        private static int column(List<Float> columns, float x) {
            for (int c = 0; c < columns.size(); c++) {
                if (Math.abs(columns.get(c) - x) <= 2.5) {
                    return c;
                }
            }
            return -1;
        }

        /** Returns the end (exclusive) of a table starting at line {@code start}, or {@code start} if none does. */
        private int table(int start) {
            Line first = lines.get(start);
            if (!cells(first)) {
                return start;
            }
            List<Float> columns = new ArrayList<>();
            for (Segment s : first.segments()) {
                columns.add(s.x0());
            }
            int multi = 1;
            float maxGap = 0;
            int end = start + 1;
            for (int j = start + 1; j < lines.size(); j++) {
                Line l = lines.get(j);
                Line p = lines.get(j - 1);
                // a table that runs on at the head of the next page (its running head and footer are left out): the
                // next line has only cells in the table's columns, and where it is one cell, not the first column's,
                // it is a cell of the row the page break cut (a name or an address wrapped over the break)
                boolean pageBreak = l.page() == p.page() + 1 && l.column() == p.column() && runsOn(l, columns);
                if (!pageBreak && (l.page() != p.page() || l.column() != p.column())) {
                    break;
                }
                float gap = pageBreak ? 0 : l.y() - p.y();
                if (gap > 3.2 * l.size() || gap < 0) {
                    break;
                }
                boolean aligned = true;
                int matched = 0;
                for (Segment s : l.segments()) {
                    if (column(columns, s.x0()) >= 0) {
                        matched++;
                    } else if (s.x0() < columns.get(0) - 2.5) {
                        aligned = false;
                    }
                }
                if (pageBreak) {
                    aligned = true; // runsOn checked its cells
                } else if (l.segments().size() == 1) {
                    // one cell that wraps, or a row with one cell filled; not a paragraph after the table
                    aligned = matched == 1 && (maxGap == 0 ? gap <= 2.4 * l.size() : gap <= maxGap * 1.15);
                } else {
                    aligned &= cells(l) && matched * 2 >= l.segments().size();
                }
                if (!aligned) {
                    break;
                }
                for (Segment s : l.segments()) {
                    if (column(columns, s.x0()) < 0) {
                        columns.add(s.x0());
                    }
                }
                if (l.segments().size() >= 2) {
                    multi++;
                }
                maxGap = Math.max(maxGap, gap);
                end = j + 1;
            }
            return multi >= 2 && columns.size() >= 2 ? end : start;
        }

        /**
         * Whether line {@code l}, the first of a page, goes on with a table whose columns start at {@code columns}:
         * each of its segments starts at one of them, and a line of one segment does not start at the first (a cell of
         * the row before, wrapped over the break; a paragraph after the table starts at the margin).
         */
        private static boolean runsOn(Line l, List<Float> columns) {
            for (Segment s : l.segments()) {
                if (column(columns, s.x0()) < 0) {
                    return false;
                }
            }
            return l.segments().size() == 1 ? column(columns, l.x0()) > 0 : cells(l);
        }

        /**
         * Where the body of a table starts whose head stands in the lines from {@code start}: one or two lines in bold,
         * the first of two or more segments, right above a table on the same page, each segment centred over one of
         * the table's columns but not aligned with it (a head set centred in its cells, "Name | CVR / registration |
         * Address" over cells set flush left, the head's second line only where a label wraps). The index of the
         * table's first line, or {@code start} if there is no such head.
         */
        private int headedTable(int start) {
            Line first = lines.get(start);
            if (!first.bold() || first.segments().size() < 2) {
                return start;
            }
            for (int body = start + 1; body <= start + 2 && body < lines.size(); body++) {
                Line b = lines.get(body);
                Line above = lines.get(body - 1);
                if (b.page() != first.page()
                        || b.column() != first.column()
                        || b.y() - above.y() > 3.2 * b.size()
                        || b.y() <= above.y()) {
                    return start;
                }
                int end = table(body);
                if (end > body) {
                    List<Float> columns = columns(body, end);
                    for (int h = start; h < body; h++) {
                        Line head = lines.get(h);
                        if (!head.bold() || centredColumns(head, columns) == null) {
                            return start;
                        }
                    }
                    return body;
                }
                if (!b.bold()) {
                    return start;
                }
            }
            return start;
        }

        /**
         * The column each segment of a head line stands over (its centre between the column's start and the next
         * one's), or null where a segment stands over none, two stand over one, or the line's segments start at the
         * columns (then it is a row of the table, not a head set apart from it).
         */
        private static int @Nullable [] centredColumns(Line head, List<Float> columns) {
            int[] at = new int[head.segments().size()];
            int aligned = 0;
            int previous = -1;
            for (int k = 0; k < at.length; k++) {
                Segment s = head.segments().get(k);
                float centre = (s.x0() + s.x1()) / 2;
                int c = -1;
                for (int i = 0; i < columns.size(); i++) {
                    if (centre >= columns.get(i) - 2.5f
                            && (i + 1 == columns.size() || centre < columns.get(i + 1) - 2.5f)) {
                        c = i;
                    }
                }
                if (c < 0 || c <= previous) {
                    return null;
                }
                if (column(columns, s.x0()) >= 0) {
                    aligned++;
                }
                at[k] = c;
                previous = c;
            }
            return aligned == at.length ? null : at;
        }

        private @Nullable Map<Integer, Float> padded;

        /**
         * Per font size (in half points), the pitch inside a cell of the document's tables whose rows stand apart
         * by padding (the smallest distance between baselines, where a larger one exceeds it by a quarter).
         */
        private Map<Integer, Float> paddedPitch() {
            if (padded == null) {
                Map<Integer, Float> found = new HashMap<>();
                for (int i = 0; i < lines.size(); ) {
                    int end = table(i);
                    if (end <= i) {
                        i++;
                        continue;
                    }
                    float min = Float.MAX_VALUE;
                    float max = 0;
                    for (int j = i + 1; j < end; j++) {
                        if (lines.get(j).page() == lines.get(j - 1).page()) {
                            float g = lines.get(j).y() - lines.get(j - 1).y();
                            min = Math.min(min, g);
                            max = Math.max(max, g);
                        }
                    }
                    if (max > min * 1.25) {
                        found.putIfAbsent(Math.round(lines.get(i).size() * 2), min);
                    }
                    i = end;
                }
                padded = found;
            }
            return padded;
        }

        /** The start of each column of the table in lines {@code [start, end)}, left to right. */
        private List<Float> columns(int start, int end) {
            List<Float> columns = new ArrayList<>();
            for (int j = start; j < end; j++) {
                for (Segment s : lines.get(j).segments()) {
                    if (column(columns, s.x0()) < 0) {
                        columns.add(s.x0());
                    }
                }
            }
            columns.sort(null);
            return columns;
        }

        /**
         * Emits the table of lines {@code [body, end)} with its head in lines {@code [start, body)} (none where the two
         * are equal), the head as its first row. A row starts where the distance between baselines exceeds the
         * pitch inside a cell (cell padding) or, in a table without such gaps, at a line whose first column holds
         * text; at the head of a page, where the first column holds text (the gap across the break says nothing).
         */
        private void emitTable(int start, int body, int end) {
            List<Float> columns = columns(body, end);
            if (body > start) {
                StringBuilder[] head = new StringBuilder[columns.size()];
                for (int c = 0; c < head.length; c++) {
                    head[c] = new StringBuilder();
                }
                for (int h = start; h < body; h++) {
                    int[] at = centredColumns(lines.get(h), columns);
                    List<Segment> segs = lines.get(h).segments();
                    for (int k = 0; at != null && k < at.length; k++) {
                        join(head[at[k]], segs.get(k).text());
                    }
                }
                emitRow(head);
            }
            float minGap = Float.MAX_VALUE;
            float maxGap = 0;
            for (int j = body + 1; j < end; j++) {
                if (lines.get(j).page() != lines.get(j - 1).page()) {
                    continue;
                }
                float g = lines.get(j).y() - lines.get(j - 1).y();
                minGap = Math.min(minGap, g);
                maxGap = Math.max(maxGap, g);
            }
            boolean gaps = maxGap > minGap * 1.25;
            // a table whose lines all stand at the pitch inside a cell, in a document whose other tables of the same
            // font size set their rows apart by padding, is one row whose cells wrap (a sub-processor's name and
            // address over three lines), not rows without padding ...
            Float inCell = paddedPitch().get(Math.round(lines.get(body).size() * 2));
            boolean oneRow = !gaps && end - body >= 2 && inCell != null && Math.abs(minGap - inCell) <= 1;
            // ... where a line after the first leaves a column empty: lines that each fill every column are rows
            boolean partial = false;
            for (int j = body + 1; j < end; j++) {
                partial |= lines.get(j).segments().size() < columns.size();
            }
            oneRow &= partial;
            StringBuilder[] row = new StringBuilder[0];
            for (int j = body; j < end; j++) {
                Line l = lines.get(j);
                boolean pageHead = j > body && l.page() != lines.get(j - 1).page();
                boolean newRow = j == body
                        || (oneRow
                                ? pageHead && column(columns, l.x0()) == 0
                                : ((gaps && !pageHead)
                                        ? l.y() - lines.get(j - 1).y() > minGap * 1.25
                                        : column(columns, l.x0()) == 0));
                if (newRow) {
                    if (j > body) {
                        emitRow(row);
                    }
                    row = new StringBuilder[columns.size()];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = new StringBuilder();
                    }
                }
                for (Segment s : l.segments()) {
                    int c = column(columns, s.x0());
                    if (c < 0) {
                        c = 0;
                        for (int k = 0; k < columns.size(); k++) {
                            if (columns.get(k) <= s.x0()) {
                                c = k;
                            }
                        }
                    }
                    join(row[c], s.text());
                }
            }
            emitRow(row);
        }

        private void emitRow(StringBuilder[] row) {
            List<String> cells = new ArrayList<>();
            for (StringBuilder b : row) {
                cells.add(b.toString());
            }
            blocks.add(new Pending(Kind.TABLE_ROW, 0, "", cells));
        }

        // ---- paragraphs, list items, headings

        private int block(int start) {
            Line first = lines.get(start);
            String firstText = first.text();
            boolean bullet = false;
            float textX = first.x0();
            List<Segment> segs = first.segments();
            if (segs.size() >= 2 && marker(segs.get(0).text())) {
                bullet = BULLET.matcher(segs.get(0).text()).matches();
                textX = segs.get(1).x0();
                if (bullet) {
                    firstText =
                            first.text().substring(segs.get(0).text().length()).strip();
                }
            } else if (LEADING_BULLET.matcher(firstText).lookingAt()) {
                bullet = true;
                firstText = LEADING_BULLET.matcher(firstText).replaceFirst("");
            }
            // "(10) Text" with a narrow gap: the lines below align with the text, not with the number
            float hangX = -1;
            int space = segs.get(0).text().indexOf(' ');
            if (segs.get(0).secondWordX() > 0
                    && space > 0
                    && (marker(segs.get(0).text().substring(0, space))
                            || LEADING_BULLET.matcher(firstText).lookingAt()
                            || bullet)) {
                hangX = segs.get(0).secondWordX();
            }
            StringBuilder text = new StringBuilder(firstText);
            int lineCount = 1;
            boolean allBold = first.bold();
            float blockX = textX;
            int j = start + 1;
            int last = start;
            List<int[]> notes = new ArrayList<>();
            for (; j < Math.min(lines.size(), bound); j++) {
                Line l = lines.get(j);
                Line p = lines.get(last);
                int after = pastNotes(j, p);
                if (after > j && after < bound && continues(after, p, lines.get(after), blockX, false)) {
                    // a sentence cut by a page break with the page's footnotes between its halves: it goes on with
                    // the next page's first line, and the footnotes are read after the paragraph
                    notes.add(new int[] {j, after});
                    j = after;
                    l = lines.get(j);
                }
                // "12.1   Text" with the lines below under the number (a run-in number, not a hanging one)
                if (lineCount == 1
                        && textX > first.x0()
                        && !bullet
                        && Math.abs(l.x0() - first.x0()) <= 2
                        && Math.abs(l.x0() - textX) > 0.5f * l.size()) {
                    blockX = first.x0();
                }
                if (lineCount == 1 && hangX > 0 && Math.abs(l.x0() - hangX) <= 2 && Math.abs(l.x0() - blockX) > 2) {
                    blockX = hangX;
                }
                // a hanging indent set apart from its marker ("(a)" at 88, text at 117, the lines below at 114): the
                // continuation aligns near the text, within half a font size, not exactly with it
                if (lineCount == 1
                        && textX > first.x0()
                        && l.x0() > first.x0() + 2
                        && Math.abs(l.x0() - textX) <= 0.5f * l.size()
                        && Math.abs(l.x0() - blockX) > 2) {
                    blockX = l.x0();
                }
                if (!continues(j, p, l, blockX, lineCount == 1 && !bullet && textX == first.x0())) {
                    break;
                }
                if (lineCount == 1 && Math.abs(l.x0() - blockX) > 2) {
                    blockX = l.x0(); // the first line was indented
                }
                join(text, l.text());
                allBold &= l.bold();
                lineCount++;
                last = j;
            }
            String s = text.toString();
            boolean larger = first.size() >= bodySize * 1.1;
            if ((allBold || larger) && s.length() <= 200 && lineCount <= 3 && !bullet) {
                blocks.add(new Pending(Kind.HEADING, first.size(), s, List.of()));
            } else if (bullet
                    || (first.x0() > bodyX + 0.8 * bodySize
                            && !marker(segs.get(0).text()))) {
                blocks.add(new Pending(Kind.LIST_ITEM, first.size(), s, List.of()));
            } else {
                blocks.add(new Pending(Kind.PARAGRAPH, first.size(), s, List.of()));
            }
            int outer = bound;
            for (int[] n : notes) {
                bound = n[1];
                for (int i = n[0]; i < n[1]; ) {
                    i = block(i);
                }
            }
            bound = outer;
            return j;
        }

        /**
         * Where a sentence cut by a page break goes on, past the footnotes at the foot of its page: the index of the
         * first line after them on the next page, or -1. The sentence is unfinished at line {@code p}, and the lines
         * from {@code at} are set smaller than it, stand on its page and open with a note's raised number (the
         * running footer and the page number are left out before: {@link #dropRunning}).
         */
        private int pastNotes(int at, Line p) {
            Line f = lines.get(at);
            if (FINISHED.matcher(p.text()).find()
                    || f.page() != p.page()
                    || f.size() > p.size() - 0.5f
                    || f.text().isEmpty()
                    || RAISED.indexOf(f.text().charAt(0)) < 0) {
                return -1;
            }
            int k = at;
            while (k < lines.size()
                    && lines.get(k).page() == p.page()
                    && lines.get(k).size() <= p.size() - 0.5f) {
                k++;
            }
            return k < lines.size() && lines.get(k).page() == p.page() + 1 ? k : -1;
        }

        /** Whether line {@code l} goes on with the block that line {@code p} belongs to. */
        private boolean continues(int at, Line p, Line l, float blockX, boolean firstLineIndentAllowed) {
            if (table(at) > at) {
                return false;
            }
            if (Math.abs(p.size() - l.size()) > 0.6 || p.bold() != l.bold()) {
                return false;
            }
            List<Segment> segs = l.segments();
            if (segs.size() >= 2 && marker(segs.get(0).text())) {
                return false;
            }
            if (LEADING_BULLET.matcher(l.text()).lookingAt()) {
                return false;
            }
            // a numbered section or clause after a finished sentence: "... instructions." / "Clause 2 Sub-processors"
            if (SECTION_START.matcher(l.text()).lookingAt()
                    && FINISHED.matcher(p.text()).find()) {
                return false;
            }
            boolean sameX = Math.abs(l.x0() - blockX) <= 2
                    || (firstLineIndentAllowed && l.x0() < blockX && blockX - l.x0() <= 4 * l.size());
            if (!sameX) {
                return false;
            }
            // a page break, or the step from the foot of one column to the head of the next
            boolean flowBreak = l.page() != p.page() || (p.column() >= 1 && l.column() == p.column() + 1);
            if (!flowBreak) {
                float gap = l.y() - p.y();
                Float regular = pitches.get(Math.round(l.size() * 2));
                // baselines rounded to the device's pixels (a browser's print) vary by up to a pixel, 0.75 pt
                float limit = regular != null ? regular + Math.max(1f, 0.08f * l.size()) : pitch * l.size() * 1.25f;
                if (carriesMark(l)) {
                    // a raised footnote number makes its line box taller (a browser's <sup>): the line stands lower
                    limit += 0.2f * l.size();
                }
                if (gap > limit || gap <= 0) {
                    return false;
                }
            }
            if (flowBreak
                    && !FINISHED.matcher(p.text()).find()
                    && !SECTION_START.matcher(l.text()).lookingAt()) {
                // a sentence that goes on after the break, with the same font and indentation: one paragraph, even
                // where the last line before the break is short (the column or page ended there)
                return true;
            }
            // the previous line ended short: the first word of this one would have fitted after it
            return full(p, l);
        }

        /** Whether a line carries a footnote mark kept as a raised digit after a word (not a footnote's own number). */
        static boolean carriesMark(Line l) {
            String t = l.text();
            for (int i = 1; i < t.length(); i++) {
                if (RAISED.indexOf(t.charAt(i)) >= 0 && t.charAt(i - 1) != ' ') {
                    return true;
                }
            }
            return false;
        }

        /** The raised digits the reader writes for a footnote mark ({@link DocxReader#superscript}). */
        private static final String RAISED = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

        /** Whether line {@code p} is full: the first word of line {@code l} would not have fitted after it. */
        private boolean full(Line p, Line l) {
            float space = 0.3f * l.size();
            float edge = Float.isNaN(p.edge()) ? rightEdge : p.edge();
            return p.x1() + space + l.segments().get(0).firstWordWidth() >= edge - 0.5f * l.size();
        }
    }

    /** Appends a line's text to a block, joining a word hyphenated at the line end. */
    static void join(StringBuilder block, String next) {
        if (block.length() == 0) {
            block.append(next);
            return;
        }
        int n = block.length();
        if (n >= 2 && (block.charAt(n - 1) == '\u2010' || block.charAt(n - 1) == '\u00AD')) {
            block.setCharAt(n - 1, '-'); // the typographic and the soft hyphen break a word like "-"
        }
        boolean hyphen = n >= 2
                && block.charAt(n - 1) == '-'
                && Character.isLetter(block.charAt(n - 2))
                && !next.isEmpty()
                && Character.isLowerCase(next.charAt(0))
                && !COMPOUND_CONTINUATION.matcher(next).lookingAt();
        if (hyphen) {
            block.setLength(n - 1);
            block.append(next);
        } else if (n >= 2
                && block.charAt(n - 1) == '-'
                && Character.isLetter(block.charAt(n - 2))
                && !next.isEmpty()
                && Character.isUpperCase(next.charAt(0))) {
            block.append(next); // a hyphenated compound broken at its hyphen: "E-Mail-" + "Adresse"
        } else {
            block.append(' ').append(next);
        }
    }
}
