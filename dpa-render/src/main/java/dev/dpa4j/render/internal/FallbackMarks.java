/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static dev.dpa4j.render.internal.LanguageCheck.END;
import static dev.dpa4j.render.internal.LanguageCheck.SEPARATOR;
import static dev.dpa4j.render.internal.LanguageCheck.START;

import dev.dpa4j.render.document.Annex;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Clause;
import dev.dpa4j.render.document.Figure;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Turns the markers that {@link LanguageCheck} puts around a passage in another language into marked
 * runs ({@link Run#foreign}); in texts that are not runs (headings, names) the marker becomes the
 * visible bracketed tag {@code [en: ...]}. Every block type is handled; an unknown one fails loudly.
 */
final class FallbackMarks {

    private FallbackMarks() {}

    static boolean hasMarker(String text) {
        return text.indexOf(START) >= 0 || text.indexOf(END) >= 0;
    }

    static List<Block> apply(List<Block> blocks) {
        return map(blocks, FallbackMarks::plain, FallbackMarks::paragraph);
    }

    /**
     * Rewrites every text of the blocks: {@code strings} for headings, names and other texts that are
     * not runs, {@code paragraphs} for every paragraph. Every block type is handled; an unknown one
     * fails loudly.
     */
    static List<Block> map(List<Block> blocks, UnaryOperator<String> strings, UnaryOperator<Paragraph> paragraphs) {
        List<Block> out = new ArrayList<>(blocks.size());
        blocks.forEach(b -> out.add(block(b, strings, paragraphs)));
        return out;
    }

    private static Block block(Block block, UnaryOperator<String> str, UnaryOperator<Paragraph> par) {
        if (block instanceof Paragraph p) {
            return par.apply(p);
        } else if (block instanceof Section s) {
            return new Section(
                    s.id(), s.number().map(str), str.apply(s.heading()), s.citation(), map(s.content(), str, par));
        } else if (block instanceof Clause c) {
            return new Clause(c.key(), c.number(), c.citation(), map(c.content(), str, par));
        } else if (block instanceof Annex a) {
            return new Annex(a.id(), str.apply(a.label()), str.apply(a.title()), map(a.content(), str, par));
        } else if (block instanceof ListBlock l) {
            return new ListBlock(l.ordered(), l.items().stream().map(par).toList());
        } else if (block instanceof Table t) {
            List<List<Paragraph>> rows = new ArrayList<>();
            t.rows().forEach(r -> rows.add(r.stream().map(par).toList()));
            return new Table(t.caption().map(str), t.header().stream().map(par).toList(), rows);
        } else if (block instanceof Title t) {
            return new Title(
                    str.apply(t.text()), t.subtitles().stream().map(str).toList());
        } else if (block instanceof PartiesBlock p) {
            List<PartyEntry> parties = new ArrayList<>();
            p.parties()
                    .forEach(e -> parties.add(new PartyEntry(
                            str.apply(e.name()), e.details().stream().map(str).toList(), str.apply(e.designation()))));
            return new PartiesBlock(str.apply(p.introduction()), parties, str.apply(p.conjunction()));
        } else if (block instanceof SignatureBlock s) {
            List<SignatureEntry> entries = new ArrayList<>();
            for (SignatureEntry e : s.entries()) {
                List<SignatureField> fields = new ArrayList<>();
                e.fields()
                        .forEach(f -> fields.add(new SignatureField(
                                str.apply(f.label()), f.value().map(str))));
                entries.add(new SignatureEntry(str.apply(e.role()), str.apply(e.party()), fields));
            }
            return new SignatureBlock(str.apply(s.heading()), entries);
        } else if (block instanceof Figure f) {
            return new Figure(f.id(), str.apply(f.caption()), str.apply(f.description()), str.apply(f.svg()));
        } else if (block instanceof Parallel p) {
            return new Parallel(
                    p.firstLanguage(), block(p.first(), str, par), p.secondLanguage(), block(p.second(), str, par));
        }
        throw new IllegalStateException("The document rewriter does not know the block type "
                + block.getClass().getName() + "; add it here");
    }

    private static Paragraph paragraph(Paragraph paragraph) {
        List<Run> runs = new ArrayList<>();
        Optional<String> language = Optional.empty();
        for (Run run : paragraph.runs()) {
            String text = run.text();
            StringBuilder current = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == START) {
                    flush(runs, run, current, language);
                    int separator = text.indexOf(SEPARATOR, i);
                    language = Optional.of(separator < 0 ? "?" : text.substring(i + 1, separator));
                    i = separator < 0 ? i + 1 : separator + 1;
                } else if (c == END) {
                    flush(runs, run, current, language);
                    language = Optional.empty();
                    i++;
                } else {
                    current.append(c);
                    i++;
                }
            }
            flush(runs, run, current, language);
        }
        return new Paragraph(runs);
    }

    private static void flush(List<Run> runs, Run model, StringBuilder text, Optional<String> language) {
        if (text.length() > 0) {
            runs.add(new Run(model.style(), text.toString(), language.or(model::language)));
            text.setLength(0);
        }
    }

    /** The text with each marked passage written as {@code [en: passage]}. */
    static String plain(String text) {
        if (!hasMarker(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == START) {
                int separator = text.indexOf(SEPARATOR, i);
                String language = separator < 0 ? "?" : text.substring(i + 1, separator);
                out.append('[').append(language).append(": ");
                i = separator < 0 ? i + 1 : separator + 1;
            } else if (c == END) {
                out.append(']');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
