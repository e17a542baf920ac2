/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * The operations listed in Art. 4(2) GDPR.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum ProcessingOperation {
    /** Collection. */
    COLLECTION,

    /** Recording. */
    RECORDING,

    /** Organisation. */
    ORGANISATION,

    /** Structuring. */
    STRUCTURING,

    /** Storage. */
    STORAGE,

    /** Adaptation or alteration. */
    ADAPTATION_ALTERATION,

    /** Retrieval. */
    RETRIEVAL,

    /** Consultation. */
    CONSULTATION,

    /** Use. */
    USE,

    /** Disclosure by transmission. */
    DISCLOSURE_TRANSMISSION,

    /** Dissemination or otherwise making available. */
    DISSEMINATION_MAKING_AVAILABLE,

    /** Alignment or combination. */
    ALIGNMENT_COMBINATION,

    /** Restriction. */
    RESTRICTION,

    /** Erasure or destruction. */
    ERASURE_DESTRUCTION;
}
