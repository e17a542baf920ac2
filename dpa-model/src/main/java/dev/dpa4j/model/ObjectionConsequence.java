/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * What follows when the controller objects to a new sub-processor.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum ObjectionConsequence {
    /** The processor must not engage the sub-processor. */
    ENGAGEMENT_BLOCKED,

    /** The controller may terminate the agreement. */
    TERMINATION_RIGHT,

    /** The processing is restricted or the agreement terminated if no agreement is reached. */
    RESTRICTION_OR_TERMINATION,

    /** The parties seek a solution in good faith. */
    GOOD_FAITH_NEGOTIATION;
}
