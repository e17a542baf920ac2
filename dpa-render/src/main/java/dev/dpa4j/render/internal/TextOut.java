/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Where the text writers ({@link MarkdownWriter}, {@link HtmlWriter}, {@link TextWriter}) put their
 * text: collected whole in memory, or passed on to a stream in chunks as it grows, so that a document
 * of 10,000 sub-processors is never held as one string besides its bytes (issue #14: Markdown and HTML
 * of such an agreement in a heap of 32 MB). The writers only ever append, so the chunks joined are the
 * text, and the bytes are those of {@code text.getBytes(UTF_8)} (an unpaired surrogate, which the
 * writers never let through, would become {@code '?'} either way).
 */
final class TextOut {

    /** Characters collected before they are passed on to the stream. */
    static final int CHUNK = 1 << 13;

    /**
     * Characters encoded at a time. The buffers for a slice are small and fixed: the chunk's characters and
     * bytes in arrays as long as the chunk were, with the builder, about 250 kB allocated (and zeroed) per
     * rendering, as much as the rest of a text rendering's garbage (issue #14).
     */
    static final int SLICE = 1 << 12;

    // room for a chunk and the block that crosses its end, so that the buffer rarely grows
    private final StringBuilder text = new StringBuilder(CHUNK + (CHUNK >> 1));
    private @Nullable OutputStream sink;
    // a slice's characters and bytes
    private final char[] chars = new char[SLICE];
    private final byte[] bytes = new byte[3 * SLICE];
    private final CharsetEncoder ascii = StandardCharsets.US_ASCII.newEncoder();

    /** The text collected so far, to append to. */
    StringBuilder text() {
        return text;
    }

    /** Passes the text on to the stream, if there is one and the text has grown past a chunk. */
    void spill() {
        if (sink != null && text.length() >= CHUNK) {
            try {
                pass(sink, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Encodes the collected text and writes it to the stream, keeping back a high surrogate at its end
     * (unless this is the end of the text), so that a pair split between two chunks is encoded whole.
     * The text is encoded a slice at a time, each copied into the same small arrays; a slice never ends
     * between the two halves of a pair either.
     */
    private void pass(OutputStream stream, boolean last) throws IOException {
        int end = text.length();
        if (!last && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int from = 0;
        while (from < end) {
            int to = Math.min(end, from + SLICE);
            if (to < end && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            text.getChars(from, to, chars, 0);
            stream.write(bytes, 0, utf8(ascii, chars, to - from, bytes));
            from = to;
        }
        text.delete(0, end);
    }

    /**
     * Encodes the characters as {@code String.getBytes(UTF_8)} does: a surrogate pair as four bytes, an
     * unpaired surrogate as {@code '?'}. Runs of ASCII, most of every document and all of HTML's markup, go
     * through the JDK's US-ASCII encoder, whose array loop the JVM compiles to vector instructions (three to
     * four times as fast as a loop here, issue #14); it stops at the first other character, which is
     * encoded here with those that follow it up to the next ASCII character.
     *
     * @param ascii a US-ASCII encoder of this sink (encoders are not thread-safe)
     * @return the number of bytes
     */
    static int utf8(CharsetEncoder ascii, char[] chars, int length, byte[] bytes) {
        CharBuffer in = CharBuffer.wrap(chars, 0, length);
        ByteBuffer out = ByteBuffer.wrap(bytes);
        ascii.reset();
        int i = 0;
        int at = 0;
        while (true) {
            in.position(i);
            out.position(at);
            // the bytes always have room; the result says why it stopped, which the position tells as well
            ascii.encode(in, out, false);
            i = in.position();
            at = out.position();
            if (i >= length) {
                return at;
            }
            do {
                char c = chars[i++];
                if (c < 0x800) {
                    bytes[at++] = (byte) (0xc0 | (c >> 6));
                    bytes[at++] = (byte) (0x80 | (c & 0x3f));
                } else if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i < length && Character.isLowSurrogate(chars[i])) {
                        int cp = Character.toCodePoint(c, chars[i++]);
                        bytes[at++] = (byte) (0xf0 | (cp >> 18));
                        bytes[at++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                        bytes[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                        bytes[at++] = (byte) (0x80 | (cp & 0x3f));
                    } else {
                        bytes[at++] = (byte) '?';
                    }
                } else {
                    bytes[at++] = (byte) (0xe0 | (c >> 12));
                    bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                    bytes[at++] = (byte) (0x80 | (c & 0x3f));
                }
            } while (i < length && chars[i] >= 0x80);
        }
    }

    /**
     * Runs a writer with a stream as the sink and writes what remains; the stream is flushed, not
     * closed.
     *
     * @param stream the stream
     * @param writing the writer's work
     * @throws IOException if the stream cannot be written
     */
    void writeTo(OutputStream stream, Runnable writing) throws IOException {
        sink = stream;
        try {
            writing.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            sink = null;
        }
        pass(stream, true);
        stream.flush();
    }
}
