/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Narrow33 of #16 (precision side): definitions that narrow a term a duty uses, instructions confined to the service's
 * functions, and words for data of the special categories the earlier lists lacked — each a family of paraphrases of
 * our own in English and German beside close sentences whose verdict must not change, read through {@link
 * FamilyFrame}.
 */
class NarrowThirtyThreeTest {

    // --- Art. 28(3)(a) GDPR, Clause 7.1(a) of 2021/915: the controller may give documented instructions throughout
    // the processing; instructions confined to the service's functions or the processor's documentation, further
    // instructions refused or overridden by the standard configuration leave it none beyond the product ---

    private static final FamilyFrame INSTRUCTIONS = new FamilyFrame(
            Requirement.INSTRUCTIONS,
            "6. Instructions",
            "The Processor processes personal data only on documented instructions from the Customer. ",
            "§ 3 Weisungen",
            "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers. ");

    @Test
    void should_read_instructions_confined_to_the_services_functions_as_weaker() {
        List<String> weaker = family(
                "instructions, confined to the service's functions",
                List.of(
                        INSTRUCTIONS.en(
                                "The Customer's instructions are given exclusively through the functions and settings "
                                        + "of the Service; individual instructions beyond them are not accepted.",
                                Status.WEAKER),
                        INSTRUCTIONS.en(
                                "Requests that go beyond the settings available in the portal are handled as change "
                                        + "requests and are not instructions under these terms.",
                                Status.WEAKER),
                        INSTRUCTIONS.en(
                                "The functions of the Service as described in the Processor's product documentation "
                                        + "constitute the Customer's instructions.",
                                Status.WEAKER),
                        INSTRUCTIONS.en(
                                "Instructions are limited to the use of the features the Service offers as standard.",
                                Status.WEAKER),
                        INSTRUCTIONS.en(
                                "The Processor does not accept further instructions beyond the standard functions of "
                                        + "the Service.",
                                Status.WEAKER),
                        INSTRUCTIONS.en(
                                "Individual instructions are carried out where the standard product supports them; "
                                        + "otherwise the Processor continues to process the data under the standard "
                                        + "configuration.",
                                Status.WEAKER),
                        INSTRUCTIONS.de(
                                "Die Weisungen des Auftraggebers ergeben sich ausschließlich aus den Funktionen und "
                                        + "Einstellungen der Software; weitergehende Einzelweisungen nimmt der "
                                        + "Auftragnehmer nicht an.",
                                Status.WEAKER),
                        INSTRUCTIONS.de(
                                "Als Weisung gelten ausschließlich die in der Produktdokumentation beschriebenen "
                                        + "Funktionen des Dienstes.",
                                Status.WEAKER),
                        INSTRUCTIONS.de(
                                "Wünsche, die über die Einstellungen des Kundenportals hinausgehen, gelten nicht als "
                                        + "Weisungen im Sinne dieses Vertrags.",
                                Status.WEAKER),
                        INSTRUCTIONS.de(
                                "Einzelweisungen setzt der Auftragnehmer um, soweit sie im Standardprodukt umsetzbar "
                                        + "sind; andernfalls verarbeitet er die Daten entsprechend der "
                                        + "Standardkonfiguration weiter.",
                                Status.WEAKER),
                        INSTRUCTIONS.de(
                                "Zusätzliche Weisungen können nicht angenommen werden; maßgeblich sind allein die "
                                        + "Funktionen des Dienstes.",
                                Status.WEAKER)));
        List<String> close = family(
                "instructions, confined to the service's functions, close",
                List.of(
                        INSTRUCTIONS.en(
                                "The Customer's configuration of the Service and any further instructions it gives in "
                                        + "writing are the Customer's instructions.",
                                Status.FOUND),
                        INSTRUCTIONS.en(
                                "Instructions are given exclusively through the functions of the Service or in writing "
                                        + "to privacy@processor.example.",
                                Status.FOUND),
                        INSTRUCTIONS.en(
                                "Requests for new features of the Service are handled as change requests under the "
                                        + "main contract.",
                                Status.FOUND),
                        INSTRUCTIONS.de(
                                "Weisungen erteilt der Auftraggeber über die Einstellungen der Software oder in "
                                        + "Textform; Einzelweisungen, die über den gebuchten Leistungsumfang "
                                        + "hinausgehen, werden als Änderungswunsch behandelt.",
                                Status.FOUND),
                        INSTRUCTIONS.de(
                                "Die Einstellungen im Kundenkonto gelten als Weisung; weitere Weisungen erteilt der "
                                        + "Auftraggeber jederzeit in Textform.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 9(1) and 10 GDPR with Art. 4(13) to (15), Clause 7.5 and Annex I of 2021/915: types of data that name
    // health, biometric, religious or criminal-record data in words the earlier lists lacked, without marking them or
    // stating a safeguard ---

    private static final FamilyFrame CATEGORIES = FamilyFrame.CATEGORIES;

    @Test
    void should_read_special_category_data_in_words_of_their_own_as_weaker_when_unmarked() {
        List<String> weaker = family(
                "data categories, special categories in words of their own",
                List.of(
                        CATEGORIES.en(
                                "Types of personal data: names, addresses and notes on the care needs of residents.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Types of personal data: names, portrait photos and the facial features computed to "
                                        + "match photos to pupils.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Types of personal data: referee names, contact details and criminal-record check "
                                        + "status.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Types of personal data: guest names, room numbers and meal choices (vegetarian, halal, "
                                        + "kosher).",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Types of personal data: member names and body composition measurements from the "
                                        + "studio scales.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Types of personal data: learner names and notes on hearing impairments.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Datenkategorien: Name, Anschrift und Hinweise zur Pflegebedürftigkeit oder "
                                        + "Gehbehinderung der Bewohner.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Datenkategorien: Vor- und Nachname, Klasse und die berechneten Gesichtsmerkmale der "
                                        + "Schüler.",
                                Status.WEAKER),
                        CATEGORIES.de("Arten der Daten: Name, Geburtsdatum und Impfstatus der Kinder.", Status.WEAKER),
                        CATEGORIES.de(
                                "Datenkategorien: Name, Anschrift und Strafregisterauszug der Bewerber.",
                                Status.WEAKER)));
        List<String> close = family(
                "data categories, special categories in words of their own, close",
                List.of(
                        CATEGORIES.en(
                                "Types of personal data: names and notes on the care needs of residents (health data, "
                                        + "a special category under Art. 9 GDPR), visible only to the care staff.",
                                Status.FOUND),
                        CATEGORIES.en(
                                "Types of personal data: names, e-mail addresses and the customer's service level.",
                                Status.FOUND),
                        CATEGORIES.en(
                                "Types of personal data: names and contact details; no criminal-record data and no "
                                        + "facial features are processed.",
                                Status.FOUND),
                        CATEGORIES.de("Datenkategorien: Name, Anschrift, Zugangshinweise zum Tank.", Status.FOUND),
                        CATEGORIES.de(
                                "Datenkategorien: Name und Anschrift; Angaben zur Pflegebedürftigkeit werden nicht "
                                        + "erfasst.",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Datenkategorien: Name und Gesichtsmerkmale (biometrische Daten, besondere Kategorie "
                                        + "nach Art. 9 DSGVO), verschlüsselt gespeichert.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3)(a), (b), 28(2) and (4), Art. 33(2) GDPR: a duty stated in full words through a term whose
    // definition narrows it (instructions as the service's functions, law that takes in third countries' law,
    // sub-processors without affiliates or hosting providers, personnel without contractors, incidents only once
    // access is confirmed) reaches only what the definition leaves in; a definition in the law's own meaning changes
    // nothing ---

    @Test
    void should_read_a_duty_through_a_narrowed_definition_as_weaker() {
        List<String> weaker = family(
                "narrowing definitions, duties through the term",
                List.of(
                        FamilyFrame.en(
                                "6. Instructions",
                                "\"Instructions\" means the Customer's use of the functions of the Service. The "
                                        + "Processor processes personal data only on documented Instructions from the "
                                        + "Customer.",
                                Requirement.INSTRUCTIONS,
                                Status.WEAKER),
                        FamilyFrame.de(
                                "§ 3 Weisungen",
                                "„Weisung“ bezeichnet die Nutzung der Funktionen der Software durch den Auftraggeber. "
                                        + "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                                        + "Auftraggebers.",
                                Requirement.INSTRUCTIONS,
                                Status.WEAKER),
                        FamilyFrame.en(
                                "6. Instructions",
                                "\"Relevant Legislation\" means the laws of the European Union, its Member States and any "
                                        + "other country to which the Processor is subject. The Processor processes "
                                        + "personal data only on documented instructions from the Customer, unless "
                                        + "required to do otherwise by Relevant Legislation.",
                                Requirement.INSTRUCTIONS,
                                Status.WEAKER),
                        FamilyFrame.de(
                                "§ 3 Weisungen",
                                "„Zwingendes Recht“ bezeichnet das Recht der Europäischen Union, ihrer "
                                        + "Mitgliedstaaten und jedes anderen Staates, dem der Auftragnehmer unterliegt. "
                                        + "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                                        + "Auftraggebers, sofern ihn nicht Zwingendes Recht zu einer anderen "
                                        + "Verarbeitung verpflichtet.",
                                Requirement.INSTRUCTIONS,
                                Status.WEAKER),
                        FamilyFrame.en(
                                "9. Sub-processors",
                                "\"Sub-processor\" means any processor engaged by the Processor, other than its "
                                        + "Affiliates and its hosting providers. The Customer gives its general written "
                                        + "authorisation for the Sub-processors listed in Annex 3. The Processor will "
                                        + "notify the Customer of any intended addition or replacement of "
                                        + "Sub-processors thirty days in advance, and the Customer may object.",
                                Requirement.SUBPROCESSOR_AUTHORISATION,
                                Status.WEAKER),
                        FamilyFrame.de(
                                "§ 6 Unterauftragsverarbeiter",
                                "„Unterauftragsverarbeiter“ bezeichnet jeden weiteren Auftragsverarbeiter, mit "
                                        + "Ausnahme der mit dem Auftragnehmer verbundenen Unternehmen. Der Auftraggeber "
                                        + "erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. "
                                        + "Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen "
                                        + "vorher; der Auftraggeber kann widersprechen.",
                                Requirement.SUBPROCESSOR_CHANGES,
                                Status.WEAKER),
                        FamilyFrame.en(
                                "7. Confidentiality",
                                "\"Personnel\" means the Processor's employees, excluding contractors and agency "
                                        + "staff. The Processor ensures that all Personnel authorised to process the "
                                        + "data have committed themselves to confidentiality.",
                                Requirement.CONFIDENTIALITY,
                                Status.WEAKER),
                        FamilyFrame.en(
                                "12. Personal data breaches",
                                "\"Security Incident\" means a confirmed unauthorised access to personal data "
                                        + "processed for the Customer. The Processor shall notify the Customer of any "
                                        + "Security Incident without undue delay after becoming aware of it.",
                                Requirement.BREACH_NOTIFICATION,
                                Status.WEAKER),
                        FamilyFrame.de(
                                "§ 8 Meldung von Verletzungen",
                                "„Sicherheitsvorfall“ bezeichnet einen tatsächlichen unbefugten Zugriff auf "
                                        + "personenbezogene Daten des Auftraggebers. Der Auftragnehmer meldet dem "
                                        + "Auftraggeber jeden Sicherheitsvorfall unverzüglich.",
                                Requirement.BREACH_NOTIFICATION,
                                Status.WEAKER)));
        List<String> close = family(
                "narrowing definitions, duties through the term, close",
                List.of(
                        FamilyFrame.en(
                                "6. Instructions",
                                "\"Instructions\" means the Customer's documented instructions, given through the "
                                        + "functions of the Service or in writing. The Processor processes personal "
                                        + "data only on documented Instructions from the Customer.",
                                Requirement.INSTRUCTIONS,
                                Status.FOUND),
                        FamilyFrame.en(
                                "6. Instructions",
                                "\"Relevant Legislation\" means the law of the European Union or of a Member State to which "
                                        + "the Processor is subject. The Processor processes personal data only on "
                                        + "documented instructions from the Customer, unless required to do otherwise "
                                        + "by Relevant Legislation.",
                                Requirement.INSTRUCTIONS,
                                Status.FOUND),
                        FamilyFrame.en(
                                "9. Sub-processors",
                                "\"Sub-processor\" means any processor engaged by the Processor, including its "
                                        + "Affiliates, but excluding its own employees. The Customer gives its general "
                                        + "written authorisation for the Sub-processors listed in Annex 3. The "
                                        + "Processor will notify the Customer of any intended addition or replacement "
                                        + "of Sub-processors thirty days in advance, and the Customer may object.",
                                Requirement.SUBPROCESSOR_AUTHORISATION,
                                Status.FOUND),
                        FamilyFrame.en(
                                "7. Confidentiality",
                                "\"Personnel\" means the Processor's employees, contractors and agency staff. The "
                                        + "Processor ensures that all Personnel authorised to process the data have "
                                        + "committed themselves to confidentiality.",
                                Requirement.CONFIDENTIALITY,
                                Status.FOUND),
                        FamilyFrame.en(
                                "12. Personal data breaches",
                                "\"Security Incident\" means a personal data breach as defined in Article 4 GDPR. The "
                                        + "Processor shall notify the Customer of any Security Incident without undue "
                                        + "delay after becoming aware of it.",
                                Requirement.BREACH_NOTIFICATION,
                                Status.FOUND),
                        FamilyFrame.de(
                                "§ 8 Meldung von Verletzungen",
                                "„Sicherheitsvorfall“ bezeichnet jeden tatsächlichen oder vermuteten unbefugten "
                                        + "Zugriff auf personenbezogene Daten des Auftraggebers. Der Auftragnehmer "
                                        + "meldet dem Auftraggeber jeden Sicherheitsvorfall unverzüglich.",
                                Requirement.BREACH_NOTIFICATION,
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3)(c) and 32 GDPR, Clause 7.4(a) and Annex III of 2021/915: the measures are agreed in the
    // contract; a description given only on request, not attached or declared no part of the agreement leaves them to
    // the processor ---

    private static final FamilyFrame SECURITY = new FamilyFrame(
            Requirement.SECURITY,
            "8. Security",
            "The Processor maintains the technical and organisational measures required by Article 32 GDPR. ",
            "§ 5 Sicherheit",
            "Der Auftragnehmer trifft die technischen und organisatorischen Maßnahmen nach Art. 32 DSGVO. ");

    @Test
    void should_read_measures_described_only_outside_the_agreement_as_weaker() {
        List<String> weaker = family(
                "security, measures described only outside the agreement",
                List.of(
                        SECURITY.en(
                                "A description of the measures is available to the Customer on request.",
                                Status.WEAKER),
                        SECURITY.en(
                                "A summary of the Processor's current security measures is provided upon written "
                                        + "request.",
                                Status.WEAKER),
                        SECURITY.en(
                                "The Processor's security policy, which sets out the measures, is not attached to "
                                        + "these terms.",
                                Status.WEAKER),
                        SECURITY.en(
                                "The overview of measures on the Processor's trust page is for information only and "
                                        + "does not form part of this agreement.",
                                Status.WEAKER),
                        SECURITY.en(
                                "The Processor keeps its security measures in line with industry standards.",
                                Status.WEAKER),
                        SECURITY.de(
                                "Eine Beschreibung der Maßnahmen stellt der Auftragnehmer dem Auftraggeber auf Anfrage "
                                        + "zur Verfügung.",
                                Status.WEAKER),
                        SECURITY.de(
                                "Eine Übersicht der technischen und organisatorischen Maßnahmen erhält der "
                                        + "Auftraggeber auf Anforderung; sie ist nicht Vertragsbestandteil.",
                                Status.WEAKER),
                        SECURITY.de(
                                "Die Dokumentation der Sicherheitsmaßnahmen ist diesem Vertrag nicht beigefügt.",
                                Status.WEAKER),
                        SECURITY.de(
                                "Eine Zusammenfassung der getroffenen Maßnahmen übersendet der Auftragnehmer auf "
                                        + "Verlangen.",
                                Status.WEAKER)));
        List<String> close = family(
                "security, measures described only outside the agreement, close",
                List.of(
                        SECURITY.en(
                                "On request the Processor provides a copy of its sub-processor agreements, including "
                                        + "their security measures.",
                                Status.FOUND),
                        SECURITY.en(
                                "The Processor makes its ISO 27001 certificate available on request.", Status.FOUND),
                        SECURITY.en(
                                "The measures listed in this section are part of this agreement and bind the "
                                        + "Processor.",
                                Status.FOUND),
                        SECURITY.de(
                                "Der Auftragnehmer stellt dem Auftraggeber auf Anfrage einmal jährlich eine Kurzfassung "
                                        + "seines Sicherheitskonzepts zur Verfügung.",
                                Status.FOUND),
                        SECURITY.de(
                                "Die Maßnahmen umfassen insbesondere die Verschlüsselung der Daten und eine "
                                        + "Zugangskontrolle; sie sind Bestandteil dieses Vertrags.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
