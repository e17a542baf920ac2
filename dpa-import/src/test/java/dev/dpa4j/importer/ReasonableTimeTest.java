/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import org.junit.jupiter.api.Test;

/**
 * A notice "within a (commercially) reasonable time" sets no deadline, and information limited to a report or
 * certificate is not all the information needed to demonstrate compliance (#16, round 6). Sentences of our own.
 */
class ReasonableTimeTest {

    private static Status status(String heading, String body, Requirement r) {
        return CompletenessTest.withSection(CompletenessTest.strongEnglish(), heading, body)
                .getRequirement(r)
                .status();
    }

    @Test
    void should_read_a_breach_notice_within_a_reasonable_time_as_weaker() {
        assertThat(status(
                        "12. Personal data breaches",
                        "The Vendor will notify the Customer of a personal data breach within a commercially reasonable"
                                + " time.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        assertThat(status(
                        "12. Personal data breaches",
                        "Der Anbieter meldet dem Kunden Verletzungen des Schutzes personenbezogener Daten innerhalb"
                                + " einer angemessenen Frist.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        assertThat(status(
                        "12. Personal data breaches",
                        "The Vendor will notify the Customer of a personal data breach without undue delay.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_information_limited_to_a_report_as_weaker_not_absent() {
        assertThat(status(
                        "14. Audits",
                        "On request the Vendor provides its current ISO 27001 certificate. The Customer may audit the"
                                + " Vendor, including inspections.",
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.WEAKER);
    }
}
