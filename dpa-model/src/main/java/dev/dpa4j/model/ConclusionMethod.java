/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * How the conclusion of the agreement is evidenced.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum ConclusionMethod {
    /** Signed by hand. */
    HANDWRITTEN_SIGNATURE,

    /** Signed with an electronic signature. */
    ELECTRONIC_SIGNATURE,

    /** Accepted online, for example by ticking a box in a customer portal. */
    CLICK_THROUGH,

    /** Concluded by an exchange of e-mails. */
    EMAIL_EXCHANGE,

    /** Incorporated into the main contract by reference. */
    INCORPORATION_BY_REFERENCE,

    /** Another method, described in the note. */
    OTHER;
}
