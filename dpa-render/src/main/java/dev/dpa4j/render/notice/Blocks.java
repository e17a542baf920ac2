/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import java.util.ArrayList;
import java.util.List;

/** The tiny document tree of a notice: headings, paragraphs and bullet lists of inline runs. */
final class Blocks {

    private Blocks() {}

    /** A piece of text; {@code strong} is emphasised. Writers escape every run. */
    record Run(String text, boolean strong) {}

    /** A block of the notice. */
    sealed interface Block permits Heading, Para, Bullets {}

    /** A heading of level 1 (title) to 3. */
    record Heading(int level, String text) implements Block {}

    /** A paragraph; {@code lines} are separate lines of one block (a letterhead). */
    record Para(List<List<Run>> lines) implements Block {
        static Para of(List<Run> runs) {
            return new Para(List.of(runs));
        }
    }

    /** A bullet list. */
    record Bullets(List<List<Run>> items) implements Block {}

    /** Builds a list of runs. */
    static final class Line {
        private final List<Run> runs = new ArrayList<>();

        Line strong(String text) {
            runs.add(new Run(text, true));
            return this;
        }

        Line text(String text) {
            runs.add(new Run(text, false));
            return this;
        }

        List<Run> runs() {
            return List.copyOf(runs);
        }
    }

    static Line line() {
        return new Line();
    }
}
