/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.render.document.Annex;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Clause;
import dev.dpa4j.render.document.Figure;
import dev.dpa4j.render.document.InLanguage;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Parallel;
import dev.dpa4j.render.document.PartiesBlock;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.document.SignatureBlock;
import dev.dpa4j.render.document.Table;
import dev.dpa4j.render.document.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes the citation lines (the provisions under a section heading and beside a clause) from a document tree, for
 * {@code RenderOptions.citations(false)}: writers print what the tree holds, so none of them needs to know the
 * option. Citations live only on sections and clauses; every other block type is kept as it is, and an unknown one
 * fails loudly.
 */
final class Citations {

    private Citations() {}

    /**
     * Leaves out a clause's citation where it is its section's own: the line under the heading already cites the
     * provision, and the same words again beside one paragraph of that section read as a slip ("Art. 28(3)(g) GDPR"
     * under the heading and after the return-format clause). A clause citing a narrower or another provision keeps
     * its citation.
     */
    static List<Block> dedupe(List<Block> blocks) {
        return dedupe(blocks, Optional.empty());
    }

    private static List<Block> dedupe(List<Block> blocks, Optional<String> section) {
        List<Block> out = new ArrayList<>(blocks.size());
        blocks.forEach(b -> out.add(dedupe(b, section)));
        return out;
    }

    private static Block dedupe(Block block, Optional<String> section) {
        if (block instanceof Section s) {
            return new Section(s.id(), s.number(), s.heading(), s.citation(), dedupe(s.content(), s.citation()));
        } else if (block instanceof Clause c) {
            Optional<String> citation = c.citation().equals(section) ? Optional.empty() : c.citation();
            return new Clause(c.key(), c.number(), citation, dedupe(c.content(), section));
        } else if (block instanceof Annex a) {
            return new Annex(a.id(), a.label(), a.title(), dedupe(a.content(), Optional.empty()));
        } else if (block instanceof Parallel p) {
            return new Parallel(
                    p.firstLanguage(), dedupe(p.first(), section), p.secondLanguage(), dedupe(p.second(), section));
        } else if (block instanceof InLanguage l) {
            return new InLanguage(l.language(), dedupe(l.block(), section));
        }
        return drop(block); // the leaves as they are; an unknown type fails there
    }

    static List<Block> drop(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        blocks.forEach(b -> out.add(drop(b)));
        return out;
    }

    private static Block drop(Block block) {
        if (block instanceof Section s) {
            return new Section(s.id(), s.number(), s.heading(), Optional.empty(), drop(s.content()));
        } else if (block instanceof Clause c) {
            return new Clause(c.key(), c.number(), Optional.empty(), drop(c.content()));
        } else if (block instanceof Annex a) {
            return new Annex(a.id(), a.label(), a.title(), drop(a.content()));
        } else if (block instanceof Parallel p) {
            return new Parallel(p.firstLanguage(), drop(p.first()), p.secondLanguage(), drop(p.second()));
        } else if (block instanceof InLanguage l) {
            return new InLanguage(l.language(), drop(l.block()));
        } else if (block instanceof Paragraph
                || block instanceof ListBlock
                || block instanceof Table
                || block instanceof Title
                || block instanceof PartiesBlock
                || block instanceof SignatureBlock
                || block instanceof Figure) {
            return block; // holds no citation and no nested section or clause
        }
        throw new IllegalStateException(
                "Citations does not know the block type " + block.getClass().getName() + "; add it here");
    }
}
