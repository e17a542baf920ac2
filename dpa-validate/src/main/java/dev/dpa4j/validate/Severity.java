/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import org.apiguardian.api.API;

/**
 * How serious a {@link Finding} is. The constants are ordered from the least to the most serious,
 * so {@code compareTo} can be used for thresholds.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum Severity {
    /** Best practice: the agreement is lawful without it, but a careful drafter would add it. */
    INFO,

    /** Present but weak, vague or risky, including expectations the EDPB phrases as "should". */
    WARNING,

    /** Content that the law requires (Art. 28(2) to (4) and (9) GDPR or the national rule cited) is missing or contradicted. */
    ERROR;

    /**
     * Returns whether this severity is at least as serious as the given one.
     *
     * @param threshold the severity to compare with, not null
     * @return true if this severity is the same as or more serious than {@code threshold}
     */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }
}
