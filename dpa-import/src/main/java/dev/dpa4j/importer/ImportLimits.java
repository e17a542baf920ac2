/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import org.apiguardian.api.API;

/**
 * Bounds on what the importer reads, so that a hostile or huge document ends with {@link
 * ImportException.Reason#TOO_LARGE} instead of exhausting time or memory.
 *
 * @param maxBytes the largest file, in bytes
 * @param maxChars the largest extracted text, in characters
 * @param maxPages the most PDF pages
 * @param maxEntries the most entries of a DOCX archive and the largest uncompressed part, as a multiple of
 *     {@code maxBytes} (guards against zip bombs)
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public record ImportLimits(long maxBytes, int maxChars, int maxPages, int maxEntries) {

    /** 20 MB, 2,000,000 characters (some 600 pages of dense text), 300 PDF pages, 2,000 archive entries. */
    public static final ImportLimits DEFAULT = new ImportLimits(20L * 1024 * 1024, 2_000_000, 300, 2_000);

    /**
     * Checks the values.
     *
     * @param maxBytes the largest file, in bytes
     * @param maxChars the largest extracted text, in characters
     * @param maxPages the most PDF pages
     * @param maxEntries the most entries of a DOCX archive
     */
    public ImportLimits {
        if (maxBytes <= 0 || maxChars <= 0 || maxPages <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("Import limits must be positive");
        }
    }
}
