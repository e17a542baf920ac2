/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * How the agreement ranks against the main contract.
 */
public enum Precedence {
    /** The agreement prevails over the main contract in case of conflict. */
    AGREEMENT_PREVAILS,

    /** The agreement prevails as far as data protection is concerned. */
    AGREEMENT_PREVAILS_ON_DATA_PROTECTION,

    /** The main contract prevails. */
    MAIN_CONTRACT_PREVAILS;
}
