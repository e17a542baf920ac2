/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * How liability between the parties is governed.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum LiabilityRegime {
    /** The statutory rules apply. */
    STATUTORY,

    /** The liability rules of the main contract apply. */
    MAIN_CONTRACT,

    /** Reference to Art. 82 GDPR. */
    ART_82_REFERENCE,

    /** Liability is capped. */
    CAPPED;
}
