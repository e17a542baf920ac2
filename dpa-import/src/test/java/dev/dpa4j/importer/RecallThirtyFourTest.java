/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recall34 of #16 (general readings on the recall side, an eighth round). Two terms the law states that agreements word
 * with other verbs than the cues knew: the return of the data at the end worded as handing them over ("hands over … or
 * deletes them", „gibt … heraus oder löscht sie“, „übergibt … oder löscht sie“; Art. 28(3)(g) GDPR, Clause 7.5 of
 * 2021/915), and the data subjects' requests named by the data subjects' role and the rights they concern ("if a
 * listener contacts us about their rights", „Anfragen von Reisegästen zu ihren Rechten“; Art. 28(3)(e) GDPR, Clause
 * 8(c)). Each member is our own paraphrase, read in place of the plain agreements' own clause of {@link WordingFrames};
 * the close sentences, whose verdict must not change, hand over something else, join the two without a choice, or
 * speak of another party's rights.
 */
class RecallThirtyFourTest {

    private static final Status f = Status.FOUND;
    private static final Status w = Status.WEAKER;
    private static final Status n = Status.NOT_FOUND;

    /** The frames' end-of-processing clause replaced by the member. */
    private static final FamilyFrame END =
            new FamilyFrame(Requirement.DELETION_RETURN, "13. End of processing", "", "§ 9 Löschung und Rückgabe", "");

    // --- Art. 28(3)(g) GDPR, Clause 7.5 of 2021/915: the return worded as handing the data over, met ---

    @Test
    void should_read_handing_the_data_over_or_deleting_them_as_the_return_or_deletion() {
        List<String> met = family(
                "the data handed over or deleted at the controller's choice, adequate",
                List.of(
                        END.enInstead(
                                "After the end of the services the Processor, at the Customer's choice, hands over all "
                                        + "personal data in a common format or deletes them.",
                                f),
                        END.enInstead(
                                "When the contract ends, the Processor hands back all personal data to the Customer "
                                        + "or, if the Customer so chooses, erases them.",
                                f),
                        END.enInstead(
                                "On termination the Processor deletes all personal data or, at the Customer's "
                                        + "election, hands them over to the Customer or to a successor it names.",
                                f),
                        END.enInstead(
                                "Upon expiry the Processor will, as the Customer directs, hand over every copy of the "
                                        + "personal data or destroy it.",
                                f),
                        END.de(
                                "Nach Vertragsende gibt der Auftragnehmer nach Wahl des Auftraggebers alle Daten "
                                        + "heraus oder löscht sie.",
                                f),
                        END.de(
                                "Nach Ende des Auftrags übergibt der Auftragnehmer dem Auftraggeber nach dessen Wahl "
                                        + "sämtliche Daten in einem gängigen Format oder löscht sie.",
                                f),
                        END.de(
                                "Mit Vertragsende löscht der Auftragnehmer nach Wahl des Auftraggebers alle "
                                        + "personenbezogenen Daten oder händigt sie ihm aus.",
                                f),
                        END.de(
                                "Nach Beendigung übermittelt der Auftragnehmer alle Daten auf Wunsch des "
                                        + "Auftraggebers an einen von diesem benannten Nachfolger oder vernichtet sie.",
                                f),
                        END.de(
                                "Bei Vertragsende entscheidet der Auftraggeber über die Übergabe oder Löschung der "
                                        + "Daten; der Auftragnehmer verfährt danach.",
                                f)));
        // something else handed over, or the data handed over and deleted without a choice
        List<String> close = family(
                "the data handed over or deleted at the controller's choice, close",
                List.of(
                        END.enInstead(
                                "At the end of the lease the Processor hands over the keys and deletes all personal "
                                        + "data.",
                                w),
                        END.enInstead("After the end of the services the Processor deletes all personal data.", w),
                        END.de(
                                "Nach Vertragsende löscht der Auftragnehmer alle Daten; eine Herausgabe ist "
                                        + "ausgeschlossen.",
                                w),
                        END.de(
                                "Der Auftragnehmer übergibt dem Auftraggeber jährlich einen Bericht über die "
                                        + "Verarbeitung.",
                                n)));
        check(met, close);
    }

    // --- Art. 28(3)(e) GDPR, Clause 8(c) of 2021/915: the data subjects' requests by their role, met ---

    private static final FamilyFrame REQUESTS =
            new FamilyFrame(Requirement.DATA_SUBJECT_RIGHTS, "10. Cooperation", "", "§ 7 Zusammenarbeit", "");

    @Test
    void should_read_requests_of_the_data_subjects_named_by_their_role_as_data_subject_rights() {
        List<String> met = family(
                "requests of data subjects named by their role and rights, adequate",
                List.of(
                        REQUESTS.enInstead(
                                "If a patient or other user contacts the Processor about their rights, the Processor "
                                        + "forwards the request to the Customer without delay and assists it in "
                                        + "answering.",
                                f),
                        REQUESTS.enInstead(
                                "The Processor promptly notifies the Customer of requests from members or other data "
                                        + "subjects and helps the Customer to respond to them.",
                                f),
                        REQUESTS.enInstead(
                                "The Processor assists the Customer by appropriate technical and organisational "
                                        + "measures in fulfilling employees' requests to exercise their rights.",
                                f),
                        REQUESTS.enInstead(
                                "Enquiries from subscribers concerning their rights are passed on to the Customer "
                                        + "and answered only on its instruction; the Processor supports the answer.",
                                f),
                        REQUESTS.de(
                                "Anfragen von Kundinnen und Kunden zu ihren Rechten leitet der Auftragnehmer "
                                        + "unverzüglich an den Auftraggeber weiter und unterstützt ihn bei der Antwort.",
                                f),
                        REQUESTS.de(
                                "Wenden sich Patienten wegen ihrer Rechte an den Auftragnehmer, leitet er die "
                                        + "Anfrage an den Auftraggeber weiter und unterstützt ihn bei der Beantwortung.",
                                f),
                        REQUESTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei der Bearbeitung von Anträgen der "
                                        + "Mitglieder zur Geltendmachung ihrer Rechte.",
                                f),
                        REQUESTS.de(
                                "Ersuchen von Beschäftigten hinsichtlich ihrer Rechte beantwortet der Auftraggeber; "
                                        + "der Auftragnehmer unterstützt ihn dabei mit geeigneten Maßnahmen.",
                                f)));
        // the parties' own rights, an authority's request, or the members' requests without their rights
        List<String> close = family(
                "requests of data subjects named by their role and rights, close",
                List.of(
                        REQUESTS.enInstead(
                                "The Customer may contact the Processor about its rights under the main contract.", n),
                        REQUESTS.enInstead("If a member asks for a copy of the newsletter, the Processor sends it.", n),
                        REQUESTS.de(
                                "Anfragen des Auftraggebers zu seinen Rechten aus dem Hauptvertrag beantwortet der "
                                        + "Auftragnehmer binnen einer Woche.",
                                n),
                        REQUESTS.de("Der Auftragnehmer unterstützt den Auftraggeber bei Anfragen der Presse.", n)));
        check(met, close);
    }
}
