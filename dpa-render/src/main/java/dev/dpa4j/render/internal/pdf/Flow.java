/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import static dev.dpa4j.render.internal.Writers.unhandled;

import dev.dpa4j.render.document.Annex;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Clause;
import dev.dpa4j.render.document.Figure;
import dev.dpa4j.render.document.InLanguage;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Parallel;
import dev.dpa4j.render.document.PartiesBlock;
import dev.dpa4j.render.document.PartyEntry;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.RunStyle;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.document.SignatureBlock;
import dev.dpa4j.render.document.SignatureEntry;
import dev.dpa4j.render.document.SignatureField;
import dev.dpa4j.render.document.Table;
import dev.dpa4j.render.document.Title;
import dev.dpa4j.render.internal.IntroCitation;
import dev.dpa4j.render.internal.pdf.LineBreaker.Line;
import dev.dpa4j.render.internal.pdf.LineBreaker.Piece;
import dev.dpa4j.render.internal.pdf.LineBreaker.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns the blocks of the document tree into boxes of one column: lines of text with their spacing,
 * table rows, rules and the diagram. Sizes and spacing follow the print stylesheet the HTML writer's
 * layout had: 9.5 pt text at 1.45 line height, headings of 11 and 10 pt, tables of 8 pt, clause numbers
 * hanging in a margin of 2.4 em; German and English side by side in 8.5 pt.
 */
final class Flow {

    /** Line height as a multiple of the font size. */
    static final float LEADING = 1.45f;

    private static final float TABLE_LEADING = 1.35f;
    private static final float TABLE_SIZE = 8f;
    private static final float TABLE_HEAD_SIZE = 7.5f;
    private static final int TABLE_RULE = 0xc8c8c0;
    private static final int TABLE_HEAD = 0xeeeee8;
    private static final int TITLE_RULE = 0xb9b9b0;
    private static final int FALLBACK = 0xfff3c4;
    /** Narrowest share of a table column, in per cent of the table width. */
    private static final int MIN_COLUMN = 10;
    /** Words up to this length get a column wide enough for them. */
    private static final int LONG_WORD = 22;

    private final LineBreaker breaker;
    private final FontPrograms.Pair fonts;
    private final float width;
    private final float base;
    private final float pageHeight;
    private final boolean bookmarks;
    private final List<Box> boxes = new ArrayList<>();
    private float pending;
    private int keepLines;
    private float indent;

    /**
     * @param breaker the line breaker
     * @param fonts the faces
     * @param width the width of the column in points
     * @param base the size of body text
     * @param pageHeight the height of the text area (rows taller than it are split)
     * @param bookmarks whether headings get outline entries
     */
    Flow(LineBreaker breaker, FontPrograms.Pair fonts, float width, float base, float pageHeight, boolean bookmarks) {
        this.breaker = breaker;
        this.fonts = fonts;
        this.width = width;
        this.base = base;
        this.pageHeight = pageHeight;
        this.bookmarks = bookmarks;
    }

    List<Box> boxes() {
        return boxes;
    }

    /** Lays out a block at a heading level (2 for the top). */
    void block(Block block, int level) {
        if (block instanceof Title title) {
            title(title);
        } else if (block instanceof PartiesBlock parties) {
            parties(parties);
        } else if (block instanceof Section section) {
            section(section, level);
        } else if (block instanceof Clause clause) {
            clause(clause, level);
        } else if (block instanceof Paragraph paragraph) {
            space(0);
            int from = boxes.size();
            text(spans(paragraph.runs(), body()), body(), LEADING, false, null);
            // a paragraph led by a bold label ("Ziel:", "Schutzziel:") introduces what follows it, like a heading:
            // it does not end a page without the first lines of the list it heads
            if (!paragraph.runs().isEmpty() && paragraph.runs().get(0).style() == RunStyle.STRONG) {
                keepHeading(from);
            }
            space(base * 0.5f);
        } else if (block instanceof ListBlock list) {
            list(list);
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof Annex annex) {
            annex(annex, level);
        } else if (block instanceof SignatureBlock signatures) {
            signatures(signatures, level);
        } else if (block instanceof Figure figure) {
            figure(figure);
        } else if (block instanceof Parallel parallel) {
            parallel(parallel, level);
        } else if (block instanceof InLanguage part) {
            // the PDF is not tagged (PDF/A-3u): no structure element to carry a Lang; the catalog has the document's
            block(part.block(), level);
        } else {
            throw unhandled(block);
        }
    }

    private Style body() {
        return Style.plain(base);
    }

    private void title(Title title) {
        Style heading = Style.plain(15).withBold(true);
        text(List.of(new Span(title.text(), heading)), heading, LEADING, true, null);
        space(15 * 0.3f);
        Style subtitle = body().withColor(Style.GREY);
        for (String line : title.subtitles()) {
            space(base * 0.1f);
            text(List.of(new Span(line, subtitle)), subtitle, LEADING, true, null);
            space(base * 0.1f);
        }
        space(base * 1.2f);
        float w = width;
        add(new Box(0.75f, (canvas, x, top) -> canvas.line(TITLE_RULE, 0.75f, x, top, x + w, top)));
        space(base * 1.6f);
    }

    private void parties(PartiesBlock parties) {
        Style between = body().withItalic(true);
        space(base * 0.8f);
        text(List.of(new Span(parties.introduction(), between)), between, LEADING, true, null);
        space(base * 0.8f);
        List<PartyEntry> entries = parties.parties();
        for (int i = 0; i < entries.size(); i++) {
            PartyEntry entry = entries.get(i);
            int from = boxes.size();
            Style name = body().withBold(true);
            text(List.of(new Span(entry.name(), name)), name, LEADING, false, null);
            space(base * 0.5f);
            for (String detail : entry.details()) {
                text(List.of(new Span(detail, body())), body(), LEADING, false, null);
            }
            space(base * 0.5f);
            Style designation = body().withItalic(true);
            text(List.of(new Span(entry.designation(), designation)), designation, LEADING, false, null);
            keepTogether(from);
            space(base * 0.5f);
            if (i < entries.size() - 1) {
                space(base * 0.8f);
                text(List.of(new Span(parties.conjunction(), between)), between, LEADING, true, null);
                space(base * 0.8f);
            }
        }
        space(base * 2f);
    }

    private void section(Section section, int level) {
        Style style = headingStyle(level);
        space(headingSpace(level, style.size()));
        String heading = section.heading();
        String title = section.number().map(n -> n + " " + heading).orElse(heading);
        Prefix number = section.number().map(n -> new Prefix(n, style, 0)).orElse(null);
        float hang = number == null ? 0 : breaker.width(number.text(), style) + style.size() * 0.9f;
        int from = boxes.size();
        float saved = indent;
        indent += hang;
        text(List.of(new Span(heading, style)), style, LEADING, false, number == null ? null : number.at(-hang));
        indent = saved;
        mark(from, title, level - 1);
        keepHeading(from);
        space(style.size() * (level == 2 ? 0.4f : 0.3f));
        section.citation().ifPresent(c -> citation(c));
        for (Block child : section.content()) {
            block(child, level + 1);
        }
    }

    private void citation(String citation) {
        Style cite = Style.plain(8).withItalic(true).withColor(Style.MUTED);
        int from = boxes.size();
        text(List.of(new Span(citation, cite)), cite, LEADING, false, null);
        keepHeading(from);
        space(8 * 0.5f);
    }

    private Style headingStyle(int level) {
        if (level <= 2) {
            return Style.plain(11).withBold(true);
        }
        if (level == 3) {
            return Style.plain(10).withBold(true);
        }
        return Style.plain(base).withBold(true).withItalic(true);
    }

    private static float headingSpace(int level, float size) {
        return size * (level <= 2 ? 1.4f : level == 3 ? 1f : 0.8f);
    }

    private void clause(Clause clause, int level) {
        // the only clause of a section has no number and is set flush, like the section's other text
        boolean numbered = !clause.number().isEmpty();
        float hang = numbered ? base * 2.4f : 0f;
        float saved = indent;
        indent += hang;
        boolean first = true;
        for (Block child : clause.content()) {
            if (first && child instanceof Paragraph paragraph) {
                // an introduction to a list keeps its colon last: "… at least (Art. 33(3) GDPR):"
                boolean colon = clause.citation().isPresent() && IntroCitation.endsWithColon(paragraph.runs());
                List<Span> spans =
                        spans(colon ? IntroCitation.beforeColon(paragraph.runs()) : paragraph.runs(), body());
                clause.citation().ifPresent(c -> {
                    Style cite = Style.plain(8).withItalic(true).withColor(Style.MUTED);
                    spans.add(new Span(" (" + c + ")", cite));
                });
                if (colon) {
                    spans.add(new Span(":", body()));
                }
                space(0);
                text(spans, body(), LEADING, false, numbered ? new Prefix(clause.number(), body(), -hang) : null);
                space(base * 0.5f);
            } else {
                block(child, level + 1);
            }
            first = false;
        }
        indent = saved;
        space(base * 0.4f);
    }

    private void list(ListBlock list) {
        space(base * 0.2f);
        float hang = base * 1.4f;
        float saved = indent;
        indent += hang;
        int number = 1;
        for (Paragraph item : list.items()) {
            String marker = list.ordered() ? number++ + "." : "\u2022";
            float markerWidth = breaker.width(marker, body());
            space(base * 0.1f);
            text(
                    spans(item.runs(), body()),
                    body(),
                    LEADING,
                    false,
                    new Prefix(marker, body(), -markerWidth - base * 0.5f));
            space(base * 0.1f);
        }
        indent = saved;
        space(base * 0.6f);
    }

    private void annex(Annex annex, int level) {
        int from = boxes.size();
        Style label = Style.plain(10).withColor(Style.GREY);
        Style title = Style.plain(13).withBold(true);
        text(List.of(new Span(annex.label().toUpperCase(Locale.ROOT), label)), label, LEADING, true, null);
        text(List.of(new Span(annex.title(), title)), title, LEADING, true, null);
        if (from < boxes.size()) {
            boxes.get(from).breakBefore = true;
        }
        mark(from, annex.label() + " " + annex.title(), 1);
        keepHeading(from);
        space(13 * 0.4f);
        for (Block child : annex.content()) {
            block(child, level + 1);
        }
    }

    private void signatures(SignatureBlock signatures, int level) {
        space(base * 2.5f);
        Style style = headingStyle(level);
        int from = boxes.size();
        text(List.of(new Span(signatures.heading(), style)), style, LEADING, false, null);
        space(style.size() * 0.4f);
        float gap = width * 0.03f;
        float entryWidth = width * 0.46f;
        List<SignatureEntry> entries = signatures.entries();
        for (int i = 0; i < entries.size(); i += 2) {
            SignatureEntry left = entries.get(i);
            SignatureEntry right = i + 1 < entries.size() ? entries.get(i + 1) : null;
            // the fields of two signatories side by side start on the same line: the shorter heading (a party
            // name on one line beside one on two) is padded to the taller one
            float header = header(left, entryWidth).height;
            if (right != null) {
                header = Math.max(header, header(right, entryWidth).height);
            }
            Box first = entry(left, entryWidth, header);
            Box second = right != null ? entry(right, entryWidth, header) : null;
            float height = Math.max(first.height, second == null ? 0 : second.height);
            float offset = entryWidth + gap;
            add(new Box(height, (canvas, x, top) -> {
                first.painter.paint(canvas, x, top);
                if (second != null) {
                    second.painter.paint(canvas, x + offset, top);
                }
            }));
            space(base * 1.5f);
        }
        keepTogether(from);
    }

    /**
     * The role in capitals and the party's name. The role is one word or two ("AUFTRAGSVERARBEITER"); where it is
     * wider than the column (the bilingual layout's narrow signature columns) it is set smaller to fit whole,
     * never broken inside a word.
     */
    private Box header(SignatureEntry entry, float entryWidth) {
        Flow inner = new Flow(breaker, fonts, entryWidth, base, pageHeight, false);
        Style role = body().withColor(Style.INK);
        String label = entry.role().toUpperCase(Locale.ROOT);
        float widest = 0;
        for (String word : label.split(" ")) {
            widest = Math.max(widest, breaker.width(word, role));
        }
        if (widest > entryWidth) {
            role = role.withSize(Math.max(6f, role.size() * entryWidth / widest * 0.98f));
        }
        inner.text(List.of(new Span(label, role)), role, LEADING, false, null);
        Style party = body().withBold(true);
        inner.text(List.of(new Span(entry.party(), party)), party, LEADING, false, null);
        return stack(inner.boxes);
    }

    private Box entry(SignatureEntry entry, float entryWidth, float headerHeight) {
        Flow inner = new Flow(breaker, fonts, entryWidth, base, pageHeight, false);
        Box header = header(entry, entryWidth);
        inner.add(header);
        float pad = headerHeight - header.height;
        if (pad > 0) {
            inner.add(new Box(pad, (canvas, x, top) -> {}));
        }
        inner.space(base * 0.6f);
        Style label = Style.plain(8.5f).withColor(Style.MUTED);
        for (SignatureField field : entry.fields()) {
            inner.space(8.5f * 0.9f);
            inner.text(List.of(new Span(field.label(), label)), label, LEADING, false, null);
            int from = inner.boxes.size();
            field.value().ifPresent(v -> inner.text(List.of(new Span(v, body())), body(), LEADING, false, null));
            float used = 0;
            for (int i = from; i < inner.boxes.size(); i++) {
                used += inner.boxes.get(i).height;
            }
            float rest = Math.max(0, base * 2.2f - used);
            inner.add(new Box(
                    rest + 0.75f,
                    (canvas, x, top) -> canvas.line(Style.INK, 0.75f, x, top + rest, x + entryWidth, top + rest)));
        }
        return stack(inner.boxes);
    }

    /** One box that draws the given boxes one below the other. */
    private static Box stack(List<Box> parts) {
        float height = 0;
        for (int i = 0; i < parts.size(); i++) {
            height += (i == 0 ? 0 : parts.get(i).before) + parts.get(i).height;
        }
        return new Box(height, (canvas, x, top) -> {
            float at = top;
            for (int i = 0; i < parts.size(); i++) {
                Box part = parts.get(i);
                at += i == 0 ? 0 : part.before;
                part.painter.paint(canvas, x + part.indent, at);
                at += part.height;
            }
        });
    }

    private void figure(Figure figure) {
        space(base * 1.5f);
        int from = boxes.size();
        Box drawing = FlowFigure.box(figure.svg(), width - indent, pageHeight - 3 * 9 * LEADING, breaker);
        if (drawing != null) {
            add(drawing);
        }
        space(9 * 0.5f);
        Style caption = Style.plain(9).withColor(Style.GREY);
        text(
                List.of(
                        new Span(figure.caption(), caption.withBold(true)),
                        new Span(" " + figure.description(), caption)),
                caption,
                LEADING,
                false,
                null);
        // a caption belongs with its figure: the drawing and every line of the caption move to the next page
        // together if they fit on one, so that no caption lines are left over on the page before (where an annex
        // that starts a new page would follow them); a caption longer than that is kept with the drawing at least
        // by its first lines, and its paragraph's own rule keeps a line from standing alone
        float total = 0;
        for (int i = from; i < boxes.size(); i++) {
            total += (i == from ? 0 : boxes.get(i).before) + boxes.get(i).height;
        }
        if (from < boxes.size() && total <= pageHeight) {
            keepTogether(from);
        } else if (from < boxes.size()) {
            boxes.get(from).keep = true;
        }
        space(base * 1.5f);
    }

    private void parallel(Parallel parallel, int level) {
        float gutter = 8.5f * 0.9f;
        float column = width / 2 - 2 * gutter;
        Flow first = new Flow(breaker, fonts, column, 8.5f, pageHeight, bookmarks);
        first.block(parallel.first(), level);
        Flow second = new Flow(breaker, fonts, column, 8.5f, pageHeight, false);
        second.block(parallel.second(), level);
        Box box = Box.columns(first.boxes, second.boxes, column, gutter);
        box.breakBefore = breaksBefore(first.boxes) || breaksBefore(second.boxes);
        add(box);
        space(Math.max(first.pending, second.pending));
    }

    private static boolean breaksBefore(List<Box> boxes) {
        return !boxes.isEmpty() && boxes.get(0).breakBefore;
    }

    // ---------------------------------------------------------------- tables

    private void table(Table table) {
        space(TABLE_SIZE * 0.6f);
        table.caption().ifPresent(c -> {
            text(List.of(new Span(c, body())), body(), LEADING, true, null);
            boxes.get(boxes.size() - 1).keep = true;
        });
        int columns = table.header().size();
        if (columns == 0) {
            return;
        }
        float tableWidth = width - indent;
        float[] widths = columnWidths(table, tableWidth);
        Style head = Style.plain(TABLE_HEAD_SIZE).withBold(true);
        Style cell = Style.plain(TABLE_SIZE);
        List<List<Line>> headCells = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            headCells.add(
                    breaker.lines(spans(table.header().get(i).runs(), head), widths[i] - 2 * TABLE_HEAD_SIZE * 0.5f));
        }
        Box header = row(headCells, widths, head, TABLE_HEAD);
        header.keep = true;
        add(header);
        float room = pageHeight - header.height - 2 * TABLE_SIZE * 0.35f - 1;
        int maxLines = Math.max(1, (int) (room / (TABLE_SIZE * TABLE_LEADING)));
        for (List<Paragraph> row : table.rows()) {
            List<List<Line>> cells = new ArrayList<>();
            int tallest = 0;
            for (int i = 0; i < columns; i++) {
                List<Line> lines = breaker.lines(spans(row.get(i).runs(), cell), widths[i] - 2 * TABLE_SIZE * 0.5f);
                cells.add(lines);
                tallest = Math.max(tallest, lines.size());
            }
            // a row taller than a page is split into rows of a page each (never happens with ordinary text)
            for (int from = 0; from < Math.max(1, tallest); from += maxLines) {
                List<List<Line>> part = new ArrayList<>();
                for (List<Line> lines : cells) {
                    part.add(lines.subList(Math.min(from, lines.size()), Math.min(from + maxLines, lines.size())));
                }
                Box box = row(part, widths, cell, Style.NONE);
                box.header = header;
                add(box);
            }
        }
        space(TABLE_SIZE * 1.2f);
    }

    private Box row(List<List<Line>> cells, float[] widths, Style style, int background) {
        float size = style.size();
        float padX = size * 0.5f;
        float padY = size * 0.35f;
        float leading = size * TABLE_LEADING;
        int tallest = 1;
        for (List<Line> lines : cells) {
            tallest = Math.max(tallest, lines.size());
        }
        float height = tallest * leading + 2 * padY;
        float baseline = baseline(style, leading);
        return new Box(height, (canvas, x, top) -> {
            float at = x;
            for (int i = 0; i < cells.size(); i++) {
                if (background != Style.NONE) {
                    canvas.fillRect(background, at, top, widths[i], height);
                }
                canvas.strokeRect(TABLE_RULE, 0.75f, at, top, widths[i], height);
                float lineTop = top + padY;
                for (Line line : cells.get(i)) {
                    draw(canvas, line, at + padX, lineTop + baseline);
                    lineTop += leading;
                }
                at += widths[i];
            }
        });
    }

    /**
     * The widths of a table's columns from their content: each column's share grows with the square root
     * of the amount of text in it (heading included), so that long descriptions get room while a column of
     * country names stays narrow; but no column is narrower than its longest word (up to
     * {@value #LONG_WORD} characters; longer words break anyway), nor than {@value #MIN_COLUMN} per cent.
     */
    private float[] columnWidths(Table table, float tableWidth) {
        int columns = table.header().size();
        double[] weight = new double[columns];
        double[] floor = new double[columns];
        Style head = Style.plain(TABLE_HEAD_SIZE).withBold(true);
        Style cell = Style.plain(TABLE_SIZE).withBold(true);
        List<List<Paragraph>> rows = new ArrayList<>();
        rows.add(table.header());
        rows.addAll(table.rows());
        for (int r = 0; r < rows.size(); r++) {
            List<Paragraph> row = rows.get(r);
            Style style = r == 0 ? head : cell;
            for (int i = 0; i < columns; i++) {
                String text = row.get(i).plainText();
                weight[i] += text.length();
                int start = 0;
                for (int j = 0; j <= text.length(); j++) {
                    boolean end = j == text.length();
                    char c = end ? ' ' : text.charAt(j);
                    if (end || Character.isWhitespace(c) || c == '\u00AD' || c == '-') {
                        int to = Math.min(j, start + LONG_WORD);
                        if (to > start && (j - start) > 1) {
                            // the word, a hyphen after it (a soft hyphen's or its own) and the cell's padding
                            float word = breaker.width(text.substring(start, to) + "-", style) + style.size();
                            floor[i] = Math.max(floor[i], word * 100 / tableWidth);
                        }
                        start = j + 1;
                    }
                }
            }
        }
        double[] share = new double[columns];
        boolean[] fixed = new boolean[columns];
        for (int i = 0; i < columns; i++) {
            weight[i] = Math.sqrt(weight[i] + 1);
            floor[i] = Math.max(floor[i], columns > 1 ? MIN_COLUMN : 100);
        }
        for (int round = 0; round < columns; round++) {
            double free = 100;
            double freeWeight = 0;
            for (int i = 0; i < columns; i++) {
                if (fixed[i]) {
                    free -= floor[i];
                } else {
                    freeWeight += weight[i];
                }
            }
            boolean changed = false;
            for (int i = 0; i < columns; i++) {
                share[i] = fixed[i] ? floor[i] : Math.max(0, free) * weight[i] / freeWeight;
                if (!fixed[i] && share[i] < floor[i]) {
                    fixed[i] = true;
                    changed = true;
                }
            }
            if (!changed || freeWeight == 0) {
                break;
            }
        }
        double total = 0;
        for (int i = 0; i < columns; i++) {
            share[i] = Math.max(share[i], floor[i]);
            total += share[i];
        }
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = (float) (tableWidth * share[i] / total);
        }
        return widths;
    }

    // ---------------------------------------------------------------- text

    /** A label drawn before the first line of a paragraph, at an offset from the text's left edge. */
    private record Prefix(String text, Style style, float offset) {
        Prefix at(float value) {
            return new Prefix(text, style, value);
        }
    }

    private List<Span> spans(List<Run> runs, Style plain) {
        List<Span> spans = new ArrayList<>(runs.size());
        for (Run run : runs) {
            Style style = switch (run.style()) {
                case PLAIN -> plain;
                case EMPHASIS -> plain.withItalic(true);
                case STRONG -> plain.withBold(true);
            };
            if (run.language().isPresent()) {
                String language = run.language().get();
                spans.add(new Span("[" + language + "] ", plain.withBold(true).withBackground(FALLBACK)));
                spans.add(new Span(run.text(), style.withBackground(FALLBACK)));
            } else {
                spans.add(new Span(run.text(), style));
            }
        }
        return spans;
    }

    /**
     * Breaks the spans into lines and adds a box per line.
     *
     * @param spans the text
     * @param main the style that sets the line height
     * @param leading the line height as a multiple of the main size
     * @param centred whether the lines are centred
     * @param prefix a label before the first line, or null
     */
    private void text(List<Span> spans, Style main, float leading, boolean centred, @Nullable Prefix prefix) {
        float available = width - indent;
        List<Line> lines = breaker.lines(spans, available);
        if (lines.isEmpty() && prefix == null) {
            return;
        }
        float height = main.size() * leading;
        float baseline = baseline(main, height);
        int first = boxes.size();
        int count = Math.max(1, lines.size());
        for (int i = 0; i < count; i++) {
            Line line = i < lines.size() ? lines.get(i) : null;
            Prefix label = i == 0 ? prefix : null;
            float shift = centred && line != null ? (available - line.width()) / 2 : 0;
            Box box = new Box(height, (canvas, x, top) -> {
                if (label != null) {
                    canvas.text(label.style(), x + label.offset(), top + baseline, label.text());
                }
                if (line != null) {
                    draw(canvas, line, x + shift, top + baseline);
                }
            });
            box.indent = indent;
            add(box);
        }
        // no single line of a paragraph alone at the foot or the head of a page
        if (count >= 2) {
            boxes.get(first).keep = true;
        }
        if (count >= 3) {
            boxes.get(first + count - 2).keep = true;
        }
    }

    private void draw(Canvas canvas, Line line, float x, float baseline) throws java.io.IOException {
        for (Piece piece : line.pieces()) {
            Style style = piece.style();
            if (style.background() != Style.NONE) {
                Face face = fonts.face(style.bold());
                float ascent = face.ascent * style.size() / 1000;
                float descent = face.descent * style.size() / 1000;
                canvas.fillRect(style.background(), x + piece.x(), baseline - ascent, piece.width(), ascent + descent);
            }
            canvas.text(style, x + piece.x(), baseline, piece.text());
        }
    }

    /** The baseline's distance from the top of a line box, the leading shared above and below the glyphs. */
    private float baseline(Style style, float lineHeight) {
        Face face = fonts.face(style.bold());
        float ascent = face.ascent * style.size() / 1000;
        float descent = face.descent * style.size() / 1000;
        return (lineHeight - ascent - descent) / 2 + ascent;
    }

    // ---------------------------------------------------------------- flow

    private void add(Box box) {
        box.before = Math.max(box.before, pending);
        pending = 0;
        if (keepLines > 0) {
            box.keep = true;
            keepLines--;
        }
        boxes.add(box);
    }

    private void space(float value) {
        pending = Math.max(pending, value);
    }

    /** Keeps the boxes from {@code from} on with the first line that follows them. */
    private void keepHeading(int from) {
        for (int i = from; i < boxes.size(); i++) {
            boxes.get(i).keep = true;
        }
        keepLines = 1;
    }

    /** Keeps the boxes from {@code from} on together. */
    private void keepTogether(int from) {
        for (int i = from; i < boxes.size() - 1; i++) {
            boxes.get(i).keep = true;
        }
    }

    private void mark(int from, String title, int level) {
        if (bookmarks && from < boxes.size()) {
            boxes.get(from).bookmark = title;
            boxes.get(from).level = Math.max(1, level);
        }
    }
}
