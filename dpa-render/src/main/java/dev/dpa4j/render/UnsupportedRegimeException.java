/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.model.DpaException;
import org.apiguardian.api.API;

/**
 * Thrown when an agreement is under a regime whose contract the built-in clause library cannot write
 * soundly, for example {@link dev.dpa4j.model.Regime#LED_DE} (Section 62 BDSG): rather than print a GDPR
 * contract for it, rendering refuses.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class UnsupportedRegimeException extends DpaException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is not supported and what to do instead
     */
    public UnsupportedRegimeException(String message) {
        super(message);
    }
}
