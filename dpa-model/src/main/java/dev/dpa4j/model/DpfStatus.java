/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * Whether a recipient in the United States is on the Data Privacy Framework List, as checked by the exporter.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum DpfStatus {
    /** The recipient is listed with an active certification. */
    CERTIFIED,

    /** The recipient is not listed, or its certification is inactive. */
    NOT_CERTIFIED,

    /** Not checked or not known. */
    UNKNOWN;
}
