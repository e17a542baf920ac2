/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * The legal regime under which the processing on behalf takes place.
 */
public enum Regime {
    /** Art. 28 of Regulation (EU) 2016/679. */
    GDPR,

    /** Section 62 of the German Federal Data Protection Act (BDSG) for processing for the purposes of section 45 BDSG. */
    LED_DE;
}
