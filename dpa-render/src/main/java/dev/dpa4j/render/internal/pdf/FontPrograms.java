/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled DejaVu Sans (regular and bold), parsed once and reused by later renderings.
 *
 * <p>Parsing a TrueType font (its character map, metrics and glyph index) is the same work for every
 * PDF; only the subset embedded into one PDF depends on the document, and PDFBox builds it from the
 * parsed font when the PDF is saved. A parsed font reads its tables lazily from its bytes and is not
 * safe for use by two threads at once, so each rendering takes a pair of its own from an idle queue and
 * gives it back afterwards: concurrent renderings parse a pair each, at most once per thread that ever
 * rendered at the same time, and never share one.
 *
 * <p>The subset a PDF receives is independent of what the parsed font was used for before: PDFBox
 * derives it from the glyphs of the one document (the subset tag too), and reading tables changes no
 * font data.
 */
final class FontPrograms {

    private static final byte[] REGULAR = PdfWriter.bytes("/dev/dpa4j/render/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = PdfWriter.bytes("/dev/dpa4j/render/fonts/DejaVuSans-Bold.ttf");

    /**
     * Tables of the font that are left out: the OpenType layout tables. PDFBox applies the glyph
     * substitutions of {@code GSUB} (composed characters, ligatures) to every text it draws, at a cost of
     * a regular expression built per drawn text, while the layout measures each character by its own
     * advance; DejaVu Sans substitutes nothing in the Latin, Greek and Cyrillic text of a contract, and
     * without the table every character is drawn with its own glyph, the glyph its Unicode mapping
     * names. {@code GPOS} and {@code GDEF} are never read.
     */
    private static final Set<String> DROPPED = Set.of("GSUB", "GPOS", "GDEF");

    /** Parsed pairs not in use by a rendering. */
    private static final ConcurrentLinkedQueue<Pair> IDLE = new ConcurrentLinkedQueue<>();

    private FontPrograms() {}

    /** Regular and bold, parsed, with the advance widths of their characters; owned by one rendering at a time. */
    static final class Pair {
        private final Face regular;
        private final Face bold;

        private Pair(TrueTypeFont regular, TrueTypeFont bold) {
            this.regular = new Face(regular);
            this.bold = new Face(bold);
        }

        /**
         * One face.
         *
         * @param boldFace whether the bold face is wanted
         * @return the face
         */
        Face face(boolean boldFace) {
            return boldFace ? bold : regular;
        }
    }

    /**
     * Takes an idle pair, or parses one.
     *
     * @return a pair that no other rendering uses until it is given back
     */
    static Pair take() {
        Pair pair = IDLE.poll();
        return pair != null ? pair : new Pair(parse(REGULAR), parse(BOLD));
    }

    /**
     * Gives a pair back for later renderings.
     *
     * @param pair a pair from {@link #take()}, no longer used
     */
    static void give(Pair pair) {
        IDLE.offer(pair);
    }

    /**
     * Returns the font file without the given tables: the same table records and table bytes for the
     * rest, at new offsets (each table starts on a four-byte boundary, as the format requires).
     *
     * @param font a TrueType font file (not a collection)
     * @param dropped the tags of the tables to leave out
     * @return the smaller font file
     */
    static byte[] withoutTables(byte[] font, Set<String> dropped) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = in.getShort(4) & 0xFFFF;
        List<Integer> kept = new ArrayList<>();
        int size = 12;
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, StandardCharsets.ISO_8859_1);
            if (!dropped.contains(tag)) {
                kept.add(record);
                size += 16 + align(in.getInt(record + 12));
            }
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int tables = kept.size();
        int power = Integer.highestOneBit(Math.max(1, tables));
        out.putInt(in.getInt(0)) // sfnt version
                .putShort((short) tables)
                .putShort((short) (power * 16)) // searchRange
                .putShort((short) Integer.numberOfTrailingZeros(power)) // entrySelector
                .putShort((short) (tables * 16 - power * 16)); // rangeShift
        int offset = 12 + 16 * tables;
        for (int record : kept) {
            int length = in.getInt(record + 12);
            out.put(font, record, 8) // tag and checksum
                    .putInt(offset)
                    .putInt(length);
            out.put(offset, font, in.getInt(record + 8), length);
            offset += align(length);
        }
        return out.array();
    }

    private static int align(int length) {
        return (length + 3) & ~3;
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(withoutTables(bytes, DROPPED)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the bundled font", e);
        }
    }
}
