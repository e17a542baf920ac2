/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * Whether the processor may use the data for its own purposes (Art. 28(10) GDPR).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum OwnUsePermission {
    /** Use for the processor's own purposes is excluded. */
    PROHIBITED,

    /** Only anonymised or aggregated data may be used for the processor's own purposes. */
    ANONYMISED_ONLY,

    /** Personal data may be used for the processor's own purposes. */
    PERSONAL_DATA;
}
