/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recall31 of #16 (general readings on the recall side, a fifth round): the information to demonstrate compliance
 * offered only as a lesser substitute (a self-declaration, a questionnaire answered, a whitepaper, a summary of the
 * security concept) is weaker, not absent; a copy of the sub-processor's contract named in the sentence before or
 * before the copy is met; the return in one numbered paragraph of the end-of-processing clause and the deletion in the
 * next state the controller's choice together; the processor's own purposes named in the description of the
 * processing do not take back the duty to process only on instructions stated without them — each written as a
 * family of our own paraphrases beside close sentences whose verdict must not change. Read in the frames of
 * {@link WordingFrames}; the families of {@link RecallTwentySevenTest} to {@link RecallThirtyTest} are not repeated.
 */
class RecallThirtyOneTest {

    private static final Status f = Status.FOUND;
    private static final Status w = Status.WEAKER;
    private static final Status n = Status.NOT_FOUND;

    // --- Art. 28(3)(h) GDPR, Clause 7.6(c) of 2021/915: all information necessary to demonstrate compliance ---

    private static final Requirement AI = Requirement.AUDIT_INFORMATION;
    /** The frames' audit clause with its inspections only, the member in place of the information. */
    private static final FamilyFrame SUBSTITUTE = new FamilyFrame(
            AI,
            "14. Audits",
            "The Processor allows audits, including inspections of its premises, by the Customer or an auditor it "
                    + "mandates. ",
            "§ 10 Kontrollen",
            "Der Auftragnehmer ermöglicht Überprüfungen einschließlich Inspektionen durch den Auftraggeber. ");

    @Test
    void should_read_information_offered_only_as_a_self_declaration_questionnaire_or_summary_as_weaker() {
        List<String> weaker = family(
                "information only as a lesser substitute, weaker",
                List.of(
                        SUBSTITUTE.enInstead(
                                "Once a year the Processor answers a security questionnaire sent by the Customer.", w),
                        SUBSTITUTE.enInstead("On request the Processor provides its current security whitepaper.", w),
                        SUBSTITUTE.enInstead(
                                "The Processor will share a summary of its data protection practices with the "
                                        + "Customer.",
                                w),
                        SUBSTITUTE.enInstead(
                                "The Processor gives the Customer a yearly self-assessment of its compliance with "
                                        + "these terms.",
                                w),
                        SUBSTITUTE.enInstead(
                                "The Processor completes one privacy questionnaire per year for the Customer.", w),
                        SUBSTITUTE.de(
                                "Der Auftragnehmer erteilt dem Auftraggeber jährlich eine Selbstauskunft über die "
                                        + "Einhaltung dieser Vereinbarung.",
                                w),
                        SUBSTITUTE.de(
                                "Auf Anfrage stellt der Auftragnehmer eine Kurzfassung seines Sicherheitskonzepts "
                                        + "zur Verfügung.",
                                w),
                        SUBSTITUTE.de(
                                "Der Auftragnehmer beantwortet einmal im Jahr einen Datenschutzfragebogen des "
                                        + "Auftraggebers.",
                                w),
                        SUBSTITUTE.de(
                                "Eine schriftliche Eigenerklärung zur Einhaltung der Datenschutzpflichten legt der "
                                        + "Auftragnehmer jährlich vor.",
                                w),
                        SUBSTITUTE.de(
                                "Der Auftragnehmer übermittelt dem Auftraggeber auf Verlangen sein Whitepaper zur "
                                        + "Datensicherheit.",
                                w)));
        // all information with a questionnaire beside it stays met; a summary of a breach or incident is not the duty
        List<String> close = family(
                "information only as a lesser substitute, close",
                List.of(
                        SUBSTITUTE.enInstead(
                                "The Processor makes available all information necessary to demonstrate compliance, "
                                        + "and answers the Customer's security questionnaires.",
                                f),
                        SUBSTITUTE.enInstead(
                                "The Processor sends the Customer a summary of each personal data breach.", n),
                        SUBSTITUTE.enInstead(
                                "The Processor provides a summary of the security incident within 72 hours.", n),
                        SUBSTITUTE.de(
                                "Der Auftragnehmer stellt alle zum Nachweis der Einhaltung erforderlichen "
                                        + "Informationen zur Verfügung, einschließlich seines ausgefüllten "
                                        + "Sicherheitsfragebogens.",
                                f),
                        SUBSTITUTE.de(
                                "Der Auftragnehmer übermittelt dem Auftraggeber eine Zusammenfassung des "
                                        + "Sicherheitsvorfalls.",
                                n)));
        check(weaker, close);
    }

    // --- Art. 28(4) GDPR, Clause 7.7(c) of 2021/915: a copy of the sub-processor agreement at the controller's request
    // ---

    private static final Requirement COPY = Requirement.SUBPROCESSOR_CONTRACT_COPY;
    /** The frames' sub-processor clause with its authorisation and notice only, the member in place of the rest. */
    private static final FamilyFrame CONTRACT = new FamilyFrame(
            COPY,
            "9. Sub-processors",
            "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. The "
                    + "Processor will notify the Customer of any intended addition or replacement thirty days in "
                    + "advance, and the Customer may object. ",
            "§ 6 Unterauftragsverarbeiter",
            "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. ");

    @Test
    void should_read_a_copy_of_the_contract_the_clause_binds_the_sub_processor_by_as_met() {
        List<String> met = family(
                "a copy of the sub-processor's contract named before or beside it, adequate",
                List.of(
                        CONTRACT.enInstead(
                                "The Processor binds each sub-processor by written contract to the same data "
                                        + "protection obligations. On request it provides a copy of the agreement, with "
                                        + "business secrets redacted.",
                                f),
                        CONTRACT.enInstead(
                                "The Processor imposes the obligations of these terms on each sub-processor by "
                                        + "contract and, at the Customer's request, sends a copy of the relevant data "
                                        + "protection terms.",
                                f),
                        CONTRACT.enInstead(
                                "On the Customer's request the Processor provides a copy of the sub-processor terms; "
                                        + "commercial information may be removed.",
                                f),
                        CONTRACT.enInstead(
                                "Each sub-processor is bound by a written agreement with the same obligations as "
                                        + "these terms. Upon request the Processor will make a copy of the relevant "
                                        + "contract available.",
                                f),
                        CONTRACT.enInstead(
                                "The Processor supplies copies of its sub-processors' data protection terms on "
                                        + "request.",
                                f),
                        CONTRACT.de(
                                "Der Auftragnehmer verpflichtet jeden Unterauftragsverarbeiter vertraglich auf "
                                        + "dieselben Datenschutzpflichten. Auf Anfrage stellt er dem Auftraggeber eine "
                                        + "Kopie der betreffenden Vertragsteile zur Verfügung.",
                                f),
                        CONTRACT.de(
                                "Der Auftragnehmer schließt mit jedem Unterauftragsverarbeiter einen Vertrag mit "
                                        + "denselben Pflichten. Eine Abschrift der Vertragsbestimmungen zum Datenschutz "
                                        + "erhält der Auftraggeber auf Verlangen.",
                                f),
                        CONTRACT.de(
                                "Die Unterauftragsverarbeiter werden vertraglich auf die Pflichten dieses Vertrags "
                                        + "verpflichtet; eine Kopie der maßgeblichen Vertragsteile legt der "
                                        + "Auftragnehmer auf Anfrage vor.",
                                f),
                        // a copy of "the agreement" where no sentence of the clause binds a sub-processor by contract
                        CONTRACT.enInstead("On request the Processor provides a copy of the agreement.", w)));
        // this agreement's own copy, a summary instead of a copy beside the contract, a copy of the data
        List<String> close = family(
                "a copy of the sub-processor's contract named before or beside it, close",
                List.of(
                        CONTRACT.enInstead("On request the Processor provides a copy of this agreement.", n),
                        CONTRACT.enInstead(
                                "The Processor binds each sub-processor by written contract. On request it provides "
                                        + "a summary of the agreement.",
                                w),
                        CONTRACT.enInstead(
                                "The Processor binds each sub-processor by written contract. On request it provides "
                                        + "a copy of the Customer's data.",
                                n),
                        CONTRACT.de("Auf Anfrage erhält der Auftraggeber eine Kopie seiner Daten.", n),
                        CONTRACT.de(
                                "Der Auftragnehmer verpflichtet jeden Unterauftragsverarbeiter vertraglich auf "
                                        + "dieselben Pflichten. Kopien der Daten erhält der Auftraggeber auf Anfrage.",
                                n)));
        check(met, close);
    }

    // --- Art. 28(3)(g) GDPR, Clause 7.5 of 2021/915: deletion or return at the controller's choice, in two paragraphs
    // ---

    private static final Requirement DR = Requirement.DELETION_RETURN;
    /** The frames' end-of-processing clause replaced by the member's numbered paragraphs. */
    private static final FamilyFrame PARAGRAPHS =
            new FamilyFrame(DR, "13. End of processing", "", "§ 9 Löschung und Rückgabe", "");

    @Test
    void should_read_the_return_and_the_deletion_in_two_paragraphs_of_one_clause_as_met() {
        List<String> met = family(
                "the return in one paragraph of the clause, the deletion in the next, adequate",
                List.of(
                        PARAGRAPHS.enInstead(
                                "13.1 Within thirty days after the end of the services, the Customer may have the "
                                        + "Processor return all personal data in a common format.\n\n13.2 After that "
                                        + "period, the Processor deletes all personal data, including copies.",
                                f),
                        PARAGRAPHS.enInstead(
                                "13.1 Until the end of the term the Customer can export all personal data by means of "
                                        + "the export functions.\n\n13.2 Thirty days after the end of the services the "
                                        + "Processor erases all personal data, unless Union or Member State law "
                                        + "requires its storage.",
                                f),
                        PARAGRAPHS.enInstead(
                                "13.1 On the Customer's written request made before the end of the services, the "
                                        + "Processor returns all personal data.\n\n13.2 The Processor deletes all "
                                        + "remaining personal data ninety days after the end of the services.",
                                f),
                        PARAGRAPHS.enInstead(
                                "(a) The Customer may download all personal data at any time before termination."
                                        + "\n\n(b) After termination the Processor destroys all personal data.",
                                f),
                        PARAGRAPHS.de(
                                "(1) Auf Verlangen des Auftraggebers gibt der Auftragnehmer nach Vertragsende alle "
                                        + "Daten zurück.\n\n(2) Spätestens 30 Tage nach Vertragsende löscht der "
                                        + "Auftragnehmer alle personenbezogenen Daten.",
                                f),
                        PARAGRAPHS.de(
                                "(1) Bis zum Vertragsende kann der Auftraggeber alle Daten exportieren.\n\n(2) Danach "
                                        + "löscht der Auftragnehmer sämtliche Daten einschließlich aller Kopien.",
                                f),
                        PARAGRAPHS.de(
                                "9.1 Der Auftraggeber kann innerhalb von vier Wochen nach Vertragsende die Herausgabe "
                                        + "der Daten verlangen.\n\n9.2 Nach Ablauf dieser Frist vernichtet der "
                                        + "Auftragnehmer die Daten.",
                                f),
                        PARAGRAPHS.de(
                                "(1) Der Auftraggeber kann seine Daten bis zum Ende des Vertrags herunterladen.\n\n(2) "
                                        + "Nach Vertragsende werden die Daten gelöscht.",
                                f)));
        // a deletion whose other paragraph states no return, excludes it, puts a price on it or ends it before the end
        List<String> close = family(
                "the return in one paragraph of the clause, the deletion in the next, close",
                List.of(
                        PARAGRAPHS.de(
                                "(1) Auf Verlangen gibt der Auftragnehmer die Daten gegen ein Entgelt von 200 EUR "
                                        + "zurück.\n\n(2) Nach Vertragsende löscht der Auftragnehmer alle Daten.",
                                w),
                        PARAGRAPHS.enInstead(
                                "13.1 The Processor returns the personal data only if the Customer orders the return "
                                        + "before the end of the services.\n\n13.2 After the end of the services the "
                                        + "Processor deletes all personal data.",
                                w),
                        PARAGRAPHS.enInstead(
                                "13.1 The Processor deletes all personal data thirty days after the end of the "
                                        + "services.\n\n13.2 The Processor keeps a log of each deletion.",
                                w),
                        PARAGRAPHS.enInstead(
                                "13.1 The Processor deletes all personal data after the end of the services.\n\n13.2 "
                                        + "Personal data will not be returned.",
                                w),
                        PARAGRAPHS.de(
                                "(1) Nach Vertragsende löscht der Auftragnehmer alle Daten.\n\n(2) Die Löschung wird "
                                        + "protokolliert.",
                                w),
                        PARAGRAPHS.de(
                                "(1) Nach Vertragsende löscht der Auftragnehmer alle Daten.\n\n(2) Eine Rückgabe der "
                                        + "Daten ist ausgeschlossen.",
                                w)));
        check(met, close);
    }

    // --- Art. 28(3)(a) and first sentence GDPR: the processor's own purposes named in the description ---

    private static final Requirement IN = Requirement.INSTRUCTIONS;
    /** The frames' description of the processing, the member after its purpose. */
    private static final FamilyFrame DESCRIPTION = new FamilyFrame(
            IN,
            "3. Nature and purpose",
            "The purpose of the processing is running and supporting the ticketing system. ",
            "§ 12 Art und Zweck der Verarbeitung",
            "Zweck der Verarbeitung ist der Betrieb der Buchhaltungssoftware. ");
    /** The frames' instructions clause, the member after the duty. */
    private static final FamilyFrame INSTRUCTION_CLAUSE = new FamilyFrame(
            IN,
            "6. Instructions",
            "The Processor processes personal data only on documented instructions from the Customer. Where the "
                    + "Processor considers that an instruction infringes the GDPR, it tells the Customer at once. ",
            "§ 3 Weisungen",
            "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers. Hält er eine "
                    + "Weisung für rechtswidrig, weist er den Auftraggeber unverzüglich darauf hin. ");

    @Test
    void should_not_read_own_purposes_named_in_the_description_as_a_limit_of_the_instructions() {
        List<String> met = family(
                "own purposes in the description of the processing, instructions adequate",
                List.of(
                        DESCRIPTION.enInstead(
                                "The Processor is also allowed to use the ticket contents for its own business "
                                        + "purposes, in particular product analytics.",
                                f),
                        DESCRIPTION.enInstead(
                                "The Customer permits the Processor to use the data to train its models.", f),
                        DESCRIPTION.enInstead(
                                "The Processor is allowed to process usage data for its own analytics purposes.", f),
                        DESCRIPTION.enInstead(
                                "The Customer authorises the Processor to use the data to improve its services.", f),
                        DESCRIPTION.de(
                                "Der Auftragnehmer darf die Daten auch für eigene Zwecke nutzen, insbesondere zur "
                                        + "Weiterentwicklung seiner Produkte.",
                                f),
                        DESCRIPTION.de(
                                "Der Auftragnehmer ist berechtigt, die Kundendaten auch für eigene Zwecke zu "
                                        + "verwenden.",
                                f),
                        DESCRIPTION.de(
                                "Der Auftraggeber gestattet dem Auftragnehmer, die Daten zur Verbesserung seiner "
                                        + "Dienste zu nutzen.",
                                f),
                        DESCRIPTION.de(
                                "Der Auftragnehmer darf die Bestelldaten auch für eigene Zwecke der Marktforschung "
                                        + "verarbeiten.",
                                f)));
        // the same permission in the instructions clause itself still takes back the duty
        List<String> close = family(
                "own purposes in the instructions clause, close",
                List.of(
                        INSTRUCTION_CLAUSE.enInstead(
                                "The Processor is also allowed to use the ticket contents for its own business "
                                        + "purposes, in particular product analytics.",
                                w),
                        INSTRUCTION_CLAUSE.enInstead(
                                "The Customer authorises the Processor to use the data to improve its services.", w),
                        INSTRUCTION_CLAUSE.de(
                                "Der Auftragnehmer darf die Daten auch für eigene Zwecke nutzen, insbesondere zur "
                                        + "Weiterentwicklung seiner Produkte.",
                                w),
                        INSTRUCTION_CLAUSE.de(
                                "Der Auftraggeber gestattet dem Auftragnehmer, die Daten zur Verbesserung seiner "
                                        + "Dienste zu nutzen.",
                                w)));
        check(met, close);
    }
}
