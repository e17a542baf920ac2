/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * Which personal data breaches the processor undertakes to notify to the controller.
 *
 * <p>Art. 33(2) GDPR requires the processor to notify every breach; judging the risk is the controller's task
 * under Art. 33(1) and 34(1).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum BreachRiskThreshold {
    /** Every breach, whatever its risk. */
    ALL_BREACHES,

    /** Only breaches that are likely to result in a risk to the rights and freedoms of natural persons. */
    LIKELY_RISK,

    /** Only breaches that are likely to result in a high risk to the rights and freedoms of natural persons. */
    LIKELY_HIGH_RISK;
}
