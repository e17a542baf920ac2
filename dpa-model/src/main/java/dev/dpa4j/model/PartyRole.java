/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * The role of a party to the agreement.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum PartyRole {
    /** Controller within the meaning of Art. 4(7) GDPR. */
    CONTROLLER,

    /** Processor within the meaning of Art. 4(8) GDPR. */
    PROCESSOR;
}
