/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import org.apiguardian.api.API;

/**
 * The numeric policy thresholds of the built-in rules. They are library defaults, not law, and can be
 * changed with {@link ValidatorBuilder}. Immutable and thread-safe.
 *
 * @param breachNoticeHours the longest processor-to-controller breach notice period, in hours, that draws
 *     no warning (default 48); above 72 hours the finding is always an error, because the controller's
 *     own deadline under Art. 33(1) GDPR is 72 hours
 * @param minimumNoticeDays the shortest advance notice of a new sub-processor, in days, that draws no
 *     warning (default 14)
 * @param minimumObjectionDays the shortest period to object to a new sub-processor, in days, that draws no
 *     warning (default 14)
 * @param maximumAuditNoticeDays the longest notice the controller must give before an audit, in days, that
 *     draws no warning (default 30)
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public record ValidationThresholds(
        int breachNoticeHours, int minimumNoticeDays, int minimumObjectionDays, int maximumAuditNoticeDays) {

    /** The defaults: 48 hours, 14 days, 14 days, 30 days. */
    public static final ValidationThresholds DEFAULTS = new ValidationThresholds(48, 14, 14, 30);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if {@code breachNoticeHours} is not between 1 and 72 or a number of
     *     days is negative
     */
    public ValidationThresholds {
        if (breachNoticeHours < 1 || breachNoticeHours > 72) {
            throw new IllegalArgumentException(
                    "'breachNoticeHours' must be between 1 and 72, but was " + breachNoticeHours);
        }
        if (minimumNoticeDays < 0 || minimumObjectionDays < 0 || maximumAuditNoticeDays < 0) {
            throw new IllegalArgumentException("Day thresholds must not be negative, but were " + minimumNoticeDays
                    + ", " + minimumObjectionDays + " and " + maximumAuditNoticeDays);
        }
    }
}
