/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * A transfer tool issued by the UK Information Commissioner under section 119A of the Data Protection Act 2018 (Art. 46(2)(d) UK GDPR).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum UkTransferTool {
    /** The International Data Transfer Addendum to the EU standard contractual clauses (version B1.0 in force since 21 March 2022). */
    ADDENDUM,

    /** The International Data Transfer Agreement (version A1.0 in force since 21 March 2022). */
    IDTA;
}
