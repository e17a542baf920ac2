/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * The kind of binding instrument required by Art. 28(3) GDPR.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum InstrumentType {
    /** A contract between controller and processor. */
    CONTRACT,

    /** Another legal act under Union or Member State law. */
    OTHER_LEGAL_ACT;
}
