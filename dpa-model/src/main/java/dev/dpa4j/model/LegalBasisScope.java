/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * Which law an exception or duty refers to.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
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
