/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.render.document.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a clause's citation goes when its first paragraph introduces a list: before the colon ("… at least (Art.
 * 33(3) GDPR):"), not after it, where it would read as the first item of the list. Every writer places the citation
 * through this class, so that the rule is the same in every format; a paragraph that does not end in a colon keeps
 * its citation at the end.
 */
public final class IntroCitation {

    private IntroCitation() {}

    /**
     * Whether the runs end in a colon, trailing spaces aside.
     *
     * @param runs the runs of a paragraph
     * @return true if the last character that is not white space is a colon
     */
    public static boolean endsWithColon(List<Run> runs) {
        for (int i = runs.size() - 1; i >= 0; i--) {
            String text = runs.get(i).text().stripTrailing();
            if (!text.isEmpty()) {
                return text.endsWith(":");
            }
        }
        return false;
    }

    /**
     * The runs with their final colon (and the spaces after it) removed; the runs as they are if they do not end in
     * a colon.
     *
     * @param runs the runs of a paragraph
     * @return the runs before the colon
     */
    public static List<Run> beforeColon(List<Run> runs) {
        if (!endsWithColon(runs)) {
            return runs;
        }
        List<Run> out = new ArrayList<>(runs);
        for (int i = out.size() - 1; i >= 0; i--) {
            Run run = out.get(i);
            String text = run.text().stripTrailing();
            if (text.isEmpty()) {
                out.remove(i);
                continue;
            }
            out.set(i, new Run(run.style(), text.substring(0, text.length() - 1).stripTrailing(), run.language()));
            break;
        }
        return out;
    }
}
