/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * What a monetary rate is charged per.
 */
public enum RateUnit {
    /** Per hour. */
    HOUR,

    /** Per started hour. */
    STARTED_HOUR,

    /** Per day. */
    DAY,

    /** A flat amount. */
    FLAT;
}
