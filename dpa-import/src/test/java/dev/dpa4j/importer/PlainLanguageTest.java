/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.WE_PROCESSOR_OPENING;
import static dev.dpa4j.importer.WordingFrames.WIR_PROCESSOR_OPENING;
import static dev.dpa4j.importer.WordingFrames.we;
import static dev.dpa4j.importer.WordingFrames.wir;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Plain-language agreements (round 12b of #16): "we" and "you" read as the roles the document gives them, questions
 * and short phrases as section titles, the modal verbs of everyday English and German. Each rule where it fires and
 * where it must not, in the frames of {@link WordingFrames} (agreements of our own, never one of a fixture).
 */
class PlainLanguageTest {

    /** The requirements of Art. 28(3) first sentence to 33(2) that the plain frames state. */
    private static final Set<Requirement> STATED =
            EnumSet.range(Requirement.SUBJECT_AND_DURATION, Requirement.AUDIT_INSPECTIONS);

    /** Terms a buyer writes for its supplier: "we" is the controller. */
    private static final String PURCHASE_OPENING = "These terms apply when we, Brightmoor Foods plc, buy services from "
            + "you. We are the controller and you are our processor; you process personal data only on our documented "
            + "instructions.";

    private static final String BREACH = "11. Was, wenn etwas schiefgeht?";
    private static final String MAY_INFORM =
            "Wir können Sie über eine Verletzung des Schutzes personenbezogener Daten informieren.";

    @Test
    void should_read_you_may_as_the_processors_permission_where_we_is_the_controller() {
        // in a buyer's terms "you" is the processor: "you may tell us" leaves the notice to the processor
        assertThat(we(
                                PURCHASE_OPENING,
                                "11. What if something goes wrong?",
                                "You may tell us about a personal data breach.")
                        .getRequirement(Requirement.BREACH_NOTIFICATION)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(we(
                                PURCHASE_OPENING,
                                "11. What if something goes wrong?",
                                "You will tell us about any personal data breach without undue delay.")
                        .getRequirement(Requirement.BREACH_NOTIFICATION)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_not_read_you_may_as_the_processors_permission_where_we_is_the_processor() {
        assertThat(we(
                        "11. What if something goes wrong?",
                        "You may tell us about a problem you notice, and we will tell you about any personal data "
                                + "breach without undue delay.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_take_the_publisher_as_the_processor_where_the_roles_are_not_stated() {
        String opening = "Diese Seite erklärt, wie die Lindwurm GmbH mit den Daten Ihrer Praxis umgeht.";
        assertThat(wir(opening, BREACH, MAY_INFORM)
                        .getRequirement(Requirement.BREACH_NOTIFICATION)
                        .status())
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_not_take_the_publisher_as_the_processor_where_the_document_says_we_are_the_controller() {
        String opening = "Wir, die Lindwurm Klinik, sind der Verantwortliche. Sie sind unser Auftragsverarbeiter und "
                + "verarbeiten die Daten in unserem Auftrag.";
        assertThat(wir(opening, BREACH, MAY_INFORM)
                        .getRequirement(Requirement.BREACH_NOTIFICATION)
                        .status())
                .isEqualTo(Status.FOUND);
    }


    @Test
    void should_read_a_question_about_whose_data_as_the_data_subjects() {
        assertThat(we(
                        "4. Whose data is it?",
                        "Your clients, and your staff who use the calendar.",
                        Requirement.DATA_SUBJECTS))
                .isEqualTo(Status.FOUND);
        assertThat(wir("4. Wessen Daten sind das?", "Ihre Patientinnen und Patienten.", Requirement.DATA_SUBJECTS))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_not_read_another_question_as_the_data_subjects() {
        assertThat(we(
                        "4. Who is this page for?",
                        "Your clients, and your staff who use the calendar.",
                        Requirement.DATA_SUBJECTS))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(wir("4. Wessen Aufgabe ist das?", "Ihre Patientinnen und Patienten.", Requirement.DATA_SUBJECTS))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_was_fuer_daten_as_the_data_categories_and_not_another_was_fuer() {
        assertThat(wir("3. Was für Daten sind das?", "Namen, Telefonnummern und Termine.", Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.FOUND);
        assertThat(wir(
                        "3. Was für ein Dienst ist das?",
                        "Namen, Telefonnummern und Termine.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.NOT_FOUND);
    }


    @Test
    void should_read_wir_koennen_as_a_permission_and_wir_werden_or_the_present_tense_as_a_duty() {
        String breach = BREACH;
        assertThat(wir(breach, MAY_INFORM, Requirement.BREACH_NOTIFICATION)).isEqualTo(Status.WEAKER);
        assertThat(wir(
                        breach,
                        "Wir werden Sie über jede Verletzung des Schutzes personenbezogener Daten unverzüglich "
                                + "informieren.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
        assertThat(wir(
                        breach,
                        "Sie können uns jederzeit anrufen. Eine Verletzung des Schutzes personenbezogener Daten "
                                + "melden wir Ihnen unverzüglich.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
    }
}
