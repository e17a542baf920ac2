/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import dev.dpa4j.render.notice.Blocks.Run;
import java.util.List;

/** Writes a bullet list of the notice tree as an HTML fragment, for the content of Atom entries. */
final class Writers {

    private Writers() {}

    static String htmlList(List<List<Run>> items) {
        StringBuilder sb = new StringBuilder("<ul>");
        for (List<Run> item : items) {
            sb.append("<li>");
            for (Run run : item) {
                String escaped = Escapes.html(run.text());
                sb.append(run.strong() ? "<strong>" + escaped + "</strong>" : escaped);
            }
            sb.append("</li>");
        }
        return sb.append("</ul>").toString();
    }
}
