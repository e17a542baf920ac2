/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.List;

/**
 * The neutral structure every reader produces: one normalised text (blocks separated by a line feed, whitespace
 * inside a block collapsed to single spaces) and its blocks with their character offsets into it.
 *
 * @param text the normalised text
 * @param blocks the blocks in document order
 * @param title the title the format gives outside the text (an HTML page's {@code <title>}), normalised; empty where
 *     none
 */
public record SourceText(String text, List<Block> blocks, String title) {

    /** What a block is. */
    public enum Kind {
        /** A heading marked as such by the format (Markdown {@code #}, HTML {@code h1}-{@code h6}, DOCX style). */
        HEADING,
        /** A paragraph. */
        PARAGRAPH,
        /** An item of a bulleted or numbered list. */
        LIST_ITEM,
        /** A table row; its cells are in {@link Block#cells()}. */
        TABLE_ROW
    }

    /**
     * A block of the document.
     *
     * @param kind what it is
     * @param level the heading level (1 = top) or list nesting (0 = top); 0 for others
     * @param offset the first character in the text
     * @param length the number of characters
     * @param cells for a table row, the cells' ranges; else empty
     */
    public record Block(Kind kind, int level, int offset, int length, List<Range> cells) {
        /**
         * Copies the cells.
         *
         * @param kind what it is
         * @param level the level
         * @param offset the start
         * @param length the length
         * @param cells the cells
         */
        public Block {
            cells = List.copyOf(cells);
        }

        /**
         * Returns the first character after the block.
         *
         * @return the end offset
         */
        public int end() {
            return offset + length;
        }
    }

    /**
     * A range of the text.
     *
     * @param offset the first character
     * @param length the number of characters
     */
    public record Range(int offset, int length) {}

    /**
     * Copies the block list.
     *
     * @param text the text
     * @param blocks the blocks
     * @param title the title outside the text, or empty
     */
    public SourceText {
        blocks = List.copyOf(blocks);
    }

    /**
     * A text without a title outside it (plain text, Markdown, DOCX, PDF: their title is their first block).
     *
     * @param text the text
     * @param blocks the blocks
     */
    public SourceText(String text, List<Block> blocks) {
        this(text, blocks, "");
    }

    /**
     * Returns this text with the title its format gives outside the text.
     *
     * @param title the title, normalised
     * @return the text with that title
     */
    public SourceText withTitle(String title) {
        return new SourceText(text, blocks, title);
    }

    /**
     * Returns a block's text.
     *
     * @param block the block
     * @return its text
     */
    public String text(Block block) {
        return text.substring(block.offset(), block.end());
    }

    /**
     * Returns a range's text.
     *
     * @param range the range
     * @return its text
     */
    public String text(Range range) {
        return text.substring(range.offset(), range.offset() + range.length());
    }
}
