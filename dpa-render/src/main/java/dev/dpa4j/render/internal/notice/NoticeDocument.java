/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.notice;

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
import org.jspecify.annotations.Nullable;

/**
 * Builds a notice directly as the module's document tree, in reading order: a title (level 1), then
 * sections (level 2) with sub-sections (level 3), paragraphs and bullet lists. The same writers as for
 * contracts produce every format, with the same escaping.
 */
final class NoticeDocument {

    private final List<Block> top = new ArrayList<>();
    private String title = "";
    private @Nullable String heading2;
    private String id2 = "";
    private List<Block> level2 = new ArrayList<>();
    private @Nullable String heading3;
    private String id3 = "";
    private List<Block> level3 = new ArrayList<>();
    private int counter;

    /** Starts a heading: 1 is the title, 2 a section, 3 a sub-section of the current section. */
    void heading(int level, String text) {
        switch (level) {
            case 1 -> {
                title = text;
                top.add(new Title(text, List.of()));
            }
            case 2 -> {
                closeSubsection();
                closeSection();
                heading2 = text;
                id2 = "notice-" + (++counter);
                level2 = new ArrayList<>();
            }
            case 3 -> {
                closeSubsection();
                heading3 = text;
                id3 = "notice-" + (++counter);
                level3 = new ArrayList<>();
            }
            default -> throw new IllegalArgumentException("A notice has headings of level 1 to 3, not " + level);
        }
    }

    /** Adds a paragraph. */
    void paragraph(List<Run> runs) {
        target().add(new Paragraph(nonEmpty(runs)));
    }

    /** Adds separate lines of one block (a letterhead), each as a paragraph. */
    void lines(List<List<Run>> lines) {
        for (List<Run> line : lines) {
            paragraph(line);
        }
    }

    /** Adds a bullet list. */
    void bullets(List<List<Run>> items) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (List<Run> item : items) {
            paragraphs.add(new Paragraph(nonEmpty(item)));
        }
        target().add(new ListBlock(false, paragraphs));
    }

    Document build(Locale locale, String agreementId, Optional<String> version) {
        closeSubsection();
        closeSection();
        DocumentMetadata metadata = new DocumentMetadata(
                title,
                locale,
                Optional.empty(),
                agreementId,
                version,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return new Document(metadata, List.copyOf(top));
    }

    private List<Block> target() {
        return heading3 != null ? level3 : heading2 != null ? level2 : top;
    }

    private void closeSubsection() {
        if (heading3 != null) {
            level2.add(new Section(id3, Optional.empty(), heading3, Optional.empty(), level3));
            heading3 = null;
        }
    }

    private void closeSection() {
        if (heading2 != null) {
            top.add(new Section(id2, Optional.empty(), heading2, Optional.empty(), level2));
            heading2 = null;
        }
    }

    private static List<Run> nonEmpty(List<Run> runs) {
        List<Run> result = new ArrayList<>();
        for (Run r : runs) {
            if (!r.text().isEmpty()) {
                result.add(r);
            }
        }
        return result;
    }

    /** Starts a line of runs. */
    static Line line() {
        return new Line();
    }

    /** An argument of {@link Line#pattern} that is emphasised. */
    record Strong(String text) {}

    /** Builds a list of runs. */
    static final class Line {
        private final List<Run> runs = new ArrayList<>();

        Line strong(String text) {
            runs.add(Run.strong(text));
            return this;
        }

        Line text(String text) {
            runs.add(Run.text(text));
            return this;
        }

        /**
         * Adds a whole sentence from the wording: {@code {0}}, {@code {1}}, … in {@code pattern} are replaced by
         * {@code args} in that order of appearance in the sentence, so each language orders its words itself. An
         * argument given as {@link Strong} becomes an emphasised run, any other as plain text.
         */
        Line pattern(String pattern, Object... args) {
            int from = 0;
            int open = pattern.indexOf('{');
            while (open >= 0) {
                int close = pattern.indexOf('}', open);
                if (close < 0) {
                    break;
                }
                int index = argument(pattern.substring(open + 1, close), args.length, pattern);
                if (open > from) {
                    text(pattern.substring(from, open));
                }
                Object arg = args[index];
                if (arg instanceof Strong s) {
                    strong(s.text());
                } else {
                    text(String.valueOf(arg));
                }
                from = close + 1;
                open = pattern.indexOf('{', from);
            }
            if (from < pattern.length()) {
                text(pattern.substring(from));
            }
            return this;
        }

        private static int argument(String digits, int count, String pattern) {
            if (digits.length() != 1 || digits.charAt(0) < '0' || digits.charAt(0) - '0' >= count) {
                throw new IllegalStateException("The built-in wording '" + pattern + "' has a placeholder {" + digits
                        + "} for " + count + " arguments");
            }
            return digits.charAt(0) - '0';
        }

        List<Run> runs() {
            return List.copyOf(runs);
        }
    }
}
