/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A paragraph of inline runs.
 *
 * @param runs the runs in reading order; may be empty
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Paragraph(List<Run> runs) implements Block {

    /**
     * Creates a paragraph.
     *
     * @param runs the runs in reading order
     */
    public Paragraph {
        runs = List.copyOf(Objects.requireNonNull(runs, "runs"));
    }

    /**
     * Returns a paragraph of the given runs.
     *
     * @param runs the runs
     * @return the paragraph
     */
    public static Paragraph of(Run... runs) {
        return new Paragraph(Arrays.asList(runs));
    }

    /**
     * Returns a paragraph of one plain run.
     *
     * @param text the text
     * @return the paragraph
     */
    public static Paragraph text(String text) {
        return of(Run.text(text));
    }

    /**
     * Returns the text of all runs joined, without styles.
     *
     * @return the plain text
     */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }
}
