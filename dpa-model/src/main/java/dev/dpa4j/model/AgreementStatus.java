/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * Where an agreement stands in its life cycle.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum AgreementStatus {
    /** A template whose parties or parameters are still placeholders. */
    TEMPLATE,

    /** A draft under negotiation. */
    DRAFT,

    /** An agreement concluded by the parties. */
    EXECUTED,

    /**
     * A draft read from another party's document by the importer ({@code dpa-import}): every fact in it comes
     * from the document's text, and what the importer did not find is absent; to be reviewed, not sent.
     */
    IMPORTED;
}
