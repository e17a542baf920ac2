/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import dev.dpa4j.render.notice.Blocks.Block;
import dev.dpa4j.render.notice.Blocks.Bullets;
import dev.dpa4j.render.notice.Blocks.Heading;
import dev.dpa4j.render.notice.Blocks.Para;
import dev.dpa4j.render.notice.Blocks.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the notice tree as Markdown, HTML or plain text. */
final class Writers {

    private static final int WIDTH = 72;

    private Writers() {}

    static String write(NoticeFormat format, List<Block> blocks, Locale locale) {
        return switch (format) {
            case MARKDOWN -> markdown(blocks);
            case HTML -> html(blocks, locale);
            case TEXT -> text(blocks);
        };
    }

    // ------------------------------------------------------------------ Markdown

    private static String markdown(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block block : blocks) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            if (block instanceof Heading h) {
                sb.append("#".repeat(h.level()))
                        .append(' ')
                        .append(Escapes.markdown(h.text()))
                        .append('\n');
            } else if (block instanceof Para p) {
                for (int i = 0; i < p.lines().size(); i++) {
                    sb.append(markdownRuns(p.lines().get(i)));
                    sb.append(i < p.lines().size() - 1 ? "\\\n" : "\n");
                }
            } else if (block instanceof Bullets b) {
                for (List<Run> item : b.items()) {
                    sb.append("- ").append(markdownRuns(item)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String markdownRuns(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (Run run : runs) {
            String escaped = Escapes.markdown(run.text());
            if (run.strong() && !escaped.isBlank()) {
                // emphasis delimiters must touch the text: keep surrounding spaces outside them
                String core = escaped.strip();
                int start = escaped.indexOf(core);
                sb.append(escaped, 0, start)
                        .append("**")
                        .append(core)
                        .append("**")
                        .append(escaped.substring(start + core.length()));
            } else {
                sb.append(escaped);
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ HTML

    private static String html(List<Block> blocks, Locale locale) {
        String title = blocks.stream()
                .filter(b -> b instanceof Heading h && h.level() == 1)
                .map(b -> ((Heading) b).text())
                .findFirst()
                .orElse("");
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"")
                .append(Escapes.html(locale.getLanguage()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Escapes.html(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:Georgia,'Times New Roman',serif;max-width:42em;margin:2em auto;")
                .append("padding:0 1em;line-height:1.5;color:#111}\n")
                .append("h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}h3{font-size:1.05em}\n")
                .append("@media print{body{margin:0;max-width:none}}\n")
                .append("</style>\n</head>\n<body>\n");
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                sb.append("<h").append(h.level()).append('>');
                sb.append(Escapes.html(h.text()));
                sb.append("</h").append(h.level()).append(">\n");
            } else if (block instanceof Para p) {
                sb.append("<p>");
                for (int i = 0; i < p.lines().size(); i++) {
                    if (i > 0) {
                        sb.append("<br>\n");
                    }
                    sb.append(htmlRuns(p.lines().get(i)));
                }
                sb.append("</p>\n");
            } else if (block instanceof Bullets b) {
                sb.append("<ul>\n");
                for (List<Run> item : b.items()) {
                    sb.append("<li>").append(htmlRuns(item)).append("</li>\n");
                }
                sb.append("</ul>\n");
            }
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static String htmlRuns(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (Run run : runs) {
            String escaped = Escapes.html(run.text());
            sb.append(run.strong() ? "<strong>" + escaped + "</strong>" : escaped);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ plain text

    private static String text(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block block : blocks) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            if (block instanceof Heading h) {
                String text = Escapes.clean(h.text());
                sb.append(text).append('\n');
                if (h.level() <= 2) {
                    sb.append((h.level() == 1 ? "=" : "-").repeat(text.codePointCount(0, text.length())))
                            .append('\n');
                }
            } else if (block instanceof Para p) {
                for (List<Run> line : p.lines()) {
                    wrap(sb, plain(line), "", "");
                }
            } else if (block instanceof Bullets b) {
                for (List<Run> item : b.items()) {
                    wrap(sb, plain(item), "- ", "  ");
                }
            }
        }
        return sb.toString();
    }

    private static String plain(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (Run run : runs) {
            sb.append(Escapes.clean(run.text()));
        }
        return sb.toString();
    }

    /** Word-wraps at 72 columns (counted in code points); a word longer than a line stands on its own line. */
    private static void wrap(StringBuilder sb, String text, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(first);
        int length = first.length();
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int w = word.codePointCount(0, word.length());
            if (!empty && length + 1 + w > WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(rest);
                length = rest.length();
                empty = true;
            }
            if (!empty) {
                current.append(' ');
                length++;
            }
            current.append(word);
            length += w;
            empty = false;
        }
        lines.add(current.toString());
        for (String line : lines) {
            sb.append(line.stripTrailing()).append('\n');
        }
    }
}
