/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * Whether a data category is special within Art. 9(1) GDPR, and which one.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum SpecialCategory {
    /** Expressly not a special category. */
    NONE,

    /** Racial or ethnic origin. */
    RACIAL_ETHNIC_ORIGIN,

    /** Political opinions. */
    POLITICAL_OPINIONS,

    /** Religious or philosophical beliefs. */
    RELIGIOUS_PHILOSOPHICAL_BELIEFS,

    /** Trade union membership. */
    TRADE_UNION_MEMBERSHIP,

    /** Genetic data. */
    GENETIC,

    /** Biometric data for the purpose of uniquely identifying a natural person. */
    BIOMETRIC_FOR_IDENTIFICATION,

    /** Data concerning health. */
    HEALTH,

    /** Data concerning a natural person's sex life. */
    SEX_LIFE,

    /** Data concerning a natural person's sexual orientation. */
    SEXUAL_ORIENTATION;
}
