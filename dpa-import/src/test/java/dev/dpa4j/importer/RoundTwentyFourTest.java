/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.de;
import static dev.dpa4j.importer.WordingFrames.en;
import static dev.dpa4j.importer.WordingFrames.formDe;
import static dev.dpa4j.importer.WordingFrames.formEn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.model.AgreementForm;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Round 24 of #16 (causes shared by training documents of several sets): each reading where it fires and where it
 * must not, in the frames of {@link WordingFrames} (agreements of our own, never a fixture's sentence), in English and
 * German.
 */
class RoundTwentyFourTest {

    private static final String AUTHORISED = "The Customer gives its general written authorisation for the "
            + "sub-processors listed in Annex 3. The Processor imposes the same data protection obligations on each "
            + "sub-processor by contract. ";

    private static final String GENEHMIGT = "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für "
            + "die in Anlage 2 genannten Unterauftragsverarbeiter. Der Auftragnehmer legt ihnen dieselben "
            + "Datenschutzpflichten auf. ";

    private static final String ZWECK =
            "Zweck der Verarbeitung ist der Betrieb einer Buchungsplattform für den Auftraggeber. ";

    private static final String PURPOSE =
            "The purpose of the processing is the operation of a booking platform for " + "the Customer. ";

    // --- Clause 7.7(c): the agreements themselves kept back ---

    @Test
    void should_read_the_sub_contracts_themselves_kept_back_as_weaker() {
        String copy = AUTHORISED + "On request the Processor provides a copy of the sub-processor agreement. ";
        assertThat(en(
                        "9. Sub-processors",
                        copy + "The Processor may instead offer a digest of the terms; the agreements themselves "
                                + "are confidential.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        copy + "Prices in the agreements themselves may be blacked out.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
        String kopie = GENEHMIGT + "Auf Verlangen erhält der Auftraggeber eine Kopie des Vertrags mit dem "
                + "Unterauftragsverarbeiter. ";
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        kopie + "Die Verträge selbst gibt der Auftragnehmer nicht heraus.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        kopie + "Preisangaben in den Verträgen selbst dürfen geschwärzt werden.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
    }

    // --- Clause 7.7(c) in other words: the agreements presented on request ---

    @Test
    void should_read_the_sub_contracts_presented_on_request_as_a_copy() {
        assertThat(en(
                        "9. Sub-processors",
                        AUTHORISED + "On request the Processor makes the agreements with its sub-processors available "
                                + "to the Customer.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "9. Sub-processors",
                        AUTHORISED + "On request the Processor makes the agreements with its customers available.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        GENEHMIGT + "Auf Verlangen legt der Auftragnehmer dem Auftraggeber die Verträge mit den "
                                + "Unterauftragsverarbeitern vor.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        GENEHMIGT + "Auf Verlangen legt der Auftragnehmer dem Auftraggeber eine Zusammenfassung der "
                                + "Verträge mit den Unterauftragsverarbeitern vor.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isNotEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(g): copies kept for the processor's own defence or records ---

    @Test
    void should_read_copies_kept_against_claims_or_as_own_records_as_weaker() {
        String deletion = "After the end of the agreement the Processor deletes or returns all personal data at the "
                + "Customer's choice and deletes existing copies, unless Union or Member State law requires storage. ";
        assertThat(en(
                        "13. End of processing",
                        deletion + "The Processor keeps the delivery logs for six years to defend itself against "
                                + "claims of the Customer.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "13. End of processing",
                        deletion + "Claims against the Processor are time-barred after three years.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        String loeschung = "Nach Ende des Auftrags löscht der Auftragnehmer alle Daten oder gibt sie nach Wahl des "
                + "Auftraggebers zurück. ";
        assertThat(de("§ 9 Löschung", loeschung, Requirement.DELETION_RETURN)).isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 9 Löschung",
                        loeschung + "Die Versandprotokolle bewahrt der Auftragnehmer als eigene Geschäftsunterlagen "
                                + "bis zur Verjährung etwaiger Ansprüche gegen den Auftragnehmer auf.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 9 Löschung",
                        loeschung + "Ansprüche gegen den Auftragnehmer verjähren nach drei Jahren.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(g): the legal exception in German is no negation ---

    @Test
    void should_read_the_german_legal_exception_to_deletion_as_no_negation() {
        assertThat(de(
                        "§ 9 Löschung",
                        "Nach Vertragsende löscht der Auftragnehmer alle Daten oder gibt sie nach Wahl des "
                                + "Auftraggebers zurück, sofern keine Pflicht zur Speicherung nach dem Recht der Union "
                                + "oder der Mitgliedstaaten besteht.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 9 Löschung",
                        "Nach Vertragsende besteht keine Pflicht, die Daten zu löschen oder zurückzugeben.",
                        Requirement.DELETION_RETURN))
                .isNotEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(a): the instructions' exception for the legal process of a third country ---

    @Test
    void should_read_an_exception_for_legal_process_of_a_third_country_as_weaker() {
        assertThat(en(
                        "6. Instructions",
                        "The Processor processes personal data only on the Customer's documented instructions, except "
                                + "where required by law, including legal process in the United States.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "6. Instructions",
                        "The Processor processes personal data only on the Customer's documented instructions, unless "
                                + "Union or Member State law requires otherwise; it then informs the Customer first.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(a), 28(10): the data used for the processor's own ends or its other customers ---

    @Test
    void should_read_the_data_used_for_other_customers_or_own_ends_as_weaker() {
        assertThat(en(
                        "3. Nature and purpose",
                        PURPOSE + "The Processor may use booking histories to build demand forecasts, which are "
                                + "made available to all of its customers.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "3. Nature and purpose",
                        PURPOSE + "The Processor may not use booking histories for forecasts made available to "
                                + "other customers.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Zweck der Verarbeitung",
                        ZWECK + "Der Auftragnehmer darf die Buchungsdaten auch nach Vertragsende für eigene "
                                + "Marktanalysen nutzen.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Zweck der Verarbeitung",
                        ZWECK + "Der Auftragnehmer darf die Buchungsdaten nicht für eigene Marktanalysen nutzen.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(4), Clause 7.7(a): sub-processors on their own standard terms ---

    @Test
    void should_read_sub_processors_on_their_own_standard_terms_as_weaker() {
        assertThat(en(
                        "9. Sub-processors",
                        AUTHORISED + "For the hosting providers in Annex 3 the Processor relies on their standard "
                                + "data processing terms.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        AUTHORISED + "The hosting providers in Annex 3 are bound in the same way.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        GENEHMIGT + "Mit Rechenzentrumsbetreibern gelten deren Standard-AVV.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        GENEHMIGT + "Für Übermittlungen in Drittländer vereinbart er die Standardvertragsklauseln.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(e): assistance reduced to the service's own tools ---

    @Test
    void should_read_the_hedged_fallback_after_the_tools_as_weaker() {
        String tools = "The service lets the Customer search, correct and delete records itself, and the Customer "
                + "uses these tools to answer data subject requests. ";
        assertThat(en(
                        "10. Data subject rights",
                        tools + "Where the Customer cannot answer a request with the tools, the Processor will use "
                                + "commercially reasonable efforts to help.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "10. Data subject rights",
                        tools + "Where the Customer cannot answer a request with the tools, the Processor assists it "
                                + "without undue delay.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen betroffener "
                                + "Personen, soweit dies mit den Standardfunktionen der Software möglich ist.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen betroffener "
                                + "Personen, auch über die Standardfunktionen der Software hinaus.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 33(2) benchmark, Clause 15 of 2021/914: notice left to the processor's judgement ---

    @Test
    void should_read_notice_of_an_authority_left_to_good_faith_judgement_as_weaker() {
        String request = "If a public authority requests access to personal data, the Processor notifies the Customer "
                + "of the request";
        assertThat(en(
                        "16. Requests of authorities",
                        request + ", unless the Processor determines in good faith that notice is not appropriate.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "16. Requests of authorities",
                        request + " and reviews whether it is lawful.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(9): signature lines of both parties under a place and date ---

    @Test
    void should_read_blank_signature_lines_of_both_parties_under_a_place_and_date_as_written() {
        assertThat(formEn("Leeds, 3 March 2026\t\tLyon, 5 March 2026\n\n"
                        + "____________________\t\t____________________"))
                .contains(AgreementForm.WRITTEN);
        assertThat(formDe("Kassel, 03.03.2026\t\tKassel, 03.03.2026\n\n"
                        + "____________________\t\t____________________"))
                .contains(AgreementForm.WRITTEN);
        assertThat(formEn("Leeds, 3 March 2026\n\nApproved: ____________________"))
                .isEqualTo(Optional.empty());
        assertThat(formDe("Änderungen dieser Vereinbarung bedürfen der Schriftform. Kassel, 03.03.2026"))
                .isEqualTo(Optional.empty());
    }
}
