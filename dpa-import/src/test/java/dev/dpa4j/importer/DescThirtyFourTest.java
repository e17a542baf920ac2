/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 34 of #16, precision side of the description and assistance duties (branch desc34): causes of a weaker
 * verdict earlier rounds did not reach, each as a family of paraphrases of our own in English and German beside close
 * sentences whose verdict must not change. Each member is read in the frames of {@link WordingFrames} through
 * {@link FamilyFrame}.
 */
class DescThirtyFourTest {

    // --- Art. 28(3)(f) GDPR, Clause 8(c) of 2021/915: the processor assists the controller with Articles 32 to 36 as
    // a duty; the assistance with impact assessments or prior consultation taken out of the service, or owed only on a
    // separate order, as far as the processor is willing or its staff are free, or after payment in advance, is the
    // duty in part only ---

    private static final FamilyFrame ASSIST =
            new FamilyFrame(Requirement.ASSISTANCE, "11. Assistance", "", "§ 12 Unterstützung", "");

    @Test
    void should_read_assistance_with_impact_assessments_taken_out_of_the_service_or_owed_only_on_an_order_as_weaker() {
        List<String> weaker = family(
                "assistance excluded or only on a separate order",
                List.of(
                        ASSIST.en(
                                "The Processor assists the Customer with its obligations under Articles 32 to 34 GDPR. "
                                        + "Assistance with data protection impact assessments and prior consultations is "
                                        + "not part of the services.",
                                Status.WEAKER),
                        ASSIST.en(
                                "For impact assessments the Processor provides its standard documentation; further "
                                        + "support, for example with a prior consultation, is not included in the "
                                        + "services.",
                                Status.WEAKER),
                        ASSIST.en(
                                "The Processor helps the Customer with impact assessments but excludes any assistance "
                                        + "with prior consultations of the supervisory authority.",
                                Status.WEAKER),
                        ASSIST.en(
                                "The Processor assists the Customer with data protection impact assessments and prior "
                                        + "consultations only under a separate statement of work.",
                                Status.WEAKER),
                        ASSIST.en(
                                "Help with impact assessments and prior consultations is given to the extent the "
                                        + "Processor is willing to give it in the individual case.",
                                Status.WEAKER),
                        ASSIST.en(
                                "The Processor supports data protection impact assessments if they are ordered "
                                        + "separately as an additional service.",
                                Status.WEAKER),
                        ASSIST.en(
                                "The Processor supports impact assessments and prior consultations subject to the "
                                        + "availability of its staff.",
                                Status.WEAKER),
                        ASSIST.en(
                                "Assistance with impact assessments and prior consultations requires advance payment of "
                                        + "the fees in the current price list.",
                                Status.WEAKER),
                        ASSIST.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei der Sicherheit der Verarbeitung und "
                                        + "bei Meldungen von Verletzungen. Eine Unterstützung bei "
                                        + "Datenschutz-Folgenabschätzungen und bei der vorherigen Konsultation ist nicht "
                                        + "Bestandteil seiner Leistungen.",
                                Status.WEAKER),
                        ASSIST.de(
                                "Eine Mitwirkung an Datenschutz-Folgenabschätzungen gehört nicht zum Leistungsumfang des "
                                        + "Auftragnehmers.",
                                Status.WEAKER),
                        ASSIST.de(
                                "Eine Unterstützung bei Datenschutz-Folgenabschätzungen und der Konsultation der "
                                        + "Aufsichtsbehörde (Art. 35 und 36 DSGVO) ist nicht Teil unserer Leistungen.",
                                Status.WEAKER),
                        ASSIST.de(
                                "Bei Datenschutz-Folgenabschätzungen hilft der Auftragnehmer nur nach gesonderter "
                                        + "Beauftragung.",
                                Status.WEAKER),
                        ASSIST.de(
                                "Bei Datenschutz-Folgenabschätzungen und der vorherigen Konsultation unterstützt der "
                                        + "Auftragnehmer im Rahmen eines gesondert zu beauftragenden Beratungspakets.",
                                Status.WEAKER),
                        ASSIST.de(
                                "Bei Datenschutz-Folgenabschätzungen hilft der Auftragnehmer, soweit er dazu im "
                                        + "Einzelfall bereit ist.",
                                Status.WEAKER),
                        ASSIST.de(
                                "Die Unterstützung bei Datenschutz-Folgenabschätzungen setzt die Vorauszahlung der "
                                        + "Vergütung voraus.",
                                Status.WEAKER),
                        ASSIST.de(
                                "Bei Datenschutz-Folgenabschätzungen unterstützt der Auftragnehmer, sofern dies im "
                                        + "Hauptvertrag als Zusatzleistung vereinbart ist.",
                                Status.WEAKER)));
        List<String> close = family(
                "assistance excluded or only on a separate order, close",
                List.of(
                        ASSIST.en(
                                "The Processor assists the Customer with data protection impact assessments and prior "
                                        + "consultations; it may charge its reasonable costs for this assistance.",
                                Status.FOUND),
                        ASSIST.en(
                                "The Processor assists the Customer with impact assessments and prior consultations "
                                        + "(Articles 35 and 36 GDPR) as part of the services and without a separate "
                                        + "order.",
                                Status.FOUND),
                        ASSIST.en(
                                "The Processor assists the Customer with impact assessments and prior consultations. "
                                        + "Legal advice to the Customer is not part of the services.",
                                Status.FOUND),
                        ASSIST.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Datenschutz-Folgenabschätzungen und "
                                        + "der vorherigen Konsultation; der Aufwand wird nach den vereinbarten Sätzen "
                                        + "vergütet.",
                                Status.FOUND),
                        ASSIST.de(
                                "Bei Datenschutz-Folgenabschätzungen und der vorherigen Konsultation unterstützt der "
                                        + "Auftragnehmer den Auftraggeber auch ohne gesonderte Beauftragung.",
                                Status.FOUND)));
        check(weaker, close);
    }
    // --- Art. 9(1) and 10 GDPR, Clause 7.5 and Annex I.B of 2021/915: the types of data name the sensitive data and
    // the restrictions or safeguards applied to them. A statement that no special categories are processed, or that
    // the service is not meant for them, marks nothing as sensitive, also with the article cited inside it or as a
    // form's "no" ticked; a consent recorded as one of the data is no safeguard; a negation in an aside that qualifies
    // another item rules none of the special data out ---

    private static final FamilyFrame CATEGORIES = FamilyFrame.CATEGORIES;

    @Test
    void should_read_special_categories_listed_beside_a_denial_or_a_consent_record_or_an_aside_as_weaker() {
        List<String> weaker = family(
                "special categories listed, denied or guarded by nothing",
                List.of(
                        CATEGORIES.en(
                                "Names, contact details, allergies and medication of participants. Special categories "
                                        + "of personal data (Art. 9 GDPR) are in principle not processed under this "
                                        + "agreement.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Name and e-mail address of players, and photosensitive seizures reported by players. "
                                        + "The Services are not designed to process special categories of personal "
                                        + "data.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Name, address, denomination and dietary needs of the children. Special categories of "
                                        + "data within the meaning of Art. 9 GDPR are not processed.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Emergency contact, asthma or epilepsy noted by parents, and booking references (no "
                                        + "full card numbers).",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Member number, photo consent record and religion for the church tax.", Status.WEAKER),
                        CATEGORIES.en(
                                "Referee grade, availability, safeguarding check status and expense claims.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Player name, consent timestamp, and diabetes or other conditions a player reports.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Name, Anschrift, Konfession, Foto-Einwilligung und Allergien der Teilnehmenden.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "(1) Arten der Daten: Stammdaten der Mitglieder und Unfallmeldungen mit dem behandelnden "
                                        + "Arzt.\n(2) Besondere Kategorien personenbezogener Daten (Art. 9 DSGVO): ☐ ja, "
                                        + "und zwar: ________ ☒ nein",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Name, Geburtsdatum, Epilepsie und Diabetes der Kinder. Die Anwendung ist nicht für die "
                                        + "Verarbeitung besonderer Kategorien personenbezogener Daten bestimmt.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Buchungsdaten (keine vollständigen Kartennummern) und Gesundheitshinweise der "
                                        + "Teilnehmenden.",
                                Status.WEAKER)));
        List<String> close = family(
                "special categories listed, close",
                List.of(
                        CATEGORIES.en(
                                "Name, contact details and allergies; allergies are kept only in the dedicated field "
                                        + "visible to the kitchen staff.",
                                Status.FOUND),
                        CATEGORIES.en(
                                "Name and contact details. Health data are processed only with the participant's "
                                        + "explicit consent.",
                                Status.FOUND),
                        CATEGORIES.en("Name, address and allergies (sensitive data, Art. 9 GDPR).", Status.FOUND),
                        CATEGORIES.en(
                                "Booking data and payment references (no card numbers). No health data.", Status.FOUND),
                        CATEGORIES.de(
                                "Kundenstammdaten und Fahrzeugdaten; Auslesen von Diagnosedaten über die "
                                        + "Diagnoseschnittstelle. Besondere Kategorien nach Art. 9 DSGVO und Daten nach "
                                        + "Art. 10 DSGVO werden nicht verarbeitet.",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Name und Anschrift der Teilnehmenden; Gesundheitsdaten (Art. 9 DSGVO) werden nicht "
                                        + "verarbeitet.",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Name, Anschrift und Allergien. Besondere Kategorien (Art. 9 DSGVO): ☒ ja, und zwar "
                                        + "Allergien ☐ nein",
                                Status.FOUND)));
        check(weaker, close);
    }
}
