/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 32 of #16 (general readings on the precision side, a sixth time): causes of a weaker verdict that earlier
 * rounds did not reach, each as a family of paraphrases of our own in English and German beside close sentences whose
 * verdict must not change. Each member is read in the frames of {@link WordingFrames} through {@link FamilyFrame}.
 */
class RoundThirtyTwoTest {

    // --- Art. 28(3)(e) GDPR, Clause 8(b) of 2021/915: the processor assists the controller with the requests of data
    // subjects; assistance with every request billed at the processor's own rates makes the duty conditional on the
    // controller paying ---

    private static final FamilyFrame RIGHTS = new FamilyFrame(
            Requirement.DATA_SUBJECT_RIGHTS, "10. Data subject rights", "", "§ 7 Betroffenenrechte", "");

    @Test
    void should_read_assistance_with_requests_billed_at_the_processors_rates_as_weaker() {
        List<String> weaker = family(
                "requests, billed at the processor's rates",
                List.of(
                        RIGHTS.en(
                                "The Processor assists the Customer in responding to data subject requests at the "
                                        + "Processor's then-current professional services rates.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor will help the Customer answer requests from data subjects, at the "
                                        + "Customer's cost at the Processor's standard hourly rates.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Assistance with requests of data subjects is charged at the Processor's day rates "
                                        + "set out in the Order Form.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor supports the Customer with data subject requests, subject to its "
                                        + "current hourly rates.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Help with data subject access requests is invoiced per request at the rates of the "
                                        + "Processor's price list.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen gegen "
                                        + "Vergütung nach dem jeweils gültigen Stundensatz.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Die Unterstützung bei Anträgen betroffener Personen erbringt der Auftragnehmer gegen "
                                        + "Vergütung je Anfrage nach seiner Preisliste.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Bei Anträgen betroffener Personen auf Auskunft unterstützt der Auftragnehmer den "
                                        + "Auftraggeber, sofern der Auftraggeber die Unterstützung gesondert vergütet.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer hilft dem Auftraggeber bei Betroffenenanfragen gegen Vergütung nach "
                                        + "der aktuellen Preisliste.",
                                Status.WEAKER)));
        List<String> close = family(
                "requests, billed at the processor's rates, close",
                List.of(
                        RIGHTS.en(
                                "The Processor assists the Customer free of charge in responding to data subject "
                                        + "requests; work beyond the self-service tools is charged at its then-current "
                                        + "rates.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor shall assist the Customer with requests from data subjects. Where a "
                                        + "request needs more than two hours of manual work, the Processor may charge "
                                        + "reasonable costs at the rates in the Order Form.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor shall assist the Customer with requests from data subjects. Audits "
                                        + "beyond one per year are charged at the Processor's then-current daily rates.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber unentgeltlich bei Anträgen "
                                        + "betroffener Personen; für darüber hinausgehenden außergewöhnlichen Aufwand "
                                        + "gilt der jeweils gültige Stundensatz.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen; "
                                        + "beruht eine Anfrage nicht auf einem Verstoß des Auftragnehmers, kann er eine "
                                        + "angemessene Vergütung nach dem jeweils gültigen Stundensatz verlangen.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Clause 7.5 and Annex I of 2021/915 ("sensitive data transferred … restrictions or safeguards applied"), Art.
    // 28(3) first sentence GDPR: a statement that no special categories are processed, beside types of data that name
    // health, religious, biometric or criminal-record data, marks nothing and safeguards nothing ---

    private static final FamilyFrame CATEGORIES = FamilyFrame.CATEGORIES;

    @Test
    void should_read_special_categories_listed_beside_a_denial_as_weaker() {
        List<String> weaker = family(
                "data categories, special categories listed and denied",
                List.of(
                        CATEGORIES.en(
                                "Types of personal data: name, date of birth, allergies and dietary needs. Sensitive "
                                        + "data: none.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Types of personal data: names and medical questionnaire answers (yes/no to listed "
                                        + "conditions). Sensitive data transferred: none.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "The personal data processed include names, addresses and sick leave records. No "
                                        + "special categories of personal data are processed.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Types of personal data: contact details and religion for church tax purposes. Special "
                                        + "categories of data: not applicable.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Types of personal data: name and fingerprint templates used to clock in. Special "
                                        + "categories of personal data will not be processed.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Datenkategorien: Stammdaten, Allergien, regelmäßig einzunehmende Medikamente. "
                                        + "Besondere Kategorien personenbezogener Daten: keine.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Verarbeitet werden folgende Daten: Name, Anschrift, Konfession. Besondere Kategorien "
                                        + "personenbezogener Daten werden nicht verarbeitet.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Kategorien personenbezogener Daten: Personalstammdaten, Krankmeldungen. Es werden "
                                        + "keine besonderen Kategorien personenbezogener Daten verarbeitet.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Arten der Daten: Name, Geburtsdatum, erweitertes Führungszeugnis der Betreuer. Sensible "
                                        + "Daten: keine.",
                                Status.WEAKER)));
        List<String> close = family(
                "data categories, special categories denied, close",
                List.of(
                        CATEGORIES.en(
                                "Types of personal data: names and e-mail addresses. Sensitive data: none.",
                                Status.FOUND),
                        CATEGORIES.en(
                                "Types of personal data: vehicle data, fault diagnosis codes and driver names. "
                                        + "Sensitive data: none.",
                                Status.FOUND),
                        CATEGORIES.en(
                                "Types of personal data: names and ticket contents. Special categories: none; the "
                                        + "Customer must not enter health data into tickets.",
                                Status.FOUND),
                        CATEGORIES.en(
                                "Types of personal data: names and allergies of participants. Sensitive data: the "
                                        + "allergies (special categories under Art. 9 GDPR), visible only to the "
                                        + "kitchen staff.",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Datenkategorien: Name und Anschrift. Besondere Kategorien personenbezogener Daten: "
                                        + "keine.",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Datenkategorien: Name, Anschrift. Gesundheitsdaten werden nicht verarbeitet; besondere "
                                        + "Kategorien personenbezogener Daten: keine.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3)(a) and Art. 48 GDPR, Clause 15 of 2021/914 as the benchmark: data go to an authority beyond the
    // controller's instructions only where Union or Member State law requires it, after the request's legality has
    // been reviewed; a disclosure measured by the processor's own view of any law is left to its judgement ---

    private static final FamilyFrame GOV = FamilyFrame.AUTHORITY_REQUEST;

    @Test
    void should_read_a_disclosure_to_authorities_by_the_processors_own_view_of_the_law_as_weaker() {
        List<String> weaker = family(
                "authorities, disclosure by the processor's own view of the law",
                List.of(
                        GOV.en(
                                "the Processor notifies the Customer unless the law forbids it, and may comply with "
                                        + "the request where it considers itself legally obliged to do so.",
                                Status.WEAKER),
                        GOV.en(
                                "the Processor informs the Customer promptly unless prohibited by law. The Processor "
                                        + "may disclose the data to the authority where it believes in good faith that "
                                        + "disclosure is required by law.",
                                Status.WEAKER),
                        GOV.en(
                                "the Processor tells the Customer without delay unless legally prohibited, and may "
                                        + "comply with any request of an authority that it considers to be legally "
                                        + "binding.",
                                Status.WEAKER),
                        GOV.en(
                                "the Processor notifies the Customer unless the law forbids it. The Processor may "
                                        + "release the data to the authority to the extent it deems this legally "
                                        + "required.",
                                Status.WEAKER),
                        GOV.en(
                                "the Processor informs the Customer of the request unless prohibited and is entitled "
                                        + "to comply with it if it concludes that it is legally bound to do so.",
                                Status.WEAKER),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber unverzüglich, soweit dies rechtlich "
                                        + "zulässig ist. Er darf dem Verlangen der Behörde nachkommen, soweit er es für "
                                        + "rechtlich geboten hält.",
                                Status.WEAKER),
                        GOV.de(
                                "unterrichtet der Auftragnehmer den Auftraggeber unverzüglich, sofern dies nicht "
                                        + "gesetzlich untersagt ist. Der Auftragnehmer ist berechtigt, der Anordnung "
                                        + "der Behörde zu entsprechen, sofern er sie für verbindlich hält.",
                                Status.WEAKER),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber, soweit rechtlich zulässig. Dem "
                                        + "Ersuchen einer Behörde oder eines Gerichts kann der Auftragnehmer nachkommen, "
                                        + "wenn er dazu nach seiner Auffassung rechtlich verpflichtet ist.",
                                Status.WEAKER),
                        GOV.de(
                                "teilt der Auftragnehmer dies dem Auftraggeber unverzüglich mit, sofern gesetzlich "
                                        + "zulässig. Der Auftragnehmer darf die Daten an die Behörde herausgeben, falls "
                                        + "er annimmt, hierzu gesetzlich verpflichtet zu sein.",
                                Status.WEAKER)));
        List<String> close = family(
                "authorities, own view of the law, close",
                List.of(
                        GOV.en(
                                "the Processor notifies the Customer promptly unless prohibited by law, reviews the "
                                        + "legality of the request, challenges any request it considers unlawful and "
                                        + "discloses only the minimum required.",
                                Status.FOUND),
                        GOV.en("the Processor shall inform the Customer unless the law forbids it.", Status.FOUND),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber unverzüglich, soweit dies rechtlich "
                                        + "zulässig ist, prüft die Rechtmäßigkeit des Verlangens und wehrt sich gegen "
                                        + "Verlangen, die er für rechtswidrig hält.",
                                Status.FOUND),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber vorher, soweit dies rechtlich zulässig "
                                        + "ist. Er darf dem Verlangen nur nachkommen, soweit das Recht der Union oder "
                                        + "eines Mitgliedstaats ihn dazu verpflichtet.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
