/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
    static final int CHUNK = 1 << 15;

    // room for a chunk and the block that crosses its end, so that the buffer rarely grows
    private final StringBuilder text = new StringBuilder(CHUNK + (CHUNK >> 1));
    private @Nullable OutputStream sink;

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
     * {@code String.getBytes} encodes far faster than a {@code Writer}'s charset encoder (issue #14).
     */
    private void pass(OutputStream stream, boolean last) throws IOException {
        int end = text.length();
        if (!last && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        stream.write(text.substring(0, end).getBytes(StandardCharsets.UTF_8));
        text.delete(0, end);
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
