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
 * before the copy is met — each written as a family of our own paraphrases beside close sentences whose verdict must
 * not change. Read in the frames of {@link WordingFrames}; the families of {@link RecallTwentySevenTest} to
 * {@link RecallThirtyTest} are not repeated.
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
}
