/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * One of the three legal systems of the United Kingdom, as the International Data Transfer Agreement asks for its
 * governing law and the courts where legal claims are primarily made (Table 2 of the IDTA).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum UkJurisdiction {
    /** England and Wales. */
    ENGLAND_AND_WALES,

    /** Northern Ireland. */
    NORTHERN_IRELAND,

    /** Scotland. */
    SCOTLAND;
}
