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
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes the document tree as one self-contained HTML5 file: semantic elements, an embedded
 * stylesheet for screen and print, inline SVG; every text is escaped.
 */
public final class HtmlWriter {

    private static final String STYLE = loadStyle();

    private final TextOut sink = new TextOut();
    private final StringBuilder out = sink.text();

    /**
     * Writes the document.
     *
     * @param document the document
     * @return the HTML text, lines ending in {@code \n}
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
        String lang = document.metadata().language().getLanguage();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\">\n<head>\n");
        out.append("<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<meta name=\"generator\" content=\"dpa4j\">\n");
        document.metadata()
                .fingerprint()
                .ifPresent(f -> out.append("<meta name=\"dpa4j-fingerprint\" content=\"sha256:")
                        .append(esc(f))
                        .append("\">\n"));
        out.append("<title>").append(esc(document.metadata().title())).append("</title>\n");
        out.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<article class=\"dpa")
                .append(document.metadata().secondLanguage().isPresent() ? " dpa-bilingual" : "")
                .append("\">\n");
        for (Block block : document.blocks()) {
            block(block, 2);
        }
        document.metadata()
                .footer()
                .ifPresent(f -> out.append("<footer class=\"dpa-footer\"><p>")
                        .append(esc(f))
                        .append("</p></footer>\n"));
        out.append("</article>\n</body>\n</html>\n");
    }

    private void block(Block block, int level) {
        sink.spill();
        if (block instanceof Title title) {
            out.append("<header class=\"dpa-title\">\n<h1>")
                    .append(esc(title.text()))
                    .append("</h1>\n");
            for (String line : title.subtitles()) {
                out.append("<p class=\"dpa-subtitle\">").append(esc(line)).append("</p>\n");
            }
            out.append("</header>\n");
        } else if (block instanceof PartiesBlock parties) {
            parties(parties);
        } else if (block instanceof Section section) {
            out.append("<section class=\"dpa-section\" id=\"")
                    .append(esc(section.id()))
                    .append("\">\n");
            int h = Math.min(level, 6);
            out.append("<h").append(h).append('>');
            section.number()
                    .ifPresent(n -> out.append("<span class=\"dpa-num\">")
                            .append(esc(n))
                            .append("</span> "));
            out.append(esc(section.heading())).append("</h").append(h).append(">\n");
            section.citation()
                    .ifPresent(c ->
                            out.append("<p class=\"dpa-cite\">").append(esc(c)).append("</p>\n"));
            for (Block child : section.content()) {
                block(child, level + 1);
            }
            out.append("</section>\n");
        } else if (block instanceof Clause clause) {
            clause(clause, level);
        } else if (block instanceof Paragraph paragraph) {
            out.append("<p>");
            runs(paragraph.runs());
            out.append("</p>\n");
        } else if (block instanceof ListBlock list) {
            String tag = list.ordered() ? "ol" : "ul";
            out.append('<').append(tag).append(">\n");
            for (Paragraph item : list.items()) {
                out.append("<li>");
                runs(item.runs());
                out.append("</li>\n");
            }
            out.append("</").append(tag).append(">\n");
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof Annex annex) {
            out.append("<section class=\"dpa-annex\" id=\"")
                    .append(esc(annex.id()))
                    .append("\">\n");
            int h = Math.min(level, 6);
            out.append("<h")
                    .append(h)
                    .append("><span class=\"dpa-annex-label\">")
                    .append(esc(annex.label()))
                    .append("</span> ")
                    .append(esc(annex.title()))
                    .append("</h")
                    .append(h)
                    .append(">\n");
            for (Block child : annex.content()) {
                block(child, level + 1);
            }
            out.append("</section>\n");
        } else if (block instanceof SignatureBlock signatures) {
            signatures(signatures, level);
        } else if (block instanceof Figure figure) {
            out.append("<figure class=\"dpa-figure\" id=\"")
                    .append(esc(figure.id()))
                    .append("\">\n");
            out.append(figure.svg()).append('\n');
            out.append("<figcaption><strong>")
                    .append(esc(figure.caption()))
                    .append("</strong> ")
                    .append(esc(figure.description()))
                    .append("</figcaption>\n</figure>\n");
        } else if (block instanceof Parallel parallel) {
            out.append("<table class=\"dpa-parallel\"><tr>\n<td")
                    .append(lang(parallel.firstLanguage()))
                    .append(">\n");
            block(parallel.first(), level);
            out.append("</td>\n<td").append(lang(parallel.secondLanguage())).append(">\n");
            block(parallel.second(), level);
            out.append("</td>\n</tr></table>\n");
        } else if (block instanceof InLanguage part) {
            out.append("<div class=\"dpa-lang\"").append(lang(part.language())).append(">\n");
            block(part.block(), level);
            out.append("</div>\n");
        } else {
            throw unhandled(block);
        }
    }

    /** The {@code lang} attribute for a block in the language, with its leading space (BCP 47 tag). */
    private static String lang(Locale language) {
        return " lang=\"" + esc(language.toLanguageTag()) + "\"";
    }

    private void parties(PartiesBlock parties) {
        out.append("<section class=\"dpa-parties\">\n");
        out.append("<p class=\"dpa-between\">")
                .append(esc(parties.introduction()))
                .append("</p>\n");
        List<PartyEntry> entries = parties.parties();
        for (int i = 0; i < entries.size(); i++) {
            PartyEntry entry = entries.get(i);
            out.append("<div class=\"dpa-party\">\n<p class=\"dpa-party-name\">")
                    .append(esc(entry.name()))
                    .append("</p>\n");
            if (!entry.details().isEmpty()) {
                out.append("<p class=\"dpa-party-details\">");
                for (int d = 0; d < entry.details().size(); d++) {
                    if (d > 0) {
                        out.append("<br>");
                    }
                    out.append(esc(entry.details().get(d)));
                }
                out.append("</p>\n");
            }
            out.append("<p class=\"dpa-designation\">")
                    .append(esc(entry.designation()))
                    .append("</p>\n</div>\n");
            if (i < entries.size() - 1) {
                out.append("<p class=\"dpa-between\">")
                        .append(esc(parties.conjunction()))
                        .append("</p>\n");
            }
        }
        out.append("</section>\n");
    }

    private void clause(Clause clause, int level) {
        boolean numbered = !clause.number().isEmpty();
        out.append(
                        numbered
                                ? "<div class=\"dpa-clause\" data-key=\""
                                : "<div class=\"dpa-clause dpa-clause-alone\" data-key=\"")
                .append(esc(clause.key()))
                .append("\">\n");
        boolean first = true;
        for (Block child : clause.content()) {
            if (first && child instanceof Paragraph paragraph) {
                out.append("<p>");
                if (numbered) {
                    out.append("<span class=\"dpa-clause-num\">")
                            .append(esc(clause.number()))
                            .append("</span> ");
                }
                // an introduction to a list keeps its colon last: "… at least (Art. 33(3) GDPR):"
                boolean colon = clause.citation().isPresent() && IntroCitation.endsWithColon(paragraph.runs());
                runs(colon ? IntroCitation.beforeColon(paragraph.runs()) : paragraph.runs());
                clause.citation()
                        .ifPresent(c -> out.append(" <span class=\"dpa-cite-inline\">(")
                                .append(esc(c))
                                .append(")</span>"));
                out.append(colon ? ":</p>\n" : "</p>\n");
            } else {
                block(child, level + 1);
            }
            first = false;
        }
        out.append("</div>\n");
    }

    private void table(Table table) {
        out.append("<table class=\"dpa-table\">\n");
        table.caption().ifPresent(c -> out.append("<caption>").append(esc(c)).append("</caption>\n"));
        out.append("<thead><tr>");
        for (Paragraph cell : table.header()) {
            out.append("<th scope=\"col\">");
            runs(cell.runs());
            out.append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Paragraph> row : table.rows()) {
            sink.spill();
            out.append("<tr>");
            for (Paragraph cell : row) {
                out.append("<td>");
                runs(cell.runs());
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void signatures(SignatureBlock signatures, int level) {
        int h = Math.min(level, 6);
        out.append("<section class=\"dpa-signatures\">\n<h")
                .append(h)
                .append('>')
                .append(esc(signatures.heading()))
                .append("</h")
                .append(h)
                .append(">\n<div class=\"dpa-signature-grid\">\n");
        for (SignatureEntry entry : signatures.entries()) {
            out.append("<div class=\"dpa-signature\">\n<p class=\"dpa-signature-role\">")
                    .append(esc(entry.role()))
                    .append("</p>\n<p class=\"dpa-signature-party\">")
                    .append(esc(entry.party()))
                    .append("</p>\n<dl>\n");
            for (SignatureField field : entry.fields()) {
                out.append("<dt>")
                        .append(esc(field.label()))
                        .append("</dt><dd")
                        .append(
                                field.value().isPresent()
                                        ? ">" + esc(field.value().get())
                                        : " class=\"dpa-blank\">")
                        .append("</dd>\n");
            }
            out.append("</dl>\n</div>\n");
        }
        out.append("</div>\n</section>\n");
    }

    /** Appends the runs, escaped, straight to the output (no string of their own). */
    private void runs(List<Run> runs) {
        for (Run run : runs) {
            run.language()
                    .ifPresent(l -> out.append("<span class=\"fallback\" lang=\"")
                            .append(esc(l))
                            .append("\"><span class=\"fallback-tag\">[")
                            .append(esc(l))
                            .append("]</span> "));
            switch (run.style()) {
                case PLAIN -> escaped(run.text());
                case EMPHASIS -> {
                    out.append("<em>");
                    escaped(run.text());
                    out.append("</em>");
                }
                case STRONG -> {
                    out.append("<strong>");
                    escaped(run.text());
                    out.append("</strong>");
                }
            }
            run.language().ifPresent(l -> out.append("</span>"));
        }
    }

    private void escaped(String text) {
        Escapes.appendXml(out, text, 0, text.length());
    }

    private static String esc(String text) {
        return Escapes.xml(text);
    }

    private static String loadStyle() {
        try (InputStream in = HtmlWriter.class.getResourceAsStream("/dev/dpa4j/render/html/dpa.css")) {
            if (in == null) {
                throw new IllegalStateException("The stylesheet dev/dpa4j/render/html/dpa.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in stylesheet", e);
        }
    }
}
