/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import org.apiguardian.api.API;

/**
 * How the annexes of a rendered agreement are laid out.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum AnnexLayout {
    /**
     * Annexes as German agreements usually have them: description of the processing, technical and
     * organisational measures, sub-processors.
     */
    STANDARD,
    /**
     * Annexes I to IV in the layout of the standard contractual clauses of Commission Implementing
     * Decision (EU) 2021/915 (list of parties, description of the processing, technical and
     * organisational measures, list of sub-processors), so they can be attached to the official clauses.
     */
    SCC_2021_915
}
