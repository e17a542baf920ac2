/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * How often data are transferred, as Annex I.B of the standard contractual clauses 2021/914 asks.
 */
public enum TransferFrequency {
    /** A one-off transfer. */
    ONE_OFF,

    /** A continuous or repeated transfer for the duration of the processing. */
    CONTINUOUS;
}
