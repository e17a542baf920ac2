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

    // --- Clause 10(a)-(b) of 2021/915: the controller may suspend the processing of a processor in breach and may
    // terminate where compliance is not restored within a reasonable time, in any event within one month ---

    private static final FamilyFrame TERMINATION = new FamilyFrame(
            Requirement.SUSPENSION_AND_TERMINATION,
            "15. Suspension",
            "If the Processor breaches these terms, the Customer may suspend the processing until the breach is "
                    + "remedied. ",
            "§ 12 Verstöße",
            "Verstößt der Auftragnehmer gegen diese Vereinbarung, kann der Auftraggeber die Verarbeitung bis zur "
                    + "Behebung des Verstoßes aussetzen. ");

    @Test
    void should_read_a_termination_for_breach_only_after_more_than_a_month_as_weaker() {
        List<String> weaker = family(
                "termination for breach after more than a month",
                List.of(
                        TERMINATION.en(
                                "If the Processor fails to cure the breach within sixty (60) days after written notice, "
                                        + "the Customer may terminate the affected order.",
                                Status.WEAKER),
                        TERMINATION.en(
                                "The Customer may terminate the main contract only if the Processor has not remedied "
                                        + "the breach within 90 days of that notice.",
                                Status.WEAKER),
                        TERMINATION.en(
                                "Either party may terminate for a material breach that is not cured within three "
                                        + "months of written notice.",
                                Status.WEAKER),
                        TERMINATION.en(
                                "Where the breach persists, the Customer may terminate the agreement with six months' "
                                        + "notice.",
                                Status.WEAKER),
                        TERMINATION.de(
                                "Behebt der Auftragnehmer den Verstoß nicht innerhalb von drei Monaten, kann der "
                                        + "Auftraggeber den Hauptvertrag kündigen.",
                                Status.WEAKER),
                        TERMINATION.de(
                                "Nach erfolgloser Abmahnung kann der Auftraggeber diese Vereinbarung wegen des "
                                        + "Verstoßes mit einer Frist von drei Monaten kündigen.",
                                Status.WEAKER),
                        TERMINATION.de(
                                "Wird der Verstoß nicht binnen 60 Tagen abgestellt, darf der Auftraggeber den Vertrag "
                                        + "außerordentlich kündigen.",
                                Status.WEAKER),
                        TERMINATION.de(
                                "Hat der Auftragnehmer den Verstoß nach sechs Wochen nicht behoben, kann der "
                                        + "Auftraggeber kündigen.",
                                Status.WEAKER)));
        List<String> close = family(
                "termination for breach after more than a month, close",
                List.of(
                        TERMINATION.en(
                                "If the breach is not remedied within 30 days, the Customer may terminate the main "
                                        + "contract as far as it concerns the processing.",
                                Status.FOUND),
                        TERMINATION.en(
                                "If compliance is not restored within one month, the Customer may terminate the "
                                        + "contract insofar as it concerns the processing.",
                                Status.FOUND),
                        TERMINATION.en(
                                "Either party may terminate the subscription with three months' notice at the end of "
                                        + "any contract year.",
                                Status.FOUND),
                        TERMINATION.de(
                                "Wird der Verstoß nicht binnen zwei Wochen behoben, kann der Auftraggeber den Vertrag "
                                        + "fristlos kündigen.",
                                Status.FOUND),
                        TERMINATION.de(
                                "Jede Partei kann den Hauptvertrag mit einer Frist von drei Monaten zum Jahresende "
                                        + "ordentlich kündigen.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3)(g) GDPR, Clause 10(d) of 2021/915: after the end, deletion or return at the controller's choice,
    // storage only where Union or Member State law requires it; not the processor's own retention rules ---

    private static final FamilyFrame RETURN = new FamilyFrame(
            Requirement.DELETION_RETURN,
            "13. End of processing",
            "When the services end, the Processor shall, at the Customer's choice, delete or return all personal data, "
                    + "and shall certify the deletion in writing. ",
            "§ 9 Löschung",
            "Nach Ende des Auftrags löscht der Auftragnehmer alle Daten oder gibt sie nach Wahl des Auftraggebers "
                    + "zurück und bestätigt die Löschung schriftlich. ");

    @Test
    void should_read_a_deletion_by_the_processors_own_retention_rules_as_weaker() {
        List<String> weaker = family(
                "deletion by the processor's own retention rules",
                List.of(
                        RETURN.en(
                                "The Processor may keep copies in accordance with its standard data retention "
                                        + "practices.",
                                Status.WEAKER),
                        RETURN.en("Remaining data is deleted in line with our retention schedule.", Status.WEAKER),
                        RETURN.en(
                                "Deletion takes place according to the Processor's internal retention policy.",
                                Status.WEAKER),
                        RETURN.en(
                                "Archived records are erased under its own storage rules once they expire.",
                                Status.WEAKER),
                        RETURN.de(
                                "Kopien bewahrt der Auftragnehmer gemäß seinen internen Aufbewahrungsrichtlinien auf.",
                                Status.WEAKER),
                        RETURN.de("Die Löschung erfolgt nach seinem Aufbewahrungskonzept.", Status.WEAKER),
                        RETURN.de(
                                "Sicherungskopien werden entsprechend den eigenen Speicherfristen des Auftragnehmers "
                                        + "gelöscht.",
                                Status.WEAKER),
                        RETURN.de(
                                "Restbestände löscht der Auftragnehmer gemäß unserem Archivierungsplan.",
                                Status.WEAKER)));
        List<String> close = family(
                "deletion by the processor's own retention rules, close",
                List.of(
                        RETURN.en(
                                "Copies are kept only where Union or Member State law requires their storage.",
                                Status.FOUND),
                        RETURN.en("Deletion follows the Customer's retention policy as instructed.", Status.FOUND),
                        RETURN.en(
                                "Backup copies expire within thirty days and stay protected until then.", Status.FOUND),
                        RETURN.de(
                                "Kopien bewahrt der Auftragnehmer nur gemäß den gesetzlichen Aufbewahrungsfristen "
                                        + "des Unionsrechts auf.",
                                Status.FOUND),
                        RETURN.de(
                                "Die Rückgabe erfolgt nach Wahl des Auftraggebers als Datei oder auf einem Datenträger.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 33(2) GDPR, Clause 9.2 of 2021/915: the notice runs from the processor's awareness of the breach, not
    // from the moment it has confirmed the breach itself ---

    private static final FamilyFrame BREACH = new FamilyFrame(
            Requirement.BREACH_NOTIFICATION, "12. Personal data breaches", "", "§ 8 Meldung von Verletzungen", "");

    @Test
    void should_read_a_notice_that_runs_from_the_processors_own_confirmation_as_weaker() {
        List<String> weaker = family(
                "breach notice from the processor's own confirmation",
                List.of(
                        BREACH.en(
                                "Once the Processor has confirmed that a personal data breach has occurred, it shall "
                                        + "notify the Customer without undue delay.",
                                Status.WEAKER),
                        BREACH.en(
                                "Once we have confirmed a personal data breach affecting your data, we will tell you "
                                        + "without undue delay.",
                                Status.WEAKER),
                        BREACH.en(
                                "The Processor notifies the Customer of a personal data breach within 48 hours after it "
                                        + "has verified the breach.",
                                Status.WEAKER),
                        BREACH.en(
                                "When Fjordline has validated that a personal data breach occurred, it informs the "
                                        + "Customer without undue delay.",
                                Status.WEAKER),
                        BREACH.de(
                                "Sobald der Auftragnehmer die Verletzung des Schutzes personenbezogener Daten "
                                        + "bestätigt hat, meldet er sie dem Auftraggeber unverzüglich.",
                                Status.WEAKER),
                        BREACH.de(
                                "Nachdem wir eine Datenschutzverletzung verifiziert haben, melden wir sie Ihnen "
                                        + "unverzüglich.",
                                Status.WEAKER),
                        BREACH.de(
                                "Der Auftragnehmer meldet Verletzungen des Schutzes personenbezogener Daten "
                                        + "unverzüglich, wenn er den Vorfall bestätigt hat.",
                                Status.WEAKER),
                        BREACH.de(
                                "Wenn der Anbieter eine Verletzung des Schutzes personenbezogener Daten validiert hat, "
                                        + "unterrichtet er den Auftraggeber unverzüglich.",
                                Status.WEAKER)));
        List<String> close = family(
                "breach notice from the processor's own confirmation, close",
                List.of(
                        BREACH.en(
                                "The Processor shall notify the Customer of any personal data breach without undue "
                                        + "delay after becoming aware of it.",
                                Status.FOUND),
                        BREACH.en(
                                "The Processor shall notify the Customer of any personal data breach without undue "
                                        + "delay after becoming aware of it, and shall update the notice once it has "
                                        + "more information.",
                                Status.FOUND),
                        BREACH.de(
                                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes "
                                        + "personenbezogener Daten unverzüglich, nachdem sie ihm bekannt geworden ist.",
                                Status.FOUND),
                        BREACH.de(
                                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes "
                                        + "personenbezogener Daten unverzüglich nach Kenntniserlangung.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
