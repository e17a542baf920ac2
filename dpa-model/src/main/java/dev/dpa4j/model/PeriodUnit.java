/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * The unit of a {@link TimePeriod}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum PeriodUnit {
    /** Hours. */
    HOURS,

    /** Calendar days. */
    CALENDAR_DAYS,

    /** Business days, Monday to Friday, unless a holiday calendar says otherwise. */
    BUSINESS_DAYS,

    /** Weeks. */
    WEEKS,

    /** Months. */
    MONTHS;
}
