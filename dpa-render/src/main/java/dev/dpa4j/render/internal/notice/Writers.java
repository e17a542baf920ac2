/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.notice;

import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.RunStyle;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.internal.Escapes;
import java.util.List;
import java.util.Optional;

/** Writes the first bullet list of a composed notice as an HTML fragment, for the content of Atom entries. */
public final class Writers {

    private Writers() {}

    /**
     * The first bullet list of the document, in reading order, as {@code <ul>…</ul>}; empty if it has none.
     *
     * @param document a composed notice
     * @return the HTML fragment, escaped by the module's one escaper
     */
    public static String firstListAsHtml(Document document) {
        return firstList(document.blocks()).map(Writers::htmlList).orElse("<ul></ul>");
    }

    private static Optional<ListBlock> firstList(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof ListBlock list) {
                return Optional.of(list);
            }
            if (block instanceof Section section) {
                Optional<ListBlock> inner = firstList(section.content());
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    private static String htmlList(ListBlock list) {
        StringBuilder sb = new StringBuilder("<ul>");
        for (Paragraph item : list.items()) {
            sb.append("<li>");
            for (Run run : item.runs()) {
                String escaped = Escapes.xml(run.text());
                sb.append(run.style() == RunStyle.STRONG ? "<strong>" + escaped + "</strong>" : escaped);
            }
            sb.append("</li>");
        }
        return sb.append("</ul>").toString();
    }
}
