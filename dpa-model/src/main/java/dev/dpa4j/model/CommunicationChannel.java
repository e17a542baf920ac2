/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

/**
 * A channel or form of communication between the parties.
 */
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
