/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.WE_PROCESSOR_OPENING;
import static dev.dpa4j.importer.WordingFrames.WIR_PROCESSOR_OPENING;
import static dev.dpa4j.importer.WordingFrames.we;
import static dev.dpa4j.importer.WordingFrames.wir;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.model.AuthorisationType;
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
    void should_find_every_duty_of_an_agreement_written_as_we_and_you() {
        ImportResult en = we(WE_PROCESSOR_OPENING, "14. Anything else?", "Irish law applies.");
        ImportResult de = wir(WIR_PROCESSOR_OPENING, "14. Und sonst?", "Es gilt deutsches Recht.");
        for (Requirement r : STATED) {
            assertThat(en.getRequirement(r).status())
                    .as("en " + r + " " + en.getRequirement(r))
                    .isEqualTo(Status.FOUND);
            assertThat(de.getRequirement(r).status())
                    .as("de " + r + " " + de.getRequirement(r))
                    .isEqualTo(Status.FOUND);
        }
    }

    // --- who "we" is ---

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

    // --- headings ---

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

    // --- modal verbs ---

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

    @Test
    void should_read_help_where_we_can_as_weaker_and_as_soon_as_we_can_not() {
        assertThat(we(
                        "10. How do we help you?",
                        "Where we reasonably can, we'll help you answer requests from data " + "subjects.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
        assertThat(wir(
                        "10. Wie unterstützen wir Sie?",
                        "Soweit wir das können, unterstützen wir Sie bei Anträgen " + "betroffener Personen.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
        assertThat(we(
                        "10. How do we help you?",
                        "We'll help you answer requests from data subjects as soon as we can.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
    }

    // --- everyday wordings of the duties ---

    @Test
    void should_read_passing_a_request_on_as_the_data_subjects_rights_and_not_another_request() {
        assertThat(we(
                        "10. How do we help you?",
                        "If one of your clients writes to us, we'll pass the request on to you.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
        assertThat(we(
                        "10. How do we help you?",
                        "We'll assist you with impact assessments and prior consultations.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_stopping_the_processing_after_a_breach_of_the_agreement_and_not_a_stop_on_request() {
        assertThat(we(
                        "14. What if we break this agreement?",
                        "If we break this agreement, you can tell us to stop "
                                + "processing the data until it is put right.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isEqualTo(Status.FOUND);
        assertThat(we(
                        "14. Pausing",
                        "You can tell us to stop processing the data at any time.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_this_agreement_wins_as_precedence_and_the_terms_win_as_weaker() {
        assertThat(we(
                        "14. Which terms win?",
                        "If the Terms say something different from this agreement, this agreement " + "wins.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.FOUND);
        assertThat(we(
                        "14. Which terms win?",
                        "If this agreement and the Terms disagree, the Terms prevail.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.WEAKER);
        assertThat(we(
                        "14. Which terms win?",
                        "If your order says something different from these terms, the order wins.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isNotEqualTo(Status.FOUND);
    }

    @Test
    void should_read_sie_erlauben_uns_dienstleister_einzusetzen_as_an_authorisation() {
        ImportResult allowed =
                wir(WIR_PROCESSOR_OPENING, "8. Wer hilft uns noch?", "Sie erlauben uns, Dienstleister einzusetzen.");
        assertThat(allowed.getRequirement(Requirement.SUBPROCESSOR_AUTHORISATION)
                        .status())
                .isEqualTo(Status.FOUND);
        // the draft says so too, so that the review does not call the kind of authorisation missing
        assertThat(allowed.getDraft().getSubprocessing().flatMap(sp -> sp.getAuthorisation()))
                .contains(AuthorisationType.GENERAL);
        ImportResult named = wir(
                WIR_PROCESSOR_OPENING, "8. Wer hilft uns noch?", "Wir nennen Ihnen unsere Dienstleister auf Anfrage.");
        assertThat(named.getRequirement(Requirement.SUBPROCESSOR_AUTHORISATION).status())
                .isEqualTo(Status.NOT_FOUND);
        assertThat(named.getDraft().getSubprocessing().flatMap(sp -> sp.getAuthorisation()))
                .isEmpty();
    }

    @Test
    void should_read_words_meaning_what_the_gdpr_says_as_definitions_and_not_words_of_its_own() {
        assertThat(we(
                        "0. Some words we use",
                        "Words like \"personal data\" and \"processing\" mean exactly what they "
                                + "mean in the General Data Protection Regulation.",
                        Requirement.DEFINITIONS))
                .isEqualTo(Status.FOUND);
        assertThat(wir(
                        "0. Was bedeuten die Begriffe?",
                        "Begriffe wie „Verarbeitung“ verwenden wir so, wie sie in Art. 4 " + "DSGVO bestimmt sind.",
                        Requirement.DEFINITIONS))
                .isEqualTo(Status.FOUND);
        assertThat(we("0. Some words we use", "\"Account\" means your Tidepool workspace.", Requirement.DEFINITIONS))
                .isNotEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_copy_of_that_contract_and_not_a_copy_of_the_data() {
        String body = "Each sub-processor signs a contract with us with the same data protection obligations as this "
                + "agreement. If you ask, we'll send you a copy of the relevant part of that contract.";
        assertThat(we("8. Who else helps us?", body, Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
        assertThat(we(
                        "8. Who else helps us?",
                        "If you ask, we'll send you a copy of your data.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_let_you_know_about_an_incident_and_as_soon_as_we_can_as_vague() {
        String heading = "11. What if something goes wrong?";
        assertThat(we(
                        heading,
                        "If we have a security incident, we'll let you know without undue delay.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
        assertThat(we(
                        heading,
                        "If we have a security incident, we'll let you know as soon as we reasonably can.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
    }
}
