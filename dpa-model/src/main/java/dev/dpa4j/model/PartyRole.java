/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * The role of a party to the agreement.
 */
public enum PartyRole {
    /** Controller within the meaning of Art. 4(7) GDPR. */
    CONTROLLER,

    /** Processor within the meaning of Art. 4(8) GDPR. */
    PROCESSOR;
}
