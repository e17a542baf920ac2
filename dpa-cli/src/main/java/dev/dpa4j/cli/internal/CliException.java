/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import org.jspecify.annotations.Nullable;

/** A failure the user must fix (bad input, bad option); its message is the one line printed on stderr. */
class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }

    CliException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
