/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * Facts about the processing that raise its risk or change the applicable rules.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum ProcessingCharacteristic {
    /** Processing on a large scale. */
    LARGE_SCALE,

    /** Systematic monitoring of data subjects. */
    SYSTEMATIC_MONITORING,

    /** Profiling or automated decision-making. */
    PROFILING,

    /** Data subjects such as children, patients or employees. */
    VULNERABLE_DATA_SUBJECTS,

    /** Use of new technologies. */
    INNOVATIVE_TECHNOLOGY,

    /** Social data within section 67(2) SGB X. */
    SOCIAL_DATA,

    /** Data protected by professional secrecy (section 203 StGB). */
    PROFESSIONAL_SECRETS,

    /** Remote maintenance or support with possible access to personal data. */
    REMOTE_MAINTENANCE;
}
