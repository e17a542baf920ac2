/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * Facts about a party that change which rules apply to it.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum PartyAttribute {
    /** A public authority or body (Art. 37(1)(a) GDPR). */
    PUBLIC_BODY,

    /** Bound by professional secrecy, for example under section 203 of the German Criminal Code (StGB). */
    PROFESSIONAL_SECRECY_HOLDER,

    /** A body within section 35 of the German Social Code Book I that processes social data (section 80 SGB X). */
    SOCIAL_SERVICE_BODY,

    /** A competent authority processing for law enforcement purposes (section 45 BDSG). */
    COMPETENT_AUTHORITY,

    /** Not established in the Union but subject to the GDPR under Art. 3(2). */
    ESTABLISHED_OUTSIDE_EU;
}
