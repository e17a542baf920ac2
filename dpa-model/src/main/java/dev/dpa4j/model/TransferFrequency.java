/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * How often data are transferred, as Annex I.B of the standard contractual clauses 2021/914 asks.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum TransferFrequency {
    /** A one-off transfer. */
    ONE_OFF,

    /** A continuous or repeated transfer for the duration of the processing. */
    CONTINUOUS;
}
