/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * The form required for amendments of the agreement.
 */
public enum AmendmentForm {
    /** Written form. */
    WRITTEN,

    /** Text form (section 126b BGB). */
    TEXT_FORM,

    /** Electronic form. */
    ELECTRONIC;
}
