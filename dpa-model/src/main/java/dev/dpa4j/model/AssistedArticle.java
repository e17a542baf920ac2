/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * An obligation of the controller with which the processor assists (Art. 28(3)(f) GDPR).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum AssistedArticle {
    /** Security of processing. */
    ART_32,

    /** Notification of a personal data breach to the supervisory authority. */
    ART_33,

    /** Communication of a personal data breach to the data subject. */
    ART_34,

    /** Data protection impact assessment. */
    ART_35,

    /** Prior consultation. */
    ART_36;
}
