/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The data subjects' requests answered by a team of the processor itself (#16, the lead, session 34): Clause 8(a) of
 * 2021/915 lets the processor respond to a request only where the controller authorises it (Art. 12 and 28(3)(e) GDPR:
 * the controller answers, the processor assists). An agreement whose requests are "handled by Fundwell's support team
 * directly" (a training document that recall34's reading of forwarded requests moved to found) keeps them with the
 * processor. Each member is our own paraphrase after a sentence of assistance; the close sentences, whose verdict must
 * not change, name the customer's team, the controller's instruction, or a team that forwards the requests.
 */
class RequestsThirtyFourTest {

    @Test
    void should_read_requests_handled_directly_by_a_team_of_the_processor_as_weaker() {
        List<String> weaker = family(
                "requests handled directly by the processor's team",
                List.of(
                        FamilyFrame.REQUESTS.enInstead(
                                "Requests from users about their accounts are handled by Fundmark's support team "
                                        + "directly, following Fundmark's privacy notice.",
                                Status.WEAKER),
                        FamilyFrame.REQUESTS.enInstead(
                                "Access and erasure requests from members are handled directly by our customer "
                                        + "service team.",
                                Status.WEAKER),
                        FamilyFrame.REQUESTS.enInstead(
                                "Requests concerning the app are dealt with by the Supplier's privacy team directly "
                                        + "under its own policy.",
                                Status.WEAKER),
                        FamilyFrame.REQUESTS.enInstead(
                                "Such requests are answered by our own helpdesk team directly within one month.",
                                Status.WEAKER),
                        FamilyFrame.REQUESTS.enInstead(
                                "Requests by backers are resolved by the Provider's data protection team directly.",
                                Status.WEAKER),
                        FamilyFrame.REQUESTS.enInstead(
                                "Any request from a patient is handled by its support desk directly and recorded "
                                        + "in the monthly report.",
                                Status.WEAKER),
                        FamilyFrame.REQUESTS.de(
                                "Anträge der Nutzer werden vom Kundenservice des Anbieters direkt bearbeitet.",
                                Status.WEAKER),
                        FamilyFrame.REQUESTS.de(
                                "Auskunftsersuchen der Mitglieder werden von unserem Support-Team selbst beantwortet.",
                                Status.WEAKER)));
        List<String> close = family(
                "requests handled directly by the processor's team, close",
                List.of(
                        FamilyFrame.REQUESTS.enInstead(
                                "Requests are handled by the Customer's support team directly.", Status.FOUND),
                        FamilyFrame.REQUESTS.enInstead(
                                "Requests are handled by our support team directly only on the Customer's written "
                                        + "instruction.",
                                Status.FOUND),
                        FamilyFrame.REQUESTS.enInstead(
                                "Requests received by us are handled by our support team, which forwards them to the "
                                        + "Customer directly.",
                                Status.FOUND),
                        FamilyFrame.REQUESTS.de(
                                "Anträge werden vom Kundenservice des Anbieters direkt an den Auftraggeber "
                                        + "weitergeleitet.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
