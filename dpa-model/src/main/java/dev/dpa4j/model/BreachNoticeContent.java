/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * An item that a breach notification to the controller contains (Art. 33(3) GDPR).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum BreachNoticeContent {
    /** The nature of the breach. */
    NATURE,

    /** Categories and approximate number of data subjects concerned. */
    DATA_SUBJECT_CATEGORIES_AND_NUMBERS,

    /** Categories and approximate number of personal data records concerned. */
    RECORD_CATEGORIES_AND_NUMBERS,

    /** Name and contact details of the data protection officer or another contact point. */
    CONTACT_POINT,

    /** The likely consequences of the breach. */
    LIKELY_CONSEQUENCES,

    /** Measures taken or proposed to address the breach and mitigate its effects. */
    MEASURES,

    /** When the breach happened and when it was discovered. */
    TIME_OF_BREACH;
}
