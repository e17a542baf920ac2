/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * The option chosen in Clause 17 of the standard contractual clauses 2021/914 (governing law).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum SccClause17Option {
    /** Option 1: the law of one named EU member state that allows for third-party beneficiary rights (modules 1 to 3). */
    OPTION_1,

    /** Option 2: the law of the member state where the exporter is established, or, where that law does not allow third-party beneficiary rights, of a named member state that does (modules 2 and 3 only). */
    OPTION_2;
}
