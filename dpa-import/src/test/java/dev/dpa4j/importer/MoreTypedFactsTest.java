/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ObjectionConsequence;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TerminationTerms;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facts the model has a field for: the Art. 9 and Art. 10 flags of data categories where a sentence says such
 * data is not processed (a negation gives "no", never "yes"), the consequence of an objection to a new
 * sub-processor, and termination rights. Each with wording where it is stated and wording where it must not be
 * read; all sentences are written for this test.
 */
class MoreTypedFactsTest {

    private static final String CATEGORIES = "Anlage 1 Arten personenbezogener Daten\n\n"
            + "Verarbeitet werden die folgenden Arten personenbezogener Daten:\n\n"
            + "- Kontaktdaten\n"
            + "- Bestelldaten\n\n";

    private static List<DataCategory> categories(String sentence) {
        return ProcessingListsTest.categories(ProcessingListsTest.german(CATEGORIES + sentence + "\n"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Besondere Kategorien personenbezogener Daten nach Art. 9 DSGVO werden nicht verarbeitet.",
                "Es werden keine besonderen Kategorien personenbezogener Daten verarbeitet."
            })
    void should_read_that_no_special_categories_are_processed(String sentence) {
        assertThat(categories(sentence))
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.getSpecialCategory()).contains(SpecialCategory.NONE));
    }

    @Test
    void should_not_set_a_flag_where_special_data_is_processed() {
        assertThat(categories("Im Einzelfall werden auch besondere Kategorien personenbezogener Daten verarbeitet."))
                .allSatisfy(c -> {
                    assertThat(c.getSpecialCategory()).isEmpty();
                    assertThat(c.getCriminalOffenceData()).isEmpty();
                });
    }

    @Test
    void should_read_that_no_criminal_offence_data_is_processed() {
        assertThat(categories("Daten über strafrechtliche Verurteilungen und Straftaten werden nicht verarbeitet."))
                .allSatisfy(c -> {
                    assertThat(c.getCriminalOffenceData()).contains(false);
                    assertThat(c.getSpecialCategory()).isEmpty();
                });
    }

    private static DataProcessingAgreement englishSubprocessing(String sentence) {
        return CompletenessTest.withSection(CompletenessTest.strongEnglish(), "9. Sub-processors", sentence)
                .getDraft();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Supplier notifies new sub-processors in advance. If the Customer objects, the engagement shall not proceed.|ENGAGEMENT_BLOCKED",
                "The Supplier notifies new sub-processors in advance. Should the Customer object and the Supplier nevertheless engage the sub-processor, the Customer may terminate the affected services.|TERMINATION_RIGHT",
                "The Supplier notifies new sub-processors in advance. Where the Customer objects, the parties will seek a mutually acceptable solution in good faith.|GOOD_FAITH_NEGOTIATION"
            })
    void should_read_the_consequence_of_an_objection(String sentence, ObjectionConsequence consequence) {
        assertThat(englishSubprocessing(sentence)
                        .getSubprocessing()
                        .flatMap(SubprocessingTerms::getObjectionConsequence))
                .contains(consequence);
    }

    @Test
    void should_not_read_a_consequence_where_none_is_stated() {
        DataProcessingAgreement a = englishSubprocessing(
                "The Supplier notifies new sub-processors thirty days in advance, and the Customer may object.");
        assertThat(a.getSubprocessing().flatMap(SubprocessingTerms::getObjectionConsequence))
                .isEmpty();
    }

    @Test
    void should_read_termination_rights() {
        DataProcessingAgreement a = ProcessingListsTest.german(
                "§ 8 Kündigung\n\n"
                        + "Der Auftraggeber kann diese Vereinbarung kündigen, wenn der Auftragnehmer einen Verstoß nicht binnen "
                        + "eines Monats behebt. Das Recht zur außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt.\n");
        TerminationTerms t = a.getTermination().orElseThrow();
        assertThat(t.isTerminationForBreach()).isTrue();
        assertThat(t.isExtraordinaryTerminationPreserved()).isTrue();
    }

    @Test
    void should_not_read_termination_rights_where_none_are_granted() {
        DataProcessingAgreement a =
                ProcessingListsTest.german("§ 8 Laufzeit\n\nDiese Vereinbarung endet mit dem Hauptvertrag.\n");
        assertThat(a.getTermination().map(TerminationTerms::isTerminationForBreach))
                .isNotEqualTo(java.util.Optional.of(true));
        assertThat(a.getTermination().map(TerminationTerms::isExtraordinaryTerminationPreserved))
                .isNotEqualTo(java.util.Optional.of(true));
    }

    @Test
    void should_read_the_persons_who_give_and_receive_instructions() {
        DataProcessingAgreement a = ProcessingListsTest.german("§ 6 Weisungen\n\n"
                + "Weisungsberechtigt sind auf Seiten des Auftraggebers:\n\n"
                + "- Jana Wendel (Leiterin IT), j.wendel@kornblume.example, +49 40 1234567\n"
                + "- Timo Brandt\n\n"
                + "Weisungsempfänger beim Auftragnehmer sind:\n\n"
                + "- support@lindenhof.example\n");
        dev.dpa4j.model.InstructionTerms i = a.getInstructions().orElseThrow();
        List<dev.dpa4j.model.Person> issuers = i.getIssuers().orElseThrow().getPersons();
        assertThat(issuers).extracting(p -> p.getName().orElse("")).containsExactly("Jana Wendel", "Timo Brandt");
        assertThat(issuers.get(0).getEmail()).contains("j.wendel@kornblume.example");
        assertThat(issuers.get(0).getPhone()).contains("+49 40 1234567");
        assertThat(i.getRecipients().orElseThrow().getPersons())
                .singleElement()
                .satisfies(p -> assertThat(p.getEmail()).contains("support@lindenhof.example"));
    }

    @Test
    void should_not_read_persons_from_a_list_without_such_a_lead() {
        DataProcessingAgreement a = ProcessingListsTest.german("§ 6 Weisungen\n\n"
                + "Weisungen werden auf den folgenden Wegen erteilt:\n\n"
                + "- per E-Mail an support@lindenhof.example\n"
                + "- über das Kundenportal\n");
        assertThat(a.getInstructions().flatMap(dev.dpa4j.model.InstructionTerms::getIssuers))
                .isEmpty();
        assertThat(a.getInstructions().flatMap(dev.dpa4j.model.InstructionTerms::getRecipients))
                .isEmpty();
    }
}
