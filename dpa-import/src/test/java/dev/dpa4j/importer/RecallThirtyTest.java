/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recall30 of #16 (general readings on the recall side, a fourth round): an authority's request for the data worded
 * as a condition with the verb first or in everyday words, the categories of data subjects given after the German
 * label „Betroffene“, and the duration of the processing worded as the term of the subscription or the contract,
 * which the training documents rotated in before round 30 read as absent or weaker — each written as a family of our
 * own paraphrases beside close sentences whose verdict must not change. Read in the frames of {@link WordingFrames};
 * the families of {@link RecallTwentySevenTest} to {@link RecallTwentyNineTest} are not repeated.
 */
class RecallThirtyTest {

    private static final Status f = Status.FOUND;
    private static final Status w = Status.WEAKER;
    private static final Status n = Status.NOT_FOUND;

    // --- Clause 15.1(a) of 2021/914 as benchmark: notice to the controller of an authority's request ---

    private static final Requirement GOV = Requirement.GOVERNMENT_ACCESS;
    /**
     * The English frame's final provisions without their sentence on an authority's request, which the member takes
     * the place of; the German frame has no such sentence, the member stands in a section of its own.
     */
    private static final FamilyFrame AUTH = new FamilyFrame(
            GOV,
            "18. Final provisions",
            "Terms defined in the GDPR have the meaning given to them there. If these terms conflict with the main "
                    + "contract, these terms prevail. ",
            "§ 12 Ort der Verarbeitung",
            "Die Daten werden ausschließlich in der Europäischen Union verarbeitet. ");

    @Test
    void should_read_the_notice_of_an_authoritys_request_worded_as_a_condition_as_met() {
        List<String> met = family(
                "an authority's request as a condition, adequate",
                List.of(
                        AUTH.enInstead(
                                "If the police want data from us, we refer them to the Customer and tell the Customer "
                                        + "about the request unless the law forbids it.",
                                f),
                        AUTH.enInstead(
                                "Should a court order the Processor to disclose Customer data, the Processor will "
                                        + "notify the Customer first, unless it is legally prohibited from doing so.",
                                f),
                        AUTH.enInstead(
                                "Where a prosecutor seeks access to personal data, the Processor informs the Customer "
                                        + "without delay, unless the law forbids this.",
                                f),
                        AUTH.enInstead(
                                "If law enforcement demands copies of customer records from us, we let the Customer "
                                        + "know before we respond, unless we are not allowed to.",
                                f),
                        AUTH.de(
                                "Verlangt eine Behörde Daten des Auftraggebers, verweist der Auftragnehmer sie an den "
                                        + "Auftraggeber und informiert diesen unverzüglich, soweit dies nicht "
                                        + "gesetzlich untersagt ist.",
                                f),
                        AUTH.de(
                                "Fordern Polizei oder Staatsanwaltschaft Kundendaten an, unterrichtet der "
                                        + "Auftragnehmer den Auftraggeber vorher, sofern dies gesetzlich zulässig ist.",
                                f),
                        AUTH.de(
                                "Will ein Gericht Auskunft über gespeicherte Daten, benachrichtigt der Auftragnehmer "
                                        + "den Auftraggeber unverzüglich, soweit das nicht verboten ist.",
                                f),
                        AUTH.de(
                                "Fragen Behörden beim Auftragnehmer nach Daten der Betroffenen, informiert er den "
                                        + "Auftraggeber sofort, es sei denn, ein Gesetz verbietet dies.",
                                f),
                        AUTH.de(
                                "Wenn eine Strafverfolgungsbehörde Einsicht in die Daten verlangt, setzt der "
                                        + "Auftragnehmer den Auftraggeber unverzüglich in Kenntnis, soweit dies zulässig "
                                        + "ist.",
                                f)));
        // the supervisory authority, a data subject, a request without a notice, a referral alone
        List<String> close = family(
                "an authority's request as a condition, close",
                List.of(
                        AUTH.enInstead(
                                "If the supervisory authority asks for information, the Processor informs the "
                                        + "Customer without delay.",
                                n),
                        AUTH.enInstead("If the police want data from us, we hand it over.", n),
                        AUTH.enInstead(
                                "If a data subject wants a copy of their data, the Processor tells the Customer.", n),
                        AUTH.de(
                                "Verlangt die Aufsichtsbehörde Auskunft über die Verarbeitung, informiert der "
                                        + "Auftragnehmer den Auftraggeber unverzüglich.",
                                n),
                        AUTH.de(
                                "Will eine Behörde Daten des Auftraggebers, verweist der Auftragnehmer sie an den "
                                        + "Auftraggeber.",
                                n),
                        AUTH.de(
                                "Verlangt ein Betroffener Auskunft über seine Daten, informiert der Auftragnehmer den "
                                        + "Auftraggeber.",
                                n)));
        check(met, close);
    }

    // --- Art. 28(3) first sentence GDPR, Annex I of 2021/915: the categories of data subjects after a label ---

    private static final Requirement DS = Requirement.DATA_SUBJECTS;
    /** A scope section in place of the English frame's section on data subjects; a section of its own in German. */
    private static final FamilyFrame SUBJECTS = new FamilyFrame(
            DS,
            "5. Scope",
            "The Processor hosts the Customer's ticketing system. ",
            "§ 12 Umfang",
            "Der Auftragnehmer betreibt die Buchhaltungssoftware des Auftraggebers. ");

    @Test
    void should_read_the_data_subjects_after_the_label_betroffene_as_met() {
        List<String> met = family(
                "data subjects after a label, adequate",
                List.of(
                        SUBJECTS.de(
                                "Betroffene sind: Kunden des Auftraggebers, deren Ansprechpartner und Beschäftigte des "
                                        + "Auftraggebers.",
                                f),
                        SUBJECTS.de("Betroffene: Mitglieder, Interessenten und Beschäftigte des Auftraggebers.", f),
                        SUBJECTS.de("Betroffene Personen: Patienten, Angehörige und Beschäftigte der Praxis.", f),
                        SUBJECTS.de("Betroffene sind insbesondere Mieter, Mietinteressenten und Handwerker.", f),
                        SUBJECTS.de("Betroffene sind vor allem die Fahrgäste und die Fahrer des Auftraggebers.", f),
                        SUBJECTS.de("Betroffene sind die Kunden des Auftraggebers und deren Abholberechtigte.", f),
                        SUBJECTS.enInstead(
                                "Persons concerned: the Customer's employees and the end users who open tickets.", f),
                        SUBJECTS.enInstead(
                                "Individuals concerned: employees of the Customer, end users and their contact "
                                        + "persons.",
                                f)));
        // the label of another topic, a duty towards data subjects, no label at all
        List<String> close = family(
                "data subjects after a label, close",
                List.of(
                        SUBJECTS.de(
                                "Betroffene sind unverzüglich zu benachrichtigen, wenn der Auftraggeber dies "
                                        + "verlangt.",
                                n),
                        SUBJECTS.de(
                                "Informationen an Betroffene: Der Auftraggeber informiert die Betroffenen selbst.", n),
                        SUBJECTS.de("Betroffene sind berechtigt, Auskunft zu verlangen.", n),
                        SUBJECTS.enInstead("Persons concerned must be informed by the Customer.", n)));
        check(met, close);
    }

    // --- Art. 28(3) first sentence GDPR: the duration of the processing as the term of the subscription ---

    private static final Requirement SD = Requirement.SUBJECT_AND_DURATION;
    /** The frames' subject matter without their sentence on the term, the member after it. */
    private static final FamilyFrame TERM = new FamilyFrame(
            SD,
            "2. Subject matter and duration",
            "The subject matter of the processing is the hosting of the Customer's ticketing system. ",
            "§ 2 Gegenstand und Dauer",
            "Gegenstand der Verarbeitung ist der Betrieb einer Buchhaltungssoftware. ");
    /** The frames' section on subject matter and duration replaced by a sentence on the processing alone. */
    private static final FamilyFrame TERM_ONLY = new FamilyFrame(SD, "2. Processing", "", "§ 2 Verarbeitung", "");

    @Test
    void should_read_the_duration_as_the_term_of_the_subscription_or_contract_as_met() {
        List<String> met = family(
                "the duration as the subscription term, adequate",
                List.of(
                        TERM.enInstead(
                                "The processing lasts for the subscription term and until deletion under section 13.",
                                f),
                        TERM.enInstead("The Processor processes the data for the Subscription Term.", f),
                        TERM.enInstead(
                                "Processing continues throughout the contract period and ends with the deletion of "
                                        + "the data.",
                                f),
                        TERM.enInstead("Personal data is processed during the service period only.", f),
                        TERM.enInstead("The processing takes place for the licence term of the software.", f),
                        TERM.de("Die Verarbeitung erfolgt für die Vertragsdauer.", f),
                        TERM.de(
                                "Verarbeitet wird während der gesamten Abonnementdauer und bis zur Löschung nach § 9.",
                                f),
                        TERM.de("Die Daten werden für die Nutzungsdauer des Kontos verarbeitet.", f),
                        // a sentence that processes the data for the term, beside what the processing is for
                        TERM_ONLY.enInstead(
                                "The Processor processes personal data to run the ticketing system for the "
                                        + "Subscription Term.",
                                f),
                        TERM_ONLY.de(
                                "Der Auftragnehmer verarbeitet die Daten zum Betrieb der Buchhaltungssoftware für die "
                                        + "Vertragsdauer.",
                                f)));
        // the period of another thing, a storage period, or none
        List<String> close = family(
                "the duration as the subscription term, close",
                List.of(
                        TERM.enInstead("The Customer may cancel the subscription at any time.", w),
                        TERM.enInstead("Backups are kept for the retention period set out in Annex 2.", w),
                        TERM.de("Die Speicherdauer der Protokolle beträgt 30 Tage.", w),
                        TERM.de("Der Auftraggeber kann das Abonnement jederzeit kündigen.", w),
                        TERM_ONLY.enInstead("The Processor processes personal data to run the ticketing system.", n),
                        TERM_ONLY.de(
                                "Der Auftragnehmer verarbeitet die Daten zum Betrieb der Buchhaltungssoftware.", n)));
        check(met, close);
    }

    // --- Art. 28(2) second sentence GDPR, Clause 7.7(a) of 2021/915: changes of sub-processors only published ---

    private static final Requirement SPC = Requirement.SUBPROCESSOR_CHANGES;
    /** The frames' sub-processor clause with its authorisation only, the member in place of the notice. */
    private static final FamilyFrame PUBLISHED = new FamilyFrame(
            SPC,
            "9. Sub-processors",
            "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. ",
            "§ 6 Unterauftragsverarbeiter",
            "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. ");

    @Test
    void should_read_changes_of_sub_processors_that_are_only_published_as_weaker_not_absent() {
        List<String> weaker = family(
                "changes of sub-processors only published, weaker",
                List.of(
                        PUBLISHED.enInstead("Changes of sub-processors are published on the Processor's website.", w),
                        PUBLISHED.enInstead(
                                "Replacements of sub-processors take effect on their publication on the Processor's "
                                        + "web page.",
                                w),
                        PUBLISHED.enInstead(
                                "Changes to the sub-processors are published at processor.example/sub-processors.", w),
                        PUBLISHED.enInstead(
                                "Additions of sub-processors are deemed approved upon their publication.", w),
                        PUBLISHED.de(
                                "Änderungen bei den Unterauftragsverarbeitern veröffentlicht der Auftragnehmer auf "
                                        + "seiner Website.",
                                w),
                        PUBLISHED.de(
                                "Der Austausch eines Unterauftragsverarbeiters wird auf der Internetseite des "
                                        + "Auftragnehmers veröffentlicht.",
                                w),
                        PUBLISHED.de(
                                "Die Hinzuziehung weiterer Unterauftragsverarbeiter wird mit ihrer Veröffentlichung "
                                        + "auf der Webseite wirksam.",
                                w),
                        PUBLISHED.de(
                                "Änderungen der Unterauftragsverarbeiter gelten mit der Veröffentlichung als "
                                        + "genehmigt.",
                                w)));
        // a specific notice with an objection, a publication of something else, the agreement's own changes
        List<String> close = family(
                "changes of sub-processors only published, close",
                List.of(
                        PUBLISHED.enInstead(
                                "Changes of sub-processors are notified to the Customer by e-mail thirty days in "
                                        + "advance, and the Customer may object.",
                                f),
                        PUBLISHED.enInstead("The Processor publishes its annual report on its website.", n),
                        PUBLISHED.enInstead("Changes to this agreement are published on the Processor's website.", n),
                        PUBLISHED.de("Änderungen dieses Vertrags werden auf der Website veröffentlicht.", n),
                        PUBLISHED.de(
                                "Über Änderungen der Unterauftragsverarbeiter informiert der Auftragnehmer den "
                                        + "Auftraggeber vier Wochen vorher in Textform; der Auftraggeber kann "
                                        + "widersprechen.",
                                f)));
        check(weaker, close);
    }
}
