/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * What happens to the personal data at the end of the services (Art. 28(3)(g) GDPR).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum EndOfProcessingChoice {
    /** Deletion or return, at the choice of the controller. */
    CONTROLLER_CHOICE,

    /** Deletion only. */
    DELETE_ONLY,

    /** Return only. */
    RETURN_ONLY,

    /** Return and subsequent deletion. */
    RETURN_THEN_DELETE,

    /** Deletion or return at the choice of the processor. */
    PROCESSOR_CHOICE;
}
