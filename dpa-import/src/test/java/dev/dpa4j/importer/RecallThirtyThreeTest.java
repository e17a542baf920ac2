/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recall33 of #16 (general readings on the recall side, a seventh round): intended changes of sub-processors made known
 * only by updating or publishing the list, page or table of sub-processors, with the controller left to check that
 * list itself, or a change deemed accepted on its listing or by the controller's continued use of the service. Such a
 * clause addresses the changes of Art. 28(2) sentence 2 GDPR (Clause 7.7(a) option 2 of 2021/915), but without the
 * specific information in advance and the controller's objection: weaker, where earlier it was read as absent. Each
 * member is our own paraphrase, read in the sub-processor clause of the plain agreements of {@link WordingFrames}
 * without their own notice of changes; the close sentences, whose verdict must not change, give the objection or
 * speak of a change of the agreement itself.
 */
class RecallThirtyThreeTest {

    private static final Status f = Status.FOUND;
    private static final Status w = Status.WEAKER;
    private static final Status n = Status.NOT_FOUND;

    /** The frames' sub-processor clauses with the authorisation and without the notice of changes. */
    private static final FamilyFrame CHANGES = new FamilyFrame(
            Requirement.SUBPROCESSOR_CHANGES,
            "9. Sub-processors",
            "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. The "
                    + "Processor imposes the same data protection obligations on each sub-processor by contract and "
                    + "remains fully liable to the Customer for their performance. ",
            "§ 6 Unterauftragsverarbeiter",
            "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für die in Anlage 3 genannten "
                    + "Unterauftragsverarbeiter. ");

    // --- Art. 28(2) sentence 2 GDPR, Clause 7.7(a) option 2 of 2021/915: changes only on the list, weaker ---

    @Test
    void should_read_changes_of_sub_processors_made_known_only_on_the_list_as_weaker() {
        List<String> weaker = family(
                "changes of sub-processors only on the list, weaker",
                List.of(
                        CHANGES.en(
                                "The Processor may add or replace sub-processors by updating the list on its website.",
                                w),
                        CHANGES.en(
                                "Whenever the Processor engages a new sub-processor, it updates the sub-processor page "
                                        + "named in Annex 3.",
                                w),
                        CHANGES.en(
                                "It is the Customer's responsibility to check the sub-processor page regularly for "
                                        + "changes.",
                                w),
                        CHANGES.en(
                                "New sub-processors are added to that list, and the Customer's continued use of the "
                                        + "services afterwards constitutes its approval.",
                                w),
                        CHANGES.en("Changes to the list of sub-processors take effect once they are posted.", w),
                        CHANGES.en(
                                "If the Processor replaces a sub-processor, the new entry appears in the table on its "
                                        + "trust page.",
                                w),
                        CHANGES.de(
                                "Eine Änderung erfolgt durch Aktualisierung der Liste auf der Website des "
                                        + "Auftragnehmers.",
                                w),
                        CHANGES.de(
                                "Wenn der Auftragnehmer einen Unterauftragsverarbeiter hinzuzieht oder ersetzt, "
                                        + "aktualisiert er die Liste auf seiner Internetseite.",
                                w),
                        CHANGES.de(
                                "Der Auftraggeber ist gehalten, die Liste der Unterauftragsverarbeiter regelmäßig "
                                        + "einzusehen.",
                                w),
                        CHANGES.de(
                                "Ein neuer Unterauftragsverarbeiter gilt mit seiner Aufnahme in die Liste als "
                                        + "genehmigt.",
                                w),
                        CHANGES.de(
                                "Die weitere Nutzung der Leistungen nach einer Aktualisierung der Liste gilt als "
                                        + "Zustimmung des Auftraggebers.",
                                w)));
        List<String> close = family(
                "changes of sub-processors with notice and objection, or of the agreement itself, unchanged",
                List.of(
                        CHANGES.en(
                                "The Processor will inform the Customer by e-mail of any intended addition thirty days "
                                        + "in advance and then update the list; the Customer may object to the "
                                        + "change.",
                                f),
                        CHANGES.en(
                                "The Customer's continued use of the services after a change to this agreement "
                                        + "constitutes acceptance of the updated terms.",
                                n),
                        CHANGES.en("The Customer may view the list of sub-processors in Annex 3 at any time.", n),
                        CHANGES.de(
                                "Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher; "
                                        + "der Auftraggeber kann widersprechen. Widerspricht er nicht, gilt der neue "
                                        + "Unterauftragsverarbeiter mit seiner Aufnahme in die Liste als genehmigt.",
                                f),
                        CHANGES.de("Der Auftraggeber kann die Liste jederzeit einsehen.", n)));
        check(weaker, close);
    }
    // --- Art. 28(4) sentence 2 GDPR, Clause 7.7(d) of 2021/915: the liability for sub-processors narrowed, weaker ---

    /** The frames' sub-processor clauses with the authorisation and the notice of changes, without the liability. */
    private static final FamilyFrame LIABILITY = new FamilyFrame(
            Requirement.SUBPROCESSOR_LIABILITY,
            "9. Sub-processors",
            "The Customer gives general authorisation to engage sub-processors. The Processor will notify the "
                    + "Customer of any intended addition thirty days in advance, and the Customer may object. ",
            "§ 6 Unterauftragsverarbeiter",
            "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. Über neue "
                    + "Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher; der Auftraggeber kann "
                    + "widersprechen. ");

    @Test
    void should_read_the_liability_for_sub_processors_narrowed_as_weaker() {
        List<String> weaker = family(
                "liability for sub-processors narrowed, weaker",
                List.of(
                        LIABILITY.en(
                                "The Processor's liability for the acts of its sub-processors is limited to the amounts "
                                        + "it recovers from them.",
                                w),
                        LIABILITY.en(
                                "With respect to sub-processors, the Processor's responsibility is limited to enforcing "
                                        + "its contract with them.",
                                w),
                        LIABILITY.en(
                                "If a sub-processor fails to meet its obligations, the Processor will pursue its claims "
                                        + "against the sub-processor and pass on what it obtains.",
                                w),
                        LIABILITY.en(
                                "The Processor's liability towards the Customer for any sub-processor shall not exceed "
                                        + "the fees paid in the preceding twelve months.",
                                w),
                        LIABILITY.en(
                                "For sub-processors, the Processor's liability is capped at the amount of its insurance "
                                        + "cover.",
                                w),
                        LIABILITY.de(
                                "Die Haftung des Auftragnehmers für Unterauftragsverarbeiter ist auf den Betrag "
                                        + "beschränkt, den er von ihnen ersetzt erhält.",
                                w),
                        LIABILITY.de(
                                "Die Verantwortung des Auftragnehmers für Unterauftragsverarbeiter beschränkt sich "
                                        + "darauf, seine Ansprüche gegen sie durchzusetzen.",
                                w),
                        LIABILITY.de(
                                "Wenn ein Unterauftragsverarbeiter seine Pflichten verletzt, wird der Auftragnehmer "
                                        + "seine Ansprüche gegen ihn durchsetzen.",
                                w),
                        LIABILITY.de(
                                "Die Haftung für Unterauftragnehmer übersteigt nicht die Vergütung der letzten zwölf "
                                        + "Monate.",
                                w)));
        List<String> close = family(
                "liability for sub-processors in full, or of the parties in general, unchanged",
                List.of(
                        LIABILITY.en(
                                "The Processor remains fully liable to the Customer for the performance of its "
                                        + "sub-processors' obligations.",
                                f),
                        LIABILITY.en(
                                "Each party's liability under this agreement is subject to the limitations in the main "
                                        + "contract.",
                                n),
                        LIABILITY.en(
                                "The Processor will enforce its data protection terms against each sub-processor.", n),
                        LIABILITY.de(
                                "Der Auftragnehmer haftet gegenüber dem Auftraggeber für Unterauftragsverarbeiter wie "
                                        + "für eigenes Verschulden.",
                                f),
                        LIABILITY.de("Die Haftung der Parteien ist auf die Höhe der Jahresvergütung begrenzt.", n)));
        check(weaker, close);
    }
}
