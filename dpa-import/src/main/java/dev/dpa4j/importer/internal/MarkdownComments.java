/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

/**
 * HTML comments in a Markdown file ({@code <!-- intern: … -->}, on a line of their own or inside one, over one line or
 * several): a renderer does not show them, so they are no text of the agreement (#16, layout35). A drafter's internal
 * remark ("the clause on inaccurate data was in v3") would otherwise read as a clause. Each comment is taken out; a
 * line that held only a comment becomes blank (a comment on lines of its own is a block of its own in Markdown), so the
 * file keeps its lines. Comments inside a fenced code block are text and stay.
 */
final class MarkdownComments {

    private MarkdownComments() {}

    static String[] strip(String[] input) {
        String[] lines = input.clone();
        boolean fence = false;
        boolean open = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!open && line.strip().startsWith("```")) {
                fence = !fence;
                continue;
            }
            if (fence || (!open && !line.contains("<!--"))) {
                continue;
            }
            StringBuilder kept = new StringBuilder();
            int at = 0;
            while (at < line.length()) {
                if (open) {
                    int end = line.indexOf("-->", at);
                    if (end < 0) {
                        at = line.length();
                    } else {
                        open = false;
                        at = end + 3;
                    }
                } else {
                    int start = line.indexOf("<!--", at);
                    if (start < 0) {
                        kept.append(line, at, line.length());
                        at = line.length();
                    } else {
                        kept.append(line, at, start);
                        open = true;
                        at = start + 4;
                    }
                }
            }
            lines[i] = kept.toString().isBlank() ? "" : kept.toString().stripTrailing();
        }
        return lines;
    }
}
