/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 27 of #16 (general readings on the precision side): for each legal cause of a weaker verdict of the
 * requirements the blind sets read as met too often (subject matter and duration, categories of data and of data
 * subjects, authorities' requests, liability, certified deletion, copies of sub-processor contracts) a family of
 * paraphrases of our own in English and German beside close sentences whose verdict must not change (a term tied to
 * the main contract, a list followed by "similar data of the same kind", "shall inform unless prohibited by law", a
 * cap that carves out breaches of data protection law, a redacted copy). Each member is read in the frames of
 * {@link WordingFrames} through {@link FamilyFrame}.
 */
class RoundTwentySevenTest {

    // --- Art. 28(3) first sentence GDPR: the duration of the processing is set out ---

    private static final FamilyFrame DURATION = new FamilyFrame(
            Requirement.SUBJECT_AND_DURATION,
            "2. Subject matter and duration",
            "The subject matter of the processing is the hosting of the Customer's ticketing system. ",
            "§ 2 Gegenstand und Dauer",
            "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware. ");

    @Test
    void should_read_a_duration_without_end_or_link_to_the_main_contract_as_weaker() {
        List<String> weaker = family(
                "duration without end",
                List.of(
                        DURATION.en("The processing lasts as long as necessary.", Status.WEAKER),
                        DURATION.en("The duration of the processing is as long as required.", Status.WEAKER),
                        DURATION.en(
                                "Personal data will be processed for as long as the Processor considers necessary.",
                                Status.WEAKER),
                        DURATION.en("Duration: for the period needed.", Status.WEAKER),
                        DURATION.en("The processing continues for so long as it is needed.", Status.WEAKER),
                        DURATION.de("Die Verarbeitung erfolgt so lange wie erforderlich.", Status.WEAKER),
                        DURATION.de("Die Daten werden verarbeitet, solange dies notwendig ist.", Status.WEAKER),
                        DURATION.de("Dauer der Verarbeitung: solange erforderlich.", Status.WEAKER),
                        DURATION.de(
                                "Die Dauer der Verarbeitung richtet sich nach dem jeweiligen Bedarf.", Status.WEAKER),
                        DURATION.de("Verarbeitet wird für den jeweils benötigten Zeitraum.", Status.WEAKER)));
        List<String> close = family(
                "duration, close",
                List.of(
                        DURATION.en("The term of this agreement follows the main contract.", Status.FOUND),
                        DURATION.en("The processing lasts as long as the main contract is in force.", Status.FOUND),
                        DURATION.en(
                                "The processing continues for as long as necessary to perform the main contract and "
                                        + "ends when the main contract ends.",
                                Status.FOUND),
                        DURATION.en(
                                "The duration of the processing is the term of the Services Agreement.", Status.FOUND),
                        DURATION.de("Die Laufzeit dieser Vereinbarung folgt dem Hauptvertrag.", Status.FOUND),
                        DURATION.de("Die Verarbeitung dauert, solange der Hauptvertrag besteht.", Status.FOUND),
                        DURATION.de(
                                "Die Verarbeitung erfolgt, solange dies zur Erfüllung des Hauptvertrags erforderlich "
                                        + "ist, und endet mit dessen Beendigung.",
                                Status.FOUND),
                        DURATION.de(
                                "Die Dauer der Verarbeitung entspricht der Laufzeit des Hauptvertrags.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3) first sentence GDPR, Annex I.B of 2021/915: the type of personal data is set out ---

    private static final FamilyFrame CATEGORIES = FamilyFrame.CATEGORIES;

    @Test
    void should_read_a_catch_all_instead_of_categories_of_data_as_weaker() {
        List<String> weaker = family(
                "categories, catch-all",
                List.of(
                        CATEGORIES.en(
                                "The personal data processed is whatever personal data the Customer uploads to the "
                                        + "service.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Categories of personal data: any personal data the Customer chooses to store.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "The types of personal data are those that the Customer's users enter into the "
                                        + "platform.",
                                Status.WEAKER),
                        CATEGORIES.en("Categories of personal data: as set out in the Order Form.", Status.WEAKER),
                        CATEGORIES.de(
                                "Verarbeitet werden alle Daten, die der Kunde in die Software eingibt.", Status.WEAKER),
                        CATEGORIES.de(
                                "Datenkategorien: sämtliche vom Auftraggeber hochgeladenen Daten.", Status.WEAKER),
                        CATEGORIES.de(
                                "Die Kategorien personenbezogener Daten ergeben sich aus dem Bestellformular.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Art der Daten: jegliche Inhalte, die der Auftraggeber im System speichert.",
                                Status.WEAKER)));
        List<String> close = family(
                "categories, close",
                List.of(
                        CATEGORIES.en("- contact details\n- ticket contents", Status.FOUND),
                        CATEGORIES.en(
                                "Categories of personal data: names, e-mail addresses, ticket contents and similar "
                                        + "data of the same kind.",
                                Status.FOUND),
                        CATEGORIES.en(
                                "The personal data processed are names, e-mail addresses and the contents of "
                                        + "tickets.",
                                Status.FOUND),
                        CATEGORIES.en(
                                "Types of personal data: contact details, such as names and e-mail addresses, and "
                                        + "ticket contents.",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Verarbeitet werden folgende Daten: Namen, Anschriften und Rechnungsdaten.",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Datenkategorien: Kontaktdaten, Vertragsdaten und vergleichbare Stammdaten.",
                                Status.FOUND),
                        CATEGORIES.de("Arten der Daten: Namen, E-Mail-Adressen und Buchungsbelege.", Status.FOUND),
                        // a list that ends in a catch-all still sets out the listed types (the training authors'
                        // reading of such annexes)
                        CATEGORIES.en(
                                "Types of personal data: contact details, ticket contents and any other personal "
                                        + "data the Customer submits.",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Arten der Daten: Kontaktdaten, Rechnungsdaten sowie alle weiteren Daten, die der "
                                        + "Auftraggeber übermittelt.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3) first sentence GDPR, Annex I.B of 2021/915: the categories of data subjects are set out ---

    private static final FamilyFrame SUBJECTS =
            new FamilyFrame(Requirement.DATA_SUBJECTS, "5. Data subjects", "", "§ 13 Betroffene Personen", "");

    @Test
    void should_read_a_catch_all_instead_of_categories_of_data_subjects_as_weaker() {
        List<String> weaker = family(
                "data subjects, catch-all",
                List.of(
                        SUBJECTS.en(
                                "Data subjects are any individuals whose personal data the Customer uploads.",
                                Status.WEAKER),
                        SUBJECTS.en(
                                "Categories of data subjects: all persons whose data is stored in the service.",
                                Status.WEAKER),
                        SUBJECTS.en("The categories of data subjects are set out in the Order Form.", Status.WEAKER),
                        SUBJECTS.en("Data subjects are such persons as the Customer may determine.", Status.WEAKER),
                        SUBJECTS.de("Betroffen sind alle Personen, deren Daten der Kunde eingibt.", Status.WEAKER),
                        SUBJECTS.de(
                                "Kategorien betroffener Personen: sämtliche Personen, deren Daten im System "
                                        + "gespeichert werden.",
                                Status.WEAKER),
                        SUBJECTS.de("Kategorien betroffener Personen: gemäß Bestellformular.", Status.WEAKER),
                        SUBJECTS.de(
                                "Betroffen sind die Personen, welche der Auftraggeber jeweils bestimmt.",
                                Status.WEAKER)));
        List<String> close = family(
                "data subjects, close",
                List.of(
                        SUBJECTS.en("- employees of the Customer\n- end users who open tickets", Status.FOUND),
                        SUBJECTS.en(
                                "Categories of data subjects: employees, customers and suppliers of the Customer.",
                                Status.FOUND),
                        SUBJECTS.en(
                                "Data subjects are the Customer's employees and the end users who open tickets.",
                                Status.FOUND),
                        SUBJECTS.de("Betroffen sind Beschäftigte und Kunden des Auftraggebers.", Status.FOUND),
                        SUBJECTS.de(
                                "Kategorien betroffener Personen: Mitarbeiter, Lieferanten und vergleichbare "
                                        + "Geschäftskontakte des Auftraggebers.",
                                Status.FOUND),
                        // a list that ends in a catch-all still sets out the listed categories
                        SUBJECTS.en(
                                "Categories of data subjects: employees of the Customer and any other individuals "
                                        + "the Customer chooses.",
                                Status.FOUND),
                        SUBJECTS.de(
                                "Kategorien betroffener Personen: Beschäftigte des Auftraggebers sowie sonstige "
                                        + "Personen nach Wahl des Auftraggebers.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Clause 15.1 and 15.2 of 2021/914 (the benchmark for requests of public authorities): notify the controller,
    // challenge an unlawful request, disclose the minimum; a notice ruled out or disclosure at will falls short ---

    private static final FamilyFrame GOV = FamilyFrame.AUTHORITY_REQUEST;

    @Test
    void should_read_no_duty_to_notify_or_challenge_an_authoritys_request_as_weaker() {
        List<String> weaker = family(
                "authorities, no duty",
                List.of(
                        GOV.en(
                                "the Processor is under no obligation to notify the Customer of the request.",
                                Status.WEAKER),
                        GOV.en(
                                "the Processor may disclose the data to the authority without informing the "
                                        + "Customer.",
                                Status.WEAKER),
                        GOV.en(
                                "the Processor is not required to inform the Customer or to challenge the request.",
                                Status.WEAKER),
                        GOV.en("the Processor may comply with the request as it sees fit.", Status.WEAKER),
                        GOV.en("the Processor need not tell the Customer before it discloses the data.", Status.WEAKER),
                        GOV.de(
                                "ist der Auftragnehmer nicht verpflichtet, den Auftraggeber darüber zu informieren.",
                                Status.WEAKER),
                        GOV.de(
                                "darf der Auftragnehmer die Daten ohne Information des Auftraggebers herausgeben.",
                                Status.WEAKER),
                        GOV.de("kann der Auftragnehmer dem Ersuchen nach eigenem Ermessen nachkommen.", Status.WEAKER),
                        GOV.de(
                                "besteht keine Pflicht des Auftragnehmers, den Auftraggeber zu unterrichten.",
                                Status.WEAKER)));
        List<String> close = family(
                "authorities, no duty, close",
                List.of(
                        GOV.en("the Processor shall inform the Customer unless the law forbids it.", Status.FOUND),
                        GOV.en(
                                "the Processor shall not disclose the data without first informing the Customer.",
                                Status.FOUND),
                        GOV.en(
                                "the Processor shall inform the Customer; it is not required to do so where the law "
                                        + "prohibits the notice.",
                                Status.FOUND),
                        GOV.en(
                                "the Processor shall notify the Customer promptly and challenge the request where "
                                        + "it has reasonable grounds to consider it unlawful.",
                                Status.FOUND),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber unverzüglich, soweit dies gesetzlich "
                                        + "zulässig ist.",
                                Status.FOUND),
                        GOV.de(
                                "gibt der Auftragnehmer die Daten nicht ohne vorherige Information des "
                                        + "Auftraggebers heraus.",
                                Status.FOUND),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber, es sei denn, er ist gesetzlich nicht "
                                        + "dazu berechtigt.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 82(1), (4) GDPR: the processor is liable to data subjects for its own breaches; a cap that also limits
    // their claims, or an exclusion of liability for the processor's own breaches of the agreement, falls short ---

    private static final FamilyFrame LIABILITY =
            new FamilyFrame(Requirement.LIABILITY, "17. Liability", "", "§ 12 Haftung", "");

    @Test
    void should_read_a_cap_on_data_subjects_claims_or_an_exclusion_of_own_breaches_as_weaker() {
        List<String> weaker = family(
                "liability, cap or exclusion",
                List.of(
                        LIABILITY.en(
                                "The Processor's liability under this agreement is limited to the fees paid in the "
                                        + "twelve months before the claim, and this limit also applies to claims of "
                                        + "data subjects.",
                                Status.WEAKER),
                        LIABILITY.en(
                                "Any compensation paid to data subjects under Article 82 GDPR counts towards the "
                                        + "liability cap of the main contract.",
                                Status.WEAKER),
                        LIABILITY.en(
                                "The Processor shall not be liable for any damage arising from a breach of this "
                                        + "agreement.",
                                Status.WEAKER),
                        LIABILITY.en(
                                "The Processor accepts no liability for breaches of its obligations under this DPA.",
                                Status.WEAKER),
                        LIABILITY.en(
                                "Liability of the Processor for breaches of data protection law is excluded.",
                                Status.WEAKER),
                        LIABILITY.de(
                                "Die Haftung des Auftragnehmers ist auf 10.000 Euro begrenzt; dies gilt auch für "
                                        + "Ansprüche betroffener Personen.",
                                Status.WEAKER),
                        LIABILITY.de(
                                "Die Haftung des Auftragnehmers für Verstöße gegen diese Vereinbarung ist "
                                        + "ausgeschlossen.",
                                Status.WEAKER),
                        LIABILITY.de(
                                "Der Auftragnehmer haftet nicht für Schäden aus der Verletzung dieser Vereinbarung.",
                                Status.WEAKER),
                        LIABILITY.de(
                                "Eine Haftung des Auftragnehmers für Datenschutzverstöße ist ausgeschlossen.",
                                Status.WEAKER)));
        List<String> close = family(
                "liability, close",
                List.of(
                        LIABILITY.en("Each party is liable to data subjects under Article 82 GDPR.", Status.FOUND),
                        LIABILITY.en(
                                "The limitations of liability of the main contract do not apply to breaches of data "
                                        + "protection law or to claims of data subjects.",
                                Status.FOUND),
                        LIABILITY.en(
                                "Nothing in this agreement limits the liability of either party to data subjects "
                                        + "under Article 82 GDPR.",
                                Status.FOUND),
                        LIABILITY.en(
                                "The Processor is not liable for damage caused by the Customer's own instructions; "
                                        + "Article 82 GDPR applies.",
                                Status.FOUND),
                        LIABILITY.de(
                                "Für die Haftung gegenüber betroffenen Personen gilt Art. 82 DSGVO.", Status.FOUND),
                        LIABILITY.de(
                                "Die Haftungsbeschränkungen des Hauptvertrags finden auf die Haftung für Verstöße gegen "
                                        + "das Datenschutzrecht keine Anwendung.",
                                Status.FOUND),
                        LIABILITY.de(
                                "Die Haftung gegenüber betroffenen Personen nach Art. 82 DSGVO bleibt unberührt.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3)(g) GDPR, Clause 10(d) of 2021/915: the processor certifies the deletion; a certificate it may
    // give, only where feasible, or only against payment falls short ---

    private static final FamilyFrame CERTIFIED = new FamilyFrame(
            Requirement.DELETION_CERTIFIED,
            "13. End of processing",
            "When the services end, the Processor shall, at the Customer's choice, delete or return all personal "
                    + "data. ",
            "§ 9 Löschung",
            "Nach Ende des Auftrags löscht der Auftragnehmer alle Daten oder gibt sie nach Wahl des Auftraggebers "
                    + "zurück. ");

    @Test
    void should_read_a_conditional_certificate_of_deletion_as_weaker() {
        List<String> weaker = family(
                "certified deletion, conditional",
                List.of(
                        CERTIFIED.en("The Processor may confirm the deletion in writing.", Status.WEAKER),
                        CERTIFIED.en(
                                "Where feasible, the Processor will certify the deletion to the Customer.",
                                Status.WEAKER),
                        CERTIFIED.en(
                                "On request and against payment of a fee, the Processor certifies the deletion.",
                                Status.WEAKER),
                        CERTIFIED.en(
                                "The Processor can provide a certificate of deletion if it is technically possible.",
                                Status.WEAKER),
                        CERTIFIED.en(
                                "A written confirmation of the deletion is available at the Processor's standard "
                                        + "rates.",
                                Status.WEAKER),
                        CERTIFIED.de("Der Auftragnehmer kann die Löschung schriftlich bestätigen.", Status.WEAKER),
                        CERTIFIED.de(
                                "Soweit technisch möglich, bestätigt der Auftragnehmer die Löschung.", Status.WEAKER),
                        CERTIFIED.de(
                                "Auf Wunsch und gegen gesonderte Vergütung bestätigt der Auftragnehmer die Löschung.",
                                Status.WEAKER),
                        CERTIFIED.de(
                                "Eine Bestätigung der Löschung darf der Auftragnehmer auf Anfrage ausstellen.",
                                Status.WEAKER)));
        List<String> close = family(
                "certified deletion, close",
                List.of(
                        CERTIFIED.en("The Processor shall certify the deletion in writing.", Status.FOUND),
                        CERTIFIED.en(
                                "On the Customer's request, the Processor confirms the deletion in writing.",
                                Status.FOUND),
                        CERTIFIED.en(
                                "The Processor shall confirm the deletion in writing free of charge.", Status.FOUND),
                        CERTIFIED.de("Der Auftragnehmer bestätigt die Löschung schriftlich.", Status.FOUND),
                        CERTIFIED.de(
                                "Auf Verlangen des Auftraggebers bestätigt der Auftragnehmer die Löschung schriftlich.",
                                Status.FOUND),
                        CERTIFIED.de(
                                "Die Löschung ist dem Auftraggeber kostenfrei schriftlich zu bestätigen.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(4) GDPR, Clause 7.7(a) of 2021/915: a copy of the sub-processor contract at the controller's
    // request, redacted where business secrets require; a copy refused outright falls short ---

    private static final FamilyFrame COPY = new FamilyFrame(
            Requirement.SUBPROCESSOR_CONTRACT_COPY,
            "9. Sub-processors",
            "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. The "
                    + "Processor will notify the Customer of any intended addition or replacement thirty days in "
                    + "advance, and the Customer may object. The Processor imposes the same data protection "
                    + "obligations on each sub-processor by contract. The Processor remains fully liable to the "
                    + "Customer for the performance of its sub-processors. ",
            "§ 6 Unterauftragsverarbeiter",
            "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. Über "
                    + "neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher; der "
                    + "Auftraggeber kann widersprechen. ");

    @Test
    void should_read_a_copy_of_the_sub_processor_contract_refused_outright_as_weaker() {
        List<String> weaker = family(
                "contract copy, refused",
                List.of(
                        COPY.en(
                                "The Processor is not obliged to provide copies of its sub-processor agreements.",
                                Status.WEAKER),
                        COPY.en(
                                "Copies of sub-processor contracts will not be provided, as they are confidential.",
                                Status.WEAKER),
                        COPY.en(
                                "The Customer has no right to receive a copy of any sub-processor agreement.",
                                Status.WEAKER),
                        COPY.en(
                                "The Processor does not share copies of the agreements with its sub-processors.",
                                Status.WEAKER),
                        COPY.de(
                                "Eine Kopie der Verträge mit Unterauftragsverarbeitern wird nicht herausgegeben.",
                                Status.WEAKER),
                        COPY.de(
                                "Der Auftragnehmer ist nicht verpflichtet, Kopien der Unterauftragsverträge "
                                        + "vorzulegen.",
                                Status.WEAKER),
                        COPY.de(
                                "Ein Anspruch auf eine Abschrift der Verträge mit Subunternehmern besteht nicht.",
                                Status.WEAKER),
                        COPY.de(
                                "Kopien der Unterauftragsverträge stellt der Auftragnehmer nicht zur Verfügung.",
                                Status.WEAKER)));
        List<String> close = family(
                "contract copy, close",
                List.of(
                        COPY.en(
                                "On request the Processor provides a copy of the sub-processor agreement.",
                                Status.FOUND),
                        COPY.en(
                                "On request the Processor provides a copy of the sub-processor agreement, from "
                                        + "which it may redact commercial terms.",
                                Status.FOUND),
                        COPY.en(
                                "On request the Processor sends the Customer a copy of each sub-processor contract; "
                                        + "it need not disclose pricing.",
                                Status.FOUND),
                        COPY.de(
                                "Auf Anfrage übersendet der Auftragnehmer eine Kopie der Unterauftragsverträge.",
                                Status.FOUND),
                        COPY.de(
                                "Auf Anfrage übersendet der Auftragnehmer eine Kopie der Unterauftragsverträge; "
                                        + "Geschäftsgeheimnisse darf er vorher schwärzen.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
