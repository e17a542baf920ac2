/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * The kind of authorisation for engaging sub-processors (Art. 28(2) GDPR).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum AuthorisationType {
    /** No sub-processors may be engaged. */
    PROHIBITED,

    /** Prior specific authorisation of each sub-processor. */
    SPECIFIC,

    /** General written authorisation with notice of changes and a right to object. */
    GENERAL;
}
