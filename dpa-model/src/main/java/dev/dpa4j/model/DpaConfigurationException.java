/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * Thrown when dpa4j is set up wrongly: duplicate or unknown ids of rules, packs or renderers, a
 * reserved id prefix, or options that exclude each other.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public class DpaConfigurationException extends DpaException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message a full sentence naming the faulty setting and its value, not null
     */
    public DpaConfigurationException(String message) {
        super(message);
    }
}
