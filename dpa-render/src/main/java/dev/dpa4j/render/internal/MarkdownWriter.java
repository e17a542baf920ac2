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
import dev.dpa4j.render.document.RunStyle;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.document.SignatureBlock;
import dev.dpa4j.render.document.SignatureEntry;
import dev.dpa4j.render.document.SignatureField;
import dev.dpa4j.render.document.Table;
import dev.dpa4j.render.document.Title;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes the document tree as CommonMark with GFM tables; every text is escaped. */
public final class MarkdownWriter {

    private static final String BLANK = "................................";

    private final TextOut sink = new TextOut();
    private final StringBuilder out = sink.text();

    /**
     * Writes the document.
     *
     * @param document the document
     * @return the Markdown text, lines ending in {@code \n}
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
            block(block, 2);
        }
        document.metadata().footer().ifPresent(f -> {
            out.append("---\n\n");
            out.append('*').append(inline(f)).append("*\n");
        });
    }

    private void block(Block block, int level) {
        sink.spill();
        if (block instanceof Title title) {
            out.append("# ").append(inline(title.text())).append("\n\n");
            for (String line : title.subtitles()) {
                out.append(start(inline(line))).append("\n\n");
            }
        } else if (block instanceof PartiesBlock parties) {
            parties(parties);
        } else if (block instanceof Section section) {
            heading(level, section.number().map(n -> n + " ").orElse("") + section.heading());
            section.citation().ifPresent(c -> out.append('*').append(inline(c)).append("*\n\n"));
            for (Block child : section.content()) {
                block(child, level + 1);
            }
        } else if (block instanceof Clause clause) {
            clause(clause, level);
        } else if (block instanceof Paragraph paragraph) {
            out.append(start(runs(paragraph.runs()))).append("\n\n");
        } else if (block instanceof ListBlock list) {
            list(list);
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof Annex annex) {
            heading(level, annex.label() + " – " + annex.title());
            for (Block child : annex.content()) {
                block(child, level + 1);
            }
        } else if (block instanceof SignatureBlock signatures) {
            signatures(signatures, level);
        } else if (block instanceof Figure figure) {
            out.append(strong(figure.caption())).append("\n\n");
            out.append(start(inline(figure.description()))).append("\n\n");
        } else if (block instanceof Parallel parallel) {
            block(parallel.first(), level);
            block(parallel.second(), level);
        } else if (block instanceof InLanguage part) {
            block(part.block(), level);
        } else {
            throw unhandled(block);
        }
    }

    private void heading(int level, String text) {
        out.append("#".repeat(Math.min(level, 6)))
                .append(' ')
                .append(inline(text))
                .append("\n\n");
    }

    private void parties(PartiesBlock parties) {
        out.append(start(inline(parties.introduction()))).append("\n\n");
        List<PartyEntry> entries = parties.parties();
        for (int i = 0; i < entries.size(); i++) {
            PartyEntry entry = entries.get(i);
            out.append(strong(entry.name()));
            for (String detail : entry.details()) {
                out.append("\\\n").append(inline(detail).stripLeading());
            }
            out.append("\\\n")
                    .append(inline(entry.designation()).stripLeading())
                    .append("\n\n");
            if (i < entries.size() - 1) {
                out.append(start(inline(parties.conjunction()))).append("\n\n");
            }
        }
    }

    private void clause(Clause clause, int level) {
        boolean first = true;
        for (Block child : clause.content()) {
            if (first && child instanceof Paragraph paragraph) {
                if (!clause.number().isEmpty()) {
                    out.append(inline(clause.number())).append(' ');
                }
                // an introduction to a list keeps its colon last: "… at least *(Art. 33(3) GDPR)*:"
                boolean colon = clause.citation().isPresent() && IntroCitation.endsWithColon(paragraph.runs());
                out.append(runs(colon ? IntroCitation.beforeColon(paragraph.runs()) : paragraph.runs())
                        .stripLeading());
                clause.citation()
                        .ifPresent(c -> out.append(" *(").append(inline(c)).append(")*"));
                out.append(colon ? ":\n\n" : "\n\n");
            } else {
                block(child, level + 1);
            }
            first = false;
        }
    }

    private void list(ListBlock list) {
        int n = 0;
        for (Paragraph item : list.items()) {
            n++;
            String marker = list.ordered() ? n + ". " : "- ";
            out.append(marker).append(start(runs(item.runs()))).append('\n');
        }
        out.append('\n');
    }

    private void table(Table table) {
        table.caption().ifPresent(c -> out.append(strong(c)).append("\n\n"));
        out.append('|');
        for (Paragraph cell : table.header()) {
            out.append(' ').append(cell(cell)).append(" |");
        }
        out.append("\n|");
        for (int i = 0; i < table.header().size(); i++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (List<Paragraph> row : table.rows()) {
            sink.spill();
            out.append('|');
            for (Paragraph cell : row) {
                out.append(' ').append(cell(cell)).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private String cell(Paragraph cell) {
        return runs(cell.runs()).strip();
    }

    private void signatures(SignatureBlock signatures, int level) {
        heading(level, signatures.heading());
        for (SignatureEntry entry : signatures.entries()) {
            out.append(strong(entry.role() + ":"))
                    .append(' ')
                    .append(inline(entry.party()).stripLeading());
            for (SignatureField field : entry.fields()) {
                out.append("\\\n")
                        .append(inline(field.label()))
                        .append(": ")
                        .append(field.value().map(MarkdownWriter::inline).orElse(BLANK));
            }
            out.append("\n\n");
        }
    }

    private static String runs(List<Run> runs) {
        if (runs.size() == 1 && runs.get(0).style() == RunStyle.PLAIN) {
            return inline(runs.get(0).markedText()); // most paragraphs and cells: no builder needed
        }
        StringBuilder text = new StringBuilder(64);
        for (Run run : runs) {
            switch (run.style()) {
                case PLAIN -> text.append(inline(run.markedText()));
                case EMPHASIS -> styled(text, run.markedText(), "*");
                case STRONG -> styled(text, run.markedText(), "**");
            }
        }
        return text.toString();
    }

    /** The text in strong emphasis, its surrounding white space outside the markers. */
    private static String strong(String raw) {
        StringBuilder text = new StringBuilder();
        styled(text, raw, "**");
        return text.toString();
    }

    /**
     * Appends the escaped text between the markers. White space at either end (including no-break and
     * other Unicode spaces) goes outside them: CommonMark does not close emphasis after a space, so
     * "**Acme **" would print its asterisks.
     */
    private static void styled(StringBuilder text, String raw, String marker) {
        String escaped = inline(raw);
        int lead = 0;
        int end = escaped.length();
        while (lead < end && isSpace(escaped.charAt(lead))) {
            lead++;
        }
        while (end > lead && isSpace(escaped.charAt(end - 1))) {
            end--;
        }
        String core = escaped.substring(lead, end);
        if (core.isEmpty() || core.endsWith("\\")) {
            text.append(escaped);
            return;
        }
        text.append(escaped, 0, lead).append(marker).append(core).append(marker).append(escaped.substring(end));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String inline(String text) {
        return Escapes.markdown(text);
    }

    private static String start(String escaped) {
        return Escapes.markdownLineStart(escaped);
    }
}
