/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.enInstead;
import static dev.dpa4j.importer.FamilyFrame.family;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recall27 of #16 (general readings on the recall side): the adequate ways the law's duties are commonly worded that
 * the blind sets saw the importer miss or read as weaker — assistance with data subjects' requests, the notice of a
 * personal data breach, definitions by reference to Art. 4 GDPR and notice of an authority's request — each written
 * as a family of our own paraphrases (sentences, list items, a sentence split over its heading or its list) beside
 * close weaker sentences that must not become met. Read in the frames of {@link WordingFrames}; the English members
 * replace the frame's own section of the same number, so the frame's wording of the duty does not stand beside them.
 */
class RecallTwentySevenTest {

    private static final Status f = Status.FOUND;
    private static final Status w = Status.WEAKER;

    // --- Art. 28(3)(e) GDPR, Clause 8(b)-(c) of 2021/915: assistance with data subjects' requests ---

    private static final Requirement DSR = Requirement.DATA_SUBJECT_RIGHTS;
    private static final String DSR_EN = "10. Cooperation";
    private static final FamilyFrame DSR_FRAME = new FamilyFrame(DSR, DSR_EN, "", "§ 7 Unterstützung", "");

    @Test
    void should_read_adequate_assistance_with_data_subjects_requests_as_met() {
        List<String> met = family(
                "requests of data subjects, adequate",
                List.of(
                        DSR_FRAME.enInstead(
                                "The Processor supports the Customer in answering requests from individuals who "
                                        + "exercise their rights under the GDPR.",
                                f),
                        DSR_FRAME.enInstead(
                                "Taking into account the nature of the processing, the Processor assists the Customer "
                                        + "by appropriate technical and organisational measures, insofar as this is "
                                        + "possible, so that the Customer can respond to requests for exercising the "
                                        + "rights of data subjects.",
                                f),
                        DSR_FRAME.enInstead(
                                "The Processor maintains technical and organisational measures that enable the "
                                        + "Customer to respond to requests for access, rectification or erasure.",
                                f),
                        DSR_FRAME.enInstead(
                                "If a person contacts the Processor about their personal data, the Processor "
                                        + "forwards the request to the Customer without undue delay and assists the "
                                        + "Customer in responding to it.",
                                f),
                        DSR_FRAME.enInstead(
                                "At the Customer's reasonable cost, the Processor helps the Customer fulfil its "
                                        + "obligations under Articles 15 to 22 GDPR.",
                                f),
                        DSR_FRAME.enInstead(
                                "The Processor assists the Customer in meeting its obligations towards individuals "
                                        + "regarding:\n- access to their data;\n- rectification;\n- erasure;\n"
                                        + "- restriction of processing;\n- data portability.",
                                f),
                        enInstead(
                                "10. Rights of individuals",
                                "The Processor shall assist the Customer so that it can:\n- give individuals access "
                                        + "to their data;\n- rectify or erase their data on request.",
                                DSR,
                                f),
                        DSR_FRAME.enInstead(
                                "Where an individual asks the Processor for access to, or the correction or erasure "
                                        + "of, their data, the Processor refers the person to the Customer without "
                                        + "delay and helps the Customer to reply.",
                                f),
                        DSR_FRAME.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei der Erfüllung der "
                                        + "Betroffenenrechte (Art. 12–23 DSGVO).",
                                f),
                        DSR_FRAME.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber mit geeigneten technischen und "
                                        + "organisatorischen Maßnahmen dabei, Anträge auf Wahrnehmung der Rechte der "
                                        + "betroffenen Personen zu beantworten.",
                                f),
                        DSR_FRAME.de(
                                "Wendet sich eine Person wegen ihrer Daten an den Auftragnehmer, leitet er das "
                                        + "Anliegen unverzüglich an den Auftraggeber weiter und unterstützt ihn bei "
                                        + "der Beantwortung.",
                                f),
                        DSR_FRAME.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei folgenden Rechten der "
                                        + "Personen, deren Daten verarbeitet werden:\n- Auskunft\n- Berichtigung\n"
                                        + "- Löschung\n- Einschränkung der Verarbeitung\n- Datenübertragbarkeit",
                                f),
                        DSR_FRAME.de(
                                "Der Auftragnehmer hilft dem Auftraggeber, Auskunfts-, Berichtigungs- und "
                                        + "Löschungsverlangen fristgerecht zu erfüllen.",
                                f),
                        DSR_FRAME.de(
                                "Gegen Erstattung der angemessenen Kosten unterstützt der Auftragnehmer den "
                                        + "Auftraggeber bei Anliegen nach Art. 15 bis 22 DSGVO.",
                                f),
                        FamilyFrame.de(
                                "§ 7 Rechte der Personen",
                                "Der Auftragnehmer unterstützt den Auftraggeber bei:\n- Auskunftsersuchen,\n"
                                        + "- Berichtigungs- und Löschbegehren,\n- Widersprüchen gegen die "
                                        + "Verarbeitung.",
                                DSR,
                                f),
                        DSR_FRAME.de(
                                "Richtet eine Person ein Auskunfts- oder Löschbegehren an den Auftragnehmer, gibt "
                                        + "er es unverzüglich an den Auftraggeber weiter und hilft bei der Antwort.",
                                f)));
        List<String> close = family(
                "requests of data subjects, weaker",
                List.of(
                        DSR_FRAME.enInstead(
                                "The Processor may assist the Customer with requests from data subjects at its "
                                        + "discretion.",
                                w),
                        DSR_FRAME.enInstead(
                                "The Processor only forwards requests from data subjects to the Customer and has no "
                                        + "further obligation regarding such requests.",
                                w),
                        DSR_FRAME.enInstead(
                                "Where the Processor considers it appropriate, it helps the Customer answer requests "
                                        + "of data subjects.",
                                w),
                        // a permission before a purpose clause stays a permission
                        DSR_FRAME.enInstead(
                                "The Processor can help the Customer answer requests from individuals so that the "
                                        + "Customer meets its deadlines.",
                                w),
                        DSR_FRAME.de(
                                "Der Auftragnehmer kann den Auftraggeber bei Auskunfts- und Löschungsverlangen "
                                        + "unterstützen, damit dieser die Fristen einhält.",
                                w),
                        DSR_FRAME.de(
                                "Der Auftragnehmer kann den Auftraggeber nach eigenem Ermessen bei Anfragen "
                                        + "Betroffener unterstützen.",
                                w),
                        DSR_FRAME.de(
                                "Der Auftragnehmer leitet Anträge betroffener Personen an den Auftraggeber weiter; "
                                        + "weitergehende Pflichten in Bezug auf solche Anträge hat er nicht.",
                                w),
                        DSR_FRAME.de(
                                "Der Auftragnehmer wird sich bemühen, den Auftraggeber bei Auskunfts- und "
                                        + "Löschungsverlangen zu unterstützen.",
                                w)));
        // the rights enumerated where the controller's own tools answer them: no assistance stated at all (round 28
        // reads the English sentence, which names the requests, as the term in part: weaker, never met; Art. 28(3)(e))
        List<String> none = family(
                "requests of data subjects, the controller's own tools",
                List.of(
                        DSR_FRAME.enInstead(
                                "Most requests (access, correction, erasure, export) the Customer handles itself "
                                        + "with the admin tools of the service.",
                                Status.WEAKER),
                        DSR_FRAME.de(
                                "Auskunfts-, Berichtigungs- und Löschungsverlangen bearbeitet der Auftraggeber "
                                        + "selbst mit den Werkzeugen des Portals.",
                                Status.NOT_FOUND)));
        check(met, close);
        check(none, List.of());
        // the processor's support team answers the requests itself: whatever it is, it is no adequate assistance
        assertThat(WordingFrames.enInstead(
                        DSR_EN,
                        "Requests about an account (access, rectification, erasure) are handled by the Processor's "
                                + "support team directly, under the Processor's own privacy notice.",
                        DSR))
                .isNotEqualTo(Status.FOUND);
    }

    // --- Art. 33(2)-(3) GDPR, Clause 9.2 of 2021/915: notice of a personal data breach ---

    private static final Requirement BREACH = Requirement.BREACH_NOTIFICATION;
    private static final String BREACH_EN = "12. Incidents";
    private static final FamilyFrame BREACH_FRAME = new FamilyFrame(BREACH, BREACH_EN, "", "§ 8 Vorfälle", "");

    @Test
    void should_read_an_adequate_breach_notice_as_met() {
        List<String> met = family(
                "breach notice, adequate",
                List.of(
                        BREACH_FRAME.enInstead(
                                "The Processor shall notify the Customer without undue delay and in any event within "
                                        + "48 hours of becoming aware of a personal data breach.",
                                f),
                        BREACH_FRAME.enInstead(
                                "Within 24 hours after it becomes aware of it, the Processor reports any personal "
                                        + "data breach to the contact named in the order form.",
                                f),
                        BREACH_FRAME.enInstead(
                                "The Processor informs the Customer of a personal data breach without undue delay. "
                                        + "The notice describes:\n- the nature of the breach, including the categories "
                                        + "and approximate number of data subjects concerned;\n- a contact point;\n"
                                        + "- the likely consequences;\n- the measures taken or proposed.",
                                f),
                        BREACH_FRAME.enInstead(
                                "A personal data breach is reported to the Customer's security contact without undue "
                                        + "delay, at the latest within 36 hours.",
                                f),
                        BREACH_FRAME.enInstead(
                                "Upon becoming aware of a breach of security leading to the accidental or unlawful "
                                        + "loss or disclosure of personal data, the Processor alerts the Customer "
                                        + "without undue delay.",
                                f),
                        enInstead(
                                "12. If personal data is compromised",
                                "Without undue delay after becoming aware of a personal data breach, the Processor "
                                        + "shall:\n- notify the Customer;\n- describe the nature of the breach and "
                                        + "its likely consequences;\n- state the measures taken to address it.",
                                BREACH,
                                f),
                        BREACH_FRAME.enInstead(
                                "The Processor lets the Customer know of any personal data breach promptly, and "
                                        + "where not all information is available at once, provides it in phases.",
                                f),
                        BREACH_FRAME.de(
                                "Der Auftragnehmer meldet dem Auftraggeber eine Verletzung des Schutzes "
                                        + "personenbezogener Daten unverzüglich, spätestens jedoch innerhalb von 48 "
                                        + "Stunden nach Bekanntwerden.",
                                f),
                        BREACH_FRAME.de(
                                "Wird dem Auftragnehmer eine Verletzung des Schutzes personenbezogener Daten "
                                        + "bekannt, unterrichtet er den im Bestellformular benannten Ansprechpartner "
                                        + "des Auftraggebers unverzüglich.",
                                f),
                        BREACH_FRAME.de(
                                "Datenpannen zeigt der Auftragnehmer dem Auftraggeber ohne schuldhaftes Zögern an.", f),
                        BREACH_FRAME.de(
                                "Sobald ihm eine Schutzverletzung bekannt wird, setzt der Auftragnehmer den "
                                        + "Auftraggeber unverzüglich davon in Kenntnis.",
                                f),
                        BREACH_FRAME.de(
                                "Verletzungen des Schutzes personenbezogener Daten meldet der Auftragnehmer "
                                        + "unverzüglich. Die Meldung enthält mindestens:\n- die Art der Verletzung,\n"
                                        + "- eine Kontaktstelle,\n- die wahrscheinlichen Folgen,\n- die ergriffenen "
                                        + "Maßnahmen.",
                                f),
                        FamilyFrame.de(
                                "§ 8 Verletzungen des Schutzes personenbezogener Daten",
                                "Unverzüglich nach Kenntnis einer Verletzung wird der Auftragnehmer:\n- den "
                                        + "Auftraggeber benachrichtigen,\n- die Art der Verletzung beschreiben,\n"
                                        + "- die ergriffenen Maßnahmen mitteilen.",
                                BREACH,
                                f)));
        List<String> close = family(
                "breach notice, weaker",
                List.of(
                        BREACH_FRAME.enInstead(
                                "The Processor shall notify the Customer of a personal data breach once the breach "
                                        + "is confirmed.",
                                w),
                        BREACH_FRAME.enInstead(
                                "The Processor shall notify the Customer of a personal data breach within 72 hours.",
                                w),
                        BREACH_FRAME.enInstead("The Processor may alert the Customer to a personal data breach.", w),
                        BREACH_FRAME.enInstead(
                                "The Processor notifies the Customer of serious personal data breaches without "
                                        + "undue delay.",
                                w),
                        BREACH_FRAME.enInstead(
                                "The Processor will notify the Customer of a personal data breach within a "
                                        + "reasonable time.",
                                w),
                        BREACH_FRAME.de(
                                "Der Auftragnehmer meldet dem Auftraggeber eine Verletzung des Schutzes "
                                        + "personenbezogener Daten, sobald die Verletzung bestätigt ist.",
                                w),
                        BREACH_FRAME.de(
                                "Der Auftragnehmer meldet dem Auftraggeber Datenpannen innerhalb von 72 Stunden.", w),
                        BREACH_FRAME.de("Der Auftragnehmer meldet dem Auftraggeber erhebliche Datenpannen.", w),
                        BREACH_FRAME.de("Der Auftragnehmer informiert den Auftraggeber zeitnah über Datenpannen.", w)));
        check(met, close);
    }

    // --- Art. 4 GDPR; Clause 1(d) of 2021/915: the terms of the agreement read as the GDPR defines them ---

    private static final Requirement DEF = Requirement.DEFINITIONS;
    private static final FamilyFrame DEF_FRAME = new FamilyFrame(
            DEF,
            "18. Final provisions",
            "If these terms conflict with the main contract, these terms prevail. If a public authority requests "
                    + "access to the personal data, the Processor shall inform the Customer unless the law forbids "
                    + "it. ",
            "§ 11 Schlussbestimmungen",
            "Es gilt deutsches Recht. ");

    @Test
    void should_read_definitions_by_reference_to_the_gdpr_as_met() {
        List<String> met = family(
                "definitions by reference, adequate",
                List.of(
                        DEF_FRAME.en("Terms defined in the GDPR have the same meaning in these terms.", f),
                        DEF_FRAME.en(
                                "Words such as \"personal data\", \"processing\" and \"personal data breach\" are "
                                        + "used as defined in Article 4 GDPR.",
                                f),
                        DEF_FRAME.en(
                                "Unless defined otherwise here, the terms \"controller\", \"processor\" and \"data "
                                        + "subject\" have the meanings given to them in the GDPR.",
                                f),
                        DEF_FRAME.en(
                                "The definitions of Article 4 of Regulation (EU) 2016/679 apply to these terms.", f),
                        DEF_FRAME.en(
                                "Expressions used in these terms and defined in the GDPR shall be interpreted in "
                                        + "accordance with the GDPR.",
                                f),
                        DEF_FRAME.de(
                                "Die Begriffe dieser Vereinbarung haben die Bedeutung, die ihnen Art. 4 DSGVO "
                                        + "gibt.",
                                f),
                        DEF_FRAME.de("Es gelten die Begriffsbestimmungen des Art. 4 DSGVO.", f),
                        DEF_FRAME.de(
                                "Begriffe wie „personenbezogene Daten“, „Verarbeitung“ und „Verantwortlicher“ "
                                        + "werden entsprechend Art. 4 DSGVO verwendet.",
                                f),
                        DEF_FRAME.de(
                                "Soweit diese Vereinbarung Begriffe der DSGVO verwendet, gelten deren "
                                        + "Begriffsbestimmungen.",
                                f),
                        DEF_FRAME.de(
                                "Für die Begriffe dieser Vereinbarung sind die Definitionen in Artikel 4 der "
                                        + "Verordnung (EU) 2016/679 maßgeblich.",
                                f)));
        List<String> close = family(
                "definitions, weaker",
                List.of(
                        DEF_FRAME.en(
                                "For the purposes of this agreement, \"Data\" means the files the Customer uploads.",
                                w),
                        DEF_FRAME.de(
                                "Im Sinne dieser Vereinbarung bedeutet „Daten“ die vom Auftraggeber hochgeladenen "
                                        + "Dateien.",
                                w)));
        check(met, close);
    }

    // --- Clause 15.1-15.2 of 2021/914 as benchmark (Art. 28(3)(a) and 48 GDPR): an authority's request ---

    private static final Requirement GOV = Requirement.GOVERNMENT_ACCESS;
    private static final FamilyFrame GOV_FRAME = new FamilyFrame(
            GOV,
            "18. Final provisions",
            "Terms defined in the GDPR have the meaning given to them there. If these terms conflict with the main "
                    + "contract, these terms prevail. ",
            "§ 11 Schlussbestimmungen",
            "Es gilt deutsches Recht. ");

    @Test
    void should_read_notice_of_an_authoritys_request_unless_prohibited_as_met() {
        List<String> met = family(
                "authority's request, adequate",
                List.of(
                        GOV_FRAME.en(
                                "Where a public authority demands disclosure of personal data, the Processor shall "
                                        + "notify the Customer without delay unless legally prohibited, and shall "
                                        + "challenge the demand where there are reasonable grounds to consider it "
                                        + "unlawful.",
                                f),
                        GOV_FRAME.en(
                                "If the Processor receives a legally binding request from a public authority for "
                                        + "disclosure of the personal data, it shall promptly notify the Customer, "
                                        + "unless it is prohibited from doing so by law.",
                                f),
                        GOV_FRAME.en(
                                "Government requests for the Customer's data are passed to the Customer without "
                                        + "undue delay, except where the law prohibits this.",
                                f),
                        GOV_FRAME.en(
                                "The Processor will inform the Customer of any order of a court or authority to hand "
                                        + "over personal data, to the extent legally permitted, and will contest "
                                        + "orders it has reasonable grounds to believe unlawful.",
                                f),
                        GOV_FRAME.en(
                                "Unless legally prohibited, the Processor shall tell the Customer when a law "
                                        + "enforcement agency seeks access to the personal data.",
                                f),
                        GOV_FRAME.de(
                                "Erhält der Auftragnehmer ein Auskunftsersuchen einer Behörde zu den Daten, "
                                        + "informiert er den Auftraggeber unverzüglich, sofern dies nicht gesetzlich "
                                        + "untersagt ist.",
                                f),
                        GOV_FRAME.de(
                                "Verlangt ein Gericht oder eine Strafverfolgungsbehörde die Herausgabe der Daten, "
                                        + "benachrichtigt der Auftragnehmer den Auftraggeber unverzüglich, soweit "
                                        + "rechtlich zulässig, und ficht das Verlangen an, wenn begründete "
                                        + "Anhaltspunkte für seine Rechtswidrigkeit bestehen.",
                                f),
                        GOV_FRAME.de(
                                "Über behördliche Zugriffsersuchen unterrichtet der Auftragnehmer den Auftraggeber, "
                                        + "es sei denn, dies ist ihm gesetzlich verboten.",
                                f),
                        GOV_FRAME.de(
                                "Anordnungen staatlicher Stellen zur Offenlegung der Daten teilt der Auftragnehmer "
                                        + "dem Auftraggeber unverzüglich mit, soweit dies nicht untersagt ist.",
                                f)));
        List<String> close = family(
                "authority's request, weaker",
                List.of(
                        GOV_FRAME.en(
                                "If a public authority requests access to the personal data, the Processor may, at "
                                        + "its discretion, inform the Customer.",
                                w),
                        GOV_FRAME.en(
                                "If a public authority requests access to the personal data, the Processor will "
                                        + "inform the Customer where it considers notice appropriate.",
                                w),
                        GOV_FRAME.de(
                                "Verlangt eine Behörde Zugriff auf die Daten, kann der Auftragnehmer den "
                                        + "Auftraggeber nach eigenem Ermessen informieren.",
                                w),
                        GOV_FRAME.de(
                                "Verlangt eine Behörde Zugriff auf die Daten, informiert der Auftragnehmer den "
                                        + "Auftraggeber, sofern er dies für angemessen hält.",
                                w)));
        check(met, close);
    }
}
