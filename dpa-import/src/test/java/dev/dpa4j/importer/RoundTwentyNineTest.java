/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 29 of #16 (general readings on the precision side, a third time): the lead's decision on types of data that
 * list data of the special categories (Art. 9(1) and Art. 10 GDPR) without marking them or stating a safeguard, and
 * further causes of a weaker verdict that rounds 27 and 28 did not reach, each as a family of paraphrases of our own
 * in English and German beside close sentences whose verdict must not change. Each member is read in the frames of
 * {@link WordingFrames} through {@link FamilyFrame}.
 */
class RoundTwentyNineTest {

    // --- Art. 28(3) first sentence GDPR, Annex I of 2021/915 ("sensitive data processed … restrictions or safeguards
    // applied") with Clause 7.5: data of the special categories listed as processed, neither marked nor safeguarded ---

    private static final FamilyFrame CATEGORIES = FamilyFrame.CATEGORIES;

    @Test
    void should_read_special_categories_listed_without_mark_or_safeguard_as_weaker() {
        List<String> weaker = family(
                "data categories, special categories unmarked",
                List.of(
                        CATEGORIES.en(
                                "- contact details\n- dietary needs and allergies of course participants",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "The personal data processed include names, addresses, bank details, tax codes and "
                                        + "trade union membership of employees.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Types of personal data: name, date of birth, sick leave records, emergency contacts.",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "Categories of personal data | name, e-mail address, fingerprint templates used to "
                                        + "clock in",
                                Status.WEAKER),
                        CATEGORIES.en(
                                "- identification data\n- results of criminal record checks of applicants",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Verarbeitet werden folgende Daten: Name, Anschrift, Steuer-ID, "
                                        + "Religionszugehörigkeit für die Kirchensteuer.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Datenkategorien: Stammdaten der Patienten, Diagnosen, verordnete Medikamente.",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "- Kontaktdaten der Teilnehmer\n- Angaben zu Allergien und Behinderungen",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Arten der Daten | Name, Geburtsdatum, erweitertes Führungszeugnis der Betreuer",
                                Status.WEAKER),
                        CATEGORIES.de(
                                "Kategorien personenbezogener Daten: Personalstammdaten, Krankmeldungen, Angaben zur "
                                        + "Schwangerschaft.",
                                Status.WEAKER)));
        List<String> close = family(
                "data categories, special categories, close",
                List.of(
                        CATEGORIES.en(
                                "- contact details\n- allergies of course participants (special categories of data "
                                        + "under Art. 9 GDPR)",
                                Status.FOUND),
                        CATEGORIES.en(
                                "Types of personal data: name, date of birth, sick leave records; the sick leave records "
                                        + "are stored encrypted and only HR staff can access them.",
                                Status.FOUND),
                        CATEGORIES.en(
                                "Types of personal data: names and e-mail addresses. No special categories of personal "
                                        + "data are processed.",
                                Status.FOUND),
                        CATEGORIES.en(
                                "Types of personal data: names and ticket contents. The Customer must not enter health "
                                        + "data into tickets.",
                                Status.FOUND),
                        CATEGORIES.en("Types of personal data: contact details and ticket contents.", Status.FOUND),
                        CATEGORIES.de(
                                "Datenkategorien: Name, Anschrift, Religionszugehörigkeit (besondere Kategorie "
                                        + "personenbezogener Daten nach Art. 9 DSGVO).",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Datenkategorien: Stammdaten, Diagnosen; Gesundheitsdaten werden nur im dafür "
                                        + "vorgesehenen Feld erfasst und verschlüsselt gespeichert.",
                                Status.FOUND),
                        CATEGORIES.de(
                                "Datenkategorien: Name und Anschrift. Gesundheitsdaten werden nicht verarbeitet.",
                                Status.FOUND),
                        CATEGORIES.de("Datenkategorien: Kontaktdaten und Rechnungsdaten.", Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(4) second sentence GDPR, Clause 7.7(d) of 2021/915: the processor remains fully liable for its
    // sub-processors, not only as far as it recovers from them ---

    private static final FamilyFrame SUBLIABLE = new FamilyFrame(
            Requirement.SUBPROCESSOR_LIABILITY,
            "9. Sub-processors",
            "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. The "
                    + "Processor will notify the Customer of any intended addition or replacement thirty days in "
                    + "advance, and the Customer may object. The Processor imposes the same data protection "
                    + "obligations on each sub-processor by contract. ",
            "§ 6 Unterauftragsverarbeiter",
            "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. Über "
                    + "neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher; der "
                    + "Auftraggeber kann widersprechen. ");

    @Test
    void should_read_liability_for_sub_processors_only_as_far_as_recovered_as_weaker() {
        List<String> weaker = family(
                "sub-processor liability, only as far as recovered",
                List.of(
                        SUBLIABLE.en(
                                "The Processor is liable for the acts of its sub-processors only to the extent it "
                                        + "can recover the loss from the sub-processor concerned.",
                                Status.WEAKER),
                        SUBLIABLE.en(
                                "The Processor remains liable for its sub-processors, limited to the amounts it "
                                        + "actually recovers from them.",
                                Status.WEAKER),
                        SUBLIABLE.en(
                                "Insofar as the Processor is able to recoup its losses from a sub-processor, it is "
                                        + "responsible to the Customer for that sub-processor's failures.",
                                Status.WEAKER),
                        SUBLIABLE.en(
                                "The Processor is liable to the Customer for its sub-processors up to the amount it "
                                        + "recovers from them under its contracts.",
                                Status.WEAKER),
                        SUBLIABLE.de(
                                "Der Auftragnehmer haftet für Unterauftragsverarbeiter nur, soweit er bei diesen "
                                        + "Rückgriff nehmen kann.",
                                Status.WEAKER),
                        SUBLIABLE.de(
                                "Die Haftung des Auftragnehmers für seine Unterauftragsverarbeiter ist auf die "
                                        + "Beträge begrenzt, die er von ihnen erlangt.",
                                Status.WEAKER),
                        SUBLIABLE.de(
                                "Soweit der Auftragnehmer Ersatz von seinem Subunternehmer durchsetzen kann, haftet "
                                        + "er dem Auftraggeber für dessen Verschulden.",
                                Status.WEAKER),
                        SUBLIABLE.de(
                                "Für Unterauftragsverarbeiter haftet der Auftragnehmer lediglich in Höhe dessen, was "
                                        + "er im Regressweg erhält.",
                                Status.WEAKER)));
        List<String> close = family(
                "sub-processor liability, recovered, close",
                List.of(
                        SUBLIABLE.en(
                                "The Processor remains fully liable to the Customer for the performance of its "
                                        + "sub-processors; it may take recourse against them.",
                                Status.FOUND),
                        SUBLIABLE.en(
                                "The Processor remains fully liable to the Customer for its sub-processors, whether "
                                        + "or not it can recover the loss from them.",
                                Status.FOUND),
                        SUBLIABLE.en(
                                "The Processor is liable for the acts and omissions of its sub-processors as for its "
                                        + "own.",
                                Status.FOUND),
                        SUBLIABLE.de(
                                "Der Auftragnehmer haftet für seine Unterauftragsverarbeiter wie für eigenes "
                                        + "Verschulden; sein Rückgriff gegen sie bleibt unberührt.",
                                Status.FOUND),
                        SUBLIABLE.de(
                                "Der Auftragnehmer haftet gegenüber dem Auftraggeber für seine "
                                        + "Unterauftragsverarbeiter, unabhängig davon, ob er bei ihnen Rückgriff "
                                        + "nehmen kann.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3)(e) GDPR, Clause 8 of 2021/915: a duty to assist, not only "as far as the law requires"; the
    // controller answers requests, the processor does not answer them itself (Clause 8(a)) ---

    private static final FamilyFrame RIGHTS = new FamilyFrame(
            Requirement.DATA_SUBJECT_RIGHTS, "10. Data subject rights", "", "§ 7 Betroffenenrechte", "");

    @Test
    void should_read_assistance_with_requests_only_as_far_as_the_law_requires_as_weaker() {
        List<String> weaker = family(
                "requests, only as far as the law requires",
                List.of(
                        RIGHTS.en(
                                "The Processor will assist the Customer with data subject requests to the extent "
                                        + "required by applicable law.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Where legally required by data protection law, the Processor helps the Customer "
                                        + "respond to requests from data subjects.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Insofar as the Processor is legally obliged, it supports the Customer with requests "
                                        + "of data subjects.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Help with requests from data subjects is given insofar as the law so requires.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen, "
                                        + "soweit dies gesetzlich vorgeschrieben ist.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Soweit er hierzu gesetzlich verpflichtet ist, hilft der Auftragnehmer bei Anfragen "
                                        + "betroffener Personen.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Bei Betroffenenanfragen unterstützt der Auftragnehmer im gesetzlich "
                                        + "vorgeschriebenen Umfang.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Die Unterstützung bei Anträgen betroffener Personen erfolgt, soweit das Gesetz es "
                                        + "verlangt.",
                                Status.WEAKER)));
        List<String> close = family(
                "requests, as far as the law requires, close",
                List.of(
                        RIGHTS.en(
                                "The Processor shall assist the Customer in answering requests from data subjects "
                                        + "within the time limits of Chapter III GDPR.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor shall assist the Customer in responding to requests from data "
                                        + "subjects exercising their rights under applicable law.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor shall assist the Customer with requests from data subjects and shall "
                                        + "not answer them itself unless required by law.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen "
                                        + "betroffener Personen auf Ausübung ihrer gesetzlichen Rechte.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen "
                                        + "innerhalb der gesetzlichen Fristen.",
                                Status.FOUND)));
        check(weaker, close);
    }

    @Test
    void should_read_requests_answered_by_the_processor_itself_as_weaker() {
        List<String> weaker = family(
                "requests, answered by the processor itself",
                List.of(
                        RIGHTS.en(
                                "The Processor shall assist the Customer with data subject requests and may respond "
                                        + "to such requests directly.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Requests from data subjects are handled by the Processor, which assists the "
                                        + "Customer where needed.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor assists the Customer with requests of data subjects; the Processor "
                                        + "will answer data subjects' requests for access itself.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor reserves the right to deal with requests from data subjects directly "
                                        + "and helps the Customer with the rest.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer beantwortet Anfragen betroffener Personen selbst und unterstützt "
                                        + "den Auftraggeber im Übrigen.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Anträge betroffener Personen bearbeitet der Auftragnehmer direkt; den Auftraggeber "
                                        + "unterstützt er bei Rückfragen.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Betroffenenanfragen und erledigt "
                                        + "einfache Anfragen eigenständig.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Bei Anfragen betroffener Personen hilft der Auftragnehmer; Anträge betroffener "
                                        + "Personen auf Auskunft beantwortet der Auftragnehmer selbst.",
                                Status.WEAKER)));
        List<String> close = family(
                "requests, answered by the processor, close",
                List.of(
                        RIGHTS.en(
                                "The Processor shall assist the Customer with data subject requests and shall not "
                                        + "respond to such requests directly unless the Customer authorises it.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor shall assist the Customer with requests from data subjects; where the "
                                        + "Customer instructs it, the Processor will answer them directly.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor forwards requests from data subjects to the Customer and assists it "
                                        + "in answering them.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anfragen betroffener Personen und "
                                        + "beantwortet sie nicht selbst, es sei denn, der Auftraggeber weist ihn an.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer leitet Anfragen betroffener Personen an den Auftraggeber weiter und "
                                        + "unterstützt ihn bei deren Beantwortung.",
                                Status.FOUND)));
        check(weaker, close);
    }

    @Test
    void should_read_assistance_with_requests_only_without_disproportionate_effort_as_weaker() {
        List<String> weaker = family(
                "requests, only without disproportionate effort",
                List.of(
                        RIGHTS.en(
                                "The Processor assists the Customer with requests from data subjects where this does "
                                        + "not involve disproportionate effort.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor shall help the Customer answer data subject requests, unless doing so "
                                        + "would cause it disproportionate effort.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Provided that it can do so without disproportionate cost, the Processor supports the "
                                        + "Customer with requests of data subjects.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Assistance with data subject requests is given insofar as the Processor can give it "
                                        + "without any disproportionate burden.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen, "
                                        + "soweit ihm dies ohne unverhältnismäßigen Aufwand möglich ist.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Sofern es ohne unverhältnismäßigen Aufwand geht, hilft der Auftragnehmer bei "
                                        + "Anfragen betroffener Personen.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Bei Betroffenenanfragen unterstützt der Auftragnehmer, es sei denn, dies erfordert "
                                        + "einen unverhältnismäßigen Aufwand.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Die Unterstützung bei Anträgen betroffener Personen leistet der Auftragnehmer, wenn "
                                        + "sie ohne unverhältnismäßige Kosten möglich ist.",
                                Status.WEAKER)));
        List<String> close = family(
                "requests, disproportionate effort, close",
                List.of(
                        RIGHTS.en(
                                "The Processor shall assist the Customer with requests from data subjects; it may "
                                        + "charge reasonable costs for disproportionate effort.",
                                Status.FOUND),
                        RIGHTS.en(
                                "Taking into account the nature of the processing, the Processor shall assist the "
                                        + "Customer with requests from data subjects insofar as this is possible.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen; für "
                                        + "unverhältnismäßigen Aufwand kann er eine angemessene Vergütung verlangen.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen, "
                                        + "soweit dies nach der Art der Verarbeitung möglich ist.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
