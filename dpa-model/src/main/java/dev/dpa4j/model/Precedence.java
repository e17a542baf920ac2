/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * How the agreement ranks against the main contract.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum Precedence {
    /** The agreement prevails over the main contract in case of conflict. */
    AGREEMENT_PREVAILS,

    /** The agreement prevails as far as data protection is concerned. */
    AGREEMENT_PREVAILS_ON_DATA_PROTECTION,

    /** The main contract prevails. */
    MAIN_CONTRACT_PREVAILS;
}
