/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The structural rules of round 11 of #16 (the ninth held-out set): who the parties are, the vocabulary of a
 * document, the processing terms inside a longer page, weakenings by who decides. Each where it fires and where it
 * must not, with sentences and documents written for this test (never one of a fixture).
 */
class RoundElevenTest {

    private static ImportResult text(String doc) {
        return DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "dpa.txt");
    }

    /** The sections of the plain English agreement after its parties. */
    private static final String EN_BODY = body(CompletenessTest.strongEnglish(), "1. ");

    /** The sections of the plain German agreement after its parties, without its instructions. */
    private static final String DE_BODY = body(WordingFrames.plainGerman(), "§ 1 ", "§ 3 ");

    private static String body(java.util.Map<String, String> sections, String... without) {
        StringBuilder out = new StringBuilder("\n\n");
        sections.forEach((h, b) -> {
            if (java.util.Arrays.stream(without).noneMatch(h::startsWith)) {
                out.append(h).append("\n\n").append(b).append("\n\n");
            }
        });
        return out.toString();
    }

    // --- parties ---

    @Test
    void should_read_a_name_before_a_legal_form_written_out() {
        DataProcessingAgreement a = text("Data Processing Agreement\n\nMORELLE, a société par actions simplifiée with "
                        + "a share capital of 10,000 euros, whose registered office is at 4 rue des Lilas, 69003 Lyon, "
                        + "France (\"Morelle\"), and the customer (the \"Customer\").\n\nThe Customer acts as controller "
                        + "and Morelle acts as processor." + EN_BODY)
                .getDraft();
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("MORELLE");
        assertThat(a.getProcessor().flatMap(Party::getLegalForm)).contains("SAS");
        DataProcessingAgreement b = text("Data Processing Agreement\n\nHalden, a company incorporated under the laws "
                        + "of Ireland (\"Halden\"), and the customer (the \"Customer\").\n\nHalden acts as the processor."
                        + EN_BODY)
                .getDraft();
        assertThat(b.getProcessor().flatMap(Party::getName)).contains("Halden");
    }

    @Test
    void should_not_take_a_description_after_a_comma_for_a_legal_form() {
        DataProcessingAgreement a = text("Data Processing Agreement\n\nOur platform, a leading tool for teams "
                        + "(\"Velora\"), and the customer (the \"Customer\").\n\nVelora acts as processor." + EN_BODY)
                .getDraft();
        assertThat(a.getProcessor().flatMap(Party::getName)).isEmpty();
    }

    @Test
    void should_not_let_a_controller_role_for_its_own_data_undo_the_processor_role() {
        String opening = "Data Processing Addendum\n\nThis addendum is made between Brightmoor Systems Ltd "
                + "(\"Brightmoor\") and the customer (the \"Customer\").\n\n";
        DataProcessingAgreement a = text(opening + "The Customer acts as controller and Brightmoor acts as processor. "
                        + "Brightmoor acts as controller for its own billing records." + EN_BODY)
                .getDraft();
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Brightmoor Systems Ltd");
        // a role statement without a carve-out still gives the role
        DataProcessingAgreement b =
                text(opening + "Brightmoor acts as controller." + EN_BODY).getDraft();
        assertThat(b.getProcessor().flatMap(Party::getName)).isEmpty();
    }

    @Test
    void should_read_the_party_that_processes_on_behalf_of_the_other_as_the_processor() {
        DataProcessingAgreement a = text("Data Processing Addendum\n\nThis addendum is made between Velden Analytics "
                        + "Ltd (\"Velden\") and the customer (the \"Customer\").\n\nVelden processes personal data on "
                        + "behalf of the Customer when it provides the service, and Velden is bound by its terms."
                        + EN_BODY)
                .getDraft();
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Velden Analytics Ltd");
        DataProcessingAgreement de = text("Vereinbarung zur Auftragsverarbeitung\n\nDie Velden Analytik GmbH "
                        + "(nachfolgend „Velden\") bietet ihren Kunden (nachfolgend „Kunde\") eine Software an. Dabei "
                        + "verarbeitet Velden personenbezogene Daten im Auftrag des Kunden." + DE_BODY)
                .getDraft();
        assertThat(de.getProcessor().flatMap(Party::getName)).contains("Velden Analytik GmbH");
        // the controller that processes on behalf of its own clients stays the controller, not the processor; since
        // party30 the company beside it in the parties' lead is read as the processor (a processor binds itself to
        // the controller), which the sentence on the Customer's own clients does not change
        DataProcessingAgreement c = text("Data Processing Addendum\n\nThis addendum is made between Velden Analytics "
                        + "Ltd (\"Velden\") and the customer (the \"Customer\").\n\nThe Customer processes personal data "
                        + "on behalf of its own clients." + EN_BODY)
                .getDraft();
        assertThat(c.getProcessor().flatMap(Party::getName)).contains("Velden Analytics Ltd");
        assertThat(c.getProcessor().flatMap(Party::getName).orElseThrow()).doesNotContainIgnoringCase("customer");
    }

    // --- vocabulary ---

    @Test
    void should_read_a_swiss_agreement_in_its_own_vocabulary() {
        String swiss = "Auftragsbearbeitungsvertrag\n\nDie Auftragsbearbeiterin bearbeitet Personendaten im Auftrag "
                + "des Kunden nach dem revDSG." + DE_BODY + "§ 3 Weisungen\n\nDie Auftragsbearbeiterin "
                + "bearbeitet Personendaten nur auf dokumentierte Weisung des Kunden. Sie unterrichtet den Kunden umgehend, "
                + "wenn nach ihrer Ansicht ein Verstoss gegen Datenschutzrecht durch eine Weisung droht.\n";
        // „Verstoss“ is the Swiss spelling of „Verstoß“, read as such in a document that uses the Swiss terms
        assertThat(text(swiss)
                        .getRequirement(Requirement.INFRINGING_INSTRUCTION)
                        .status())
                .isEqualTo(Status.FOUND);
        // „Verstoss“ is also „Verstoß“ written without ß, and since every German pattern reads the ASCII spelling
        // (AsciiGerman, session 31) the same words are read in an agreement that does not use the Swiss terms too
        String german = swiss.replace("Personendaten", "Kundendaten")
                .replace("Auftragsbearbeiterin", "Anbieterin")
                .replace("revDSG", "Vertrag");
        assertThat(text(german)
                        .getRequirement(Requirement.INFRINGING_INSTRUCTION)
                        .status())
                .isEqualTo(Status.FOUND);
        // a notice that names no infringement is not read as one
        assertThat(text(german.replace(
                                "ein Verstoss gegen Datenschutzrecht durch eine Weisung droht",
                                "eine Weisung unklar ist"))
                        .getRequirement(Requirement.INFRINGING_INSTRUCTION)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
    }

    // --- the processing terms of a longer contract ---

    private static String terms(String second, String third) {
        return "Terms of Service\n\n1. Definitions\n\n\"Service\" means our online booking tool.\n\n" + second
                + "\n\nThe Customer pays the fees of its plan each month.\n\n" + third
                + "\n\nThe Provider owns the software of the Service.\n\n4. Warranty\n\nThe Service is provided as "
                + "it is.\n\n5. Processing of personal data\n\n5.1 Roles and instructions\n\nThe Customer is the controller and the Provider is "
                + "the processor. The Provider processes personal data only on documented instructions of the "
                + "Customer, to run the Service, for the term of the Customer's account. The personal data processed "
                + "are names and booking times of the Customer's clients.\n\n5.2 Confidentiality\n\nThe staff of the Provider are bound "
                + "to confidentiality.\n\n5.3 Security\n\nThe Provider maintains technical and organisational measures under "
                + "Article 32 GDPR.\n\n5.4 Personal data breaches\n\nThe Provider notifies the Customer of any personal data breach without "
                + "undue delay.\n\n5.5 Deletion and return\n\nWhen the account ends the Provider deletes or returns all personal data at the "
                + "choice of the Customer.\n\n5.6 Audits\n\nThe Provider makes available all information necessary to "
                + "demonstrate compliance and allows audits, including inspections.\n\n6. Term and termination\n\n"
                + "Either party may terminate these Terms by notice if the other party materially breaches them, and "
                + "may suspend its performance until the breach is cured.\n";
    }

    @Test
    void should_read_a_termination_right_of_the_whole_contract_as_weaker_than_one_of_its_processing_terms() {
        RequirementResult r = text(terms("2. Fees and payment", "3. Intellectual property"))
                .getRequirement(Requirement.SUSPENSION_AND_TERMINATION);
        assertThat(r.status()).isEqualTo(Status.WEAKER);
        assertThat(r.note()).contains("whole contract");
        // the same sections in an agreement that is no longer contract: the clause is the agreement's own
        assertThat(text(terms("2. Service levels", "3. Support"))
                        .getRequirement(Requirement.SUSPENSION_AND_TERMINATION)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_sub_processor_obligations_in_substance_the_same_as_the_agreements_own() {
        assertThat(WordingFrames.en(
                        "9. Sub-processors",
                        "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                                + "Each sub-processor is bound by a written contract whose data protection obligations "
                                + "are in substance the same as those of this agreement.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.FOUND);
        assertThat(WordingFrames.en(
                        "9. Sub-processors",
                        "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                                + "Each sub-processor is bound by a written contract with obligations on data protection.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_an_authorisation_given_in_a_general_manner_as_a_general_one() {
        java.util.function.Function<String, java.util.Optional<String>> type =
                body -> CompletenessTest.withSection(CompletenessTest.strongEnglish(), "9. Sub-processors", body)
                        .getDraft()
                        .getSubprocessing()
                        .flatMap(sp -> sp.getAuthorisation())
                        .map(Object::toString);
        assertThat(type.apply("The Customer authorises the Processor, in a general manner, to engage sub-processors. "
                        + "The Processor informs the Customer of any intended change thirty days ahead by e-mail, and "
                        + "the Customer may object."))
                .hasValueSatisfying(t -> assertThat(t).contains("GENERAL"));
        // "in a general way" about something else gives no authorisation type
        assertThat(type.apply("The Processor describes its sub-processors in a general way on its website."))
                .isEmpty();
    }

    @Test
    void should_read_a_duty_the_processor_may_set_aside_as_left_to_its_discretion() {
        assertThat(WordingFrames.en(
                        "13. End of processing",
                        "When the services end, the Processor deletes or returns all personal data at the Customer's "
                                + "choice, unless the Processor decides otherwise.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        // the controller deciding otherwise is the controller's choice
        assertThat(WordingFrames.en(
                        "13. End of processing",
                        "When the services end, the Processor deletes all personal data, unless the Customer decides "
                                + "otherwise and asks for their return.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_not_read_a_duty_the_processor_may_be_required_to_fulfil_as_a_permission() {
        assertThat(WordingFrames.en(
                        "12. Personal data breaches",
                        "The Processor shall notify the Customer of any personal data breach without undue delay. The "
                                + "Processor may be required to report a breach to a national authority within six hours.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
        assertThat(WordingFrames.en(
                        "12. Personal data breaches",
                        "The Processor may notify the Customer of a personal data breach without undue delay.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
    }
}
