/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text writers' sink encodes its chunks itself (issue #14): the bytes joined are those of the whole
 * text encoded at once, also where a chunk would end between the two halves of a surrogate pair.
 */
class TextOutTest {

    /** An emoji outside the BMP: two chars, four bytes in UTF-8. */
    private static final String PAIR = "\uD83D\uDCC4";

    @Test
    void should_write_the_bytes_of_the_whole_text_when_a_chunk_ends_inside_a_surrogate_pair() throws IOException {
        // given: pieces whose joined length reaches a chunk exactly at a high surrogate, then more text
        List<String> pieces = new ArrayList<>();
        pieces.add("ä".repeat(TextOut.CHUNK - 1) + PAIR.charAt(0));
        pieces.add(PAIR.charAt(1) + " weiter – " + PAIR);
        pieces.add("x".repeat(TextOut.CHUNK) + PAIR);
        String whole = String.join("", pieces);
        TextOut sink = new TextOut();
        List<Integer> writes = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.add(len);
                bytes.write(b, off, len);
            }
        };

        // when
        sink.writeTo(counting, () -> {
            for (String piece : pieces) {
                sink.text().append(piece);
                sink.spill();
            }
        });

        // then: passed on in several chunks, and the same bytes as the text encoded whole
        assertThat(writes).hasSizeGreaterThan(1);
        assertThat(bytes.toByteArray()).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(whole).doesNotContain("?");
    }

    @Test
    void should_encode_a_pair_whole_when_a_slice_of_one_chunk_would_end_inside_it() throws IOException {
        // given: one text longer than a slice, a pair across each place where a slice could end
        StringBuilder text = new StringBuilder();
        for (int offset = -2; offset <= 1; offset++) {
            text.append("ü".repeat(TextOut.SLICE + offset)).append(PAIR);
        }
        String whole = text.toString();
        TextOut sink = new TextOut();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        // when: written at the end in one pass, slice by slice
        sink.writeTo(bytes, () -> sink.text().append(whole));

        // then
        assertThat(bytes.toByteArray()).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(whole).doesNotContain("?");
    }

    @Test
    void should_encode_as_string_getbytes_when_texts_hold_every_kind_of_character() {
        // given: ASCII, two- and three-byte characters, pairs, and unpaired surrogates (written as '?')
        String[] pieces = {
            "a",
            " ",
            "<",
            "\u007f",
            "ä",
            "\u0080",
            "\u07ff",
            "\u0800",
            "„",
            "\uffff",
            PAIR,
            "\uD83D",
            "\uDCC4",
            "\u0000",
            "ASCII run "
        };
        java.util.Random random = new java.util.Random(14);
        // one encoder for every text, as a sink uses it for every slice
        java.nio.charset.CharsetEncoder ascii = StandardCharsets.US_ASCII.newEncoder();
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            char[] chars = text.toString().toCharArray();
            byte[] bytes = new byte[3 * chars.length];

            // when
            int length = TextOut.utf8(ascii, chars, chars.length, bytes);

            // then
            assertThat(java.util.Arrays.copyOf(bytes, length))
                    .as("text %s", text)
                    .isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
