/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 30 of #16 (general readings on the precision side, a fourth time): causes of a weaker verdict that rounds 27
 * to 29 did not reach, each as a family of paraphrases of our own in English and German beside close sentences whose
 * verdict must not change. Each member is read in the frames of {@link WordingFrames} through {@link FamilyFrame}.
 */
class RoundThirtyTest {

    // --- Art. 28(3)(a) and 28(10) GDPR, Clause 7.2 of 2021/915: the processor processes the controller's data only for
    // the controller's purposes, not pooled with other customers' data or for something it offers to others ---

    private static final FamilyFrame PURPOSE = new FamilyFrame(
            Requirement.NATURE_AND_PURPOSE,
            "3. Nature and purpose",
            "The purpose of the processing is running and supporting the booking system. ",
            "§ 2 Gegenstand und Dauer",
            "Gegenstand der Verarbeitung ist der Betrieb einer Buchungssoftware. Die Laufzeit dieser "
                    + "Vereinbarung folgt dem Hauptvertrag. Zweck der Verarbeitung ist die Terminverwaltung des "
                    + "Auftraggebers. ");

    @Test
    void should_read_the_data_pooled_across_customers_or_used_for_the_processors_own_offer_as_weaker() {
        List<String> weaker = family(
                "purposes, pooled or for the processor's own offer",
                List.of(
                        PURPOSE.en(
                                "The Processor may use the booking histories together with those of its other "
                                        + "customers to develop a demand forecast.",
                                Status.WEAKER),
                        PURPOSE.en(
                                "The Processor may combine visit records from all clubs on its platform to publish "
                                        + "a yearly attendance report.",
                                Status.WEAKER),
                        PURPOSE.en(
                                "The Processor may use the personal data to train a scoring model that it makes "
                                        + "available to all customers of the service.",
                                Status.WEAKER),
                        PURPOSE.en(
                                "You authorise the Processor to use the guest data to build visitor profiles, which "
                                        + "it sells to third parties.",
                                Status.WEAKER),
                        PURPOSE.en(
                                "The Processor is entitled to analyse purchase records of all its customers to produce "
                                        + "market insights for retail partners.",
                                Status.WEAKER),
                        PURPOSE.en(
                                "The Processor may use pseudonymised patient records to improve its triage engine, "
                                        + "which it operates on its own behalf.",
                                Status.WEAKER),
                        PURPOSE.en(
                                "The Processor may use selected photographs as reference images on its website and in "
                                        + "its marketing materials.",
                                Status.WEAKER),
                        PURPOSE.de(
                                "Der Auftragnehmer darf die Bestelldaten aller Auftraggeber zusammenführen, um sein "
                                        + "Prognosemodell zu trainieren.",
                                Status.WEAKER),
                        PURPOSE.de(
                                "Der Auftragnehmer ist berechtigt, die Kundendaten zusammen mit denen anderer Kunden "
                                        + "auszuwerten und die Ergebnisse Dritten zur Verfügung zu stellen.",
                                Status.WEAKER),
                        PURPOSE.de(
                                "Der Auftragnehmer darf die Daten nutzen, um eine Marktstudie zu erstellen, die er "
                                        + "seinen Geschäftspartnern verkauft.",
                                Status.WEAKER),
                        PURPOSE.de(
                                "Der Auftragnehmer darf ausgewählte Fotos als Referenzbilder in seiner Werbung "
                                        + "verwenden, sofern der Auftraggeber dem nicht widerspricht.",
                                Status.WEAKER),
                        PURPOSE.de(
                                "Der Auftragnehmer darf die Nutzungsdaten in eigener Verantwortung auswerten, um "
                                        + "seine Empfehlungsfunktion zu verbessern.",
                                Status.WEAKER)));
        List<String> close = family(
                "purposes, pooled or own offer, close",
                List.of(
                        PURPOSE.en(
                                "The Processor shall not combine the Customer's data with the data of its other "
                                        + "customers.",
                                Status.FOUND),
                        PURPOSE.en(
                                "The Processor may use anonymised statistics from all customers to improve the "
                                        + "platform.",
                                Status.FOUND),
                        PURPOSE.en(
                                "The Processor may use the booking data only to produce reports that it makes "
                                        + "available to the Customer.",
                                Status.FOUND),
                        PURPOSE.en(
                                "The Customer may make the attendance reports available to third parties.",
                                Status.FOUND),
                        PURPOSE.en(
                                "The Processor may engage sub-processors that provide hosting to all of its customers.",
                                Status.FOUND),
                        PURPOSE.de(
                                "Der Auftragnehmer darf die Daten des Auftraggebers nicht mit Daten anderer Kunden "
                                        + "zusammenführen.",
                                Status.FOUND),
                        PURPOSE.de(
                                "Der Auftragnehmer darf anonymisierte Daten aller Kunden auswerten, um Statistiken zu "
                                        + "erstellen.",
                                Status.FOUND),
                        PURPOSE.de(
                                "Der Auftragnehmer stellt die Auswertungen ausschließlich dem Auftraggeber zur "
                                        + "Verfügung.",
                                Status.FOUND),
                        PURPOSE.de(
                                "Der Auftraggeber darf die Auswertungen seinen Geschäftspartnern zur Verfügung "
                                        + "stellen.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3) first sentence GDPR, Annex I of 2021/915: the types of personal data are set out, not whatever the
    // controller, its staff or its users enter ---

    private static final FamilyFrame CATEGORIES = FamilyFrame.CATEGORIES;

    @Test
    void should_read_whatever_data_anyone_on_the_controllers_side_enters_as_weaker() {
        List<String> weaker = family(
                "data categories, whatever is entered",
                List.of(
                        CATEGORIES.en(
                                "Types of personal data: any data that the Customer's staff and guests enter into the "
                                        + "app.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Any Customer Data that the Merchant or its shoppers upload to the service.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Types of personal data: any personal data transmitted through the hotline or otherwise "
                                        + "provided by the Customer.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "All content that account holders and their team members store in the workspace.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Personal data: all information which the Customer's users submit through the forms.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Art der Daten: alle Daten, die die Praxis, ihre Beschäftigten oder Patienten im Portal "
                                        + "erfassen.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Datenkategorien: sämtliche Daten, die Nutzer in die Plattform hochladen.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Alle Inhalte, welche die Mitglieder des Vereins über die App eingeben.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Kategorien personenbezogener Daten: alle Informationen, die der Kunde und seine "
                                        + "Mitarbeiter übermitteln.",
                                Status.WEAKER)));
        List<String> close = family(
                "data categories, whatever is entered, close",
                List.of(
                        CATEGORIES.en(
                                "Types of personal data: names, e-mail addresses and any other content the Customer "
                                        + "uploads.",
                                Status.FOUND),
                        CATEGORIES.en(
                                "Types of personal data: names, addresses and all documents that the Customer uploads, "
                                        + "such as invoices.",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Datenkategorien: Name, Anschrift sowie alle weiteren Daten, die der Auftraggeber "
                                        + "hochlädt.",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Datenkategorien: Kontaktdaten und die vom Auftraggeber hochgeladenen Belege.",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Datenkategorien: Stammdaten, Termine und Inhalte, die Patienten im Portal hochladen.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Clause 15 of 2021/914 as benchmark, Art. 28(3)(a) and Art. 48 GDPR: the processor discloses only what Union
    // or
    // Member State law requires, reviews the request and notifies the controller, not as it sees fit ---

    private static final FamilyFrame GOV = FamilyFrame.AUTHORITY_REQUEST;

    @Test
    void should_read_a_disclosure_or_notice_left_to_the_processors_judgement_as_weaker() {
        List<String> weaker = family(
                "authorities, left to the processor's judgement",
                List.of(
                        GOV.en(
                                "the Processor may comply where it considers itself legally obliged to do so and shall "
                                        + "inform the Customer beforehand unless prohibited.",
                                Status.WEAKER),
                        GOV.en(
                                "the Processor will disclose the data where, in its reasonable judgment, the request is "
                                        + "legitimate, and will inform the Customer unless prohibited.",
                                Status.WEAKER),
                        GOV.en(
                                "the Processor may comply with any request it reasonably believes to be valid and shall "
                                        + "notify the Customer promptly.",
                                Status.WEAKER),
                        GOV.en(
                                "the Processor may, where it considers this practicable, inform the Customer of the "
                                        + "request.",
                                Status.WEAKER),
                        GOV.en(
                                "the Processor shall inform the Customer of the request if it thinks this reasonable.",
                                Status.WEAKER),
                        GOV.en(
                                "the Processor decides in its own opinion whether to disclose the data and informs the "
                                        + "Customer unless prohibited.",
                                Status.WEAKER),
                        GOV.de(
                                "beantwortet der Auftragnehmer das Ersuchen in eigener Verantwortung und unterrichtet den "
                                        + "Auftraggeber, soweit rechtlich zulässig.",
                                Status.WEAKER),
                        GOV.de(
                                "gibt der Auftragnehmer die Daten heraus, wenn er das Verlangen für rechtmäßig hält, und "
                                        + "informiert den Auftraggeber vorab.",
                                Status.WEAKER),
                        GOV.de(
                                "unterrichtet der Auftragnehmer den Auftraggeber, wenn er es für praktikabel hält.",
                                Status.WEAKER),
                        GOV.de(
                                "kommt der Auftragnehmer dem nach, sofern er sich dazu rechtlich verpflichtet sieht, und "
                                        + "informiert den Auftraggeber vorab.",
                                Status.WEAKER)));
        List<String> close = family(
                "authorities, judgement, close",
                List.of(
                        GOV.en(
                                "the Processor shall notify the Customer without delay, unless the law prohibits it, and "
                                        + "shall challenge the request if it considers it unlawful.",
                                Status.FOUND),
                        GOV.en(
                                "the Processor shall review the lawfulness of the request and disclose only the minimum "
                                        + "required.",
                                Status.FOUND),
                        GOV.en(
                                "the Processor shall not disclose the data unless it is legally obliged to do so and "
                                        + "shall inform the Customer beforehand.",
                                Status.FOUND),
                        GOV.en(
                                "the Processor shall challenge any request it does not believe to be lawful and shall "
                                        + "inform the Customer beforehand.",
                                Status.FOUND),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber unverzüglich, sofern dies rechtlich "
                                        + "zulässig ist.",
                                Status.FOUND),
                        GOV.de(
                                "prüft der Auftragnehmer die Rechtmäßigkeit des Ersuchens und informiert den Auftraggeber "
                                        + "vorab.",
                                Status.FOUND),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber vorab und gibt die Daten nur heraus, wenn "
                                        + "er nach Unionsrecht dazu verpflichtet ist.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3) first sentence GDPR, Clause 7.3 and Annex I of 2021/915: the agreement sets out the subject matter
    // and the duration, not by a pointer to an order form and not as long as the processor needs ---

    private static final FamilyFrame DURATION = new FamilyFrame(
            Requirement.SUBJECT_AND_DURATION, "2. Subject matter and duration", "", "§ 2 Gegenstand und Dauer", "");

    @Test
    void should_read_subject_matter_and_duration_by_pointer_or_at_the_processors_need_as_weaker() {
        List<String> weaker = family(
                "subject matter and duration, pointer or the processor's need",
                List.of(
                        DURATION.en(
                                "Subject matter and duration: as set out in the Customer's order form.", Status.WEAKER),
                        DURATION.en(
                                "The subject matter and the duration of the processing are as specified in the applicable "
                                        + "order confirmation.",
                                Status.WEAKER),
                        DURATION.en(
                                "The subject matter is the hosting of the booking platform; the duration of the "
                                        + "processing is as set out in the order form.",
                                Status.WEAKER),
                        DURATION.en(
                                "The subject matter is the hosting of the booking platform; duration of processing: for "
                                        + "as long as the Processor needs the data.",
                                Status.WEAKER),
                        DURATION.en(
                                "The subject matter is hosting the booking platform, and the processing lasts for the "
                                        + "term of the subscription and thereafter for as long as the Processor reasonably "
                                        + "requires.",
                                Status.WEAKER),
                        DURATION.de(
                                "Gegenstand und Dauer der Verarbeitung ergeben sich aus dem jeweiligen Vertrag.",
                                Status.WEAKER),
                        DURATION.de(
                                "Gegenstand und Dauer der Verarbeitung ergeben sich aus der Auftragsbestätigung.",
                                Status.WEAKER),
                        DURATION.de(
                                "Gegenstand der Verarbeitung ist der Betrieb einer Buchungssoftware. Die Dauer der "
                                        + "Verarbeitung richtet sich nach dem jeweiligen Angebot.",
                                Status.WEAKER),
                        DURATION.de(
                                "Gegenstand der Verarbeitung ist der Betrieb einer Buchungssoftware. Die Dauer der "
                                        + "Verarbeitung: solange der Auftragnehmer die Daten benötigt.",
                                Status.WEAKER)));
        List<String> close = family(
                "subject matter and duration, close",
                List.of(
                        DURATION.en(
                                "The subject matter is the hosting of the booking platform; the duration of the "
                                        + "processing is the term of the main agreement.",
                                Status.FOUND),
                        DURATION.en(
                                "Subject matter and duration: the hosting of the booking platform for the term of the "
                                        + "subscription set out in the order form.",
                                Status.FOUND),
                        DURATION.en(
                                "The subject matter is the hosting of the booking platform, and the processing lasts for "
                                        + "as long as the Customer needs the service.",
                                Status.FOUND),
                        DURATION.en(
                                "The subject matter is the hosting of the booking platform. The Processor processes the "
                                        + "data for as long as it needs them to provide the services.",
                                Status.FOUND),
                        DURATION.de(
                                "Gegenstand der Verarbeitung ist der Betrieb einer Buchungssoftware. Die Dauer der "
                                        + "Verarbeitung entspricht der Laufzeit des Hauptvertrags.",
                                Status.FOUND),
                        DURATION.de(
                                "Gegenstand der Verarbeitung ist der Betrieb einer Buchungssoftware. Die Verarbeitung "
                                        + "dauert, solange der Auftraggeber die Software nutzt.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3) first sentence GDPR, Annex I of 2021/915: the categories of data subjects are set out, not
    // whoever the controller enters or later specifies ---

    private static final FamilyFrame SUBJECTS =
            new FamilyFrame(Requirement.DATA_SUBJECTS, "5. Data subjects", "", "§ 13 Betroffene Personen", "");

    @Test
    void should_read_data_subjects_as_whoever_the_controller_enters_or_specifies_as_weaker() {
        List<String> weaker = family(
                "data subjects, whoever the controller enters or specifies",
                List.of(
                        SUBJECTS.en(
                                "Anyone whose details you or your staff enter into the app or who books through your "
                                        + "pages.",
                                Status.WEAKER),
                        SUBJECTS.en(
                                "Individuals whose information the Customer enters into or connects to the platform.",
                                Status.WEAKER),
                        SUBJECTS.en(
                                "Data subjects: individuals whose personal data the Customer uploads to the service.",
                                Status.WEAKER),
                        SUBJECTS.en(
                                "Categories of data subjects: as specified by the Customer in each project brief.",
                                Status.WEAKER),
                        SUBJECTS.en(
                                "Data subjects are as determined by the Customer from time to time.", Status.WEAKER),
                        SUBJECTS.en("Everyone whose data is stored in the Customer's account.", Status.WEAKER),
                        SUBJECTS.de(
                                "Die Kategorien betroffener Personen werden vom Auftraggeber im Einzelfall bestimmt.",
                                Status.WEAKER),
                        SUBJECTS.de(
                                "Betroffene Personen: Personen, deren Daten der Auftraggeber im Portal erfasst.",
                                Status.WEAKER),
                        SUBJECTS.de("Betroffene Personen sind vom Kunden jeweils festgelegt.", Status.WEAKER)));
        List<String> close = family(
                "data subjects, whoever, close",
                List.of(
                        SUBJECTS.en(
                                "- employees of the Customer\n- end users who open tickets and other individuals whose "
                                        + "data the Customer enters",
                                Status.FOUND),
                        SUBJECTS.en(
                                "Data subjects: the Customer's employees and clients, and other persons whose data the "
                                        + "Customer enters into the service.",
                                Status.FOUND),
                        SUBJECTS.en(
                                "Categories of data subjects: the Customer's employees, as specified in Annex 1.",
                                Status.FOUND),
                        SUBJECTS.de(
                                "Betroffene Personen: Beschäftigte des Auftraggebers und weitere Personen, deren Daten "
                                        + "der Auftraggeber erfasst.",
                                Status.FOUND),
                        SUBJECTS.de(
                                "Betroffene Personen: Mitglieder, Trainer und Eltern minderjähriger Mitglieder, wie vom "
                                        + "Auftraggeber angegeben.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
