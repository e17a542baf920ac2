/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * Whether a recipient in the United States is on the Data Privacy Framework List, as checked by the exporter.
 */
public enum DpfStatus {
    /** The recipient is listed with an active certification. */
    CERTIFIED,

    /** The recipient is not listed, or its certification is inactive. */
    NOT_CERTIFIED,

    /** Not checked or not known. */
    UNKNOWN;
}
