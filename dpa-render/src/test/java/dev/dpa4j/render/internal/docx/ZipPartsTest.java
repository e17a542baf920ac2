/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The DOCX zip writer (issue #14) writes what {@code ZipOutputStream} at the fastest level wrote, except that
 * the extended timestamp is 1980-01-01 00:00 UTC in every time zone (that class took the default zone's
 * midnight, so the bytes changed with it); parts deflated once are the same bytes as parts deflated in the package.
 */
class ZipPartsTest {

    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put(
                "[Content_Types].xml", "<?xml version=\"1.0\"?>\n<Types>" + "<Default Extension=\"xml\"/>".repeat(40));
        PARTS.put("word/document.xml", "<w:p>„Verantwortlicher“ – § 1 \uD83D\uDCC4 </w:p>".repeat(3000));
        PARTS.put("word/empty.xml", "");
        PARTS.put("word/footer1.xml", "<w:ftr>Seite</w:ftr>");
    }

    @Test
    void should_write_the_bytes_of_zip_output_stream_when_parts_are_deflated_or_compressed_before() throws IOException {
        // when: the first and last parts deflated before, the others in the package
        byte[] ours = ours();

        // then
        byte[] theirs = zipOutputStream();
        assertThat(withoutTimestamps(ours)).isEqualTo(withoutTimestamps(theirs));
        assertThat(timestamps(ours)).containsOnly(315_532_800L).hasSize(2 * PARTS.size());
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ours))) {
            for (Map.Entry<String, String> part : PARTS.entrySet()) {
                ZipEntry entry = zip.getNextEntry();
                assertThat(entry.getName()).isEqualTo(part.getKey());
                assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(part.getValue());
                assertThat(entry.getMethod()).isEqualTo(ZipEntry.DEFLATED);
                assertThat(entry.getLastModifiedTime().toInstant()).isEqualTo(Instant.parse("1980-01-01T00:00:00Z"));
            }
            assertThat(zip.getNextEntry()).isNull();
        }
    }

    @Test
    void should_give_identical_bytes_when_the_kept_deflater_writes_the_next_package() throws IOException {
        byte[] first = ours();

        byte[] second = ours();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void should_write_the_next_package_whole_when_a_stream_failed() throws IOException {
        // given: a stream that fails in the middle of the large part
        OutputStream failing = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 100) {
                    throw new IOException("disk full");
                }
            }
        };
        ZipParts zip = new ZipParts(failing);
        assertThatThrownBy(() -> {
                    try {
                        zip.deflated("a.xml", PARTS.get("word/document.xml"));
                    } finally {
                        zip.release();
                    }
                })
                .isInstanceOf(IOException.class);

        // when
        byte[] next = ours();

        // then
        assertThat(withoutTimestamps(next)).isEqualTo(withoutTimestamps(zipOutputStream()));
    }

    private static byte[] ours() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipParts zip = new ZipParts(out);
        int i = 0;
        for (Map.Entry<String, String> part : PARTS.entrySet()) {
            byte[] bytes = part.getValue().getBytes(StandardCharsets.UTF_8);
            if (i == 0 || i == PARTS.size() - 1) {
                zip.compressed(part.getKey(), ZipParts.compress(bytes));
            } else if (i == 1) {
                byte[] longer = new byte[bytes.length + 10];
                System.arraycopy(bytes, 0, longer, 0, bytes.length);
                zip.deflated(part.getKey(), longer, bytes.length);
            } else {
                zip.deflated(part.getKey(), part.getValue());
            }
            i++;
        }
        zip.finish();
        return out.toByteArray();
    }

    private static byte[] zipOutputStream() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        for (Map.Entry<String, String> part : PARTS.entrySet()) {
            ZipEntry entry = new ZipEntry(part.getKey());
            entry.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0));
            zip.putNextEntry(entry);
            zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
        return out.toByteArray();
    }

    /** The bytes with the time of every extended timestamp field ("UT", 5 bytes, flag 1) set to zero. */
    private static byte[] withoutTimestamps(byte[] zip) {
        byte[] copy = zip.clone();
        for (int at : timestampOffsets(zip)) {
            for (int i = 0; i < 4; i++) {
                copy[at + i] = 0;
            }
        }
        return copy;
    }

    private static java.util.List<Long> timestamps(byte[] zip) {
        java.util.List<Long> times = new java.util.ArrayList<>();
        for (int at : timestampOffsets(zip)) {
            times.add((zip[at] & 0xffL)
                    | (zip[at + 1] & 0xffL) << 8
                    | (zip[at + 2] & 0xffL) << 16
                    | (zip[at + 3] & 0xffL) << 24);
        }
        return times;
    }

    private static java.util.List<Integer> timestampOffsets(byte[] zip) {
        java.util.List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i + 9 <= zip.length; i++) {
            if (zip[i] == 0x55 && zip[i + 1] == 0x54 && zip[i + 2] == 5 && zip[i + 3] == 0 && zip[i + 4] == 1) {
                offsets.add(i + 5);
            }
        }
        return offsets;
    }
}
