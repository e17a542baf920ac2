/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.dpv;

import dev.dpa4j.dpv.internal.DpvReader;
import dev.dpa4j.dpv.internal.DpvWriter;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes a data processing agreement as JSON-LD with terms of the W3C Data Privacy Vocabulary (DPV 2.x,
 * {@code https://w3id.org/dpv#} and its pd, loc and legal/eu/gdpr extensions) and reads such a graph back.
 *
 * <pre>{@code
 * String jsonld = DpvJsonLd.write(agreement);          // dpv:DataProcessingAgreement with its dpv:Process
 * DataProcessingAgreement back = DpvJsonLd.read(jsonld);
 * }</pre>
 *
 * <p>The output is deterministic: the same agreement gives the same bytes (keys sorted, two-space
 * indentation, {@code \n} line ends, no blank nodes: every node has an IRI derived from the agreement's id).
 * Reading expands and flattens the document with a JSON-LD 1.1 processor (Titanium), so any JSON-LD form of
 * the same graph is accepted, not only the one written here; remote contexts are never fetched, and a
 * document beyond the limits of {@code DpaJson.read} (10 MiB, nesting depth 100, token and string limits) is
 * refused before it is processed. What the
 * mapping carries and what DPV cannot express is listed in {@code docs/dpv.md}: a round trip keeps
 * everything carried, the rest is absent from the agreement read back.
 *
 * @since 0.1.0
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class DpvJsonLd {

    /** The longest document read, as for {@code DpaJson.read}: 10 MiB. */
    private static final int MAX_BYTES = 10 * 1024 * 1024;

    private DpvJsonLd() {}

    /**
     * Writes an agreement as a JSON-LD document, ending with a line feed.
     *
     * @param agreement the agreement, not null
     * @return the document
     */
    public static String write(DataProcessingAgreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        return DpaJson.mapper().writeValueAsString(DpvWriter.write(agreement)) + "\n";
    }

    /**
     * Writes an agreement as a UTF-8 JSON-LD document to a stream, which is not closed.
     *
     * @param agreement the agreement, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(DataProcessingAgreement agreement, OutputStream out) {
        Objects.requireNonNull(out, "out");
        byte[] bytes = write(agreement).getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JSON-LD stream", e);
        }
    }

    /**
     * Reads an agreement from a JSON-LD document.
     *
     * @param jsonld the document, not null
     * @return the agreement with everything the graph states that the mapping carries
     * @throws DpvException if the text is not JSON, not JSON-LD, or the graph does not hold exactly one
     *     {@code dpv:DataProcessingAgreement} with values of the expected kinds; the exception names where
     */
    public static DataProcessingAgreement read(String jsonld) {
        Objects.requireNonNull(jsonld, "jsonld");
        return DpvReader.read(jsonld);
    }

    /**
     * Reads an agreement from a UTF-8 JSON-LD stream, which is not closed.
     *
     * @param in the stream, not null
     * @return the agreement
     * @throws DpvException as {@link #read(String)}
     */
    public static DataProcessingAgreement read(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON-LD stream", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new DpvException("document", "longer than " + MAX_BYTES + " bytes, the limit of DpaJson.read", null);
        }
        return read(new String(bytes, StandardCharsets.UTF_8));
    }
}
