/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.CompletenessTest.strongEnglish;
import static dev.dpa4j.importer.CompletenessTest.withSection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import org.junit.jupiter.api.Test;

/**
 * The rules of round 7 of #16, each where it fires and where it must not, on the plain agreement of
 * {@link CompletenessTest} with one clause replaced by a sentence written for this test (never one of a fixture).
 */
class RoundSevenWordingsTest {

    private static RequirementResult read(String heading, String body, Requirement r) {
        return withSection(strongEnglish(), heading, body).getRequirement(r);
    }

    @Test
    void should_read_a_transfer_left_to_the_processors_judgement_as_weaker() {
        RequirementResult r = read(
                "16. International transfers",
                "Personal data may be transferred to a third country where the Processor is satisfied that adequate "
                        + "safeguards under Chapter V GDPR exist.",
                Requirement.TRANSFERS);
        assertThat(r.status()).isEqualTo(Status.WEAKER);
        assertThat(r.note()).isEqualTo("left to the processor's judgement");
        // the statute's own "where the processor considers that an instruction infringes" is no such judgement
        assertThat(withSection(strongEnglish(), "1. Parties", strongEnglish().get("1. Parties"))
                        .getRequirement(Requirement.INFRINGING_INSTRUCTION)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_assistance_that_may_be_provided_as_weaker_but_not_information_given_in_phases() {
        assertThat(read(
                                "10. Data subject rights",
                                "Assistance with requests from data subjects may be provided by the Processor.",
                                Requirement.DATA_SUBJECT_RIGHTS)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(read(
                                "12. Personal data breaches",
                                "The Processor shall notify the Customer of any personal data breach without undue "
                                        + "delay; information that is not yet known may be provided in phases.",
                                Requirement.BREACH_NOTIFICATION)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_measures_by_industry_custom_as_weaker_than_measures_by_the_risk() {
        RequirementResult custom = read(
                "8. Security",
                "The Processor maintains industry-standard technical and organisational measures.",
                Requirement.SECURITY);
        assertThat(custom.status()).isEqualTo(Status.WEAKER);
        assertThat(custom.note()).isEqualTo("measures measured by industry custom, not by the risk");
        assertThat(read(
                                "8. Security",
                                "The Processor maintains technical and organisational measures appropriate to the risk, "
                                        + "taking into account the state of the art.",
                                Requirement.SECURITY)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_all_data_the_customer_stores_as_weaker_than_data_categories() {
        assertThat(read(
                                "4. Categories of personal data",
                                "The categories of personal data are all personal data that the Customer uploads to the "
                                        + "service.",
                                Requirement.DATA_CATEGORIES)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(read(
                                "4. Categories of personal data",
                                "The categories of personal data are contact details and ticket contents.",
                                Requirement.DATA_CATEGORIES)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_deletion_left_to_the_customers_tools_as_weaker_but_not_a_return_through_an_export() {
        assertThat(read(
                                "13. End of processing",
                                "When the services end, the Customer deletes or exports its data using the deletion "
                                        + "and export tools of the service. The Processor certifies the deletion in writing.",
                                Requirement.DELETION_RETURN)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(read(
                                "13. End of processing",
                                "When the services end, the Processor shall, at the Customer's choice, return the personal "
                                        + "data through the export function of the service or delete it, and shall certify "
                                        + "the deletion in writing.",
                                Requirement.DELETION_RETURN)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_assistance_with_some_of_articles_32_to_36_as_partial_unless_another_passage_meets_it() {
        RequirementResult some = read(
                "11. Assistance",
                "The Processor assists the Customer with its obligations under Article 32 GDPR.",
                Requirement.ASSISTANCE);
        assertThat(some.status()).isEqualTo(Status.WEAKER);
        assertThat(some.note()).isEqualTo("assistance with only some of Articles 32 to 36");
        var s = strongEnglish();
        s.put("11. Assistance", "The Processor assists the Customer with its obligations under Article 32 GDPR.");
        s.put(
                "10. Data subject rights",
                "The Processor shall assist the Customer in answering requests from data subjects and with data "
                        + "protection impact assessments.");
        assertThat(CompletenessTest.importText(s)
                        .getRequirement(Requirement.ASSISTANCE)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_put_the_articles_of_an_assistance_sentence_under_another_heading_into_the_draft() {
        var s = strongEnglish();
        s.remove("11. Assistance");
        s.put(
                "12. Personal data breaches",
                "The Processor shall notify the Customer of any personal data breach without undue delay after "
                        + "becoming aware of it. The Processor shall also assist the Customer with data protection impact "
                        + "assessments under Article 35 GDPR.");
        ImportResult r = CompletenessTest.importText(s);
        assertThat(r.getRequirement(Requirement.ASSISTANCE).status()).isEqualTo(Status.FOUND);
        assertThat(r.getDraft().getAssistance().map(a -> a.getArticles().toString()))
                .hasValueSatisfying(a -> assertThat(a).contains("ART_35").doesNotContain("ART_36"));
        // without a sentence on assistance, no article is put into the draft
        var none = strongEnglish();
        none.remove("11. Assistance");
        assertThat(CompletenessTest.importText(none)
                        .getDraft()
                        .getAssistance()
                        .map(a -> a.getArticles().isEmpty())
                        .orElse(true))
                .isTrue();
    }

    @Test
    void should_not_read_a_transfer_impact_assessment_as_a_data_protection_impact_assessment() {
        assertThat(read(
                                "11. Assistance",
                                "The Processor documents a transfer impact assessment for every transfer.",
                                Requirement.ASSISTANCE)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_the_controllers_instruction_to_suspend_but_not_the_suspension_of_one_instruction() {
        assertThat(read(
                                "15. Suspension",
                                "Der Auftraggeber kann jederzeit anweisen, die Verarbeitung auszusetzen, bis der "
                                        + "Auftragnehmer die Pflichten dieser Vereinbarung wieder erfüllt.",
                                Requirement.SUSPENSION_AND_TERMINATION)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(read(
                                "15. Suspension",
                                "If the Processor considers that an instruction infringes the GDPR, it may suspend the "
                                        + "performance of that instruction until the Customer confirms it.",
                                Requirement.SUSPENSION_AND_TERMINATION)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_sub_processor_obligations_in_more_wordings() {
        assertThat(read(
                                "9. Sub-processors",
                                "The Customer gives its general written authorisation for sub-processors; the Processor "
                                        + "informs it of every change thirty days in advance and the Customer may object. "
                                        + "Jeder Unterauftragnehmer unterliegt denselben Datenschutzpflichten wie der "
                                        + "Auftragnehmer.",
                                Requirement.SUBPROCESSOR_OBLIGATIONS)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(read(
                                "9. Sub-processors",
                                "The Customer gives its general written authorisation for sub-processors; the Processor "
                                        + "informs it of every change thirty days in advance and the Customer may object. "
                                        + "On request the Processor provides a copy of the data protection terms of its "
                                        + "agreement with a sub-processor.",
                                Requirement.SUBPROCESSOR_CONTRACT_COPY)
                        .status())
                .isEqualTo(Status.FOUND);
        // the first clause names no obligations of the sub-processors
        assertThat(read(
                                "9. Sub-processors",
                                "The Customer gives its general written authorisation for sub-processors; the Processor "
                                        + "informs it of every change thirty days in advance and the Customer may object.",
                                Requirement.SUBPROCESSOR_OBLIGATIONS)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_not_read_a_certified_disposal_firm_as_a_deletion_certificate() {
        assertThat(read(
                                "13. End of processing",
                                "When the services end, the Processor shall, at the Customer's choice, delete or return "
                                        + "all personal data. Disks are destroyed by a certified disposal company.",
                                Requirement.DELETION_CERTIFIED)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_let_a_carve_out_in_another_paragraph_of_the_liability_clause_cure_a_cap() {
        assertThat(read(
                                "17. Liability",
                                "Each party's aggregate liability under these terms is limited to the fees paid in the "
                                        + "twelve months before the claim.\n\nNothing in these terms limits either party's "
                                        + "liability to data subjects under Article 82 GDPR.",
                                Requirement.LIABILITY)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(read(
                                "17. Liability",
                                "Each party's aggregate liability under these terms is limited to the fees paid in the "
                                        + "twelve months before the claim.",
                                Requirement.LIABILITY)
                        .status())
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_not_take_the_documents_an_order_of_precedence_lists_for_a_qualification() {
        var s = strongEnglish();
        s.put(
                "18. Final provisions",
                "Terms defined in the GDPR have the meaning given to them there. If these terms conflict with the main "
                        + "contract, the conflict is resolved according to this order of precedence: Schedule 2, these "
                        + "terms, the main contract. If a public authority requests access to the personal data, the "
                        + "Processor shall inform the Customer unless the law forbids it.");
        s.put("Schedule 2 – Service levels", "The Processor uses reasonable efforts to keep the service available.");
        assertThat(CompletenessTest.importText(s)
                        .getRequirement(Requirement.ORDER_OF_PRECEDENCE)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_an_audit_answered_in_a_question_and_answer() {
        var s = strongEnglish();
        s.remove("14. Audits");
        s.put(
                "19. Questions and answers",
                "Can you show that you comply? The Processor makes available all information necessary to demonstrate "
                        + "compliance.\n\nA: You may audit our compliance with these terms, including by inspecting our "
                        + "offices and data centres, with two weeks' notice.");
        assertThat(CompletenessTest.importText(s)
                        .getRequirement(Requirement.AUDIT_INSPECTIONS)
                        .status())
                .isEqualTo(Status.FOUND);
    }
}
