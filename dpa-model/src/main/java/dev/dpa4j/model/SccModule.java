/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * A module of the standard contractual clauses of Implementing Decision (EU) 2021/914.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum SccModule {
    /** Module one: controller to controller. */
    MODULE_1,

    /** Module two: controller to processor. */
    MODULE_2,

    /** Module three: processor to processor. */
    MODULE_3,

    /** Module four: processor to controller. */
    MODULE_4;
}
