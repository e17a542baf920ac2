/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Duties stated plainly in words the cues did not know (#16, duty35, stage D of the round-35 misses): the duty is
 * recognised by who must do what about which thing, each reading from the law's wording of the duty. Each member is
 * our own paraphrase under a heading that does not name the duty; the close sentences, whose verdict must not change,
 * give the same words to another party, another maker of the request or another thing.
 */
class DutyThirtyFiveTest {

    /**
     * The requests of data subjects (Art. 28(3)(e) GDPR; Clause 8(a) of 2021/915: "The Processor shall promptly notify
     * the controller of any request it has received from the data subject"): the processor notifies or forwards to the
     * controller a request whose maker is a data subject, or a person named by role "or other data subject".
     */
    private static final FamilyFrame NOTICE =
            new FamilyFrame(Requirement.DATA_SUBJECT_RIGHTS, "10. Cooperation", "", "§ 7 Zusammenarbeit", "");

    @Test
    void should_read_the_notice_of_a_request_received_from_a_data_subject_as_the_duty() {
        List<String> found = family(
                "notice of a data subject's request",
                List.of(
                        NOTICE.enInstead(
                                "The Processor shall promptly notify the Customer of any request received from a "
                                        + "data subject.",
                                Status.FOUND),
                        NOTICE.enInstead(
                                "The Processor will inform the Customer without undue delay of every request it "
                                        + "receives from an individual whose data it processes.",
                                Status.FOUND),
                        NOTICE.enInstead(
                                "The Processor shall forward to the Customer any enquiry made by a data subject "
                                        + "concerning the personal data.",
                                Status.FOUND),
                        NOTICE.enInstead(
                                "The Processor shall tell the Customer promptly about each request submitted by a "
                                        + "patient or other data subject.",
                                Status.FOUND),
                        NOTICE.enInstead(
                                "The Processor shall notify the Customer within five working days of any request "
                                        + "from an employee or other data subject to exercise rights under data "
                                        + "protection law.",
                                Status.FOUND),
                        NOTICE.enInstead(
                                "The Processor shall refer to the Customer any application by a member or another "
                                        + "data subject to exercise rights under the GDPR.",
                                Status.FOUND),
                        NOTICE.de(
                                "Der Auftragnehmer informiert den Auftraggeber unverzüglich über jede Anfrage einer "
                                        + "betroffenen Person.",
                                Status.FOUND),
                        NOTICE.de(
                                "Der Auftragnehmer unterrichtet den Auftraggeber unverzüglich über Anträge von "
                                        + "Mitgliedern oder anderen betroffenen Personen.",
                                Status.FOUND),
                        NOTICE.de(
                                "Der Auftragnehmer benachrichtigt den Auftraggeber unverzüglich über jedes Ersuchen "
                                        + "einer betroffenen Person, das bei ihm eingeht.",
                                Status.FOUND)));
        List<String> close = family(
                "notice of a data subject's request, close",
                List.of(
                        NOTICE.enInstead(
                                "The Customer shall notify the Processor of any request received from a data "
                                        + "subject.",
                                Status.NOT_FOUND),
                        NOTICE.enInstead(
                                "The Processor shall promptly notify the Customer of any request received from a "
                                        + "public authority.",
                                Status.NOT_FOUND),
                        NOTICE.enInstead(
                                "The Processor shall notify the Customer of any request made by the Customer's "
                                        + "auditors.",
                                Status.NOT_FOUND),
                        NOTICE.de(
                                "Der Auftraggeber informiert den Auftragnehmer über jede Anfrage einer betroffenen "
                                        + "Person.",
                                Status.NOT_FOUND),
                        NOTICE.de(
                                "Der Auftragnehmer informiert den Auftraggeber unverzüglich über jede Anfrage einer "
                                        + "Behörde.",
                                Status.NOT_FOUND)));
        check(found, close);
    }

    @Test
    void should_read_assistance_billed_per_request_as_weaker() {
        List<String> weaker = family(
                "assistance billed per request",
                List.of(
                        FamilyFrame.REQUESTS.enInstead(
                                "All such assistance is a professional service charged at the Processor's day rates, "
                                        + "in units of half a day per request.",
                                Status.WEAKER),
                        FamilyFrame.REQUESTS.enInstead(
                                "Each hour of support is invoiced at our hourly rates per request handled.",
                                Status.WEAKER),
                        FamilyFrame.REQUESTS.enInstead(
                                "This help is billed per request at the rates in the price list.", Status.WEAKER),
                        FamilyFrame.REQUESTS.enInstead(
                                "Assistance with such requests is charged at a flat fee of EUR 150 per request.",
                                Status.WEAKER),
                        FamilyFrame.REQUESTS.enInstead(
                                "The Customer is invoiced for that support per request, payable in advance.",
                                Status.WEAKER),
                        FamilyFrame.REQUESTS.de(
                                "Jede Unterstützung wird je Anfrage nach den Stundensätzen des Auftragnehmers "
                                        + "berechnet.",
                                Status.WEAKER),
                        FamilyFrame.REQUESTS.de(
                                "Die Mitwirkung wird pro Antrag mit einer Pauschale von 90 Euro abgerechnet.",
                                Status.WEAKER),
                        FamilyFrame.REQUESTS.de(
                                "Diese Hilfe wird dem Auftraggeber je Anfrage gesondert in Rechnung gestellt.",
                                Status.WEAKER)));
        List<String> close = family(
                "assistance billed per request, close",
                List.of(
                        FamilyFrame.REQUESTS.enInstead(
                                "Such assistance is free of charge; no fee is charged per request.", Status.FOUND),
                        FamilyFrame.REQUESTS.enInstead(
                                "Assistance with audits is charged at our day rates per request.", Status.FOUND),
                        FamilyFrame.REQUESTS.enInstead(
                                "Assistance beyond what is reasonable is charged at cost per request.", Status.FOUND),
                        FamilyFrame.REQUESTS.de(
                                "Die Unterstützung bei Prüfungen wird je Anfrage nach Stundensätzen berechnet.",
                                Status.FOUND)));
        check(weaker, close);
    }

    /**
     * The clauses of 2021/915 incorporated by number (Art. 28(7) GDPR; the Annex of 2021/915 states the documentation
     * and audits in Clause 7.6, the sub-processors in Clause 7.7, the transfers in 7.8, the assistance in 8, the
     * breaches in 9, the termination in 10): a sentence that makes only some numbered clauses apply states what those
     * clauses state, not the audits of a clause it leaves out. The member takes the place of the audit section.
     */
    private static final FamilyFrame BY_NUMBER =
            new FamilyFrame(Requirement.AUDIT_INFORMATION, "14. Compliance", "", "§ 10 Nachweise", "");

    private static final String ANNEX =
            "of the standard contractual clauses in the Annex to Commission Implementing " + "Decision (EU) 2021/915";
    private static final String ANHANG =
            "der Standardvertragsklauseln im Anhang des Durchführungsbeschlusses (EU) 2021/915";

    @Test
    void should_credit_only_the_requirements_of_the_clauses_incorporated_by_number() {
        List<String> absent = family(
                "clauses incorporated by number",
                List.of(
                        BY_NUMBER.enInstead(
                                "Clause 7.7 " + ANNEX + ", with Option 2 selected, applies between the parties.",
                                Status.NOT_FOUND),
                        BY_NUMBER.enInstead(
                                "Clauses 7.7 and 7.8 " + ANNEX + " are incorporated into this agreement.",
                                Status.NOT_FOUND),
                        BY_NUMBER.enInstead(
                                "The parties agree that Clause 9 " + ANNEX + " applies to personal data breaches.",
                                Status.NOT_FOUND),
                        BY_NUMBER.enInstead("Clause 8 " + ANNEX + " forms part of this agreement.", Status.NOT_FOUND),
                        BY_NUMBER.enInstead(
                                "Clauses 9 to 10 " + ANNEX + " apply as if set out in full.", Status.NOT_FOUND),
                        BY_NUMBER.de("Klausel 7.7 " + ANHANG + " gilt zwischen den Parteien.", Status.NOT_FOUND),
                        BY_NUMBER.de("Die Parteien vereinbaren Klausel 9 " + ANHANG + ".", Status.NOT_FOUND),
                        BY_NUMBER.de(
                                "Die Klauseln 7.7 und 7.8 " + ANHANG + " sind Bestandteil dieses Vertrags.",
                                Status.NOT_FOUND)));
        List<String> close = family(
                "clauses incorporated by number, close",
                List.of(
                        BY_NUMBER.enInstead(
                                "The standard contractual clauses in the Annex to Commission Implementing Decision "
                                        + "(EU) 2021/915 are incorporated into this agreement.",
                                Status.FOUND),
                        BY_NUMBER.enInstead(
                                "Clauses 7.6 and 7.7 " + ANNEX + " are incorporated into this agreement.",
                                Status.FOUND),
                        BY_NUMBER.enInstead("Clauses 7 to 10 " + ANNEX + " apply as if set out in full.", Status.FOUND),
                        BY_NUMBER.de("Klausel 7.6 " + ANHANG + " gilt zwischen den Parteien.", Status.FOUND)));
        check(absent, close);
    }

    /**
     * A certificate made available as the information to demonstrate compliance (Art. 28(3)(h) GDPR, Clause 7.6(b) of
     * 2021/915: all information necessary): the certificate named by the standard's full designation, "ISO/IEC
     * 27001", or after a longer lead-in, is the partial offer a shorter wording already reads as weaker. The member
     * takes the place of the audit section.
     */
    private static final FamilyFrame CERTIFICATE =
            new FamilyFrame(Requirement.AUDIT_INFORMATION, "14. Compliance", "", "§ 10 Nachweise", "");

    @Test
    void should_read_an_iso_iec_certificate_made_available_as_weaker() {
        List<String> weaker = family(
                "an ISO/IEC 27001 certificate made available",
                List.of(
                        CERTIFICATE.enInstead(
                                "We will make available to you the documents in our assurance folder: our ISO/IEC "
                                        + "27001 certificate and our security policy.",
                                Status.WEAKER),
                        CERTIFICATE.enInstead(
                                "The Processor provides the Customer, once a year and on request, with its current "
                                        + "ISO/IEC 27001 certificate.",
                                Status.WEAKER),
                        CERTIFICATE.enInstead(
                                "The Processor shares with the Customer the statement of applicability under its "
                                        + "ISO/IEC 27001 certification.",
                                Status.WEAKER),
                        CERTIFICATE.enInstead(
                                "A copy of the Processor's ISO/IEC 27001 certificate is made available to the "
                                        + "Customer on request.",
                                Status.WEAKER),
                        CERTIFICATE.enInstead(
                                "To show its compliance the Processor will supply the Customer with the certificate "
                                        + "issued under ISO/IEC 27001.",
                                Status.WEAKER),
                        CERTIFICATE.de(
                                "Der Auftragnehmer stellt dem Auftraggeber auf Anfrage sein aktuelles "
                                        + "ISO/IEC-27001-Zertifikat zur Verfügung.",
                                Status.WEAKER),
                        CERTIFICATE.de(
                                "Als Nachweis legt der Auftragnehmer jährlich das Zertifikat nach ISO/IEC 27001 vor.",
                                Status.WEAKER),
                        CERTIFICATE.de(
                                "Das ISO/IEC-27001-Zertifikat des Auftragnehmers wird dem Auftraggeber auf Wunsch "
                                        + "übermittelt.",
                                Status.WEAKER)));
        List<String> close = family(
                "an ISO/IEC 27001 certificate made available, close",
                List.of(
                        CERTIFICATE.enInstead(
                                "The Processor makes available all information necessary to demonstrate compliance, "
                                        + "including its ISO/IEC 27001 certificate.",
                                Status.FOUND),
                        CERTIFICATE.enInstead("Our data centres are certified under ISO/IEC 27001.", Status.NOT_FOUND),
                        CERTIFICATE.enInstead(
                                "The Processor's sub-processors are certified under ISO/IEC 27001.", Status.NOT_FOUND),
                        CERTIFICATE.de(
                                "Der Auftragnehmer stellt alle zum Nachweis der Einhaltung erforderlichen "
                                        + "Informationen zur Verfügung, einschließlich seines ISO/IEC-27001-Zertifikats.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
