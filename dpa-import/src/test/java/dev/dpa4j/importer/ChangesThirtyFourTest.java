/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Changes of sub-processors whose objection is taken back by a sentence beside the notice (#16, the lead, session 34;
 * derived from Art. 28(2) second sentence GDPR and Clause 7.7(a) of 2021/915, not from a document): an objection stated
 * to have no effect on the engagement, an objection whose grounds the processor assesses in its sole discretion, and a
 * class of sub-processors that may be engaged without notice. Each member is our own paraphrase after a notice that
 * meets the requirement; the close sentences, whose verdict must not change, keep the objection's effect or leave the
 * decision with the controller.
 */
class ChangesThirtyFourTest {

    private static final String NOTICE_EN =
            "We will inform the Customer of any intended addition or replacement at least 30 days in advance. ";

    private static final String NOTICE_DE =
            "Über beabsichtigte Änderungen informiert der Auftragnehmer mindestens vier Wochen vorher in Textform. ";

    private static final FamilyFrame CHANGES = new FamilyFrame(
            Requirement.SUBPROCESSOR_CHANGES,
            "9. Sub-processors",
            "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. ",
            "§ 6 Unterauftragsverarbeiter",
            "Der Auftraggeber erteilt die allgemeine schriftliche Genehmigung für die in Anlage 3 genannten "
                    + "Unterauftragsverarbeiter. ");

    @Test
    void should_read_an_objection_taken_back_beside_the_notice_as_weaker() {
        List<String> weaker = family(
                "sub-processor changes, the objection taken back",
                List.of(
                        CHANGES.enInstead(NOTICE_EN + "An objection does not delay the engagement.", Status.WEAKER),
                        CHANGES.enInstead(
                                NOTICE_EN + "The Customer's objection shall not prevent the use of the new "
                                        + "sub-processor.",
                                Status.WEAKER),
                        CHANGES.enInstead(
                                NOTICE_EN + "The Customer may object on reasonable grounds, which the Processor "
                                        + "assesses in its sole discretion.",
                                Status.WEAKER),
                        CHANGES.enInstead(
                                NOTICE_EN + "An objection must state data protection reasons, which we consider in our "
                                        + "absolute discretion.",
                                Status.WEAKER),
                        CHANGES.enInstead(
                                NOTICE_EN + "Affiliates of the Processor may be engaged without notice.",
                                Status.WEAKER),
                        CHANGES.enInstead(
                                NOTICE_EN + "Providers of payment services can be added without prior notification.",
                                Status.WEAKER),
                        CHANGES.de(
                                NOTICE_DE + "Ein Widerspruch hindert den Einsatz des neuen Unterauftragsverarbeiters "
                                        + "nicht.",
                                Status.WEAKER),
                        CHANGES.de(
                                NOTICE_DE + "Konzernunternehmen des Auftragnehmers dürfen ohne vorherige Mitteilung "
                                        + "eingesetzt werden.",
                                Status.WEAKER)));
        List<String> close = family(
                "sub-processor changes, the objection taken back, close",
                List.of(
                        CHANGES.enInstead(
                                NOTICE_EN + "The Customer may object within that period; an objection suspends the "
                                        + "engagement until the parties agree.",
                                Status.FOUND),
                        CHANGES.enInstead(
                                NOTICE_EN + "The Customer may object on reasonable data protection grounds within 14 "
                                        + "days.",
                                Status.FOUND),
                        CHANGES.enInstead(
                                NOTICE_EN + "The Customer may object; no sub-processor may be engaged without notice.",
                                Status.FOUND),
                        CHANGES.de(
                                NOTICE_DE + "Der Auftraggeber kann binnen zwei Wochen widersprechen; bis zur Einigung "
                                        + "unterbleibt der Einsatz.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
