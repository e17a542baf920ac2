/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * The form required for amendments of the agreement.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum AmendmentForm {
    /** Written form. */
    WRITTEN,

    /** Text form (section 126b BGB). */
    TEXT_FORM,

    /** Electronic form. */
    ELECTRONIC;
}
