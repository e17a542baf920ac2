/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 31 of #16 (general readings on the precision side, a fifth time): causes of a weaker or absent verdict that
 * earlier rounds did not reach, each as a family of paraphrases of our own in English and German beside close
 * sentences whose verdict must not change. Each member is read in the frames of {@link WordingFrames} through {@link
 * FamilyFrame}.
 */
class RoundThirtyOneTest {

    // --- Art. 28(3)(a) GDPR, Clause 7.1(a) of 2021/915: only on documented instructions, unless Union or Member State
    // law requires otherwise (and then with a notice beforehand); an exception for the law in general reaches any
    // country's law ---

    private static final FamilyFrame INSTRUCTIONS =
            new FamilyFrame(Requirement.INSTRUCTIONS, "6. Instructions", "", "§ 3 Weisungen", "");

    private static final String INFRINGING_EN =
            " Where the Processor considers that an instruction infringes the GDPR, it tells the Customer at once.";
    private static final String INFRINGING_DE =
            " Hält er eine Weisung für rechtswidrig, weist er den Auftraggeber unverzüglich darauf hin.";

    @Test
    void should_read_an_exception_for_the_law_in_general_as_weaker() {
        List<String> weaker = family(
                "instructions, an exception for any law",
                List.of(
                        INSTRUCTIONS.en(
                                "The Processor processes personal data only on documented instructions from the "
                                        + "Customer, unless otherwise required by applicable law."
                                        + INFRINGING_EN,
                                Status.WEAKER),
                        INSTRUCTIONS.en(
                                "The Processor will process the personal data only on the Customer's documented "
                                        + "instructions, except as required by applicable law."
                                        + INFRINGING_EN,
                                Status.WEAKER),
                        INSTRUCTIONS.en(
                                "The Processor processes personal data only on documented instructions from the "
                                        + "Customer, unless it is obliged by law to process them otherwise."
                                        + INFRINGING_EN,
                                Status.WEAKER),
                        INSTRUCTIONS.en(
                                "The Processor acts only on the Customer's documented instructions unless any law to "
                                        + "which it is subject requires otherwise, in which case it informs the "
                                        + "Customer beforehand."
                                        + INFRINGING_EN,
                                Status.WEAKER),
                        INSTRUCTIONS.en(
                                "The Processor processes personal data only on documented instructions from the "
                                        + "Customer, except where applicable law requires otherwise."
                                        + INFRINGING_EN,
                                Status.WEAKER),
                        INSTRUCTIONS.de(
                                "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                                        + "Auftraggebers, es sei denn, er ist gesetzlich zu einer anderen Verarbeitung "
                                        + "verpflichtet."
                                        + INFRINGING_DE,
                                Status.WEAKER),
                        INSTRUCTIONS.de(
                                "Der Auftragnehmer verarbeitet die Daten ausschließlich auf dokumentierte Weisung des "
                                        + "Auftraggebers, soweit nicht das anwendbare Recht etwas anderes verlangt."
                                        + INFRINGING_DE,
                                Status.WEAKER),
                        INSTRUCTIONS.de(
                                "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                                        + "Auftraggebers, außer wenn ein Gesetz ihn zu einer anderen Verarbeitung "
                                        + "zwingt."
                                        + INFRINGING_DE,
                                Status.WEAKER),
                        INSTRUCTIONS.de(
                                "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                                        + "Auftraggebers, sofern nicht geltendes Recht eine andere Verarbeitung "
                                        + "vorschreibt; in diesem Fall teilt er dies dem Auftraggeber vorher mit."
                                        + INFRINGING_DE,
                                Status.WEAKER)));
        List<String> close = family(
                "instructions, an exception for any law, close",
                List.of(
                        INSTRUCTIONS.en(
                                "The Processor processes personal data only on documented instructions from the "
                                        + "Customer, unless required to do so by Union or Member State law to which "
                                        + "it is subject."
                                        + INFRINGING_EN,
                                Status.FOUND),
                        INSTRUCTIONS.en(
                                "The Processor processes personal data only on documented instructions from the "
                                        + "Customer, unless EU or Member State law requires otherwise, in which case it "
                                        + "informs the Customer beforehand unless applicable law prohibits this."
                                        + INFRINGING_EN,
                                Status.FOUND),
                        INSTRUCTIONS.en(
                                "The Processor processes personal data only on documented instructions from the "
                                        + "Customer."
                                        + INFRINGING_EN,
                                Status.FOUND),
                        INSTRUCTIONS.de(
                                "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                                        + "Auftraggebers, es sei denn, er ist durch das Recht der Union oder der "
                                        + "Mitgliedstaaten dazu verpflichtet."
                                        + INFRINGING_DE,
                                Status.FOUND),
                        INSTRUCTIONS.de(
                                "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                                        + "Auftraggebers, es sei denn, er ist nach Unionsrecht zu einer anderen "
                                        + "Verarbeitung verpflichtet."
                                        + INFRINGING_DE,
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Clause 10(d) of 2021/915, Art. 28(3)(g) GDPR: the processor certifies the deletion; a certificate or
    // confirmation the processing produces for the controller's business, named beside the deletion, certifies
    // nothing ---

    private static final FamilyFrame DELETION = new FamilyFrame(
            Requirement.DELETION_CERTIFIED,
            "13. End of processing",
            "When the services end, the Processor shall, at the Customer's choice, delete or return all personal data. ",
            "§ 9 Löschung",
            "Nach Ende des Auftrags löscht der Auftragnehmer alle Daten oder gibt sie nach Wahl des Auftraggebers "
                    + "zurück. ");

    @Test
    void should_read_the_certificates_the_processing_produces_as_no_certification_of_deletion() {
        List<String> absent = family(
                "deletion certified, certificates the processing produces",
                List.of(
                        DELETION.en(
                                "The processing covers enrolment, storage, the generation of certificates and "
                                        + "deletion.",
                                Status.NOT_FOUND),
                        DELETION.en(
                                "The platform keeps attendance, issues certificates of completion and deletes old "
                                        + "accounts.",
                                Status.NOT_FOUND),
                        DELETION.en(
                                "Processing operations: storage, sending booking confirmations and reminders, "
                                        + "deletion.",
                                Status.NOT_FOUND),
                        DELETION.en(
                                "The Processor hands over the exam certificates as PDF files and then deletes the "
                                        + "remaining copies.",
                                Status.NOT_FOUND),
                        DELETION.de(
                                "Art der Verarbeitung: Erfassung, Speicherung, Versand von Bestätigungen und "
                                        + "Elternbriefen, Löschung.",
                                Status.NOT_FOUND),
                        DELETION.de(
                                "Die Rückgabe umfasst die Ausbildungsnachweise als PDF; danach werden die Kopien "
                                        + "vernichtet.",
                                Status.NOT_FOUND),
                        DELETION.de(
                                "Die Verarbeitung umfasst die Erstellung von Teilnahmebescheinigungen und die Löschung "
                                        + "nach Kursende.",
                                Status.NOT_FOUND),
                        DELETION.de(
                                "Verarbeitet werden Anmeldung, Ausstellung von Zeugnissen und Löschung der Konten.",
                                Status.NOT_FOUND)));
        List<String> close = family(
                "deletion certified, certificates the processing produces, close",
                List.of(
                        DELETION.en("The Processor shall certify the deletion in writing.", Status.FOUND),
                        DELETION.en(
                                "The Processor issues a certificate of deletion once the copies are destroyed.",
                                Status.FOUND),
                        DELETION.en(
                                "The Processor returns the course certificates and confirms the deletion in writing.",
                                Status.FOUND),
                        DELETION.de(
                                "Der Auftragnehmer bestätigt die Löschung schriftlich und übergibt die "
                                        + "Ausbildungsnachweise.",
                                Status.FOUND),
                        DELETION.de("Der Auftragnehmer übergibt ein Löschprotokoll.", Status.FOUND)));
        check(absent, close);
    }

    // --- Clause 10(d) of 2021/915: the processor certifies to the controller that it has deleted the data; not only
    // in one plan, not only that the deletion has begun ---

    @Test
    void should_read_a_confirmation_only_in_some_plans_or_of_a_deletion_begun_as_weaker() {
        List<String> weaker = family(
                "deletion certified, some plans or a deletion begun",
                List.of(
                        DELETION.en(
                                "Customers on the Enterprise plan receive a written confirmation of deletion.",
                                Status.WEAKER),
                        DELETION.en(
                                "Accounts on the Premium tier may ask for a certificate of deletion.", Status.WEAKER),
                        DELETION.en(
                                "On request, the Processor confirms by e-mail that deletion has been initiated.",
                                Status.WEAKER),
                        DELETION.en(
                                "The Processor certifies in writing that the deletion has been scheduled.",
                                Status.WEAKER),
                        DELETION.de(
                                "Im Tarif Premium erhält der Auftraggeber eine schriftliche Bestätigung der Löschung.",
                                Status.WEAKER),
                        DELETION.de(
                                "Der Auftragnehmer bestätigt dem Auftraggeber schriftlich, dass die Löschung "
                                        + "eingeleitet wurde.",
                                Status.WEAKER),
                        DELETION.de("Kunden im Paket Business erhalten eine Bestätigung der Löschung.", Status.WEAKER),
                        DELETION.de(
                                "Auf Wunsch bestätigt der Auftragnehmer die Einleitung der Löschung.", Status.WEAKER)));
        List<String> close = family(
                "deletion certified, some plans or a deletion begun, close",
                List.of(
                        DELETION.en(
                                "The Processor confirms in writing that the deletion has been completed.",
                                Status.FOUND),
                        DELETION.en(
                                "Customers on every plan receive a written confirmation of deletion.", Status.FOUND),
                        DELETION.de(
                                "Der Auftragnehmer bestätigt dem Auftraggeber schriftlich die erfolgte Löschung.",
                                Status.FOUND),
                        DELETION.de(
                                "Der Auftragnehmer bestätigt die Löschung nach ihrem Abschluss in Textform.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
