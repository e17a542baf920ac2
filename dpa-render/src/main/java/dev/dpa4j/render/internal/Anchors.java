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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the anchors of a block unique in a bilingual document: every identifier in it (of a section, an
 * annex, a figure and the identifiers inside a figure's SVG with the references to them) gets a suffix,
 * so that the second language's blocks never repeat the first's. Every block type is handled; an unknown
 * one fails loudly.
 */
final class Anchors {

    /** An identifier in SVG markup, or a reference to one ({@code url(#…)}, {@code href="#…"}). */
    private static final Pattern SVG_ID = Pattern.compile("(\\bid=\"|url\\(#|href=\"#)([^\")]+)");

    private Anchors() {}

    /**
     * The block with the suffix after every identifier in it.
     *
     * @param block the block
     * @param suffix the suffix, for example {@code -en}
     * @return the block with suffixed identifiers; the same block if it holds none
     */
    static Block suffixed(Block block, String suffix) {
        if (block instanceof Section s) {
            return new Section(s.id() + suffix, s.number(), s.heading(), s.citation(), all(s.content(), suffix));
        } else if (block instanceof Annex a) {
            return new Annex(a.id() + suffix, a.label(), a.title(), all(a.content(), suffix));
        } else if (block instanceof Clause c) {
            return new Clause(c.key(), c.number(), c.citation(), all(c.content(), suffix));
        } else if (block instanceof Figure f) {
            Matcher m = SVG_ID.matcher(f.svg());
            String svg = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + suffix));
            return new Figure(f.id() + suffix, f.caption(), f.description(), svg);
        } else if (block instanceof Parallel p) {
            return new Parallel(
                    p.firstLanguage(), suffixed(p.first(), suffix), p.secondLanguage(), suffixed(p.second(), suffix));
        } else if (block instanceof InLanguage l) {
            return new InLanguage(l.language(), suffixed(l.block(), suffix));
        } else if (block instanceof Paragraph
                || block instanceof ListBlock
                || block instanceof Table
                || block instanceof Title
                || block instanceof PartiesBlock
                || block instanceof SignatureBlock) {
            return block;
        }
        throw new IllegalStateException(
                "Anchors does not know the block type " + block.getClass().getName() + "; add it here");
    }

    private static List<Block> all(List<Block> blocks, String suffix) {
        return blocks.stream().map(b -> suffixed(b, suffix)).toList();
    }
}
