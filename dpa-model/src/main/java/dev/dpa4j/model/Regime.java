/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * The legal regime under which the processing on behalf takes place.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum Regime {
    /** Art. 28 of Regulation (EU) 2016/679. */
    GDPR,

    /** Section 62 of the German Federal Data Protection Act (BDSG) for processing for the purposes of section 45 BDSG. */
    LED_DE;
}
