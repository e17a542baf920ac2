/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.jspecify.annotations.Nullable;

/**
 * Writes the zip of a DOCX package: every part deflated at the fastest level, with a fixed timestamp
 * (1980-01-01 00:00), in the layout {@code java.util.zip.ZipOutputStream} writes (a local header with the
 * sizes in a data descriptor after the data, UTF-8 names, an extended timestamp field), so that the package
 * is byte for byte what it was when the writer used that class.
 *
 * <p>Why not that class (issue #14): it made a new deflater for every package and left its native memory to
 * the garbage collector, passed every part through a 512-byte buffer, and deflated the parts that are the
 * same in every package (content types, relationships, styles) each time. Here those parts are deflated
 * once ({@link #compress}) and copied; the other parts are deflated straight from their bytes by one
 * deflater, which is kept for the next package (one at most, whichever thread ends last).
 */
final class ZipParts {

    /** A part deflated once: its bytes deflated, their CRC-32 and the size before deflating. */
    static final class Compressed {
        private final byte[] deflated;
        private final int crc;
        private final int size;

        Compressed(byte[] deflated, int crc, int size) {
            this.deflated = deflated;
            this.crc = crc;
            this.size = size;
        }
    }

    private static final int BEST_SPEED = Deflater.BEST_SPEED;

    /** 1980-01-01 00:00 as an MS-DOS date and time. */
    private static final int DOS_TIME = (1 << 21) | (1 << 16);

    /** 1980-01-01 00:00 UTC in seconds since 1970, for the extended timestamp field. */
    private static final int UNIX_TIME = 315_532_800;

    /** The one idle deflater, kept between packages. */
    private static final AtomicReference<Deflater> IDLE = new AtomicReference<>();

    private final OutputStream out;
    private final List<byte[]> names = new ArrayList<>();
    private final List<int[]> entries = new ArrayList<>(); // crc, compressed size, size, offset
    private final CRC32 crc = new CRC32();
    private final byte[] header = new byte[64];
    private byte[] buffer = new byte[0];
    private @Nullable Deflater deflater;
    private long written;
    private boolean inUse; // a part is being deflated: the deflater holds its state

    ZipParts(OutputStream out) {
        this.out = out;
    }

    /** Deflates the bytes once, as {@link #deflated} would deflate them as a part. */
    static Compressed compress(byte[] bytes) {
        Deflater deflater = new Deflater(BEST_SPEED, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            byte[] out = new byte[bytes.length + 64];
            int length = 0;
            while (!deflater.finished()) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                length += deflater.deflate(out, length, out.length - length);
            }
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new Compressed(Arrays.copyOf(out, length), (int) crc.getValue(), bytes.length);
        } finally {
            deflater.end();
        }
    }

    /** Writes a part deflated before. */
    void compressed(String name, Compressed part) throws IOException {
        int offset = localHeader(name);
        write(part.deflated, 0, part.deflated.length);
        descriptor(part.crc, part.deflated.length, part.size, offset);
    }

    /** Writes a part given as a string. */
    void deflated(String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        deflated(name, bytes, bytes.length);
    }

    /** Writes a part, deflating the first {@code length} bytes. */
    void deflated(String name, byte[] bytes, int length) throws IOException {
        int offset = localHeader(name);
        Deflater d = deflater();
        inUse = true;
        d.setInput(bytes, 0, length);
        d.finish();
        if (buffer.length == 0) {
            buffer = new byte[1 << 16];
        }
        long before = written;
        while (!d.finished()) {
            int n = d.deflate(buffer, 0, buffer.length);
            write(buffer, 0, n);
        }
        d.reset();
        inUse = false;
        crc.reset();
        crc.update(bytes, 0, length);
        descriptor((int) crc.getValue(), Math.toIntExact(written - before), length, offset);
    }

    /** Writes the central directory and gives the deflater back; the stream is neither flushed nor closed. */
    void finish() throws IOException {
        long start = written;
        for (int i = 0; i < entries.size(); i++) {
            byte[] name = names.get(i);
            int[] entry = entries.get(i);
            int at = 0;
            at = int32(header, at, 0x02014b50);
            at = int16(header, at, 20); // made by: version 2.0, MS-DOS
            at = int16(header, at, 20); // needed to extract: 2.0
            at = int16(header, at, 0x0808); // sizes in a data descriptor, UTF-8 names
            at = int16(header, at, 8); // deflated
            at = int32(header, at, DOS_TIME);
            at = int32(header, at, entry[0]);
            at = int32(header, at, entry[1]);
            at = int32(header, at, entry[2]);
            at = int16(header, at, name.length);
            at = int16(header, at, 9); // the extended timestamp field
            at = int16(header, at, 0); // comment
            at = int16(header, at, 0); // disk
            at = int16(header, at, 0); // internal attributes
            at = int32(header, at, 0); // external attributes
            at = int32(header, at, entry[3]);
            write(header, 0, at);
            write(name, 0, name.length);
            timestamp();
        }
        long size = written - start;
        int at = 0;
        at = int32(header, at, 0x06054b50);
        at = int16(header, at, 0);
        at = int16(header, at, 0);
        at = int16(header, at, entries.size());
        at = int16(header, at, entries.size());
        at = int32(header, at, Math.toIntExact(size));
        at = int32(header, at, Math.toIntExact(start));
        at = int16(header, at, 0);
        write(header, 0, at);
        release();
    }

    /** Gives the deflater back (reset, if a part was left half written) or ends it; writes nothing. */
    void release() {
        Deflater d = deflater;
        deflater = null;
        if (d == null) {
            return;
        }
        if (inUse) {
            d.reset();
            inUse = false;
        }
        if (!IDLE.compareAndSet(null, d)) {
            d.end();
        }
    }

    private Deflater deflater() {
        if (deflater == null) {
            Deflater idle = IDLE.getAndSet(null);
            deflater = idle != null ? idle : new Deflater(BEST_SPEED, true);
        }
        return deflater;
    }

    private int localHeader(String name) throws IOException {
        if (names.size() >= 0xffff || written > Integer.MAX_VALUE) {
            throw new IOException("A DOCX package this large needs ZIP64, which this writer does not write");
        }
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        int offset = (int) written;
        int at = 0;
        at = int32(header, at, 0x04034b50);
        at = int16(header, at, 20);
        at = int16(header, at, 0x0808);
        at = int16(header, at, 8);
        at = int32(header, at, DOS_TIME);
        at = int32(header, at, 0); // CRC-32 and sizes follow the data
        at = int32(header, at, 0);
        at = int32(header, at, 0);
        at = int16(header, at, bytes.length);
        at = int16(header, at, 9);
        write(header, 0, at);
        write(bytes, 0, bytes.length);
        timestamp();
        names.add(bytes);
        return offset;
    }

    private void descriptor(int crc, int compressed, int size, int offset) throws IOException {
        int at = 0;
        at = int32(header, at, 0x08074b50);
        at = int32(header, at, crc);
        at = int32(header, at, compressed);
        at = int32(header, at, size);
        write(header, 0, at);
        entries.add(new int[] {crc, compressed, size, offset});
    }

    /** The extended timestamp field: its id, its length, "modification time present", the time. */
    private void timestamp() throws IOException {
        int at = 0;
        at = int16(header, at, 0x5455);
        at = int16(header, at, 5);
        header[at++] = 1;
        at = int32(header, at, UNIX_TIME);
        write(header, 0, at);
    }

    private void write(byte[] bytes, int from, int length) throws IOException {
        out.write(bytes, from, length);
        written += length;
    }

    private static int int16(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        return at + 2;
    }

    private static int int32(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) (value >>> 16);
        b[at + 3] = (byte) (value >>> 24);
        return at + 4;
    }
}
