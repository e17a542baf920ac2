/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.ref.WeakReference;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.ObjectWriter;

/**
 * The content fingerprint: the SHA-256 of the agreement's canonical JSON
 * ({@link DpaJson#write(DataProcessingAgreement)} as UTF-8, final line feed included).
 *
 * <p>The JSON is hashed while Jackson writes it, with the same writer configuration as
 * {@code DpaJson.write} ({@link DpaJson#mapper()}): no string of the whole document, no second
 * parse to check the reading limits (a fingerprint is not a document that must be read back), and
 * the characters are encoded to UTF-8 by the JDK's encoder exactly as {@code String.getBytes(UTF_8)}
 * does, an unpaired surrogate becoming {@code '?'}. This was a third of the time of a Markdown or HTML rendering
 * (issue #14).
 *
 * <p>An agreement is immutable all the way down, so its fingerprint is remembered for the last few
 * instances by identity (weakly, so that no agreement is kept alive by it): rendering one agreement
 * in several formats, or again, serialises it once. An equal but distinct instance is hashed anew.
 */
final class Fingerprint {

    /** Resolved once: the serializers of the model are built on first use only. */
    private static final class Writers {
        static final ObjectWriter CANONICAL = DpaJson.mapper().writerFor(DataProcessingAgreement.class);
    }

    /** How many agreements are remembered; a render of several formats of one agreement needs one. */
    private static final int REMEMBERED = 8;

    /** The most recently fingerprinted agreements, newest last; guarded by itself. */
    private static final List<Remembered> RECENT = new ArrayList<>(REMEMBERED);

    /** One remembered fingerprint, keyed by the identity of its agreement. */
    private record Remembered(WeakReference<DataProcessingAgreement> agreement, String sha256) {}

    private Fingerprint() {}

    /**
     * Returns the fingerprint of an agreement.
     *
     * @param agreement the agreement
     * @return 64 lower-case hex digits
     */
    @SuppressWarnings("ReferenceEquality") // by identity: an equal copy is hashed anew, which is only slower
    static String sha256(DataProcessingAgreement agreement) {
        synchronized (RECENT) {
            for (Remembered r : RECENT) {
                if (r.agreement().get() == agreement) {
                    return r.sha256();
                }
            }
        }
        String sha256 = compute(agreement);
        synchronized (RECENT) {
            RECENT.removeIf(r -> r.agreement().get() == null);
            if (RECENT.size() == REMEMBERED) {
                RECENT.remove(0);
            }
            RECENT.add(new Remembered(new WeakReference<>(agreement), sha256));
        }
        return sha256;
    }

    /**
     * Computes the fingerprint of an agreement without looking at what is remembered.
     *
     * @param agreement the agreement
     * @return 64 lower-case hex digits
     */
    static String compute(DataProcessingAgreement agreement) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must support SHA-256", e);
        }
        // the JDK's encoder, as String.getBytes(UTF_8) and DpaJson.write use it: an unpaired surrogate becomes '?'
        Writer out = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), sha256), UTF_8);
        try {
            Writers.CANONICAL.writeValue(out, agreement);
            out.close(); // hands what is buffered to the digest (again, if Jackson closed it already)
        } catch (IOException e) {
            throw new UncheckedIOException("A digest does not fail", e);
        }
        sha256.update((byte) '\n');
        return HexFormat.of().formatHex(sha256.digest());
    }
}
