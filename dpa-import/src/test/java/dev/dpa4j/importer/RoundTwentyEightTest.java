/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 28 of #16 (general readings on the precision side, a second time): for the legal causes of a weaker verdict
 * that round 27 did not reach (assistance with data subjects' requests only against a fee, at the processor's will or
 * through the controller's own tools; the description of the processing only by reference to an order form or a web
 * page, or without an end; the processor's own business purposes), a family of paraphrases of our own in English and
 * German beside close sentences whose verdict must not change (reasonable costs, "insofar as this is possible", tools
 * the processor provides beside its assistance, a term tied to the main contract, anonymised statistics). Each member
 * is read in the frames of {@link WordingFrames} through {@link FamilyFrame}.
 */
class RoundTwentyEightTest {

    // --- Art. 28(3)(e) GDPR, Clause 8(b)-(c) of 2021/915: the processor assists the controller in responding to
    // requests of data subjects ---

    private static final FamilyFrame RIGHTS = new FamilyFrame(
            Requirement.DATA_SUBJECT_RIGHTS, "10. Data subject rights", "", "§ 7 Betroffenenrechte", "");

    @Test
    void should_read_assistance_with_requests_only_against_a_fee_as_weaker() {
        List<String> weaker = family(
                "requests, only against a fee",
                List.of(
                        RIGHTS.en(
                                "The Processor shall assist the Customer in answering requests from data subjects, "
                                        + "but only against payment of the Processor's fees for that assistance.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Assistance with data subject requests is provided only upon payment of an "
                                        + "additional fee.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Subject to the Customer paying the applicable professional services fees, the "
                                        + "Processor will help the Customer respond to requests from data subjects.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor supports the Customer with requests of data subjects as a paid "
                                        + "service.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor shall assist the Customer with data subject requests. Such assistance "
                                        + "is given only once the Customer has ordered and paid for it.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen nur "
                                        + "gegen gesonderte Vergütung.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Die Unterstützung bei Betroffenenanfragen erfolgt ausschließlich gegen Zahlung eines "
                                        + "zusätzlichen Entgelts.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Gegen zusätzliche Bezahlung hilft der Auftragnehmer bei Anfragen betroffener "
                                        + "Personen.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Bei Anträgen betroffener Personen unterstützt der Auftragnehmer als kostenpflichtige "
                                        + "Zusatzleistung.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt bei Anfragen betroffener Personen, sofern der "
                                        + "Auftraggeber das entsprechende Leistungspaket gebucht und bezahlt hat.",
                                Status.WEAKER)));
        List<String> close = family(
                "requests, fee, close",
                List.of(
                        RIGHTS.en(
                                "The Processor shall assist the Customer in answering requests from data subjects. "
                                        + "The Customer shall reimburse the reasonable costs of that assistance.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor shall assist the Customer in answering requests from data subjects free "
                                        + "of charge.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor shall assist the Customer with requests from data subjects; it may "
                                        + "charge reasonable costs where a request is manifestly excessive.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor shall assist the Customer in answering requests from data subjects, "
                                        + "at the Customer's reasonable expense.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen. Der "
                                        + "Auftraggeber erstattet die dafür angemessenen Kosten.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber unentgeltlich bei Anträgen betroffener "
                                        + "Personen.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen gegen "
                                        + "angemessene Vergütung nach Aufwand.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen; er "
                                        + "kann dafür eine angemessene Vergütung verlangen.",
                                Status.FOUND)));
        check(weaker, close);
    }

    @Test
    void should_read_assistance_with_requests_at_the_processors_will_as_weaker() {
        List<String> weaker = family(
                "requests, at the processor's will",
                List.of(
                        RIGHTS.en(
                                "The Processor will assist the Customer with data subject requests where commercially "
                                        + "reasonable.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "If the Processor so decides, it will help the Customer answer requests from data "
                                        + "subjects.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor determines whether and how it assists the Customer with requests from "
                                        + "data subjects.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Help with requests of data subjects is given when the Processor thinks it appropriate.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen, "
                                        + "soweit dies wirtschaftlich sinnvoll ist.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Sofern der Auftragnehmer es für angemessen hält, hilft er bei Anfragen betroffener "
                                        + "Personen.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer entscheidet selbst, ob und wie er bei Anfragen betroffener Personen "
                                        + "unterstützt.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Bei Betroffenenanfragen hilft der Auftragnehmer, wenn er dies für geboten erachtet.",
                                Status.WEAKER)));
        List<String> close = family(
                "requests, at will, close",
                List.of(
                        RIGHTS.en(
                                "Taking into account the nature of the processing, the Processor shall assist the "
                                        + "Customer in answering requests from data subjects.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Customer decides how requests from data subjects are answered; the Processor "
                                        + "shall assist it.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor shall assist the Customer with requests from data subjects in the way "
                                        + "the Customer considers appropriate.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen in "
                                        + "der vom Auftraggeber bestimmten Weise.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftraggeber entscheidet über Anträge betroffener Personen; der Auftragnehmer "
                                        + "unterstützt ihn dabei.",
                                Status.FOUND)));
        check(weaker, close);
    }

    @Test
    void should_read_only_the_controllers_own_tools_for_requests_as_weaker() {
        List<String> weaker = family(
                "requests, only the controller's own tools",
                List.of(
                        RIGHTS.en(
                                "The Customer can respond to requests from data subjects itself using the self-service "
                                        + "functions of the service.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Data subject requests are handled by the Customer in the account settings, which let "
                                        + "it export, correct and delete data.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The service offers tools with which the Customer may answer data subjects' requests.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "For requests from data subjects, the Customer uses the export and deletion features "
                                        + "of the platform.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Anfragen betroffener Personen beantwortet der Auftraggeber selbst über die Funktionen "
                                        + "der Software.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftraggeber kann Anträge betroffener Personen mit den Self-Service-Funktionen "
                                        + "des Portals selbst bearbeiten.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Für Betroffenenanfragen stehen dem Auftraggeber die Export- und Löschfunktionen der "
                                        + "Anwendung zur Verfügung.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Die Rechte der betroffenen Personen setzt der Auftraggeber über die "
                                        + "Kontoeinstellungen selbst um.",
                                Status.WEAKER),
                        // the sentence that adds the processor's help carries the limit: it is read with the tools
                        RIGHTS.en(
                                "The Customer answers requests from data subjects with the export and deletion "
                                        + "functions. For anything more, the Processor helps where commercially "
                                        + "reasonable.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Anfragen betroffener Personen bearbeitet der Auftraggeber über die Funktionen der "
                                        + "Software selbst. Für Weiteres unterstützt ihn der Auftragnehmer nach eigenem "
                                        + "Ermessen.",
                                Status.WEAKER)));
        List<String> close = family(
                "requests, own tools, close",
                List.of(
                        RIGHTS.en(
                                "The Processor provides self-service functions with which the Customer can answer "
                                        + "requests from data subjects, and shall assist the Customer where they do not "
                                        + "suffice.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Customer can answer requests from data subjects with the self-service functions. "
                                        + "Where it cannot, the Processor shall assist it.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor shall assist the Customer in answering requests from data subjects, "
                                        + "among other things through the self-service functions of the service.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer stellt Funktionen bereit, mit denen der Auftraggeber Anträge "
                                        + "betroffener Personen beantworten kann, und unterstützt ihn darüber hinaus.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftraggeber beantwortet Anfragen betroffener Personen über die Funktionen der "
                                        + "Software. Soweit er dies nicht selbst kann, unterstützt ihn der "
                                        + "Auftragnehmer.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3) first sentence GDPR: the contract sets out the subject matter and duration of the processing ---

    private static final FamilyFrame DURATION = new FamilyFrame(
            Requirement.SUBJECT_AND_DURATION,
            "2. Subject matter and duration",
            "The subject matter of the processing is the hosting of the Customer's ticketing system. ",
            "§ 2 Gegenstand und Dauer",
            "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware. ");

    @Test
    void should_read_a_processing_without_end_as_weaker() {
        List<String> weaker = family(
                "duration, indefinite",
                List.of(
                        DURATION.en("The processing is carried out indefinitely.", Status.WEAKER),
                        DURATION.en("Duration of the processing: indefinite.", Status.WEAKER),
                        DURATION.en("Personal data will be processed for an unlimited period.", Status.WEAKER),
                        DURATION.en("The processing has no fixed end.", Status.WEAKER),
                        DURATION.de("Die Verarbeitung erfolgt auf unbestimmte Zeit.", Status.WEAKER),
                        DURATION.de("Dauer der Verarbeitung: unbefristet.", Status.WEAKER),
                        DURATION.de("Die Daten werden zeitlich unbegrenzt verarbeitet.", Status.WEAKER),
                        DURATION.de("Die Verarbeitung ist nicht befristet.", Status.WEAKER)));
        List<String> close = family(
                "duration, indefinite, close",
                List.of(
                        DURATION.en(
                                "The processing runs for the term of the main contract and ends when either party "
                                        + "terminates it.",
                                Status.FOUND),
                        DURATION.en(
                                "This agreement is concluded for an indefinite period and ends with the main "
                                        + "contract.",
                                Status.FOUND),
                        DURATION.en(
                                "The term of this agreement follows the main contract. The confidentiality "
                                        + "obligations survive indefinitely.",
                                Status.FOUND),
                        DURATION.de(
                                "Diese Vereinbarung wird auf unbestimmte Zeit geschlossen und endet mit dem "
                                        + "Hauptvertrag.",
                                Status.FOUND),
                        DURATION.de(
                                "Die Laufzeit dieser Vereinbarung folgt dem Hauptvertrag. Die Pflicht zur "
                                        + "Verschwiegenheit gilt zeitlich unbegrenzt fort.",
                                Status.FOUND),
                        DURATION.de(
                                "Die Verarbeitung erfolgt für die Dauer des Hauptvertrags, der auf unbestimmte Zeit "
                                        + "geschlossen ist.",
                                Status.FOUND)));
        check(weaker, close);
    }

    private static final FamilyFrame SUBJECT = new FamilyFrame(
            Requirement.SUBJECT_AND_DURATION,
            "2. Subject matter and duration",
            "The term of this agreement follows the main contract. ",
            "§ 2 Gegenstand und Dauer",
            "Die Laufzeit dieser Vereinbarung folgt dem Hauptvertrag. ");

    @Test
    void should_read_a_subject_matter_only_by_reference_to_an_order_form_or_web_page_as_weaker() {
        List<String> weaker = family(
                "subject matter by reference",
                List.of(
                        SUBJECT.en("The subject matter of the processing is set out in the Order Form.", Status.WEAKER),
                        SUBJECT.en(
                                "Subject matter: as described in the service description on the Processor's website.",
                                Status.WEAKER),
                        SUBJECT.en(
                                "The subject matter of the processing follows from the Customer's order.",
                                Status.WEAKER),
                        SUBJECT.en(
                                "The subject matter of the processing is specified in the applicable statement of "
                                        + "work.",
                                Status.WEAKER),
                        SUBJECT.de(
                                "Der Gegenstand der Verarbeitung ergibt sich aus dem Bestellformular.", Status.WEAKER),
                        SUBJECT.de(
                                "Gegenstand der Verarbeitung: gemäß der Leistungsbeschreibung auf der Website des "
                                        + "Auftragnehmers.",
                                Status.WEAKER),
                        SUBJECT.de("Der Gegenstand des Auftrags ist im jeweiligen Angebot festgelegt.", Status.WEAKER),
                        SUBJECT.de(
                                "Gegenstand der Verarbeitung ist, was in der Auftragsbestätigung beschrieben ist.",
                                Status.WEAKER)));
        List<String> close = family(
                "subject matter by reference, close",
                List.of(
                        SUBJECT.en(
                                "The subject matter of the processing is the hosting of the Customer's ticketing "
                                        + "system, as further set out in the Order Form.",
                                Status.FOUND),
                        SUBJECT.en(
                                "The subject matter of the processing is the support of the Customer's web shop.",
                                Status.FOUND),
                        SUBJECT.en(
                                "The subject matter of the processing is the payroll service the Customer ordered.",
                                Status.FOUND),
                        SUBJECT.de(
                                "Gegenstand der Verarbeitung ist die Lohnabrechnung für die Beschäftigten des "
                                        + "Auftraggebers; Einzelheiten ergeben sich aus dem Bestellformular.",
                                Status.FOUND),
                        SUBJECT.de(
                                "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3)(a) and 28(10) GDPR, Clause 7.2 of 2021/915: the processor processes only for the controller's
    // purposes ---

    private static final FamilyFrame PURPOSE = new FamilyFrame(
            Requirement.NATURE_AND_PURPOSE,
            "3. Nature and purpose",
            "The purpose of the processing is running and supporting the ticketing system. ",
            "§ 2 Gegenstand und Dauer",
            "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware. Die Laufzeit dieser "
                    + "Vereinbarung folgt dem Hauptvertrag. Zweck der Verarbeitung ist die Buchführung des "
                    + "Auftraggebers. ");

    @Test
    void should_read_the_processors_own_business_purposes_as_weaker() {
        List<String> weaker = family(
                "purposes, the processor's own business",
                List.of(
                        PURPOSE.en(
                                "The Processor may also process the personal data for its legitimate business "
                                        + "purposes.",
                                Status.WEAKER),
                        PURPOSE.en("The Processor may use the personal data for its own research.", Status.WEAKER),
                        PURPOSE.en(
                                "The Processor may share the personal data with its partners for their own "
                                        + "purposes.",
                                Status.WEAKER),
                        PURPOSE.en(
                                "The Processor is free to use the personal data for its own business operations.",
                                Status.WEAKER),
                        PURPOSE.de(
                                "Der Auftragnehmer darf die Daten auch für seine berechtigten Geschäftszwecke "
                                        + "verwenden.",
                                Status.WEAKER),
                        PURPOSE.de(
                                "Der Auftragnehmer ist berechtigt, die Daten zu eigenen Forschungszwecken zu nutzen.",
                                Status.WEAKER),
                        PURPOSE.de(
                                "Der Auftragnehmer darf die Daten an Partnerunternehmen zu deren eigenen Zwecken "
                                        + "weitergeben.",
                                Status.WEAKER),
                        PURPOSE.de(
                                "Die Daten dürfen vom Auftragnehmer auch für eigene geschäftliche Zwecke genutzt "
                                        + "werden.",
                                Status.WEAKER)));
        List<String> close = family(
                "purposes, own business, close",
                List.of(
                        PURPOSE.en(
                                "The Processor shall not process the personal data for its own business purposes.",
                                Status.FOUND),
                        PURPOSE.en(
                                "The Processor may use anonymised statistics on the use of the service for its own "
                                        + "research.",
                                Status.FOUND),
                        PURPOSE.en(
                                "The Processor processes the personal data only for the Customer's business "
                                        + "purposes.",
                                Status.FOUND),
                        PURPOSE.de(
                                "Der Auftragnehmer darf die Daten nicht für eigene Geschäftszwecke verwenden.",
                                Status.FOUND),
                        PURPOSE.de(
                                "Der Auftragnehmer verarbeitet die Daten ausschließlich für die Geschäftszwecke des "
                                        + "Auftraggebers.",
                                Status.FOUND),
                        PURPOSE.de(
                                "Der Auftragnehmer darf anonymisierte Daten zu eigenen Forschungszwecken nutzen.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Clause 15.1(a) of 2021/914 (the benchmark for requests of public authorities): the processor notifies the
    // controller promptly of a request, before it discloses, so that the controller can act ---

    private static final FamilyFrame GOV = FamilyFrame.AUTHORITY_REQUEST;

    @Test
    void should_read_a_notice_of_an_authoritys_request_only_after_disclosure_as_weaker() {
        List<String> weaker = family(
                "authorities, notice only afterwards",
                List.of(
                        GOV.en(
                                "the Processor shall inform the Customer after it has disclosed the data.",
                                Status.WEAKER),
                        GOV.en(
                                "the Processor will tell the Customer afterwards, unless the law forbids it.",
                                Status.WEAKER),
                        GOV.en(
                                "the Processor discloses the data and notifies the Customer once the disclosure has "
                                        + "been made.",
                                Status.WEAKER),
                        GOV.en("the Processor will notify the Customer of the disclosure subsequently.", Status.WEAKER),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber nach erfolgter Herausgabe.",
                                Status.WEAKER),
                        GOV.de(
                                "unterrichtet der Auftragnehmer den Auftraggeber nachträglich, soweit dies rechtlich "
                                        + "zulässig ist.",
                                Status.WEAKER),
                        GOV.de(
                                "gibt der Auftragnehmer die Daten heraus und informiert den Auftraggeber im Nachhinein.",
                                Status.WEAKER),
                        GOV.de(
                                "teilt der Auftragnehmer dem Auftraggeber die Offenlegung nach der Übermittlung mit.",
                                Status.WEAKER)));
        List<String> close = family(
                "authorities, afterwards, close",
                List.of(
                        GOV.en("the Processor shall inform the Customer unless the law forbids it.", Status.FOUND),
                        GOV.en(
                                "the Processor shall inform the Customer before it discloses any data, unless the law "
                                        + "forbids it.",
                                Status.FOUND),
                        GOV.en(
                                "the Processor shall inform the Customer without delay; where the law forbids that, "
                                        + "it informs the Customer as soon as the prohibition ends.",
                                Status.FOUND),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber unverzüglich, sofern dies nicht "
                                        + "gesetzlich untersagt ist.",
                                Status.FOUND),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber vor der Herausgabe, soweit dies "
                                        + "rechtlich zulässig ist.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 82(4) and (5) GDPR: each party is liable towards data subjects for the entire damage and has recourse
    // only for the part of the damage corresponding to the other's responsibility ---

    private static final FamilyFrame LIABILITY =
            new FamilyFrame(Requirement.LIABILITY, "17. Liability", "", "§ 12 Haftung", "");

    @Test
    void should_read_an_indemnity_against_all_data_subjects_claims_regardless_of_fault_as_weaker() {
        List<String> weaker = family(
                "liability, indemnity against all claims",
                List.of(
                        LIABILITY.en(
                                "The Customer shall indemnify the Processor against all claims of data subjects "
                                        + "arising from the processing.",
                                Status.WEAKER),
                        LIABILITY.en(
                                "The Customer indemnifies and holds the Processor harmless from any claim brought by a "
                                        + "data subject, whatever its cause.",
                                Status.WEAKER),
                        LIABILITY.en(
                                "Any claims of data subjects under Article 82 GDPR shall be borne by the Customer "
                                        + "alone.",
                                Status.WEAKER),
                        LIABILITY.en(
                                "The Customer will defend and indemnify the Processor in full against every claim "
                                        + "made by data subjects.",
                                Status.WEAKER),
                        LIABILITY.de(
                                "Im Verhältnis der Parteien haftet allein der Auftraggeber für sämtliche Ansprüche "
                                        + "betroffener Personen.",
                                Status.WEAKER),
                        LIABILITY.de(
                                "Von sämtlichen Ansprüchen Betroffener nach Art. 82 DSGVO hält der Auftraggeber den "
                                        + "Auftragnehmer schadlos.",
                                Status.WEAKER),
                        LIABILITY.de(
                                "Die Haftung für Ansprüche betroffener Personen trägt im Innenverhältnis allein der "
                                        + "Auftraggeber, gleich aus welchem Grund.",
                                Status.WEAKER),
                        LIABILITY.de(
                                "Der Auftraggeber übernimmt die Freistellung des Auftragnehmers von jeglichen "
                                        + "Schadensersatzansprüchen betroffener Personen.",
                                Status.WEAKER)));
        List<String> close = family(
                "liability, indemnity, close",
                List.of(
                        LIABILITY.en(
                                "The Customer shall indemnify the Processor against claims of data subjects to the "
                                        + "extent they result from the Customer's breach of this agreement.",
                                Status.FOUND),
                        LIABILITY.en(
                                "Each party is liable to data subjects under Article 82 GDPR; between the parties, "
                                        + "each bears the part of the damage that corresponds to its responsibility.",
                                Status.FOUND),
                        LIABILITY.en(
                                "The Customer shall indemnify the Processor against claims of data subjects arising "
                                        + "from instructions the Customer gave.",
                                Status.FOUND),
                        LIABILITY.de(
                                "Der Auftraggeber haftet dem Auftragnehmer für Ansprüche betroffener Personen, soweit "
                                        + "er den Schaden zu vertreten hat.",
                                Status.FOUND),
                        LIABILITY.de(
                                "Für Ansprüche betroffener Personen haften die Parteien nach Art. 82 DSGVO; im "
                                        + "Innenverhältnis trägt jede Partei den Teil, der ihrer Verantwortung "
                                        + "entspricht.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3)(a) GDPR, Clause 7.1 of 2021/915: the processor processes only on documented instructions ---

    private static final FamilyFrame INSTRUCTIONS = new FamilyFrame(
            Requirement.INSTRUCTIONS,
            "6. Instructions",
            "The Processor processes personal data only on documented instructions from the Customer. ",
            "§ 3 Weisungen",
            "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers. ");

    @Test
    void should_read_a_deviation_from_instructions_at_the_processors_will_as_weaker() {
        List<String> weaker = family(
                "instructions, deviation at will",
                List.of(
                        INSTRUCTIONS.en(
                                "The Processor may deviate from the Customer's instructions where it considers this "
                                        + "appropriate.",
                                Status.WEAKER),
                        INSTRUCTIONS.en(
                                "The Processor is entitled to depart from an instruction if it sees fit.",
                                Status.WEAKER),
                        INSTRUCTIONS.en(
                                "The Processor may disregard instructions that it considers impractical.",
                                Status.WEAKER),
                        INSTRUCTIONS.en(
                                "Instructions may be departed from by the Processor at its discretion.", Status.WEAKER),
                        INSTRUCTIONS.de(
                                "Der Auftragnehmer darf von Weisungen abweichen, wenn er dies für zweckmäßig hält.",
                                Status.WEAKER),
                        INSTRUCTIONS.de(
                                "Der Auftragnehmer ist berechtigt, von den Weisungen des Auftraggebers nach eigenem "
                                        + "Ermessen abzuweichen.",
                                Status.WEAKER),
                        INSTRUCTIONS.de(
                                "Von einzelnen Weisungen kann der Auftragnehmer abweichen, soweit er dies für "
                                        + "sinnvoll erachtet.",
                                Status.WEAKER),
                        INSTRUCTIONS.de(
                                "Weisungen, die der Auftragnehmer für unzweckmäßig hält, braucht er nicht zu befolgen.",
                                Status.WEAKER)));
        List<String> close = family(
                "instructions, deviation, close",
                List.of(
                        INSTRUCTIONS.en(
                                "The Processor shall not deviate from the Customer's instructions.", Status.FOUND),
                        INSTRUCTIONS.en(
                                "The Processor may deviate from an instruction only with the Customer's prior written "
                                        + "consent.",
                                Status.FOUND),
                        INSTRUCTIONS.en(
                                "Where the Processor considers that an instruction infringes the GDPR, it may suspend "
                                        + "it until the Customer confirms or changes it.",
                                Status.FOUND),
                        INSTRUCTIONS.de(
                                "Der Auftragnehmer darf von Weisungen nur mit vorheriger Zustimmung des Auftraggebers "
                                        + "abweichen.",
                                Status.FOUND),
                        INSTRUCTIONS.de(
                                "Hält der Auftragnehmer eine Weisung für rechtswidrig, darf er ihre Ausführung "
                                        + "aussetzen, bis der Auftraggeber sie bestätigt oder ändert.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3) first sentence GDPR, Annex I.B of 2021/915: the types of personal data and the categories of data
    // subjects are set out in the agreement, not in a product's documentation or on a web page ---

    private static final FamilyFrame CATEGORIES = FamilyFrame.CATEGORIES;

    private static final FamilyFrame SUBJECTS =
            new FamilyFrame(Requirement.DATA_SUBJECTS, "5. Data subjects", "", "§ 13 Betroffene Personen", "");

    @Test
    void should_read_data_and_data_subjects_only_by_reference_to_documentation_or_a_web_page_as_weaker() {
        List<String> weaker = family(
                "categories and data subjects, documentation or web page",
                List.of(
                        CATEGORIES.en(
                                "Categories of personal data: as described in the product documentation.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "The types of personal data are listed on the Processor's website.", Status.WEAKER),
                        SUBJECTS.en(
                                "Categories of data subjects: as described in the Processor's online documentation.",
                                Status.WEAKER),
                        SUBJECTS.en(
                                "The categories of data subjects are published on the Processor's website.",
                                Status.WEAKER),
                        CATEGORIES.de("Datenkategorien: siehe Produktdokumentation des Auftragnehmers.", Status.WEAKER),
                        CATEGORIES.de(
                                "Die Arten der Daten sind auf der Website des Auftragnehmers beschrieben.",
                                Status.WEAKER),
                        SUBJECTS.de(
                                "Kategorien betroffener Personen: gemäß der Dokumentation des Dienstes.",
                                Status.WEAKER),
                        SUBJECTS.de(
                                "Die Kategorien betroffener Personen sind auf der Internetseite des Auftragnehmers "
                                        + "aufgeführt.",
                                Status.WEAKER)));
        List<String> close = family(
                "categories and data subjects, documentation, close",
                List.of(
                        CATEGORIES.en(
                                "Categories of personal data: contact details and ticket contents, as further "
                                        + "described in the product documentation.",
                                Status.FOUND),
                        SUBJECTS.en(
                                "Categories of data subjects: employees of the Customer and end users who open "
                                        + "tickets; the documentation describes the user roles.",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Datenkategorien: Kontaktdaten und Rechnungsdaten; Einzelheiten beschreibt die "
                                        + "Produktdokumentation.",
                                Status.FOUND),
                        SUBJECTS.de(
                                "Kategorien betroffener Personen: Beschäftigte und Kunden des Auftraggebers, wie auf "
                                        + "der Website näher erläutert.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
