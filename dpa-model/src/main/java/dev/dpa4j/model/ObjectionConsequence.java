/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * What follows when the controller objects to a new sub-processor.
 */
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
