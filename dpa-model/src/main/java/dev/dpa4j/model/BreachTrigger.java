/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * When the processor's deadline for notifying a breach starts to run.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum BreachTrigger {
    /** When the processor becomes aware of the breach (Art. 33(2) GDPR). */
    AWARENESS,

    /** Already when a breach is suspected. */
    SUSPICION,

    /** Only when the breach is confirmed. */
    CONFIRMATION,

    /** Only when the investigation is complete. */
    INVESTIGATION_COMPLETE;
}
