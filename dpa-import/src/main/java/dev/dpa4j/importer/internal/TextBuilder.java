/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.ImportException;
import dev.dpa4j.importer.internal.SourceText.Block;
import dev.dpa4j.importer.internal.SourceText.Kind;
import dev.dpa4j.importer.internal.SourceText.Range;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link SourceText} block by block, normalising whitespace and enforcing the character limit. */
final class TextBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final int maxChars;
    private final String source;

    TextBuilder(int maxChars, String source) {
        this.maxChars = maxChars;
        this.source = source;
    }

    /** Collapses whitespace (including no-break and zero-width spaces) to single spaces and strips. */
    static String normalise(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
                continue; // soft hyphen, zero-width space, byte order mark
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    void heading(int level, String raw) {
        add(Kind.HEADING, level, raw);
    }

    void paragraph(String raw) {
        add(Kind.PARAGRAPH, 0, raw);
    }

    void listItem(int level, String raw) {
        add(Kind.LIST_ITEM, level, raw);
    }

    void row(List<String> rawCells) {
        List<String> cells = new ArrayList<>();
        for (String c : rawCells) {
            cells.add(normalise(c));
        }
        if (cells.stream().allMatch(String::isEmpty)) {
            return;
        }
        separate();
        int start = text.length();
        List<Range> ranges = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append('\t');
            }
            ranges.add(new Range(text.length(), cells.get(i).length()));
            text.append(cells.get(i));
        }
        check();
        blocks.add(new Block(Kind.TABLE_ROW, 0, start, text.length() - start, ranges));
    }

    private void add(Kind kind, int level, String raw) {
        String s = normalise(raw);
        if (s.isEmpty()) {
            return;
        }
        separate();
        int start = text.length();
        text.append(s);
        check();
        blocks.add(new Block(kind, level, start, s.length(), List.of()));
    }

    private void separate() {
        if (text.length() > 0) {
            text.append('\n');
        }
    }

    void check() {
        if (text.length() > maxChars) {
            throw new ImportException(
                    ImportException.Reason.TOO_LARGE,
                    source + ": the text exceeds " + maxChars + " characters (the import limit); split the document"
                            + " or raise ImportLimits.maxChars",
                    null);
        }
    }

    SourceText build() {
        return new SourceText(text.toString(), blocks);
    }
}
