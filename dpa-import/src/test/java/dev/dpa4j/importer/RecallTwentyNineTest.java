/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.enInstead;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Recall29 of #16 (general readings on the recall side, a third round): adequate ways of wording the processor's
 * liability for its sub-processors, the assistance with data subjects' requests in the law's own qualifier or in
 * everyday words, the controller's consent to the service providers the processor engages, definitions by reference
 * to the GDPR beside another data protection law and the notice of an authority's request given as the answer to a
 * help-center question, which the training documents rotated in and the blind sets saw read as weaker or absent — each written as a family of our own paraphrases beside close sentences whose verdict must not
 * change. Read in the frames of {@link WordingFrames}; the families of {@link RecallTwentySevenTest} and {@link
 * RecallTwentyEightTest} are not repeated.
 */
class RecallTwentyNineTest {

    private static final Status f = Status.FOUND;
    private static final Status w = Status.WEAKER;
    private static final Status n = Status.NOT_FOUND;

    // --- Art. 28(4) second sentence GDPR, Clause 7.7(c) of 2021/915: the processor answers for its sub-processors ---

    private static final Requirement SL = Requirement.SUBPROCESSOR_LIABILITY;
    private static final String SUB_EN =
            "The Customer gives general authorisation to engage sub-processors. The Processor "
                    + "will notify the Customer of any intended addition thirty days in advance, and the Customer may object. ";
    private static final String SUB_DE = "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für "
            + "Unterauftragsverarbeiter. Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen "
            + "vorher; der Auftraggeber kann widersprechen. ";
    /** The frame's sub-processor clause without its sentence on liability, the member after it. */
    private static final FamilyFrame SUB =
            new FamilyFrame(SL, "9. Sub-processors", SUB_EN, "§ 6 Unterauftragsverarbeiter", SUB_DE);

    @Test
    void should_read_the_processor_answering_for_its_sub_processors_in_other_words_as_met() {
        List<String> met = family(
                "sub-processors' liability in other words, adequate",
                List.of(
                        SUB.en(
                                "The Processor imposes the same data protection obligations on each sub-processor by "
                                        + "contract and remains liable to the Customer for their compliance with them.",
                                f),
                        SUB.en(
                                "The Processor bears full responsibility towards the Customer for the work of its "
                                        + "sub-processors.",
                                f),
                        SUB.en(
                                "The Processor takes full responsibility for any sub-processor's failure to meet its "
                                        + "data protection obligations.",
                                f),
                        SUB.en(
                                "Breaches of those obligations by a sub-processor are attributed to the Processor as "
                                        + "its own.",
                                f),
                        SUB.en(
                                "The Processor accepts liability to the Customer for each sub-processor as it would "
                                        + "for its own acts.",
                                f),
                        SUB.en(
                                "The Processor is accountable to the Customer for the performance of its "
                                        + "sub-processors' obligations.",
                                f),
                        // a general clause on the persons the processor engages, as the clause's last sentence
                        SUB.en(
                                "The Processor is liable for everyone it uses to perform this agreement to the same "
                                        + "extent as for itself.",
                                f),
                        SUB.de(
                                "Der Auftragnehmer steht dem Auftraggeber für die Erfüllung dieser Pflichten durch den "
                                        + "Unterauftragsverarbeiter ein.",
                                f),
                        SUB.de(
                                "Handlungen und Unterlassungen der Unterauftragsverarbeiter muss sich der "
                                        + "Auftragnehmer wie eigene zurechnen lassen.",
                                f),
                        SUB.de(
                                "Verletzt ein Unterauftragsverarbeiter seine Datenschutzpflichten, trägt der "
                                        + "Auftragnehmer dafür gegenüber dem Auftraggeber die volle Verantwortung.",
                                f),
                        SUB.de(
                                "Der Auftragnehmer übernimmt gegenüber dem Auftraggeber die volle Haftung für die von "
                                        + "ihm eingesetzten Unterauftragsverarbeiter.",
                                f),
                        SUB.de(
                                "Mit jedem Unterauftragsverarbeiter schließt der Auftragnehmer einen Vertrag mit "
                                        + "denselben Datenschutzpflichten. Für seine Arbeit haftet der Auftragnehmer "
                                        + "dem Auftraggeber gegenüber voll.",
                                f),
                        SUB.de(
                                "Der Auftragnehmer verpflichtet jeden Unterauftragsverarbeiter auf dieselben "
                                        + "Datenschutzpflichten und haftet dem Auftraggeber für ihn wie für sich selbst.",
                                f),
                        // § 278 BGB in the words of a general clause
                        SUB.de(
                                "Der Auftragnehmer hat ein Verschulden der Personen, deren er sich zur Erfüllung "
                                        + "dieses Vertrags bedient, in gleichem Umfang zu vertreten wie eigenes "
                                        + "Verschulden.",
                                f)));
        // a responsibility only for the selection, a capped one, or the sub-processor's own responsibility
        List<String> close = family(
                "sub-processors' liability in other words, close",
                List.of(
                        SUB.en("The Processor is liable for its sub-processors only for their careful selection.", w),
                        SUB.en(
                                "The Processor's liability for its sub-processors is limited to the amounts it "
                                        + "recovers from them.",
                                w),
                        SUB.en("Each sub-processor bears full responsibility for its own processing.", n),
                        SUB.en("Each sub-processor is accountable for its own processing.", n),
                        SUB.de(
                                "Der Auftragnehmer haftet für Unterauftragsverarbeiter nur für deren sorgfältige Auswahl.",
                                w),
                        SUB.de(
                                "Für Unterauftragsverarbeiter steht der Auftragnehmer nur für ein Auswahlverschulden "
                                        + "ein.",
                                w),
                        SUB.de(
                                "Jeder Unterauftragsverarbeiter trägt die volle Verantwortung für seine eigene "
                                        + "Verarbeitung.",
                                n),
                        SUB.de(
                                "Mit jedem Unterauftragsverarbeiter schließt der Auftragnehmer einen Vertrag mit "
                                        + "denselben Datenschutzpflichten. Für seine Arbeit haftet der Auftragnehmer nur "
                                        + "bei Auswahlverschulden.",
                                n)));
        check(met, close);
    }

    // --- Art. 28(3)(e) GDPR: "by appropriate technical and organisational measures, insofar as this is possible" ---

    private static final Requirement DSR = Requirement.DATA_SUBJECT_RIGHTS;
    private static final String DSR_EN = "10. Data subject rights";
    private static final FamilyFrame DSR_DE = new FamilyFrame(DSR, DSR_EN, "", "§ 7 Betroffenenrechte", "");

    private static FamilyFrame.Case dsrEn(String body, Status expected) {
        return enInstead(DSR_EN, body, DSR, expected);
    }

    @Test
    void should_read_the_laws_own_qualifier_of_the_assistance_as_met() {
        List<String> met = family(
                "assistance insofar as possible by technical and organisational measures, adequate",
                List.of(
                        dsrEn(
                                "The Processor supports the Customer, as far as possible, with appropriate technical "
                                        + "and organisational measures in answering requests from data subjects.",
                                f),
                        dsrEn(
                                "To the extent possible, the Processor assists the Customer with appropriate technical "
                                        + "and organisational measures in meeting its obligations to respond to "
                                        + "requests from data subjects.",
                                f),
                        dsrEn(
                                "The Processor, taking into account the nature of the processing, supports the "
                                        + "Customer with appropriate technical and organisational measures as far as "
                                        + "possible in answering data subjects' requests.",
                                f),
                        dsrEn(
                                "As far as possible, the Processor shall assist the Customer through technical and "
                                        + "organisational measures in responding to requests from data subjects.",
                                f),
                        DSR_DE.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber im Rahmen seiner Möglichkeiten mit "
                                        + "geeigneten technischen und organisatorischen Maßnahmen bei der Beantwortung "
                                        + "von Anträgen betroffener Personen.",
                                f),
                        DSR_DE.de(
                                "Im Rahmen seiner Möglichkeiten unterstützt der Auftragnehmer den Auftraggeber mit "
                                        + "geeigneten technischen und organisatorischen Maßnahmen bei "
                                        + "Betroffenenanfragen.",
                                f),
                        DSR_DE.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber mit technischen und organisatorischen "
                                        + "Maßnahmen im Rahmen seiner Möglichkeiten bei der Wahrung der Rechte der "
                                        + "betroffenen Personen.",
                                f),
                        DSR_DE.de(
                                "Soweit ihm dies möglich ist, unterstützt der Auftragnehmer den Auftraggeber mit "
                                        + "geeigneten technischen und organisatorischen Maßnahmen bei Anträgen "
                                        + "betroffener Personen.",
                                f)));
        // "reasonably" possible, a commercial limit, or the qualifier without the measures stay best efforts
        List<String> close = family(
                "assistance insofar as possible, close",
                List.of(
                        dsrEn(
                                "The Processor supports the Customer, as far as reasonably possible, with appropriate "
                                        + "technical and organisational measures in answering requests from data "
                                        + "subjects.",
                                w),
                        dsrEn(
                                "The Processor assists the Customer in answering requests from data subjects as far "
                                        + "as possible.",
                                w),
                        dsrEn(
                                "Where commercially reasonable, the Processor assists the Customer with appropriate "
                                        + "technical and organisational measures in answering requests from data "
                                        + "subjects.",
                                w),
                        DSR_DE.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber im Rahmen seiner Möglichkeiten bei "
                                        + "Anträgen betroffener Personen.",
                                w),
                        DSR_DE.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber, soweit wirtschaftlich zumutbar, mit "
                                        + "technischen und organisatorischen Maßnahmen bei Anträgen betroffener "
                                        + "Personen.",
                                w)));
        check(met, close);
    }

    // --- Art. 28(3)(e) GDPR, Clause 8(b) of 2021/915: the requests of data subjects in everyday words ---

    private static final String ASK_EN = "10. Cooperation";
    private static final FamilyFrame ASK_DE = new FamilyFrame(DSR, ASK_EN, "", "§ 7 Anfragen", "");

    private static FamilyFrame.Case askEn(String body, Status expected) {
        return enInstead(ASK_EN, body, DSR, expected);
    }

    @Test
    void should_read_privacy_requests_passed_on_or_answered_with_help_as_met() {
        List<String> met = family(
                "privacy requests in everyday words, adequate",
                List.of(
                        askEn(
                                "If someone contacts the Processor with a privacy request, the Processor passes it on "
                                        + "to the Customer without delay and helps the Customer answer it.",
                                f),
                        askEn(
                                "The Processor helps the Customer respond to data protection requests from "
                                        + "individuals.",
                                f),
                        askEn(
                                "Where an individual sends the Processor a request about their personal data, the "
                                        + "Processor forwards it to the Customer and assists with the reply.",
                                f),
                        askEn(
                                "The Processor supports the Customer with privacy enquiries from the Customer's end "
                                        + "users.",
                                f),
                        ASK_DE.de(
                                "Meldet sich jemand mit einer Datenschutzanfrage beim Auftragnehmer, leitet er sie "
                                        + "unverzüglich an den Auftraggeber weiter und hilft bei der Antwort.",
                                f),
                        ASK_DE.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Datenschutzanfragen seiner "
                                        + "Kundinnen und Kunden.",
                                f),
                        ASK_DE.de(
                                "Wendet sich eine Person mit einer Anfrage zu ihren gespeicherten Daten an den "
                                        + "Auftragnehmer, leitet er sie an den Auftraggeber weiter.",
                                f),
                        ASK_DE.de(
                                "Der Auftragnehmer hilft dem Auftraggeber, Anfragen von Personen zu ihren Daten zu "
                                        + "beantworten.",
                                f)));
        // the controller's own questions are no requests of data subjects; a limit stays a limit
        List<String> close = family(
                "privacy requests in everyday words, close",
                List.of(
                        askEn(
                                "The Processor answers the Customer's privacy questions about the service within ten days.",
                                n),
                        askEn(
                                "Where the Processor considers it appropriate, it helps the Customer with privacy "
                                        + "requests from individuals.",
                                w),
                        ASK_DE.de(
                                "Datenschutzanfragen des Auftraggebers beantwortet der Auftragnehmer innerhalb von "
                                        + "zwei Wochen.",
                                n),
                        ASK_DE.de(
                                "Der Auftragnehmer hilft dem Auftraggeber bei Datenschutzanfragen von Kunden, soweit "
                                        + "ihm dies wirtschaftlich zumutbar ist.",
                                w)));
        check(met, close);
    }

    // --- Art. 28(2) and (4) GDPR, Clause 7.7(a) of 2021/915: consent to the service providers the processor engages
    // ---

    private static final Requirement SA = Requirement.SUBPROCESSOR_AUTHORISATION;
    private static final String NOTICE_EN =
            " The Processor will notify the Customer of any intended addition thirty days in advance, and the Customer "
                    + "may object.";
    private static final String NOTICE_DE = " Über neue Dienstleister informiert der Auftragnehmer vier Wochen vorher; "
            + "der Auftraggeber kann widersprechen.";
    private static final FamilyFrame CONSENT =
            new FamilyFrame(SA, "9. Sub-processors", "", "§ 6 Unterauftragsverarbeiter", "");

    @Test
    void should_read_consent_to_the_processors_service_providers_as_an_authorisation() {
        List<String> met = family(
                "consent to service providers, adequate",
                List.of(
                        CONSENT.en(
                                "The Customer agrees that the Processor uses the service providers listed in Annex 3 "
                                        + "for hosting and e-mail." + NOTICE_EN,
                                f),
                        CONSENT.en(
                                "The Customer consents to the Processor's use of the third-party service providers "
                                        + "named in Annex 3." + NOTICE_EN,
                                f),
                        CONSENT.en(
                                "The Customer accepts that the Processor uses service providers for hosting, payments "
                                        + "and e-mail, as listed in Annex 3." + NOTICE_EN,
                                f),
                        CONSENT.en(
                                "The Customer agrees to the Processor engaging the third-party providers listed in "
                                        + "Annex 3." + NOTICE_EN,
                                f),
                        CONSENT.de(
                                "Der Auftraggeber ist damit einverstanden, dass der Auftragnehmer die in Anlage 3 "
                                        + "genannten Dienstleister einsetzt." + NOTICE_DE,
                                f),
                        CONSENT.de(
                                "Der Auftraggeber ist damit einverstanden, dass der Auftragnehmer für Hosting und "
                                        + "E-Mail-Versand die in Anlage 3 genannten Dienstleister einsetzt."
                                        + NOTICE_DE,
                                f),
                        CONSENT.de(
                                "Der Auftraggeber ist einverstanden, dass der Auftragnehmer für den Versand von "
                                        + "Nachrichten die in Anlage 3 genannten Drittanbieter beauftragt." + NOTICE_DE,
                                f),
                        CONSENT.de(
                                "Der Auftraggeber ist damit einverstanden, dass der Auftragnehmer folgende "
                                        + "Dienstleister hinzuzieht: Elbcloud GmbH (Hosting), Kurzfunk GmbH (SMS)."
                                        + NOTICE_DE,
                                f)));
        // consent to something else about the service providers is no authorisation to engage them, and a consent to
        // whichever providers the processor needs identifies none of them (read as before)
        List<String> close = family(
                "consent to service providers, close",
                List.of(
                        CONSENT.en(
                                "The Customer agrees that the Processor uses whatever service providers it needs from "
                                        + "time to time." + NOTICE_EN,
                                n),
                        CONSENT.de(
                                "Der Auftraggeber ist damit einverstanden, dass der Auftragnehmer die Dienstleister "
                                        + "einsetzt, die er dafür jeweils benötigt." + NOTICE_DE,
                                n),
                        CONSENT.en(
                                "The Customer agrees that the Processor's service providers are bound to "
                                        + "confidentiality." + NOTICE_EN,
                                n),
                        CONSENT.de(
                                "Der Auftraggeber ist damit einverstanden, dass die Dienstleister des Auftragnehmers "
                                        + "zur Vertraulichkeit verpflichtet sind." + NOTICE_DE,
                                n)));
        check(met, close);
    }

    // --- Art. 4 GDPR: the definitions of the GDPR beside another data protection law ---

    private static final Requirement DEF = Requirement.DEFINITIONS;
    private static final FamilyFrame DEF_DE = new FamilyFrame(DEF, "", "", "§ 11 Schlussbestimmungen", "");

    @Test
    void should_read_definitions_by_reference_to_the_gdpr_beside_another_law_as_met() {
        List<String> met = family(
                "definitions beside another law, adequate",
                List.of(
                        DEF_DE.de(
                                "Die in diesem Vertrag verwendeten Begriffe wie „personenbezogene Daten“, "
                                        + "„Verarbeitung“ und „Verletzung des Schutzes personenbezogener Daten“ sind im "
                                        + "Sinne von § 4 KDG und Art. 4 DSGVO zu verstehen.",
                                f),
                        DEF_DE.de(
                                "Begriffe wie „Verarbeitung“ und „Auftragsverarbeiter“ sind im Sinne des DSG-EKD und "
                                        + "der DSGVO zu verstehen.",
                                f),
                        DEF_DE.de(
                                "Die Begriffe dieses Vertrags sind im Sinne von § 2 DSG-EKD und Art. 4 DSGVO zu "
                                        + "verstehen.",
                                f),
                        DEF_DE.de(
                                "Verwendete Begriffe wie „Verarbeitung“ sind im Sinne der DSGVO und des BDSG "
                                        + "auszulegen.",
                                f)));
        // another law alone, or the main contract, is no reference to Art. 4 GDPR
        List<String> close = family(
                "definitions beside another law, close",
                List.of(
                        DEF_DE.de("Die Begriffe dieses Vertrags sind im Sinne von § 4 KDG zu verstehen.", n),
                        DEF_DE.de("Begriffe wie „Kunde“ sind im Sinne des Hauptvertrags zu verstehen.", n)));
        check(met, close);
    }

    // --- Clause 15.1(a) of 2021/914 as benchmark: an authority's request asked as a help-center question ---

    private static final Requirement GOV = Requirement.GOVERNMENT_ACCESS;

    /** A question as the heading of the plain-language frames, its answer as the passage under it. */
    private record Faq(boolean english, String question, String answer, Status expected) {}

    private static List<String> faqs(String name, List<Faq> cases) {
        List<String> wrong = new ArrayList<>();
        for (Faq c : cases) {
            String heading = "14. " + c.question();
            Status got = c.english()
                    ? WordingFrames.we(heading, c.answer(), GOV)
                    : WordingFrames.wir(heading, c.answer(), GOV);
            if (got != c.expected()) {
                wrong.add(c.expected() + " but " + got + ": " + c.question() + " / " + c.answer());
            }
        }
        System.out.println(String.format(
                Locale.ROOT, "family %s: %d of %d as expected", name, cases.size() - wrong.size(), cases.size()));
        return wrong;
    }

    @Test
    void should_read_the_notice_answering_a_question_on_an_authoritys_request_as_met() {
        List<String> met = faqs(
                "an authority's request as a question, adequate",
                List.of(
                        new Faq(
                                true,
                                "What if the police or another authority asks us for your data?",
                                "We tell you straight away, unless the law forbids it, and we only hand over what we "
                                        + "must.",
                                f),
                        new Faq(
                                true,
                                "What happens if a public authority wants access to your data?",
                                "We'll let you know before we respond, unless we're legally prohibited from doing so.",
                                f),
                        new Faq(
                                true,
                                "What if a court orders us to disclose your data?",
                                "We'll notify you first, unless we are legally prohibited from doing so.",
                                f),
                        new Faq(
                                true,
                                "What if law enforcement asks for your records?",
                                "We refer them to you and inform you of the request unless the law forbids it.",
                                f),
                        new Faq(
                                false,
                                "Was passiert, wenn eine Behörde Ihre Daten verlangt?",
                                "Wir informieren Sie sofort, soweit das gesetzlich erlaubt ist, und geben nur heraus, "
                                        + "wozu wir verpflichtet sind.",
                                f),
                        new Faq(
                                false,
                                "Was, wenn die Polizei Daten von uns haben will?",
                                "Dann sagen wir Ihnen vorher Bescheid, es sei denn, das Gesetz verbietet es.",
                                f),
                        new Faq(
                                false,
                                "Und wenn ein Gericht die Herausgabe anordnet?",
                                "Wir benachrichtigen Sie vorher, sofern uns das nicht gesetzlich verboten ist.",
                                f),
                        new Faq(
                                false,
                                "Was geschieht, wenn die Staatsanwaltschaft Daten anfordert?",
                                "Wir unterrichten Sie unverzüglich, soweit uns das nicht untersagt ist.",
                                f)));
        // a supervisory authority, an answer without a notice, or a notice at the processor's will
        List<String> close = faqs(
                "an authority's request as a question, close",
                List.of(
                        new Faq(
                                true,
                                "What if a supervisory authority asks for your data?",
                                "We'll tell you straight away.",
                                n),
                        new Faq(
                                true,
                                "What if the police ask for your data?",
                                "We hand it over as the law requires.",
                                n),
                        new Faq(
                                true,
                                "What if an authority asks for your data?",
                                "We may tell you if we think it appropriate.",
                                w),
                        new Faq(
                                false,
                                "Was, wenn die Aufsichtsbehörde Daten verlangt?",
                                "Dann informieren wir Sie sofort.",
                                n),
                        new Faq(
                                false,
                                "Was, wenn eine Behörde Daten verlangt?",
                                "Wir geben heraus, wozu wir verpflichtet sind.",
                                n),
                        new Faq(
                                false,
                                "Was, wenn eine Behörde Daten verlangt?",
                                "Wir können Sie informieren, wenn wir es für angemessen halten.",
                                w)));
        check(met, close);
    }
}
