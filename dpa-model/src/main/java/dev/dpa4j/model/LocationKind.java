/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * What happens at a processing location.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum LocationKind {
    /** Processing in general. */
    PROCESSING,

    /** Storage and hosting. */
    STORAGE,

    /** Backups. */
    BACKUP,

    /** Remote access, for example for maintenance. */
    REMOTE_ACCESS,

    /** Support services with access to personal data. */
    SUPPORT;
}
