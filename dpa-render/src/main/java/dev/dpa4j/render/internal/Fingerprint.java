/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.io.Writer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.ObjectWriter;

/**
 * The content fingerprint: the SHA-256 of the agreement's canonical JSON
 * ({@link DpaJson#write(DataProcessingAgreement)} as UTF-8, final line feed included).
 *
 * <p>The JSON is hashed while Jackson writes it, with the same writer configuration as
 * {@code DpaJson.write} ({@link DpaJson#mapper()}): no string of the whole document, no second
 * parse to check the reading limits (a fingerprint is not a document that must be read back), and
 * the characters are encoded to UTF-8 exactly as {@code String.getBytes(UTF_8)} does, an unpaired
 * surrogate becoming {@code '?'}. This was a third of the time of a Markdown or HTML rendering
 * (issue #14).
 */
final class Fingerprint {

    /** Resolved once: the serializers of the model are built on first use only. */
    private static final class Writers {
        static final ObjectWriter CANONICAL = DpaJson.mapper().writerFor(DataProcessingAgreement.class);
    }

    private Fingerprint() {}

    /**
     * Returns the fingerprint of an agreement.
     *
     * @param agreement the agreement
     * @return 64 lower-case hex digits
     */
    static String sha256(DataProcessingAgreement agreement) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must support SHA-256", e);
        }
        Utf8Digest out = new Utf8Digest(sha256);
        Writers.CANONICAL.writeValue(out, agreement);
        out.close(); // hands what is buffered to the digest (again, if Jackson closed it already)
        sha256.update((byte) '\n');
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Encodes characters to UTF-8 into a digest through a small buffer. A surrogate pair may be split
     * between two writes; an unpaired surrogate is encoded as {@code '?'}, as the JDK's encoder does.
     */
    static final class Utf8Digest extends Writer {
        private final MessageDigest digest;
        private final byte[] buffer = new byte[8192];
        private int size;

        /** A high surrogate at the end of the previous write, waiting for its low half; 0 if none. */
        private char pendingHigh;

        Utf8Digest(MessageDigest digest) {
            this.digest = digest;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                put(chars[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                put(text.charAt(i));
            }
        }

        @Override
        public void write(int c) {
            put((char) c);
        }

        private void put(char c) {
            if (size > buffer.length - 4) {
                drain();
            }
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(high, c);
                    buffer[size++] = (byte) (0xF0 | (cp >> 18));
                    buffer[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    buffer[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    buffer[size++] = (byte) (0x80 | (cp & 0x3F));
                    return;
                }
                buffer[size++] = '?';
                if (size > buffer.length - 4) {
                    drain();
                }
            }
            if (c < 0x80) {
                buffer[size++] = (byte) c;
            } else if (c < 0x800) {
                buffer[size++] = (byte) (0xC0 | (c >> 6));
                buffer[size++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                buffer[size++] = '?';
            } else {
                buffer[size++] = (byte) (0xE0 | (c >> 12));
                buffer[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[size++] = (byte) (0x80 | (c & 0x3F));
            }
        }

        private void drain() {
            digest.update(buffer, 0, size);
            size = 0;
        }

        @Override
        public void flush() {
            // the digest takes the bytes on close; nothing waits outside this object
        }

        @Override
        public void close() {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                buffer[size++] = '?';
            }
            drain();
        }
    }
}
