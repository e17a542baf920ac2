/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * The unit of a {@link TimePeriod}.
 */
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
