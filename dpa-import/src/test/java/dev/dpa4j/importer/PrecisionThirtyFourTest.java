/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 34 of #16, precision side (branch prec34): a cause of a weaker verdict for the liability clause that earlier
 * rounds did not reach, as a family of paraphrases of our own in English and German beside close sentences whose
 * verdict must not change. Each member is read in the frames of {@link WordingFrames} through {@link FamilyFrame}.
 */
class PrecisionThirtyFourTest {

    // --- Art. 82(1), (2), (4) and (5) GDPR: the data subject's claim against controller and processor, and the
    // recourse between them, are the law's; a cap agreed between the parties that names the data subjects' claims
    // among what it covers ("including any claim by a data subject", "whether to the Customer or to any data
    // subject", „gilt auch für Schäden betroffener Personen“) purports to limit them and is weaker than a clause
    // that leaves them untouched ---

    private static final FamilyFrame CAP =
            new FamilyFrame(Requirement.LIABILITY, "17. Liability", "", "§ 12 Haftung", "");

    @Test
    void should_read_a_cap_on_liability_that_names_data_subjects_claims_among_what_it_covers_as_weaker() {
        List<String> weaker = family(
                "liability, a cap that names the data subjects' claims",
                List.of(
                        CAP.enInstead(
                                "Each party's aggregate liability under this Agreement, including any claim by or on "
                                        + "behalf of a data subject, is limited to the fees paid in the twelve months "
                                        + "before the claim arose.",
                                Status.WEAKER),
                        CAP.enInstead(
                                "The Processor's total liability, whether to the Customer, to any data subject or to "
                                        + "any other person, shall not exceed the fees paid in the preceding year.",
                                Status.WEAKER),
                        CAP.enInstead(
                                "All liability arising out of this Agreement, including any indemnity and any claim by "
                                        + "a patient or other data subject, is subject to the limitations of liability "
                                        + "in clause 12 of the Master Agreement.",
                                Status.WEAKER),
                        CAP.enInstead(
                                "The liability of either party in connection with the processing, even for claims "
                                        + "brought by data subjects, is capped at EUR 50,000 per contract year.",
                                Status.WEAKER),
                        CAP.enInstead(
                                "The Supplier's liability, whether in contract or in tort and whether owed to the "
                                        + "Client or to the data subjects, is limited to twice the annual charges.",
                                Status.WEAKER),
                        CAP.de(
                                "Für die Haftung gelten die Haftungsbeschränkungen des Hauptvertrags. Sie gelten auch "
                                        + "für Schäden, die betroffenen Personen entstehen.",
                                Status.WEAKER),
                        CAP.de(
                                "Die Haftung des Auftragnehmers ist auf die Jahresvergütung begrenzt. Dies gilt auch für "
                                        + "Regressansprüche des Auftraggebers wegen Ansprüchen betroffener Personen nach "
                                        + "Art. 82 DSGVO.",
                                Status.WEAKER),
                        CAP.de(
                                "Die Haftung des Auftragnehmers ist auch für Schäden betroffener Personen auf die Höhe "
                                        + "der Jahresvergütung beschränkt.",
                                Status.WEAKER),
                        CAP.de(
                                "Die Haftungsbeschränkung nach Ziffer 9 der AGB gilt auch gegenüber Ansprüchen, die "
                                        + "betroffene Personen wegen der Verarbeitung nach Art. 82 DSGVO geltend machen.",
                                Status.WEAKER)));
        List<String> close = family(
                "liability, a cap that names the data subjects' claims, close",
                List.of(
                        CAP.enInstead(
                                "Each party's aggregate liability to the other under this Agreement is limited to the "
                                        + "fees paid in the preceding twelve months. Nothing in this clause limits any "
                                        + "liability to data subjects under Article 82 GDPR.",
                                Status.FOUND),
                        CAP.enInstead(
                                "Each party's liability, whether in contract, tort or otherwise, is limited to the fees "
                                        + "paid in the preceding twelve months, except for claims by data subjects, "
                                        + "which no cap restricts.",
                                Status.FOUND),
                        CAP.enInstead(
                                "The Processor is liable to data subjects under Article 82 GDPR, including for damage "
                                        + "caused by processing that does not comply with this Agreement.",
                                Status.FOUND),
                        CAP.de(
                                "Die Haftung der Parteien im Innenverhältnis ist auf die Jahresvergütung begrenzt. Die "
                                        + "Haftungsbegrenzung gilt nicht für Ansprüche betroffener Personen nach Art. 82 "
                                        + "DSGVO.",
                                Status.FOUND),
                        CAP.de(
                                "Die Parteien haften gegenüber betroffenen Personen nach Art. 82 DSGVO. Dies gilt auch "
                                        + "für Schäden, die durch Unterauftragsverarbeiter verursacht werden.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
