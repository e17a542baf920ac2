/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static dev.dpa4j.render.internal.Writers.unhandled;

import dev.dpa4j.render.document.Annex;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Clause;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.Figure;
import dev.dpa4j.render.document.InLanguage;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Parallel;
import dev.dpa4j.render.document.PartiesBlock;
import dev.dpa4j.render.document.PartyEntry;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.document.SignatureBlock;
import dev.dpa4j.render.document.SignatureEntry;
import dev.dpa4j.render.document.SignatureField;
import dev.dpa4j.render.document.Table;
import dev.dpa4j.render.document.Title;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes the document tree as plain text wrapped at 78 columns. */
public final class TextWriter {

    private static final int WIDTH = 78;
    private static final String BLANK = "______________________________";

    private final TextOut sink = new TextOut();
    private final StringBuilder out = sink.text();

    /**
     * Writes the document.
     *
     * @param document the document
     * @return the text, lines ending in {@code \n}
     */
    public String write(Document document) {
        writeAll(document);
        return out.toString();
    }

    /**
     * Writes the document to a stream as UTF-8, passing the text on in chunks as it grows; the same bytes
     * as {@link #write(Document)} encoded.
     *
     * @param document the document
     * @param stream where the bytes go; flushed, not closed
     * @throws IOException if the stream cannot be written
     */
    public void write(Document document, OutputStream stream) throws IOException {
        sink.writeTo(stream, () -> writeAll(document));
    }

    private void writeAll(Document document) {
        for (Block block : document.blocks()) {
            block(block, "");
        }
        document.metadata().footer().ifPresent(f -> {
            out.append("-".repeat(WIDTH)).append('\n');
            wrap(f, "", "");
        });
    }

    private void block(Block block, String indent) {
        sink.spill();
        if (block instanceof Title title) {
            String text = clean(title.text());
            out.append(text).append('\n');
            out.append("=".repeat(Math.min(WIDTH, Math.max(3, text.codePointCount(0, text.length())))))
                    .append("\n\n");
            for (String line : title.subtitles()) {
                wrap(line, "", "");
            }
            // the underline already ends in a blank line; only subtitles need one of their own
            if (!title.subtitles().isEmpty()) {
                out.append('\n');
            }
        } else if (block instanceof PartiesBlock parties) {
            parties(parties);
        } else if (block instanceof Section section) {
            String heading = clean(section.number().map(n -> n + " ").orElse("") + section.heading());
            out.append(heading).append('\n');
            section.citation().ifPresent(c -> out.append('(').append(clean(c)).append(")\n"));
            out.append('\n');
            for (Block child : section.content()) {
                block(child, indent);
            }
        } else if (block instanceof Clause clause) {
            clause(clause, indent);
        } else if (block instanceof Paragraph paragraph) {
            wrap(text(paragraph.runs()), indent, indent);
            out.append('\n');
        } else if (block instanceof ListBlock list) {
            int n = 0;
            for (Paragraph item : list.items()) {
                n++;
                String marker = list.ordered() ? n + ". " : "- ";
                wrap(text(item.runs()), indent + marker, indent + " ".repeat(marker.length()));
            }
            out.append('\n');
        } else if (block instanceof Table table) {
            table(table, indent);
        } else if (block instanceof Annex annex) {
            out.append("-".repeat(WIDTH)).append('\n');
            String heading = clean(annex.label() + " – " + annex.title());
            out.append(heading).append('\n').append("-".repeat(WIDTH)).append("\n\n");
            for (Block child : annex.content()) {
                block(child, indent);
            }
        } else if (block instanceof SignatureBlock signatures) {
            out.append(clean(signatures.heading())).append("\n\n");
            for (SignatureEntry entry : signatures.entries()) {
                wrap(entry.role() + ": " + entry.party(), "", "");
                out.append('\n');
                for (SignatureField field : entry.fields()) {
                    wrap(field.label() + ": " + field.value().orElse(BLANK), "  ", "  ");
                }
                out.append('\n');
            }
        } else if (block instanceof Figure figure) {
            wrap(figure.caption(), indent, indent);
            wrap(figure.description(), indent, indent);
            out.append('\n');
        } else if (block instanceof Parallel parallel) {
            block(parallel.first(), indent);
            block(parallel.second(), indent);
        } else if (block instanceof InLanguage part) {
            block(part.block(), indent);
        } else {
            throw unhandled(block);
        }
    }

    private void parties(PartiesBlock parties) {
        wrap(parties.introduction(), "", "");
        out.append('\n');
        List<PartyEntry> entries = parties.parties();
        for (int i = 0; i < entries.size(); i++) {
            PartyEntry entry = entries.get(i);
            wrap(entry.name(), "    ", "    ");
            for (String detail : entry.details()) {
                wrap(detail, "    ", "    ");
            }
            wrap(entry.designation(), "    ", "    ");
            out.append('\n');
            if (i < entries.size() - 1) {
                wrap(parties.conjunction(), "", "");
                out.append('\n');
            }
        }
    }

    private void clause(Clause clause, String indent) {
        String number = clean(clause.number());
        // an unnumbered clause (the only one of its section) is set flush, without a hanging indent
        String hanging = number.isEmpty() ? indent : indent + " ".repeat(number.length() + 1);
        boolean first = true;
        for (Block child : clause.content()) {
            if (first && child instanceof Paragraph paragraph) {
                // an introduction to a list keeps its colon last: "… at least (Art. 33(3) GDPR):"
                boolean colon = clause.citation().isPresent() && IntroCitation.endsWithColon(paragraph.runs());
                String text = text(colon ? IntroCitation.beforeColon(paragraph.runs()) : paragraph.runs())
                        + clause.citation().map(c -> " (" + c + ")").orElse("")
                        + (colon ? ":" : "");
                wrap(text, number.isEmpty() ? indent : indent + number + " ", hanging);
                out.append('\n');
            } else {
                block(child, hanging);
            }
            first = false;
        }
    }

    private void table(Table table, String indent) {
        table.caption().ifPresent(c -> wrap(c, indent, indent));
        int row = 0;
        for (List<Paragraph> cells : table.rows()) {
            sink.spill();
            row++;
            out.append(indent).append(row).append(".\n");
            for (int i = 0; i < cells.size(); i++) {
                String label = text(table.header().get(i).runs());
                wrap(label + ": " + text(cells.get(i).runs()), indent + "   ", indent + "     ");
            }
        }
        out.append('\n');
    }

    private static String text(List<Run> runs) {
        if (runs.size() == 1) {
            return runs.get(0).markedText();
        }
        StringBuilder text = new StringBuilder(64);
        runs.forEach(r -> text.append(r.markedText()));
        return text.toString();
    }

    private static String clean(String text) {
        if (Escapes.plainLine(text)) {
            return text;
        }
        String clean = Escapes.text(text);
        // most texts have no line break: String.replace would read them through to find none
        return clean.indexOf('\n') < 0 ? clean : clean.replace('\n', ' ');
    }

    /**
     * Wraps at word boundaries; words longer than the line are kept whole. The lines are appended to the
     * output as they are made, each without trailing white space.
     */
    private void wrap(String raw, String firstIndent, String indent) {
        // most texts need no cleaning and hold no tab and no surrogate pair: one look at each character
        // says so, and a word's length on the line is then its number of chars
        boolean plain = Escapes.plainLine(raw);
        String text = (plain ? raw : clean(raw)).strip();
        int n = text.length();
        boolean tabs = !plain && text.indexOf('\t') >= 0;
        int lineStart = out.length();
        out.append(firstIndent);
        int length = firstIndent.length();
        boolean empty = true;
        // the words of the current line not yet appended: a range of the text, so that words that stand
        // one space apart in the text as on the line are appended together (issue #14: appending word by
        // word was a third of the text writer)
        int pendingFrom = 0;
        int pendingTo = 0;
        int end = 0;
        while (true) {
            // the words are the runs between spaces and tabs (a regular expression split was a fifth
            // of the time of a text rendering)
            int start = end;
            while (start < n && isBlank(text.charAt(start))) {
                start++;
            }
            if (start == n) {
                break;
            }
            end = wordEnd(text, start, tabs);
            // "§ 126b", "Art. 28", "Annex II": a reference word and its number make one unit of the line
            int word = start;
            while (end + 1 < n && text.charAt(end) == ' ' && !isBlank(text.charAt(end + 1))) {
                int kind = Bindings.binder(text, word, end);
                if (kind == Bindings.NONE) {
                    break;
                }
                int nextEnd = wordEnd(text, end + 1, tabs);
                if (!Bindings.binds(kind, text, end + 1, nextEnd)) {
                    break;
                }
                word = end + 1;
                end = nextEnd;
            }
            int wordLength = plain ? end - start : text.codePointCount(start, end);
            if (!empty && length + 1 + wordLength > WIDTH) {
                append(text, pendingFrom, pendingTo);
                out.append('\n');
                lineStart = out.length();
                out.append(indent);
                length = indent.length();
                empty = true;
            }
            if (empty) {
                pendingFrom = start;
            } else {
                length++;
                if (pendingTo != start - 1 || text.charAt(pendingTo) != ' ') {
                    append(text, pendingFrom, pendingTo);
                    out.append(' ');
                    pendingFrom = start;
                }
            }
            pendingTo = end;
            length += wordLength;
            empty = false;
        }
        append(text, pendingFrom, pendingTo);
        stripTrailing(lineStart);
        out.append('\n');
    }

    /** The end of the word that starts at {@code start}: the next space (or tab, if there are any), or the text's end. */
    private static int wordEnd(String text, int start, boolean tabs) {
        if (!tabs) {
            int space = text.indexOf(' ', start);
            return space < 0 ? text.length() : space;
        }
        int end = start;
        while (end < text.length() && !isBlank(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * Appends a range of the text. A part is copied out first: appending a range of a string to a builder
     * that holds characters beyond Latin-1 (a German quotation mark is enough) copies character by
     * character, a whole string in one go.
     */
    private void append(String text, int from, int to) {
        if (from == 0 && to == text.length()) {
            out.append(text);
        } else if (from < to) {
            out.append(text.substring(from, to));
        }
    }

    /** Removes white space at the end of the output back to {@code from}, as {@link String#stripTrailing} would. */
    private void stripTrailing(int from) {
        int end = out.length();
        while (end > from) {
            int c = Character.codePointBefore(out, end);
            if (!Character.isWhitespace(c)) {
                break;
            }
            end -= Character.charCount(c);
        }
        out.setLength(Math.max(end, from));
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
