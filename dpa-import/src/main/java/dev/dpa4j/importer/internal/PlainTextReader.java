/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads plain text and Markdown line by line. A blank line ends a block; inside a run of lines, a line that
 * starts a list item, a number or a table row starts a new block, and a line after a short line (a hard break,
 * as in an address) does too; other lines continue the block (wrapped text). A line of {@code =} or {@code -}
 * under a line makes it a heading (Setext). Lines with tab characters and Markdown pipe rows are table rows.
 */
final class PlainTextReader {

    private static final Pattern BULLET =
            Pattern.compile("^\\s*([-*•–·▪◦]|\\d{1,3}[.)]|[a-z][.)]|\\([0-9a-z]{1,3}\\))\\s+.*");
    private static final Pattern NUMBER_START = Pattern.compile(
            "^\\s*(§|Art\\.|Artikel|Article|Clause|Klausel|Ziffer|Section|Anlage|Anhang|Annex|Appendix|Schedule|\\(?\\d{1,3}(\\.\\d{1,3})*[.)]?\\s).*");
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*\\p{Lu}[\\p{L} /()-]{1,40}: \\S");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*([-*•–·▪◦])\\s+");
    private static final Pattern UNDERLINE = Pattern.compile("^\\s*(=+|-{3,})\\s*$");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MD_RULE =
            Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_(?=\\S)|(?<=\\S)_)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final int WRAP_WIDTH = 55;

    private PlainTextReader() {}

    static SourceText read(String raw, boolean markdown, int maxChars, String source) {
        return read(raw, markdown, maxChars, source, WRAP_WIDTH);
    }

    /**
     * Reads text whose wrapped lines are at least {@code wrapWidth} characters long: a line after a shorter one
     * starts a new block.
     */
    static SourceText read(String raw, boolean markdown, int maxChars, String source, int wrapWidth) {
        TextBuilder out = new TextBuilder(maxChars, source);
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder block = new StringBuilder();
        int blockKind = 0; // 0 none, 1 paragraph, 2 list item
        int previousLength = 0;
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String next = i + 1 < lines.length ? lines[i + 1] : "";
            if (markdown && line.strip().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (line.isBlank()) {
                flush(out, block, blockKind, markdown);
                blockKind = 0;
                continue;
            }
            if (!markdown
                    && !line.isBlank()
                    && UNDERLINE.matcher(next).matches()
                    && !UNDERLINE.matcher(line).matches()) {
                flush(out, block, blockKind, markdown);
                blockKind = 0;
                out.heading(next.strip().startsWith("=") ? 1 : 2, line);
                i++;
                continue;
            }
            if (UNDERLINE.matcher(line).matches()
                    || (markdown && MD_RULE.matcher(line).matches())) {
                flush(out, block, blockKind, markdown);
                blockKind = 0;
                continue;
            }
            if (markdown) {
                var h = MD_HEADING.matcher(line);
                if (h.matches()) {
                    flush(out, block, blockKind, markdown);
                    blockKind = 0;
                    out.heading(h.group(1).length(), inline(h.group(2)));
                    continue;
                }
                String s = line.strip();
                if (s.startsWith("|") && s.length() > 1) {
                    flush(out, block, blockKind, markdown);
                    blockKind = 0;
                    out.row(pipeCells(s));
                    continue;
                }
                if (s.startsWith(">")) {
                    line = s.substring(1);
                }
            }
            if (line.indexOf('\t') >= 0 && !line.strip().isEmpty()) {
                flush(out, block, blockKind, markdown);
                blockKind = 0;
                String stripped = line.strip();
                out.row(Arrays.asList(stripped.split("\t+", -1)));
                continue;
            }
            boolean starts = BULLET.matcher(line).matches()
                    || NUMBER_START.matcher(line).matches()
                    || KEY_VALUE.matcher(line).lookingAt();
            boolean continuation = blockKind != 0 && !starts && previousLength >= wrapWidth;
            if (!continuation) {
                flush(out, block, blockKind, markdown);
                var m = LIST_MARK.matcher(line);
                if (m.lookingAt()) {
                    blockKind = 2;
                    line = line.substring(m.end());
                } else {
                    blockKind = 1;
                }
            }
            if (block.length() > 0) {
                block.append(' ');
            }
            boolean hardBreak = markdown && (line.endsWith("\\") || line.endsWith("  "));
            block.append(
                    hardBreak && line.strip().endsWith("\\")
                            ? line.strip().substring(0, line.strip().length() - 1)
                            : line.strip());
            previousLength = line.length();
            if (hardBreak) {
                flush(out, block, blockKind, markdown);
                blockKind = 0;
            }
        }
        flush(out, block, blockKind, markdown);
        return out.build();
    }

    /** The width from which a line counts as wrapped: 80 % of the length most long lines reach. */
    static int wrapWidth(String raw) {
        int[] lengths = raw.lines()
                .mapToInt(l -> l.strip().length())
                .filter(n -> n > 0)
                .sorted()
                .toArray();
        if (lengths.length == 0) {
            return WRAP_WIDTH;
        }
        int p90 = lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.9))];
        return Math.max(20, (int) (p90 * 0.8));
    }

    private static void flush(TextBuilder out, StringBuilder block, int kind, boolean markdown) {
        if (block.length() == 0) {
            return;
        }
        String s = markdown ? inline(block.toString()) : block.toString();
        if (kind == 2) {
            out.listItem(0, s);
        } else {
            out.paragraph(s);
        }
        block.setLength(0);
    }

    private static String inline(String s) {
        String t = MD_LINK.matcher(s).replaceAll("$1");
        t = t.replace("\\\\", "\u0000");
        // remove emphasis marks that are not escaped, then the escapes
        StringBuilder out = new StringBuilder();
        var m = MD_EMPHASIS.matcher(t);
        int last = 0;
        while (m.find()) {
            int start = m.start();
            if (start > 0 && t.charAt(start - 1) == '\\') {
                continue;
            }
            out.append(t, last, start);
            last = m.end();
        }
        out.append(t.substring(last));
        String u = MD_ESCAPE.matcher(out.toString()).replaceAll("$1");
        return u.replace('\u0000', '\\').replace("<br>", " ").replace("<br/>", " ");
    }

    private static List<String> pipeCells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(inline(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(inline(cell.toString()));
        return cells;
    }
}
