/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import org.apiguardian.api.API;

/**
 * An element of the security measures listed in Art. 32(1) GDPR, with the point it appears in.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum Art32Element {
    /** Pseudonymisation of personal data, point (a). */
    PSEUDONYMISATION("a"),

    /** Encryption of personal data, point (a). */
    ENCRYPTION("a"),

    /** Ongoing confidentiality of systems and services, point (b). */
    CONFIDENTIALITY("b"),

    /** Ongoing integrity of systems and services, point (b). */
    INTEGRITY("b"),

    /** Ongoing availability of systems and services, point (b). */
    AVAILABILITY("b"),

    /** Ongoing resilience of systems and services, point (b). */
    RESILIENCE("b"),

    /** Timely restoration of availability and access after an incident, point (c). */
    TIMELY_RESTORATION("c"),

    /** Regular testing, assessment and evaluation of the effectiveness of the measures, point (d). */
    REGULAR_TESTING("d");

    private final String point;

    Art32Element(String point) {
        this.point = point;
    }

    /**
     * Returns the point of Art. 32(1) GDPR that names this element.
     *
     * @return a lower-case letter from {@code a} to {@code d}
     */
    public String point() {
        return point;
    }
}
