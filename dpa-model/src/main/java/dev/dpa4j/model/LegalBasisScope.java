/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * Which law an exception or duty refers to.
 */
public enum LegalBasisScope {
    /** Union or Member State law, as Art. 28(3) GDPR requires. */
    UNION_OR_MEMBER_STATE_LAW,

    /** Any applicable law, including the law of third countries. */
    APPLICABLE_LAW,

    /** The law of a third country. */
    THIRD_COUNTRY_LAW,

    /** The processor's own interest. */
    PROCESSOR_INTEREST,

    /** The agreement does not say. */
    UNSPECIFIED;
}
