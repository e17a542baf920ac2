/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * Which party may end the UK Addendum when the Commissioner issues a revised Addendum (Table 4 of the Addendum).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum UkAddendumEnding {
    /** The importer. */
    IMPORTER,

    /** The exporter. */
    EXPORTER,

    /** Both the importer and the exporter. */
    BOTH,

    /** Neither party. */
    NEITHER;
}
