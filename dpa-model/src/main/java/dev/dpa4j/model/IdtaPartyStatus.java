/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * The status of the exporter or the importer under the UK International Data Transfer Agreement, as its Table 2
 * asks for it.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum IdtaPartyStatus {
    /** A controller. */
    CONTROLLER,

    /** A processor (of the other party, where it is the importer). */
    PROCESSOR,

    /** A sub-processor (of the other party, where it is the importer). */
    SUB_PROCESSOR;
}
