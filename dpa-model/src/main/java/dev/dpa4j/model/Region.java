/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * A region that stands for several countries.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum Region {
    /** The member states of the European Union. */
    EU,

    /** The European Economic Area. */
    EEA,

    /** Countries outside the EEA, not specified further. */
    THIRD_COUNTRIES,

    /** Any country. */
    WORLDWIDE;
}
