/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An instruction the processor holds to infringe the law, and what the processor may do about it (#16, the lead, session
 * 35; stage F of the round's count, a cue read on a sentence about another duty). Art. 28(3) second subparagraph GDPR
 * makes the processor tell the controller; a right to hold the instruction back until the controller confirms it goes
 * with that duty and takes nothing from it, and it is not the controller's suspension of the processing for a breach
 * (Clause 10(a) of 2021/915). A right to end the agreement where the controller insists on such an instruction (Clause
 * 10(c)) tells the controller nothing, so alone it is not the duty to inform. Each member is our own paraphrase; the
 * close sentences, whose verdict must not change, deny the duty to inform, suspend the processing for a breach, or
 * inform before ending the agreement.
 */
class HoldBackThirtyFiveTest {

    @Test
    void should_keep_the_duty_to_inform_found_beside_a_right_to_hold_the_instruction_back() {
        List<String> found = family(
                "a hold-back beside the duty to inform",
                List.of(
                        FamilyFrame.INFRINGING.enInstead(
                                "The Processor will inform the Customer immediately if, in its opinion, an instruction "
                                        + "infringes the GDPR, and need not carry out that instruction until the "
                                        + "Customer confirms or changes it.",
                                Status.FOUND),
                        FamilyFrame.INFRINGING.enInstead(
                                "If we believe an instruction breaches data protection law we tell you at once, and we "
                                        + "need not follow the instruction until you confirm it.",
                                Status.FOUND),
                        FamilyFrame.INFRINGING.enInstead(
                                "The Supplier shall notify the Customer without delay where an instruction in its view "
                                        + "infringes Union or Member State law; it does not have to execute that "
                                        + "instruction while the question is open.",
                                Status.FOUND),
                        FamilyFrame.INFRINGING.enInstead(
                                "Where the Processor considers an instruction unlawful it informs the Customer and "
                                        + "need not act on the instruction before the Customer has confirmed it in "
                                        + "writing.",
                                Status.FOUND),
                        FamilyFrame.INFRINGING.enInstead(
                                "The Provider alerts the Customer promptly to any instruction that it thinks violates "
                                        + "the GDPR and need not implement such instruction until it is confirmed.",
                                Status.FOUND),
                        FamilyFrame.INFRINGING.de(
                                "Hält der Auftragnehmer eine Weisung für rechtswidrig, weist er den Auftraggeber "
                                        + "unverzüglich darauf hin; er muss die Weisung bis zur Bestätigung nicht "
                                        + "ausführen.",
                                Status.FOUND),
                        FamilyFrame.INFRINGING.de(
                                "Verstößt eine Weisung nach Auffassung des Dienstleisters gegen Datenschutzrecht, "
                                        + "informiert er den Kunden unverzüglich und braucht die Weisung bis zu ihrer "
                                        + "Bestätigung nicht auszuführen.",
                                Status.FOUND),
                        FamilyFrame.INFRINGING.de(
                                "Der Auftragnehmer unterrichtet den Auftraggeber sofort, wenn eine Weisung seiner "
                                        + "Ansicht nach gegen die DSGVO verstößt, und muss diese Weisung bis zur "
                                        + "Klärung nicht umsetzen.",
                                Status.FOUND)));
        List<String> close = family(
                "a hold-back beside the duty to inform, close",
                List.of(
                        FamilyFrame.INFRINGING.enInstead(
                                "The Processor need not inform the Customer if an instruction infringes the GDPR.",
                                Status.WEAKER),
                        FamilyFrame.INFRINGING.enInstead(
                                "The Processor is under no obligation to check or report whether an instruction "
                                        + "infringes the GDPR.",
                                Status.WEAKER),
                        FamilyFrame.INFRINGING.de(
                                "Der Auftragnehmer ist nicht verpflichtet, den Auftraggeber auf Weisungen "
                                        + "hinzuweisen, die gegen die DSGVO verstoßen.",
                                Status.WEAKER),
                        FamilyFrame.INFRINGING.enInstead(
                                "The Processor will inform the Customer if, in its opinion, an instruction infringes "
                                        + "the GDPR.",
                                Status.FOUND)));
        check(found, close);
    }

    @Test
    void should_not_read_a_hold_back_of_an_instruction_as_the_suspension_of_the_processing() {
        // the English frame's own suspension (section 15) is replaced by the case, the German frame has none
        List<String> absent = family(
                "a hold-back of an instruction is no suspension",
                List.of(
                        FamilyFrame.enInstead(
                                "15. Instructions held back",
                                "Where the Processor holds an instruction to be unlawful it tells the Customer and may "
                                        + "suspend its execution until the Customer confirms it.",
                                Requirement.SUSPENSION_AND_TERMINATION,
                                Status.NOT_FOUND),
                        FamilyFrame.enInstead(
                                "15. Doubtful instructions",
                                "If an instruction in our view breaches the GDPR we say so, and we may defer its "
                                        + "performance until you have confirmed or changed it.",
                                Requirement.SUSPENSION_AND_TERMINATION,
                                Status.NOT_FOUND),
                        FamilyFrame.enInstead(
                                "15. Unlawful instructions",
                                "The Supplier informs the Customer of an instruction that infringes the law and may "
                                        + "withhold its implementation pending the Customer's decision.",
                                Requirement.SUSPENSION_AND_TERMINATION,
                                Status.NOT_FOUND),
                        FamilyFrame.enInstead(
                                "15. Instructions",
                                "Instructions the Processor holds to infringe the GDPR are reported to the Customer; "
                                        + "the Processor may pause their execution until they are confirmed.",
                                Requirement.SUSPENSION_AND_TERMINATION,
                                Status.NOT_FOUND),
                        FamilyFrame.de(
                                "§ 3 Weisungen",
                                "Der Dienstleister weist den Kunden unverzüglich darauf hin, wenn eine Weisung nach "
                                        + "seiner Auffassung gegen die DSGVO verstößt, und darf ihre Ausführung bis zur "
                                        + "Bestätigung aussetzen.",
                                Requirement.SUSPENSION_AND_TERMINATION,
                                Status.NOT_FOUND),
                        FamilyFrame.de(
                                "§ 3 Weisungen",
                                "Verstößt eine Weisung nach Ansicht des Auftragnehmers gegen Datenschutzvorschriften, "
                                        + "informiert er den Auftraggeber und kann deren Umsetzung bis zur Klärung "
                                        + "aussetzen.",
                                Requirement.SUSPENSION_AND_TERMINATION,
                                Status.NOT_FOUND),
                        FamilyFrame.de(
                                "§ 3 Weisungen",
                                "Der Auftragnehmer darf die Durchführung einer Weisung, die er für rechtswidrig hält, "
                                        + "nach einem Hinweis an den Auftraggeber bis zu deren Bestätigung aussetzen, "
                                        + "weil die Weisung gegen die DSGVO verstößt; ihre Befolgung setzt er bis dahin "
                                        + "aus.",
                                Requirement.SUSPENSION_AND_TERMINATION,
                                Status.NOT_FOUND),
                        FamilyFrame.de(
                                "§ 3 Weisungen",
                                "Bei einer Weisung, die gegen die DSGVO verstößt, weist der Anbieter den Kunden darauf "
                                        + "hin und darf ihre Umsetzung aussetzen, bis der Kunde sie bestätigt.",
                                Requirement.SUSPENSION_AND_TERMINATION,
                                Status.NOT_FOUND)));
        List<String> close = family(
                "a hold-back of an instruction is no suspension, close",
                List.of(
                        FamilyFrame.enInstead(
                                "15. Suspension",
                                "If the Processor breaches these terms, the Customer may suspend the processing until "
                                        + "the breach is remedied.",
                                Requirement.SUSPENSION_AND_TERMINATION,
                                Status.FOUND),
                        FamilyFrame.enInstead(
                                "15. Suspension",
                                "Where the Processor infringes these terms, the Customer may instruct it to suspend the "
                                        + "processing until compliance is restored.",
                                Requirement.SUSPENSION_AND_TERMINATION,
                                Status.FOUND),
                        FamilyFrame.de(
                                "§ 3 Weisungen",
                                "Verstößt der Auftragnehmer gegen diese Vereinbarung, kann der Auftraggeber die "
                                        + "Verarbeitung bis zur Behebung des Verstoßes aussetzen.",
                                Requirement.SUSPENSION_AND_TERMINATION,
                                Status.FOUND),
                        FamilyFrame.de(
                                "§ 3 Weisungen",
                                "Bei einem Verstoß des Auftragnehmers gegen diesen Vertrag kann der Auftraggeber "
                                        + "verlangen, dass die Verarbeitung ausgesetzt wird, bis der Verstoß abgestellt "
                                        + "ist.",
                                Requirement.SUSPENSION_AND_TERMINATION,
                                Status.FOUND)));
        check(absent, close);
    }

    @Test
    void should_not_read_a_right_to_end_the_agreement_over_an_insisted_instruction_as_the_duty_to_inform() {
        List<String> absent = family(
                "ending the agreement over an insisted instruction",
                List.of(
                        FamilyFrame.INFRINGING.enInstead(
                                "We may end the agreement if you insist on an instruction that we consider unlawful.",
                                Status.NOT_FOUND),
                        FamilyFrame.INFRINGING.enInstead(
                                "The Processor may terminate the affected services where the Customer insists on an "
                                        + "instruction the Processor regards as infringing the GDPR.",
                                Status.NOT_FOUND),
                        FamilyFrame.INFRINGING.enInstead(
                                "If the Customer persists with an instruction that the Supplier holds to breach data "
                                        + "protection law, the Supplier may end this addendum.",
                                Status.NOT_FOUND),
                        FamilyFrame.INFRINGING.enInstead(
                                "Where an unlawful instruction is insisted upon by the Customer, the Provider may "
                                        + "terminate the contract.",
                                Status.NOT_FOUND),
                        FamilyFrame.INFRINGING.de(
                                "Hält der Auftraggeber an einer Weisung fest, die der Auftragnehmer für rechtswidrig "
                                        + "hält, kann der Auftragnehmer den Vertrag kündigen.",
                                Status.NOT_FOUND),
                        FamilyFrame.INFRINGING.de(
                                "Wir können kündigen, wenn der Kunde an einer rechtswidrigen Weisung festhält.",
                                Status.NOT_FOUND),
                        FamilyFrame.INFRINGING.de(
                                "Besteht der Auftraggeber auf einer Weisung, die gegen die DSGVO verstößt, darf der "
                                        + "Auftragnehmer die Vereinbarung beenden.",
                                Status.NOT_FOUND),
                        FamilyFrame.INFRINGING.enInstead(
                                "Should the Customer insist on an instruction that infringes the GDPR, either party may "
                                        + "end the processing under this DPA.",
                                Status.NOT_FOUND)));
        List<String> close = family(
                "ending the agreement over an insisted instruction, close",
                List.of(
                        FamilyFrame.INFRINGING.enInstead(
                                "The Processor informs the Customer of an instruction it considers unlawful, and may "
                                        + "terminate if the Customer insists on it.",
                                Status.FOUND),
                        FamilyFrame.INFRINGING.enInstead(
                                "If an instruction infringes the GDPR in our view we tell you at once; if you insist "
                                        + "on the instruction, we may end the agreement.",
                                Status.FOUND),
                        FamilyFrame.INFRINGING.de(
                                "Hält der Auftragnehmer eine Weisung für rechtswidrig, weist er den Auftraggeber darauf "
                                        + "hin; hält der Auftraggeber an ihr fest, kann er kündigen.",
                                Status.FOUND),
                        FamilyFrame.INFRINGING.de(
                                "Besteht der Kunde auf einer Weisung, die wir als rechtswidrig gemeldet haben, können "
                                        + "wir kündigen.",
                                Status.FOUND)));
        check(absent, close);
    }
}
