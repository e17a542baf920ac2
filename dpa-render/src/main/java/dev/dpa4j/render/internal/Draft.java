/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Clause;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A section under construction: numbered clauses, each with its text from the clause library. */
final class Draft {

    private final Part part;
    private final Texts t;
    private final String id;
    private String titleKey;
    private final List<Block> blocks = new ArrayList<>();
    private int clauses;

    Draft(Part part, String id) {
        this.part = part;
        this.t = part.t;
        this.id = id;
        this.titleKey = id;
    }

    /**
     * Takes the heading and citation from {@code <key>.heading} and {@code <key>.citation} instead of the
     * section's own, for a section whose usual title would claim content that this agreement lacks.
     */
    void titled(String key) {
        this.titleKey = key;
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    void flag(boolean condition, String key) {
        if (condition) {
            clause(key, part.p());
        }
    }

    void additional(List<LocalizedText> provisions) {
        provisions.forEach(p -> clause(id + ".additional", part.p().text("text", p)));
    }

    /**
     * Adds a numbered clause. Where the agreement is not under German law and the library has a
     * {@code <key>.otherLaw} text, that text (and its {@code <key>.otherLaw.cite}, if any) is used, so
     * that German statutes (§ 126b, § 314 BGB, § 203 StGB) are cited only where they apply.
     */
    void clause(String key, P params, Block... extra) {
        TextTable.ClauseTexts texts = t.clause(key);
        boolean germanLaw = part.context.germanLaw();
        List<Block> content = new ArrayList<>();
        content.add(new Paragraph(t.sentence(texts.textKey(germanLaw), params.map())));
        content.addAll(List.of(extra));
        blocks.add(new Clause(key, t.numbered("format.clauseNumber", ++clauses), texts.citation(germanLaw), content));
    }

    /**
     * Adds one numbered clause of several sentences, each from its key with its parameters, cited as the first: the
     * steps of one mechanism (a notice with its period and channel) in one paragraph, as a drafter writes them, rather
     * than a numbered paragraph per fact. None of the keys may have an {@code .otherLaw} text.
     */
    void clause(List<String> keys, List<P> params) {
        if (keys.size() == 1) {
            clause(keys.get(0), params.get(0));
            return;
        }
        TextTable.ClauseTexts first = t.clause(keys.get(0));
        boolean germanLaw = part.context.germanLaw();
        blocks.add(new Clause(
                keys.get(0),
                t.numbered("format.clauseNumber", ++clauses),
                first.citation(germanLaw),
                List.of(new Paragraph(sentences(t, keys, params)))));
    }

    /** The sentences of the keys with their parameters, one after the other, separated by a space. */
    static List<Run> sentences(Texts t, List<String> keys, List<P> params) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                runs.add(Run.text(" "));
            }
            runs.addAll(t.sentence(keys.get(i), params.get(i).map()));
        }
        return runs;
    }

    /** Adds blocks that are not numbered clauses, for example the measures grouped by heading. */
    void addAll(List<Block> more) {
        blocks.addAll(more);
    }

    Section toSection(int number) {
        if (!blocks.isEmpty()) {
            for (String key : part.context.extraKeys(id)) {
                if (!key.endsWith(".cite")) {
                    clause(key, part.p());
                }
            }
        }
        return new Section(
                id,
                Optional.of(part.sectionNumber(number)),
                t.get(titleKey + ".heading"),
                t.opt(titleKey + ".citation"),
                unnumberedIfAlone(blocks));
    }

    /**
     * A section's only clause carries no number: a lone "(1)" promises a "(2)" that never comes, and
     * German and English drafting alike leave a single paragraph unnumbered.
     */
    static List<Block> unnumberedIfAlone(List<Block> content) {
        int index = -1;
        for (int i = 0; i < content.size(); i++) {
            if (content.get(i) instanceof Clause) {
                if (index >= 0) {
                    return content;
                }
                index = i;
            }
        }
        if (index < 0) {
            return content;
        }
        Clause alone = (Clause) content.get(index);
        List<Block> copy = new ArrayList<>(content);
        copy.set(index, new Clause(alone.key(), "", alone.citation(), alone.content()));
        return copy;
    }
}
