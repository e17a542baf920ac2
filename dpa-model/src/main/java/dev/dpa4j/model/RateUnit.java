/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * What a monetary rate is charged per.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum RateUnit {
    /** Per hour. */
    HOUR,

    /** Per started hour. */
    STARTED_HOUR,

    /** Per day. */
    DAY,

    /** A flat amount. */
    FLAT;
}
