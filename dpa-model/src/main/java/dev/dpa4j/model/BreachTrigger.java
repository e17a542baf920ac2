/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * When the processor's deadline for notifying a breach starts to run.
 */
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
