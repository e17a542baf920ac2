/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.de;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An amendment or „Nachtrag“ that restates only the clauses it changes and, for the others, says that they stay as
 * they are (#16, session 29): such a passage states no term of its own, since the clause it keeps stands in another
 * document (Art. 28(3) and (9) GDPR: the terms must be set out in the contract under review or an act it incorporates).
 * Each family beside close sentences that state the duty themselves and must keep their verdict.
 */
class UnchangedReferenceTest {

    private static final Requirement CONF = Requirement.CONFIDENTIALITY;
    private static final FamilyFrame CONF_FRAME =
            new FamilyFrame(CONF, "7. Confidentiality", "", "§ 4 Vertraulichkeit", "");

    @Test
    void should_read_a_clause_kept_unchanged_elsewhere_as_not_stated() {
        List<String> kept = family(
                "clause kept unchanged in another document",
                List.of(
                        CONF_FRAME.de(
                                "Es gilt § 6 (Vertraulichkeit) des AVV vom 3. Mai 2023 unverändert fort.",
                                Status.NOT_FOUND),
                        CONF_FRAME.de(
                                "§ 6 des bisherigen Vertrags (Vertraulichkeit der Beschäftigten) bleibt unverändert.",
                                Status.NOT_FOUND),
                        CONF_FRAME.de(
                                "Die Regelung zur Vertraulichkeit in § 6 der ursprünglichen Vereinbarung gilt ohne "
                                        + "Änderung weiter.",
                                Status.NOT_FOUND),
                        CONF_FRAME.de(
                                "Vertraulichkeit (Ziffer 6 der Vereinbarung vom 1. März 2024): keine Änderung.",
                                Status.NOT_FOUND),
                        CONF_FRAME.enInstead(
                                "Section 6 (Confidentiality) of the existing DPA continues to apply without change.",
                                Status.NOT_FOUND),
                        CONF_FRAME.enInstead(
                                "Clause 7 of the DPA dated 3 May 2023 (confidentiality of personnel) remains unchanged.",
                                Status.NOT_FOUND),
                        CONF_FRAME.enInstead(
                                "Confidentiality: Clause 7 of the original agreement is not amended.",
                                Status.NOT_FOUND),
                        CONF_FRAME.enInstead(
                                "The confidentiality commitments of personnel in Clause 7 of the previous version stay "
                                        + "unchanged.",
                                Status.NOT_FOUND)));
        List<String> close = family(
                "the duty stated beside the words that keep other clauses",
                List.of(
                        CONF_FRAME.de(
                                "Die Beschäftigten des Auftragnehmers sind zur Vertraulichkeit verpflichtet. Im Übrigen "
                                        + "bleibt der Vertrag unverändert.",
                                Status.FOUND),
                        CONF_FRAME.de(
                                "Die Beschäftigten des Auftragnehmers sind zur Vertraulichkeit verpflichtet; diese "
                                        + "Verpflichtung besteht nach Vertragsende unverändert fort.",
                                Status.FOUND),
                        CONF_FRAME.enInstead(
                                "The Processor shall ensure that persons authorised to process the personal data have "
                                        + "committed themselves to confidentiality; Clause 7 of the existing DPA otherwise "
                                        + "remains unchanged.",
                                Status.FOUND),
                        CONF_FRAME.enInstead(
                                "The Processor shall ensure that persons authorised to process the personal data have "
                                        + "committed themselves to confidentiality, and this commitment continues "
                                        + "unchanged after termination.",
                                Status.FOUND)));
        check(kept, close);
    }

    @Test
    void should_keep_the_order_of_precedence_beside_a_main_contract_kept_unchanged() {
        List<String> close = family(
                "order of precedence beside the main contract kept",
                List.of(de(
                        "§ 11 Schlussbestimmungen",
                        "Es gilt deutsches Recht. Im Übrigen bleibt der Hauptvertrag unverändert; bei Widersprüchen "
                                + "geht dieser Vertrag dem Hauptvertrag vor.",
                        Requirement.ORDER_OF_PRECEDENCE,
                        Status.FOUND)));
        check(List.of(), close);
    }
}
