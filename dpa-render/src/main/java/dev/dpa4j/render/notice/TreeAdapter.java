/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.DocumentMetadata;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.document.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Maps the notice tree onto the rendering module's document tree, so that its writers produce the formats. */
final class TreeAdapter {

    private TreeAdapter() {}

    static Document document(List<Blocks.Block> blocks, Locale locale, String agreementId, Optional<String> version) {
        String title = "";
        List<Block> top = new ArrayList<>();
        List<Block> level2 = new ArrayList<>();
        List<Block> level3 = new ArrayList<>();
        String heading2 = null;
        String heading3 = null;
        String id2 = "";
        String id3 = "";
        int counter = 0;
        for (Blocks.Block b : blocks) {
            if (b instanceof Blocks.Heading h && h.level() == 1) {
                title = h.text();
                top.add(new Title(h.text(), List.of()));
                continue;
            }
            if (b instanceof Blocks.Heading h && h.level() == 2) {
                if (heading3 != null) {
                    level2.add(new Section(id3, Optional.empty(), heading3, Optional.empty(), level3));
                    heading3 = null;
                }
                if (heading2 != null) {
                    top.add(new Section(id2, Optional.empty(), heading2, Optional.empty(), level2));
                }
                heading2 = h.text();
                id2 = "notice-" + (++counter);
                level2 = new ArrayList<>();
                continue;
            }
            if (b instanceof Blocks.Heading h && h.level() == 3) {
                if (heading3 != null) {
                    level2.add(new Section(id3, Optional.empty(), heading3, Optional.empty(), level3));
                }
                heading3 = h.text();
                id3 = "notice-" + (++counter);
                level3 = new ArrayList<>();
                continue;
            }
            List<Block> target = heading3 != null ? level3 : heading2 != null ? level2 : top;
            if (b instanceof Blocks.Para p) {
                for (List<Blocks.Run> line : p.lines()) {
                    target.add(new Paragraph(runs(line)));
                }
            } else if (b instanceof Blocks.Bullets l) {
                List<Paragraph> items = new ArrayList<>();
                for (List<Blocks.Run> item : l.items()) {
                    items.add(new Paragraph(runs(item)));
                }
                target.add(new ListBlock(false, items));
            }
        }
        if (heading3 != null) {
            level2.add(new Section(id3, Optional.empty(), heading3, Optional.empty(), level3));
        }
        if (heading2 != null) {
            top.add(new Section(id2, Optional.empty(), heading2, Optional.empty(), level2));
        }
        DocumentMetadata metadata = new DocumentMetadata(
                title,
                locale,
                Optional.empty(),
                agreementId,
                version,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return new Document(metadata, top);
    }

    private static List<Run> runs(List<Blocks.Run> runs) {
        List<Run> result = new ArrayList<>();
        for (Blocks.Run r : runs) {
            if (!r.text().isEmpty()) {
                result.add(r.strong() ? Run.strong(r.text()) : Run.text(r.text()));
            }
        }
        return result;
    }
}
