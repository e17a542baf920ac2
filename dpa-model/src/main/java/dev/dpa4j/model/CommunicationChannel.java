/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import org.apiguardian.api.API;

/**
 * A channel or form of communication between the parties.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum CommunicationChannel {
    /** Written form on paper. */
    WRITTEN,

    /** Text form, for example a letter, fax or e-mail (section 126b BGB). */
    TEXT_FORM,

    /** E-mail. */
    EMAIL,

    /** A customer portal or the service itself. */
    PORTAL,

    /** A ticket or support system. */
    TICKET,

    /** Publication on a website. */
    WEBSITE,

    /** A subscription list, newsletter or feed. */
    NEWSLETTER,

    /** Telephone. */
    PHONE,

    /** Oral communication. */
    ORAL;
}
