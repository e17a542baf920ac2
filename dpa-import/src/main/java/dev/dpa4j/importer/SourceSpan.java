/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a fact or a finding comes from: a range of the imported document's normalised text (see {@link
 * ImportResult#getText()}) and the words quoted from it.
 *
 * @param offset the first character, counted from 0
 * @param length the number of characters
 * @param quote the text of the range, whitespace collapsed and cut to at most {@link #MAX_QUOTE} characters
 * @param section the number and heading of the enclosing section, for example {@code § 8 Subunternehmen}, or
 *     empty
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public record SourceSpan(int offset, int length, String quote, String section) {

    /** The longest quotation kept. */
    public static final int MAX_QUOTE = 240;

    /**
     * Checks the values.
     *
     * @param offset the first character
     * @param length the number of characters
     * @param quote the quotation
     * @param section the enclosing section
     */
    public SourceSpan {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative");
        }
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(section, "section");
    }

    /**
     * Returns the first character after the range.
     *
     * @return {@code offset + length}
     */
    public int end() {
        return offset + length;
    }
}
