/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * What happens at a processing location.
 */
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
