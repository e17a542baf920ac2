/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * The alternative of Clause 13(a) of the standard contractual clauses 2021/914 that determines the competent supervisory authority.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum SccClause13Basis {
    /** The exporter is established in an EU member state: the authority responsible for the exporter. */
    EXPORTER_ESTABLISHED,

    /** The exporter is not established in the EU, falls under Art. 3(2) GDPR and has a representative under Art. 27(1) GDPR: the authority of the member state of the representative. */
    EU_REPRESENTATIVE,

    /** The exporter is not established in the EU, falls under Art. 3(2) GDPR and needs no representative (Art. 27(2) GDPR): the authority of a member state where the data subjects are. */
    NO_REPRESENTATIVE;
}
