/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * Who bears the costs of an activity.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum CostBearer {
    /** The controller. */
    CONTROLLER,

    /** The processor. */
    PROCESSOR,

    /** Each party its own costs. */
    EACH_PARTY_OWN,

    /** The party that caused the activity, for example by a breach. */
    CAUSER,

    /**
     * The controller, unless the audit reveals a material breach by the processor; then the
     * processor.
     */
    CONTROLLER_UNLESS_BREACH_FOUND;
}
