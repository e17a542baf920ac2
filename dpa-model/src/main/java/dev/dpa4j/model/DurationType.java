/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * How the duration of the processing is determined (Art. 28(3) GDPR).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum DurationType {
    /** As long as the main contract runs. */
    COUPLED_TO_MAIN_CONTRACT,

    /** Until a fixed end date. */
    FIXED_TERM,

    /** For an indefinite period, terminable with notice. */
    INDEFINITE_WITH_NOTICE,

    /** A single processing operation. */
    ONE_OFF;
}
