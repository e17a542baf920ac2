/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * What a contact point is for.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum ContactPurpose {
    /** General correspondence about the agreement. */
    GENERAL,

    /** Giving or receiving instructions. */
    INSTRUCTIONS,

    /** Reports of personal data breaches. */
    BREACH_NOTIFICATION,

    /** Requests of data subjects. */
    DATA_SUBJECT_REQUESTS,

    /** Notices about changes of sub-processors. */
    SUBPROCESSOR_NOTICES,

    /** Audits and inspections. */
    AUDITS,

    /** Data protection questions in general. */
    DATA_PROTECTION;
}
