/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * The kind of binding instrument required by Art. 28(3) GDPR.
 */
public enum InstrumentType {
    /** A contract between controller and processor. */
    CONTRACT,

    /** Another legal act under Union or Member State law. */
    OTHER_LEGAL_ACT;
}
