/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import org.apiguardian.api.API;

/**
 * The heading system a {@link dev.dpa4j.model.TomCategory} comes from.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum TomCategoryFamily {
    /**
     * The eight control headings of the annex to section 9 of the former German BDSG, still
     * customary in German agreements (Zutritts-, Zugangs-, Zugriffskontrolle and so on).
     */
    GERMAN_CONTROL,

    /**
     * A heading taken from Art. 32(1) GDPR; these are also the first headings of Annex III of the
     * standard contractual clauses of Implementing Decision (EU) 2021/915.
     */
    GDPR_ART_32,

    /** A further heading of Annex III of the standard contractual clauses (EU) 2021/915. */
    SCC_ANNEX,

    /** A heading outside these systems. */
    OTHER;
}
