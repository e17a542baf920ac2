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
}
