/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.enInstead;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recall28 of #16 (general readings on the recall side, a second round): adequate ways of wording the duration of the
 * processing apart from its subject matter, the certificate of deletion, the notice of inaccurate data and the
 * audits, which the blind sets saw the importer read as weaker or absent — each written as a family of our own
 * paraphrases (sentences, list items, a duty split over two clauses) beside close sentences whose verdict must not
 * change. Read in the frames of {@link WordingFrames}; the families of {@link RecallTwentySevenTest} are not repeated.
 */
class RecallTwentyEightTest {

    private static final Status f = Status.FOUND;
    private static final Status w = Status.WEAKER;
    private static final Status n = Status.NOT_FOUND;

    // --- Art. 28(3) first sentence GDPR, Annex I of 2021/915: the duration stated apart from the subject matter ---

    private static final Requirement SD = Requirement.SUBJECT_AND_DURATION;

    /** One agreement whose clause 2 states only the subject matter and another clause the duration. */
    private record Split(boolean english, String subject, String heading, String body, Status expected) {}

    private static Status read(Split c) {
        if (c.english()) {
            Map<String, String> s = CompletenessTest.strongEnglish();
            s.remove("2. Subject matter and duration");
            s.put("2. Subject matter", c.subject());
            s.put(c.heading(), c.body());
            return CompletenessTest.importText(s).getRequirement(SD).status();
        }
        Map<String, String> s = WordingFrames.plainGerman();
        s.remove("§ 2 Gegenstand und Dauer");
        s.put("§ 2 Gegenstand", c.subject());
        s.put(c.heading(), c.body());
        StringBuilder doc = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        s.forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt")
                .getRequirement(SD)
                .status();
    }

    private static List<String> splits(String name, List<Split> cases) {
        List<String> wrong = new ArrayList<>();
        for (Split c : cases) {
            Status got = read(c);
            if (got != c.expected()) {
                wrong.add(c.expected() + " but " + got + ": " + c.subject() + " / " + c.body());
            }
        }
        System.out.println(String.format(
                Locale.ROOT, "family %s: %d of %d as expected", name, cases.size() - wrong.size(), cases.size()));
        return wrong;
    }

    private static final String SUBJECT_EN = "The Processor hosts the Customer's ticketing system.";
    private static final String SUBJECT_DE = "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware.";

    private static Split en(String heading, String body, Status expected) {
        return new Split(true, SUBJECT_EN, heading, body, expected);
    }

    private static Split de(String heading, String body, Status expected) {
        return new Split(false, SUBJECT_DE, heading, body, expected);
    }

    @Test
    void should_read_a_duration_stated_in_another_clause_as_met() {
        List<String> met = splits(
                "duration apart from the subject matter, adequate",
                List.of(
                        en("19. Term and termination", "This agreement applies for the term of the Main Agreement.", f),
                        en(
                                "19. Term",
                                "This agreement ends when the processing of personal data under the Main Agreement "
                                        + "ends.",
                                f),
                        en(
                                "19. Duration",
                                "The processing lasts as long as the Main Agreement is in force, and these terms "
                                        + "with it.",
                                f),
                        en(
                                "19. Commencement and termination",
                                "These terms take effect on signature and terminate automatically when the main "
                                        + "contract ends.",
                                f),
                        new Split(
                                true,
                                "Processing under these terms: the Processor hosts the Customer's ticketing system.",
                                "19. How long",
                                "The Processor processes the personal data for the duration of the subscription.",
                                f),
                        de("§ 12 Laufzeit", "Diese Vereinbarung gilt für die Laufzeit des Hauptvertrags.", f),
                        de(
                                "§ 12 Laufzeit und Kündigung",
                                "Die Vereinbarung endet mit der Beendigung des Hauptvertrags.",
                                f),
                        de("§ 12 Dauer", "Die Verarbeitung dauert so lange an, wie der Hauptvertrag besteht.", f),
                        de(
                                "§ 12 Inkrafttreten",
                                "Diese Vereinbarung tritt mit ihrer Unterzeichnung in Kraft und endet automatisch, "
                                        + "wenn der Hauptvertrag endet.",
                                f)));
        // no duration anywhere: the subject matter alone stays weaker
        List<String> close = splits(
                "duration apart from the subject matter, weaker",
                List.of(
                        en("19. Notices", "Notices under these terms are given in writing.", w),
                        en(
                                "19. Termination of the main contract",
                                "Either party may terminate the main contract with three months' notice.",
                                w),
                        de("§ 12 Mitteilungen", "Mitteilungen nach dieser Vereinbarung erfolgen in Textform.", w),
                        de(
                                "§ 12 Kündigung des Hauptvertrags",
                                "Jede Partei kann den Hauptvertrag mit einer Frist von drei Monaten kündigen.",
                                w)));
        check(met, close);
    }

    // --- Art. 28(3)(g) GDPR, Clause 10(d) of 2021/915: the processor certifies the deletion ---

    private static final Requirement CERT = Requirement.DELETION_CERTIFIED;
    private static final String CERT_EN = "13. End of processing";
    private static final String DELETE_EN =
            "When the services end, the Processor shall, at the Customer's choice, delete or return all personal "
                    + "data. ";
    private static final FamilyFrame CERT_FRAME = new FamilyFrame(
            CERT,
            CERT_EN,
            DELETE_EN,
            "§ 9 Löschung",
            "Nach Ende des Auftrags löscht der Auftragnehmer alle Daten oder gibt sie nach Wahl des Auftraggebers "
                    + "zurück. ");

    @Test
    void should_read_a_certified_deletion_as_met() {
        List<String> met = family(
                "certified deletion, adequate",
                List.of(
                        CERT_FRAME.enInstead("The Processor confirms the deletion to the Customer in text form.", f),
                        CERT_FRAME.enInstead("It then confirms in writing that the data have been deleted.", f),
                        CERT_FRAME.enInstead(
                                "The Processor certifies to the Customer in writing, within 14 days after completing "
                                        + "the deletion, that it has met section 13.2.",
                                f),
                        CERT_FRAME.enInstead("On request, the Processor gives the Customer a log of the deletion.", f),
                        CERT_FRAME.enInstead(
                                "The Processor provides the Customer with written proof that the data were erased.", f),
                        CERT_FRAME.enInstead(
                                "Once the data are deleted, the Processor sends the Customer a written statement "
                                        + "to that effect.",
                                f),
                        CERT_FRAME.de("Die Löschung bestätigt der Auftragnehmer dem Auftraggeber in Textform.", f),
                        CERT_FRAME.de("Der Auftragnehmer weist dem Auftraggeber die Löschung schriftlich nach.", f),
                        CERT_FRAME.de(
                                "Der Auftragnehmer teilt dem Auftraggeber schriftlich mit, dass die Daten gelöscht "
                                        + "wurden.",
                                f),
                        CERT_FRAME.de("Auf Verlangen erhält der Auftraggeber ein Protokoll über die Löschung.", f),
                        CERT_FRAME.de(
                                "Der Auftragnehmer hat dem Auftraggeber die erfolgte Löschung schriftlich zu "
                                        + "bestätigen.",
                                f)));
        // a deletion nobody attests to the controller, or one the processor only records for itself
        List<String> close = family(
                "certified deletion, not stated",
                List.of(
                        CERT_FRAME.enInstead("The Processor keeps an internal record of the deletion.", n),
                        CERT_FRAME.enInstead("Deletion follows the Processor's standard retention schedule.", n),
                        CERT_FRAME.de("Der Auftragnehmer dokumentiert die Löschung intern.", n),
                        CERT_FRAME.de("Die Löschung erfolgt nach dem Löschkonzept des Auftragnehmers.", n)));
        check(met, close);
    }

    // --- Clause 8(c)(3) of 2021/915 (Art. 5(1)(d), Art. 28(3)(f) GDPR): notice of inaccurate or outdated data ---

    private static final Requirement INACC = Requirement.INACCURATE_DATA;
    private static final String INACC_EN = "11. Assistance";
    private static final String DPIA_EN = "The Processor helps the Customer with data protection impact assessments "
            + "and the prior consultation of the supervisory authority. ";
    private static final FamilyFrame INACC_FRAME = new FamilyFrame(INACC, INACC_EN, DPIA_EN, "§ 12 Richtigkeit", "");

    @Test
    void should_read_a_notice_of_inaccurate_data_as_met() {
        List<String> met = family(
                "inaccurate data, adequate",
                List.of(
                        INACC_FRAME.enInstead(
                                "If the Processor believes that personal data it processes are inaccurate, it shall "
                                        + "inform the Customer without delay.",
                                f),
                        INACC_FRAME.enInstead(
                                "Where the Processor becomes aware that data it holds for the Customer are wrong or "
                                        + "out of date, it tells the Customer without undue delay.",
                                f),
                        INACC_FRAME.enInstead(
                                "The Processor shall inform the Customer without delay if it becomes aware that "
                                        + "personal data it processes for the Customer, for instance a delivery address "
                                        + "or a customer number in an order list, is inaccurate or has become outdated.",
                                f),
                        INACC_FRAME.enInstead(
                                "Should the Processor notice errors in the personal data, it shall notify the Customer.",
                                f),
                        INACC_FRAME.enInstead(
                                "The Processor informs the Customer without delay of any personal data it finds to "
                                        + "be incorrect.",
                                f),
                        INACC_FRAME.de(
                                "Stellt der Auftragnehmer fest, dass Daten unrichtig oder veraltet sind, teilt er "
                                        + "dies dem Auftraggeber unverzüglich mit.",
                                f),
                        INACC_FRAME.de(
                                "Hält der Auftragnehmer Daten für fehlerhaft, informiert er den Auftraggeber "
                                        + "unverzüglich.",
                                f),
                        INACC_FRAME.de(
                                "Erkennt der Auftragnehmer, dass Daten falsch oder nicht mehr aktuell sind, weist er "
                                        + "den Auftraggeber unverzüglich darauf hin.",
                                f),
                        INACC_FRAME.de(
                                "Der Auftragnehmer unterrichtet den Auftraggeber unverzüglich, wenn ihm fehlerhafte "
                                        + "Daten auffallen.",
                                f)));
        // rectification only on instruction, or the controller's own responsibility for accuracy, is no notice
        List<String> close = family(
                "inaccurate data, not stated",
                List.of(
                        INACC_FRAME.enInstead(
                                "The Processor rectifies, erases or restricts personal data only on the Customer's "
                                        + "documented instructions.",
                                n),
                        INACC_FRAME.enInstead("The Customer is responsible for the accuracy of the personal data.", n),
                        INACC_FRAME.enInstead(
                                "If the Customer finds that personal data are inaccurate, the Customer shall inform "
                                        + "the Processor.",
                                n),
                        INACC_FRAME.de(
                                "Berichtigung, Einschränkung und Löschung der Daten nimmt der Auftragnehmer nur auf "
                                        + "Weisung des Auftraggebers vor.",
                                n),
                        INACC_FRAME.de(
                                "Stellt der Auftraggeber fest, dass Daten fehlerhaft sind, teilt er dies dem "
                                        + "Auftragnehmer mit.",
                                n)));
        check(met, close);
    }

    // --- Art. 28(3)(h) GDPR, Clause 7.6(c)-(d) of 2021/915: audits, including inspections ---

    private static final Requirement AUDIT = Requirement.AUDIT_INSPECTIONS;
    private static final String AUDIT_EN = "14. Audits";
    private static final String INFO_EN =
            "The Processor makes available all information necessary to demonstrate compliance with Article 28 GDPR. ";
    private static final FamilyFrame AUDIT_FRAME = new FamilyFrame(
            AUDIT,
            AUDIT_EN,
            INFO_EN,
            "§ 10 Kontrollen",
            "Der Auftragnehmer stellt alle zum Nachweis der Einhaltung erforderlichen Informationen zur Verfügung. ");

    @Test
    void should_read_audits_with_inspections_as_met() {
        List<String> met = family(
                "audits, adequate",
                List.of(
                        AUDIT_FRAME.enInstead(
                                "The Customer, or an auditor it mandates, may inspect the Processor's premises on "
                                        + "reasonable notice.",
                                f),
                        AUDIT_FRAME.enInstead(
                                "The Customer may verify compliance by audits, including on-site inspections, "
                                        + "announced two weeks in advance.",
                                f),
                        AUDIT_FRAME.enInstead(
                                "The Processor allows and contributes to audits and inspections conducted by the "
                                        + "Customer or another auditor mandated by it.",
                                f),
                        AUDIT_FRAME.enInstead(
                                "The Customer may inspect the Processor's premises on reasonable notice. The "
                                        + "Processor may ask to be reimbursed for its reasonable effort.",
                                f),
                        AUDIT_FRAME.de(
                                "Der Auftraggeber ist berechtigt, nach Anmeldung Vor-Ort-Kontrollen durchzuführen. "
                                        + "Der Auftragnehmer kann für Vor-Ort-Kontrollen eine angemessene "
                                        + "Aufwandsentschädigung verlangen.",
                                f),
                        AUDIT_FRAME.de(
                                "Der Auftraggeber ist berechtigt, nach rechtzeitiger Anmeldung Vor-Ort-Kontrollen "
                                        + "durchzuführen.",
                                f),
                        AUDIT_FRAME.de(
                                "Der Auftraggeber oder ein von ihm beauftragter Prüfer darf die Einhaltung dieser "
                                        + "Vereinbarung in den Geschäftsräumen des Auftragnehmers überprüfen.",
                                f),
                        AUDIT_FRAME.de(
                                "Der Auftragnehmer ermöglicht Überprüfungen einschließlich Inspektionen durch den "
                                        + "Auftraggeber oder einen von diesem beauftragten Prüfer und trägt dazu bei.",
                                f),
                        AUDIT_FRAME.de(
                                "Inspektionen vor Ort sind nach Anmeldung mit angemessener Frist zu den üblichen "
                                        + "Geschäftszeiten möglich.",
                                f)));
        List<String> close = family(
                "audits, weaker",
                List.of(
                        AUDIT_FRAME.enInstead("Audits are limited to the Processor's written reports.", w),
                        AUDIT_FRAME.enInstead(
                                "The Customer may audit the Processor at most once per calendar year.", w),
                        AUDIT_FRAME.de(
                                "Kontrollen beschränken sich auf die Vorlage von Zertifikaten des Auftragnehmers.", w),
                        AUDIT_FRAME.de(
                                "Der Auftraggeber darf höchstens einmal jährlich eine Kontrolle durchführen.", w),
                        // a permission to allow inspections stays a permission, beside the fee or not
                        AUDIT_FRAME.enInstead("The Processor may permit on-site inspections.", w),
                        AUDIT_FRAME.de("Der Auftragnehmer kann Vor-Ort-Kontrollen gestatten.", w)));
        check(met, close);
    }

    // --- Art. 33(2)-(3) GDPR, Clause 9.2 of 2021/915: the breach notice with a short period counted from awareness ---

    private static final Requirement BREACH = Requirement.BREACH_NOTIFICATION;
    private static final String BREACH_EN = "12. Incidents";
    private static final FamilyFrame BREACH_FRAME = new FamilyFrame(BREACH, BREACH_EN, "", "§ 8 Vorfälle", "");

    @Test
    void should_read_a_breach_notice_with_a_period_from_awareness_as_met() {
        List<String> met = family(
                "breach notice with a period, adequate",
                List.of(
                        BREACH_FRAME.enInstead(
                                "The Processor notifies the Customer of a personal data breach without undue delay "
                                        + "and never later than 48 hours after becoming aware of it.",
                                f),
                        BREACH_FRAME.enInstead(
                                "The Processor informs the Customer of any personal data breach without undue delay, "
                                        + "at the latest within forty-eight (48) hours of becoming aware of it.",
                                f),
                        BREACH_FRAME.enInstead(
                                "Within 24 hours of becoming aware of a personal data breach, the Processor notifies "
                                        + "the contact named in the order form.",
                                f),
                        BREACH_FRAME.enInstead(
                                "Personal data breaches are reported to the Customer as soon as possible and in any "
                                        + "case no later than 36 hours after the Processor becomes aware of them.",
                                f),
                        BREACH_FRAME.de(
                                "Der Auftragnehmer meldet Verletzungen des Schutzes personenbezogener Daten "
                                        + "unverzüglich, spätestens aber 24 Stunden nach Kenntniserlangung.",
                                f),
                        // the controller's own notice to the authority and, where the risk is high, to data subjects
                        BREACH_FRAME.enInstead(
                                "The Processor notifies the Customer of a personal data breach without undue delay "
                                        + "after becoming aware of it. It is for the Customer to notify the supervisory "
                                        + "authority and, where necessary, the data subjects.",
                                f),
                        BREACH_FRAME.enInstead(
                                "The Processor informs the Customer of a personal data breach without undue delay. "
                                        + "The Processor also helps the Customer notify the supervisory authority and, "
                                        + "where needed, the data subjects.",
                                f),
                        BREACH_FRAME.de(
                                "Der Auftragnehmer meldet dem Auftraggeber Datenpannen unverzüglich. Die Meldung an "
                                        + "die Aufsichtsbehörde und, soweit erforderlich, die Benachrichtigung der "
                                        + "betroffenen Personen obliegt dem Auftraggeber.",
                                f),
                        BREACH_FRAME.de(
                                "Binnen achtundvierzig (48) Stunden nach Kenntnis einer Verletzung des Schutzes "
                                        + "personenbezogener Daten benachrichtigt der Auftragnehmer den Auftraggeber.",
                                f),
                        BREACH_FRAME.de(
                                "Datenschutzverletzungen teilt der Auftragnehmer dem Auftraggeber ohne schuldhaftes "
                                        + "Zögern, längstens innerhalb von 36 Stunden ab Kenntnis, mit.",
                                f),
                        BREACH_FRAME.de(
                                "Eine Verletzung des Schutzes personenbezogener Daten zeigt der Auftragnehmer dem im "
                                        + "Bestellformular benannten Ansprechpartner unverzüglich an.",
                                f)));
        List<String> close = family(
                "breach notice with a period, weaker",
                List.of(
                        BREACH_FRAME.enInstead(
                                "The Processor notifies the Customer of a personal data breach within five working "
                                        + "days of becoming aware of it.",
                                w),
                        BREACH_FRAME.enInstead(
                                "The Processor notifies the Customer of a personal data breach within 48 hours after "
                                        + "its security team has confirmed the incident.",
                                w),
                        BREACH_FRAME.de(
                                "Der Auftragnehmer meldet Datenpannen innerhalb von fünf Werktagen nach Kenntnis.", w),
                        BREACH_FRAME.enInstead(
                                "The Processor notifies the Customer of a personal data breach where appropriate, so "
                                        + "that the Customer can notify the supervisory authority.",
                                w),
                        BREACH_FRAME.de(
                                "Der Auftragnehmer meldet Datenpannen innerhalb von 72 Stunden nach Bestätigung des "
                                        + "Vorfalls durch seinen Sicherheitsbeauftragten.",
                                w)));
        check(met, close);
    }

    // --- Art. 28(3)(e) GDPR beside Art. 82: a liability clause that names data subjects' rights ---

    private static final Requirement DSR = Requirement.DATA_SUBJECT_RIGHTS;

    @Test
    void should_not_read_a_liability_carve_out_for_data_subjects_as_a_refusal_to_assist() {
        List<String> met = family(
                "requests of data subjects beside a liability carve-out",
                List.of(
                        enInstead(
                                "17. Liability",
                                "The limitations of liability in the main contract do not apply to the rights of "
                                        + "data subjects under the GDPR.",
                                DSR,
                                f),
                        // the carve-out beside the duty, in the same clause
                        enInstead(
                                "10. Data subjects",
                                "The Processor shall assist the Customer in answering requests from data subjects. "
                                        + "The caps on liability in the main contract do not apply to the rights of "
                                        + "data subjects under the GDPR.",
                                DSR,
                                f),
                        FamilyFrame.de(
                                "§ 7 Betroffenenrechte",
                                "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen "
                                        + "betroffener Personen. Die Haftungsbeschränkungen des Hauptvertrags gelten "
                                        + "nicht für die Rechte der betroffenen Personen.",
                                DSR,
                                f),
                        enInstead(
                                "17. Liability",
                                "Caps on liability shall not limit the rights of data subjects.",
                                DSR,
                                f),
                        FamilyFrame.de(
                                "§ 12 Haftung",
                                "Die Haftungsbeschränkungen des Hauptvertrags gelten nicht für Ansprüche "
                                        + "betroffener Personen.",
                                DSR,
                                f),
                        FamilyFrame.de(
                                "§ 12 Haftung",
                                "Haftungsgrenzen finden auf die Rechte der betroffenen Personen keine Anwendung.",
                                DSR,
                                f)));
        // the assistance itself refused stays refused
        List<String> close = family(
                "requests of data subjects refused",
                List.of(
                        enInstead(
                                "10. Cooperation",
                                "The Processor does not assist the Customer with requests from data subjects.",
                                DSR,
                                w),
                        FamilyFrame.de(
                                "§ 7 Betroffenenrechte",
                                "Der Auftragnehmer unterstützt den Auftraggeber nicht bei Anträgen betroffener "
                                        + "Personen.",
                                DSR,
                                w)));
        check(met, close);
    }
}
