/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Duties read against the elements the law gives them (#16, weak35, stage W of round 35): wording in the duty's own
 * sentence that takes an element back. A duty of assistance made conditional on a controller act beyond asking (Art.
 * 28(3)(e), (f), (h) GDPR; Clauses 7.6(b) and 8 of 2021/915), an objection to a sub-processor change whose exit forfeits
 * what the controller paid (Art. 28(2) second sentence; Clause 7.7(a)), a breach notice counted from anything but
 * awareness (Art. 33(2); Clause 8(d)), and a notice of an infringing instruction only when obvious or later than
 * immediately (Art. 28(3) second subparagraph; Clause 7.1(b)). Each member is our own paraphrase; the close sentences,
 * whose verdict must not change, keep the element.
 */
class WeakThirtyFiveTest {

    private static final FamilyFrame RIGHTS = new FamilyFrame(
            Requirement.DATA_SUBJECT_RIGHTS, "10. Data subject rights", "", "§ 7 Betroffenenrechte", "");

    private static final FamilyFrame CHANGES = new FamilyFrame(
            Requirement.SUBPROCESSOR_CHANGES,
            "9. Sub-processors",
            "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                    + "We will inform the Customer of any intended addition or replacement at least 30 days in advance, "
                    + "and the Customer may object within that period. ",
            "§ 6 Unterauftragsverarbeiter",
            "Der Auftraggeber erteilt die allgemeine schriftliche Genehmigung für die in Anlage 3 genannten "
                    + "Unterauftragsverarbeiter. Über beabsichtigte Änderungen informiert der Auftragnehmer mindestens "
                    + "vier Wochen vorher in Textform; der Auftraggeber kann innerhalb dieser Frist widersprechen. ");

    private static final FamilyFrame BREACH = new FamilyFrame(
            Requirement.BREACH_NOTIFICATION, "11. Personal data breaches", "", "§ 8 Datenschutzverletzungen", "");

    @Test
    void should_read_assistance_conditional_on_a_form_an_order_or_a_plan_as_weaker() {
        List<String> weaker = family(
                "assistance with requests conditional on a controller act beyond asking",
                List.of(
                        RIGHTS.enInstead(
                                "The Processor assists the Customer in responding to data subject requests only if "
                                        + "the Customer submits the request form provided in the admin portal.",
                                Status.WEAKER),
                        RIGHTS.enInstead(
                                "For customers on the Enterprise support plan, we assist with requests from data "
                                        + "subjects to exercise their rights.",
                                Status.WEAKER),
                        RIGHTS.enInstead(
                                "We help you answer data subject requests, provided that you have ordered the "
                                        + "privacy assistance package.",
                                Status.WEAKER),
                        RIGHTS.enInstead(
                                "We are not obliged to assist with data subject requests unless you have purchased "
                                        + "additional support hours.",
                                Status.WEAKER),
                        RIGHTS.enInstead(
                                "The Supplier assists with requests of data subjects once the Customer approves the "
                                        + "Supplier's quote for that work.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen, "
                                        + "sofern der Auftraggeber den Antrag über das vorgegebene Formular im "
                                        + "Kundenportal übermittelt.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Bei Anträgen betroffener Personen unterstützt der Auftragnehmer auf Anforderung über "
                                        + "das Ticketformular „Betroffenenanfrage“.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Die Unterstützung bei Anträgen betroffener Personen erbringt der Anbieter, wenn der "
                                        + "Kunde sie gesondert beauftragt.",
                                Status.WEAKER)));
        List<String> close = family(
                "assistance with requests conditional on a controller act beyond asking, close",
                List.of(
                        RIGHTS.enInstead(
                                "The Processor assists the Customer in responding to data subject requests on the "
                                        + "Customer's request in writing.",
                                Status.FOUND),
                        RIGHTS.enInstead(
                                "We assist you with data subject requests; you may send a request through the form "
                                        + "in the portal or by e-mail.",
                                Status.FOUND),
                        RIGHTS.enInstead(
                                "For customers on any plan, we assist with requests from data subjects to exercise "
                                        + "their rights.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber auf schriftliche Anforderung bei der "
                                        + "Beantwortung von Anträgen betroffener Personen.",
                                Status.FOUND)));
        check(weaker, close);
    }

    @Test
    void should_read_an_objection_whose_exit_forfeits_the_fees_paid_as_weaker() {
        List<String> weaker = family(
                "sub-processor changes, the exit at the controller's cost",
                List.of(
                        CHANGES.enInstead(
                                "If the Customer objects, its sole remedy is to terminate the agreement; fees already "
                                        + "paid for the current subscription year are not refundable.",
                                Status.WEAKER),
                        CHANGES.enInstead(
                                "Following an objection the Customer may cancel its subscription; any fees paid in "
                                        + "advance for the remaining term will not be refunded.",
                                Status.WEAKER),
                        CHANGES.enInstead(
                                "An objection entitles you to end the service before the new sub-processor starts; "
                                        + "prepaid charges for the unused period are non-refundable.",
                                Status.WEAKER),
                        CHANGES.enInstead(
                                "Where the Customer terminates because of the new sub-processor, no refund of prepaid "
                                        + "fees is due.",
                                Status.WEAKER),
                        CHANGES.enInstead(
                                "The Customer may terminate on objection. Fees paid for the sub-processor's services "
                                        + "period are not refunded.",
                                Status.WEAKER),
                        CHANGES.de(
                                "Der Widerspruch berechtigt den Auftraggeber zur Kündigung. Ein Anspruch auf "
                                        + "Erstattung bereits gezahlter Entgelte besteht nicht; der Auftragnehmer darf "
                                        + "den Unterauftragsverarbeiter danach einsetzen.",
                                Status.WEAKER),
                        CHANGES.de(
                                "Im Fall des Widerspruchs kann der Auftraggeber kündigen; im Voraus gezahlte "
                                        + "Vergütungen werden nicht erstattet.",
                                Status.WEAKER),
                        CHANGES.de(
                                "Kündigt der Kunde wegen eines neuen Unterauftragsverarbeiters, erfolgt keine "
                                        + "Erstattung der Jahresgebühr.",
                                Status.WEAKER)));
        List<String> close = family(
                "sub-processor changes, the exit at the controller's cost, close",
                List.of(
                        CHANGES.enInstead(
                                "If the Customer objects, it may terminate the affected service and we refund any "
                                        + "prepaid fees for the remaining term.",
                                Status.FOUND),
                        CHANGES.enInstead(
                                "If the Customer objects, its sole remedy is termination of the affected service.",
                                Status.FOUND),
                        CHANGES.enInstead(
                                "Fees are not refunded, except where the Customer terminates following an objection "
                                        + "to a new sub-processor.",
                                Status.FOUND),
                        CHANGES.de(
                                "Im Fall des Widerspruchs kann der Auftraggeber kündigen; im Voraus gezahlte "
                                        + "Vergütungen werden anteilig erstattet.",
                                Status.FOUND)));
        check(weaker, close);
    }

    @Test
    void should_read_a_breach_notice_counted_from_the_processors_own_review_as_weaker() {
        List<String> weaker = family(
                "breach notice counted from anything but awareness",
                List.of(
                        BREACH.en(
                                "The Processor will notify the Customer of a personal data breach without undue "
                                        + "delay, and in any event within 72 hours after completing its investigation.",
                                Status.WEAKER),
                        BREACH.en(
                                "We notify you of a personal data breach within 48 hours of confirming the incident.",
                                Status.WEAKER),
                        BREACH.en(
                                "The Supplier shall report any personal data breach to the Customer within 24 hours "
                                        + "following verification of the breach.",
                                Status.WEAKER),
                        BREACH.en(
                                "Personal data breaches are notified to the Customer upon conclusion of the "
                                        + "Provider's internal assessment.",
                                Status.WEAKER),
                        BREACH.en(
                                "The Processor informs the Customer of a personal data breach on completion of its "
                                        + "root-cause analysis.",
                                Status.WEAKER),
                        BREACH.de(
                                "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes "
                                        + "personenbezogener Daten innerhalb von 48 Stunden nach Bestätigung des "
                                        + "Vorfalls.",
                                Status.WEAKER),
                        BREACH.de(
                                "Verletzungen des Schutzes personenbezogener Daten meldet der Anbieter unverzüglich "
                                        + "nach Abschluss seiner Analyse.",
                                Status.WEAKER),
                        BREACH.de(
                                "Der Auftragnehmer unterrichtet den Auftraggeber über Datenschutzverletzungen binnen "
                                        + "24 Stunden ab Verifizierung des Vorfalls.",
                                Status.WEAKER)));
        List<String> close = family(
                "breach notice counted from anything but awareness, close",
                List.of(
                        BREACH.en(
                                "The Processor will notify the Customer of a personal data breach without undue "
                                        + "delay and where feasible within 48 hours after becoming aware of it.",
                                Status.FOUND),
                        BREACH.en(
                                "The Processor will notify the Customer of a personal data breach without undue "
                                        + "delay after becoming aware of it and will provide further information "
                                        + "after completing its investigation.",
                                Status.FOUND),
                        BREACH.en(
                                "We notify you of a personal data breach without undue delay and do not wait for "
                                        + "the completion of our investigation.",
                                Status.FOUND),
                        BREACH.de(
                                "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes "
                                        + "personenbezogener Daten unverzüglich, nachdem ihm die Verletzung bekannt "
                                        + "geworden ist.",
                                Status.FOUND)));
        check(weaker, close);
    }

    @Test
    void should_read_a_notice_of_infringing_instructions_only_when_obvious_or_late_as_weaker() {
        List<String> weaker = family(
                "infringing instruction, threshold or time moved",
                List.of(
                        FamilyFrame.INFRINGING.en(
                                "Where the Processor believes an instruction obviously infringes the GDPR, it will "
                                        + "inform the Customer.",
                                Status.WEAKER),
                        FamilyFrame.INFRINGING.en(
                                "We will let you know if an instruction manifestly breaches data protection law.",
                                Status.WEAKER),
                        FamilyFrame.INFRINGING.en(
                                "If the Supplier considers that an instruction infringes the GDPR, it will inform the "
                                        + "Customer within ten Business Days.",
                                Status.WEAKER),
                        FamilyFrame.INFRINGING.en(
                                "The Processor will raise any instruction it considers to infringe data protection "
                                        + "law at the next quarterly review meeting.",
                                Status.WEAKER),
                        FamilyFrame.INFRINGING.en(
                                "If an instruction clearly violates the GDPR, the Processor shall notify the "
                                        + "Customer.",
                                Status.WEAKER),
                        FamilyFrame.INFRINGING.de(
                                "Ist eine Weisung nach Auffassung des Auftragnehmers offensichtlich rechtswidrig, "
                                        + "informiert er den Auftraggeber.",
                                Status.WEAKER),
                        FamilyFrame.INFRINGING.de(
                                "Verstößt eine Weisung nach Auffassung des Auftragnehmers gegen die DSGVO, weist er "
                                        + "den Auftraggeber im nächsten Quartalsgespräch darauf hin.",
                                Status.WEAKER),
                        FamilyFrame.INFRINGING.de(
                                "Hält der Auftragnehmer eine Weisung für rechtswidrig, informiert er den "
                                        + "Auftraggeber innerhalb von zehn Werktagen.",
                                Status.WEAKER)));
        List<String> close = family(
                "infringing instruction, threshold or time moved, close",
                List.of(
                        FamilyFrame.INFRINGING.en(
                                "If, in the Processor's opinion, an instruction infringes the GDPR, it will "
                                        + "immediately inform the Customer.",
                                Status.FOUND),
                        FamilyFrame.INFRINGING.en(
                                "The Processor shall immediately inform the Customer, and in any event within two "
                                        + "business days, if an instruction infringes data protection law.",
                                Status.FOUND),
                        FamilyFrame.INFRINGING.en(
                                "The Processor shall immediately inform the Customer if an instruction infringes "
                                        + "the GDPR and may suspend it until the Customer confirms it in writing.",
                                Status.FOUND),
                        FamilyFrame.INFRINGING.de(
                                "Ist der Auftragnehmer der Auffassung, dass eine Weisung gegen die DSGVO verstößt, "
                                        + "informiert er den Auftraggeber unverzüglich.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
