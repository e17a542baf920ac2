/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Facts about a {@link Document} that writers put into headers, footers and file metadata.
 *
 * @param title the document title, for example for the HTML {@code <title>} or PDF metadata
 * @param language the main language of the text
 * @param secondLanguage the second language of a bilingual document, if any
 * @param agreementId the identifier of the agreement
 * @param version the agreement's version, if stated
 * @param asOf the as-of date the document was rendered for, if given
 * @param fingerprint the SHA-256 of the agreement's canonical JSON as 64 lower-case hex digits, if enabled
 * @param footer the composed footer text (for example naming the fingerprint), if any
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DocumentMetadata(
        String title,
        Locale language,
        Optional<Locale> secondLanguage,
        String agreementId,
        Optional<String> version,
        Optional<LocalDate> asOf,
        Optional<String> fingerprint,
        Optional<String> footer) {

    /**
     * Creates document metadata.
     *
     * @param title the title
     * @param language the main language
     * @param secondLanguage the second language, or empty
     * @param agreementId the agreement identifier
     * @param version the version, or empty
     * @param asOf the as-of date, or empty
     * @param fingerprint the SHA-256 hex digest, or empty
     * @param footer the footer text, or empty
     */
    public DocumentMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(secondLanguage, "secondLanguage");
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(footer, "footer");
    }
}
