/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * A region that stands for several countries.
 */
public enum Region {
    /** The member states of the European Union. */
    EU,

    /** The European Economic Area. */
    EEA,

    /** Countries outside the EEA, not specified further. */
    THIRD_COUNTRIES,

    /** Any country. */
    WORLDWIDE;
}
