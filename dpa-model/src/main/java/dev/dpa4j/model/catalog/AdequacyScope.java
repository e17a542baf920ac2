/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import org.apiguardian.api.API;

/**
 * How far an adequacy decision reaches.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum AdequacyScope {
    /** The decision covers transfers to any recipient in the country or organisation. */
    FULL,

    /**
     * The decision covers only some recipients, sectors or kinds of processing; the recipient must
     * fall within it, see {@link AdequacyDecision#requiredAttribute()}.
     */
    PARTIAL;
}
