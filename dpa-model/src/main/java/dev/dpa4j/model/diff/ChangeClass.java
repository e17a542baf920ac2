/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import org.apiguardian.api.API;

/**
 * What a {@link Change} means for the controller. A change may carry several classes, for example a new
 * sub-processor in the United States is both {@link #NOTICE_REQUIRED} and {@link #LOWERS_PROTECTION}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ChangeClass {
    /**
     * The processor must inform the controller in advance and give it the opportunity to object
     * (Art. 28(2) second sentence GDPR under a general written authorisation, or a notice duty the agreement itself
     * imposes, for example for changes of technical and organisational measures).
     */
    NOTICE_REQUIRED,

    /**
     * The change needs the controller's prior consent: a sub-processor under a specific authorisation or where the
     * agreement states no general authorisation (Art. 28(2) first sentence GDPR), or a change of what the controller
     * decides, such as purposes, data categories or a transfer to a third country (Art. 28(3)(a), Art. 29 GDPR), or a
     * change of measures the agreement subjects to prior approval.
     */
    AUTHORISATION_REQUIRED,

    /**
     * The change lowers the protection of the data: a new third-country recipient or location, a removed measure or
     * clause, a longer breach deadline, a shorter objection period, a weaker authorisation regime.
     */
    LOWERS_PROTECTION,

    /**
     * None of the above: the change is informational (a corrected name, a new contact, a removed sub-processor, an
     * added measure). Only assigned when no other class applies.
     */
    EDITORIAL;
}
