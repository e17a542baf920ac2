/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * A derogation under Art. 49(1) GDPR.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum Art49Derogation {
    /** Point (a): explicit consent. */
    EXPLICIT_CONSENT,

    /** Point (b): performance of a contract with the data subject. */
    CONTRACT_WITH_DATA_SUBJECT,

    /** Point (c): a contract concluded in the interest of the data subject. */
    CONTRACT_IN_INTEREST_OF_DATA_SUBJECT,

    /** Point (d): important reasons of public interest. */
    PUBLIC_INTEREST,

    /** Point (e): establishment, exercise or defence of legal claims. */
    LEGAL_CLAIMS,

    /** Point (f): vital interests. */
    VITAL_INTERESTS,

    /** Point (g): transfer from a public register. */
    PUBLIC_REGISTER,

    /** Second subparagraph: compelling legitimate interests. */
    COMPELLING_LEGITIMATE_INTERESTS;
}
