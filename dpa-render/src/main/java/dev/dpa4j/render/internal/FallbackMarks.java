/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static dev.dpa4j.render.internal.LanguageCheck.END;
import static dev.dpa4j.render.internal.LanguageCheck.SEPARATOR;
import static dev.dpa4j.render.internal.LanguageCheck.START;

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
import org.jspecify.annotations.Nullable;

/**
 * Turns the markers that {@link LanguageCheck} puts around a passage in another language into marked
 * runs ({@link Run#foreign}); in texts that are not runs (headings, names) the marker becomes the
 * visible bracketed tag {@code [en: ...]}. Every block type is handled; an unknown one fails loudly.
 */
// identity is the point of the comparisons here: an unchanged text or block comes back as the same instance
@SuppressWarnings({"ReferenceEquality", "OptionalEquality"})
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
     * fails loudly. A block whose texts all come back as the same instances is kept, not copied (most
     * blocks, when the rewrite only resolves cross-references), and so is a list of such blocks.
     */
    static List<Block> map(List<Block> blocks, UnaryOperator<String> strings, UnaryOperator<Paragraph> paragraphs) {
        List<Block> out = null; // made at the first rewritten block: most lists come back unchanged
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block rewritten = block(b, strings, paragraphs);
            out = collect(blocks, out, i, b, rewritten);
        }
        return out == null ? blocks : out;
    }

    /**
     * Adds the element at {@code i} to the rewritten list, making that list (with the elements before it)
     * only when the first element comes back as a different instance.
     *
     * @return the rewritten list so far, or {@code null} while nothing changed
     */
    private static <T> @Nullable List<T> collect(
            List<T> original, @Nullable List<T> out, int i, T element, T rewritten) {
        if (out == null) {
            if (rewritten == element) {
                return null;
            }
            out = new ArrayList<>(original.size());
            out.addAll(original.subList(0, i));
        }
        out.add(rewritten);
        return out;
    }

    private static Block block(Block block, UnaryOperator<String> str, UnaryOperator<Paragraph> par) {
        if (block instanceof Paragraph p) {
            return par.apply(p);
        } else if (block instanceof Section s) {
            Optional<String> number = optional(s.number(), str);
            String heading = str.apply(s.heading());
            Optional<String> citation = optional(s.citation(), str); // a custom clause's citation is model text
            List<Block> content = map(s.content(), str, par);
            return number == s.number() && heading == s.heading() && citation == s.citation() && content == s.content()
                    ? s
                    : new Section(s.id(), number, heading, citation, content);
        } else if (block instanceof Clause c) {
            List<Block> content = map(c.content(), str, par);
            return content == c.content() ? c : new Clause(c.key(), c.number(), c.citation(), content);
        } else if (block instanceof Annex a) {
            String label = str.apply(a.label());
            String title = str.apply(a.title());
            List<Block> content = map(a.content(), str, par);
            return label == a.label() && title == a.title() && content == a.content()
                    ? a
                    : new Annex(a.id(), label, title, content);
        } else if (block instanceof ListBlock l) {
            List<Paragraph> items = paragraphs(l.items(), par);
            return items == l.items() ? l : new ListBlock(l.ordered(), items);
        } else if (block instanceof Table t) {
            List<List<Paragraph>> rows = null;
            for (int i = 0; i < t.rows().size(); i++) {
                List<Paragraph> r = t.rows().get(i);
                rows = collect(t.rows(), rows, i, r, paragraphs(r, par));
            }
            Optional<String> caption = optional(t.caption(), str);
            List<Paragraph> header = paragraphs(t.header(), par);
            return rows == null && caption == t.caption() && header == t.header()
                    ? t
                    : new Table(caption, header, rows == null ? t.rows() : rows);
        } else if (block instanceof Title t) {
            String text = str.apply(t.text());
            List<String> subtitles = strings(t.subtitles(), str);
            return text == t.text() && subtitles == t.subtitles() ? t : new Title(text, subtitles);
        } else if (block instanceof PartiesBlock p) {
            List<PartyEntry> parties = new ArrayList<>();
            boolean changed = false;
            for (PartyEntry e : p.parties()) {
                String name = str.apply(e.name());
                List<String> details = strings(e.details(), str);
                String designation = str.apply(e.designation());
                boolean same = name == e.name() && details == e.details() && designation == e.designation();
                changed |= !same;
                parties.add(same ? e : new PartyEntry(name, details, designation));
            }
            String introduction = str.apply(p.introduction());
            String conjunction = str.apply(p.conjunction());
            return !changed && introduction == p.introduction() && conjunction == p.conjunction()
                    ? p
                    : new PartiesBlock(introduction, parties, conjunction);
        } else if (block instanceof SignatureBlock s) {
            List<SignatureEntry> entries = new ArrayList<>();
            boolean changed = false;
            for (SignatureEntry e : s.entries()) {
                List<SignatureField> fields = new ArrayList<>();
                boolean fieldsChanged = false;
                for (SignatureField f : e.fields()) {
                    String label = str.apply(f.label());
                    Optional<String> value = optional(f.value(), str);
                    boolean same = label == f.label() && value == f.value();
                    fieldsChanged |= !same;
                    fields.add(same ? f : new SignatureField(label, value));
                }
                String role = str.apply(e.role());
                String party = str.apply(e.party());
                boolean same = !fieldsChanged && role == e.role() && party == e.party();
                changed |= !same;
                entries.add(same ? e : new SignatureEntry(role, party, fields));
            }
            String heading = str.apply(s.heading());
            return !changed && heading == s.heading() ? s : new SignatureBlock(heading, entries);
        } else if (block instanceof Figure f) {
            String caption = str.apply(f.caption());
            String description = str.apply(f.description());
            String svg = str.apply(f.svg());
            return caption == f.caption() && description == f.description() && svg == f.svg()
                    ? f
                    : new Figure(f.id(), caption, description, svg);
        } else if (block instanceof Parallel p) {
            Block first = block(p.first(), str, par);
            Block second = block(p.second(), str, par);
            return first == p.first() && second == p.second()
                    ? p
                    : new Parallel(p.firstLanguage(), first, p.secondLanguage(), second);
        } else if (block instanceof InLanguage l) {
            Block inner = block(l.block(), str, par);
            return inner == l.block() ? l : new InLanguage(l.language(), inner);
        }
        throw new IllegalStateException("The document rewriter does not know the block type "
                + block.getClass().getName() + "; add it here");
    }

    /** The rewritten optional text, or the same optional when its text came back unchanged. */
    private static Optional<String> optional(Optional<String> text, UnaryOperator<String> str) {
        if (text.isEmpty()) {
            return text;
        }
        String rewritten = str.apply(text.get());
        return rewritten == text.get() ? text : Optional.of(rewritten);
    }

    /** The rewritten texts, or the same list when every text came back unchanged. */
    private static List<String> strings(List<String> texts, UnaryOperator<String> str) {
        List<String> out = null;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            out = collect(texts, out, i, text, str.apply(text));
        }
        return out == null ? texts : out;
    }

    /** The rewritten paragraphs, or the same list when every paragraph came back unchanged. */
    private static List<Paragraph> paragraphs(List<Paragraph> paragraphs, UnaryOperator<Paragraph> par) {
        List<Paragraph> out = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            out = collect(paragraphs, out, i, p, par.apply(p));
        }
        return out == null ? paragraphs : out;
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
