/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * Who the agreement binds to confidentiality on the processor's side (Art. 28(3)(b), Art. 29 GDPR).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum BoundPersons {
    /** Every person authorised to process the data, whether employee, temporary worker or contractor. */
    ALL_AUTHORISED_PERSONS,

    /** Only the processor's employees, not temporary workers, freelancers or other persons it engages. */
    EMPLOYEES_ONLY,

    /** Only some of the persons who process the data (for example named teams or "key personnel"). */
    SOME_PERSONNEL;
}
