/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import dev.dpa4j.model.DpaException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an agreement cannot be written because its JSON form would break one of the reading
 * limits of {@link DpaJson} (for example a document longer than 10 MiB in UTF-8): {@code write}
 * refuses rather than produce a document that {@code read} would reject. Nothing has been written
 * when it is thrown.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public class DpaJsonWriteException extends DpaException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which limit the agreement exceeds and by how much, not null
     * @param cause the parser's report of the limit, may be null
     */
    public DpaJsonWriteException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
