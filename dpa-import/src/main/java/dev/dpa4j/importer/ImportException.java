/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import dev.dpa4j.model.DpaException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A document that cannot be imported, with the reason as a value a program can act on.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class ImportException extends DpaException {
    private static final long serialVersionUID = 1L;

    /** Why a document cannot be imported. */
    public enum Reason {
        /** The file extension or content is not a format the importer reads. */
        UNSUPPORTED_FORMAT,
        /** The document exceeds a limit of {@link ImportLimits}. */
        TOO_LARGE,
        /** A PDF without a text layer, for example a scan: it needs OCR first. */
        NO_TEXT,
        /** An encrypted or password-protected document. */
        ENCRYPTED,
        /** The file is damaged or not what its extension says. */
        MALFORMED,
        /** The document has text, but nothing in it marks it as a data processing agreement. */
        NOT_A_DPA,
        /** The file could not be read. */
        UNREADABLE
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param message what happened and what was expected, naming the document
     * @param cause the underlying error, if any
     */
    public ImportException(Reason reason, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /**
     * Returns why the document cannot be imported.
     *
     * @return the reason
     */
    public Reason getReason() {
        return reason;
    }
}
