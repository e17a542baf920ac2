/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The root of all exceptions that dpa4j throws on purpose.
 *
 * <p>It is unchecked. Subclasses exist only where a caller reacts differently: malformed input,
 * a faulty configuration, a failed rendering. Findings of validation are never exceptions.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public class DpaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message a full sentence naming what went wrong and where, not null
     */
    public DpaException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message a full sentence naming what went wrong and where, not null
     * @param cause the underlying cause, may be null
     */
    public DpaException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
