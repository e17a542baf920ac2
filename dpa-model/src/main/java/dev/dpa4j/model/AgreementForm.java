/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * The form in which the agreement is concluded (Art. 28(9) GDPR).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum AgreementForm {
    /** Written form on paper. */
    WRITTEN,

    /** Electronic form, for example text form or click-through acceptance. */
    ELECTRONIC,

    /** Oral agreement only; not sufficient under Art. 28(9) GDPR. */
    ORAL;
}
