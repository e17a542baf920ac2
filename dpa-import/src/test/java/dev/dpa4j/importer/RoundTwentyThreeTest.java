/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.de;
import static dev.dpa4j.importer.WordingFrames.en;
import static dev.dpa4j.importer.WordingFrames.formDe;
import static dev.dpa4j.importer.WordingFrames.formEn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.model.AgreementForm;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Round 23 of #16 (causes shared by training documents of several sets): each reading where it fires and where it
 * must not, in the frames of {@link WordingFrames} (agreements of our own, never a fixture's sentence), in English and
 * German.
 */
class RoundTwentyThreeTest {

    private static final String SUBPROCESSORS = "The Customer gives its general written authorisation for the "
            + "sub-processors listed in Annex 3. The Processor imposes the same data protection obligations on each "
            + "sub-processor by contract. The Processor remains fully liable to the Customer for the performance of its "
            + "sub-processors. On request the Processor provides a copy of the sub-processor agreement. ";

    private static final String NOTICE = "The Processor informs the Customer by e-mail of a new sub-processor thirty "
            + "days in advance, and the Customer may object. ";

    private static final String UNTERAUFTRAG = "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für "
            + "die in Anlage 2 genannten Unterauftragsverarbeiter. Der Auftragnehmer legt ihnen dieselben "
            + "Datenschutzpflichten auf und haftet für sie wie für eigenes Verschulden. ";

    private static final String MITTEILUNG = "Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier "
            + "Wochen vorher per E-Mail. Der Auftraggeber kann widersprechen. ";

    private static final String DELETION = "After the end of the agreement the Processor deletes or returns all "
            + "personal data at the Customer's choice and deletes existing copies. ";

    private static final String LOESCHUNG = "Nach Vertragsende löscht der Auftragnehmer alle personenbezogenen Daten "
            + "oder gibt sie nach Wahl des Auftraggebers zurück und löscht vorhandene Kopien. ";

    private static final String ZWECK =
            "Zweck der Verarbeitung ist der Betrieb einer Lernplattform für den " + "Auftraggeber. ";

    // --- Art. 28(2) second sentence: a clause that exempts a class of sub-processors from itself ---

    @Test
    void should_read_a_clause_that_exempts_a_class_of_sub_processors_from_itself_as_weaker() {
        assertThat(en(
                        "9. Sub-processors",
                        SUBPROCESSORS + NOTICE + "Clause 9 does not apply to Field Assistants.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        SUBPROCESSORS + NOTICE + "Clause 9 applies to Field Assistants as well.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        UNTERAUFTRAG + MITTEILUNG + "§ 6 gilt nicht für Aushilfsdruckereien.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        UNTERAUFTRAG + MITTEILUNG + "§ 6 gilt auch für Aushilfsdruckereien.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(2), Clause 7.7(a): the change announced after the sub-processor is engaged ---

    @Test
    void should_read_a_sub_processor_engaged_first_and_announced_afterwards_as_weaker() {
        assertThat(en(
                        "9. Sub-processors",
                        SUBPROCESSORS + NOTICE + "Where a sub-processor must be replaced at short notice, the "
                                + "Processor may engage the replacement at once and inform the Customer afterwards.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        SUBPROCESSORS + NOTICE + "Where a sub-processor must be replaced at short notice, the "
                                + "Processor informs the Customer before it engages the replacement.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        UNTERAUFTRAG + MITTEILUNG + "Muss ein Unterauftragsverarbeiter kurzfristig ersetzt werden, "
                                + "darf der Auftragnehmer den Ersatz sofort einsetzen und informiert den Auftraggeber "
                                + "nachträglich.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        UNTERAUFTRAG + MITTEILUNG + "Der Auftragnehmer setzt keinen Unterauftragsverarbeiter ein, über "
                                + "den er den Auftraggeber erst nachträglich informiert.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
    }

    // --- the objection's termination forfeits what was paid, stated after a semicolon ---

    @Test
    void should_read_a_forfeited_refund_after_a_semicolon_with_the_termination_before_it() {
        assertThat(en(
                        "9. Sub-processors",
                        SUBPROCESSORS + NOTICE + "If the objection cannot be resolved, the Customer may terminate the "
                                + "affected service; fees already paid are non-refundable.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        SUBPROCESSORS + NOTICE + "If the objection cannot be resolved, the Customer may terminate the "
                                + "affected service; prepaid fees for the remaining term are refunded.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        UNTERAUFTRAG + MITTEILUNG + "Widerspricht der Auftraggeber und kommt keine Einigung zustande, "
                                + "kann er den betroffenen Dienst kündigen; bereits gezahlte Entgelte werden nicht "
                                + "erstattet.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        UNTERAUFTRAG + MITTEILUNG + "Widerspricht der Auftraggeber und kommt keine Einigung zustande, "
                                + "kann er den betroffenen Dienst kündigen; bereits gezahlte Entgelte für die "
                                + "Restlaufzeit werden erstattet.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
    }

    // --- an objection to the agreement itself, or a contradiction, is no objection to a sub-processor ---

    @Test
    void should_not_read_an_objection_to_a_new_version_or_a_contradiction_as_the_right_to_object() {
        String notice = "The Processor informs the Customer by e-mail of a new sub-processor thirty days in advance. ";
        assertThat(en(
                        "9. Sub-processors",
                        SUBPROCESSORS + notice + "A new version of these terms is deemed accepted unless the Customer "
                                + "objects within four weeks.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        SUBPROCESSORS + notice + "The Customer may object to a new sub-processor within four weeks.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        String mitteilung =
                "Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher per E-Mail. ";
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        UNTERAUFTRAG + mitteilung
                                + "Im Fall von Widersprüchen zwischen diesem Vertrag und den AGB geht "
                                + "dieser Vertrag vor.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        UNTERAUFTRAG + mitteilung + "Eine neue Fassung dieses Vertrags gilt als angenommen, wenn der "
                                + "Auftraggeber nicht binnen vier Wochen widerspricht.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        UNTERAUFTRAG + mitteilung + "Der Auftraggeber kann einem neuen Unterauftragsverarbeiter "
                                + "binnen vier Wochen widersprechen.",
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
    }

    // --- Clause 7.7(c): a copy of the sub-processor agreement, in other words ---

    @Test
    void should_read_a_copy_of_the_sub_contract_in_other_words() {
        String authorised = "The Customer gives its general written authorisation for the sub-processors listed in "
                + "Annex 3. The Processor imposes the same data protection obligations on each sub-processor by "
                + "contract. ";
        assertThat(en(
                        "9. Sub-processors",
                        authorised + "On request the Processor provides a copy of the relevant contract.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "9. Sub-processors",
                        authorised + "On request the Customer receives copies of the data processing agreements with "
                                + "the providers in Annex 3.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "9. Sub-processors",
                        authorised + "On request the Processor provides a copy of the relevant price list.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.NOT_FOUND);
        String genehmigt = "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für die in Anlage 2 "
                + "genannten Unterauftragsverarbeiter. Der Auftragnehmer legt ihnen dieselben Datenschutzpflichten "
                + "auf. ";
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        genehmigt + "Auf Anfrage erhält der Auftraggeber eine Kopie des Unterauftrags.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        genehmigt + "Auf Anfrage erhält der Auftraggeber eine Kopie des Vertrages mit dem weiteren "
                                + "Auftragsverarbeiter.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        genehmigt + "Nach dem Ende des Unterauftrags löscht der Unterauftragsverarbeiter alle Kopien "
                                + "der Daten.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.NOT_FOUND);
    }

    // --- Art. 33(2): the breach notice on awareness, not after the processor's investigation ---

    @Test
    void should_read_a_breach_notice_that_waits_for_the_investigation_as_weaker() {
        assertThat(en(
                        "11. Personal data breaches",
                        "The Processor notifies the Customer of a personal data breach without undue delay once its "
                                + "investigation is complete.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "11. Personal data breaches",
                        "The Processor notifies the Customer of a personal data breach without undue delay after "
                                + "becoming aware of it and does not wait until its investigation is complete.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 9 Verletzungen des Schutzes personenbezogener Daten",
                        "Der Auftragnehmer meldet dem Auftraggeber eine Verletzung des Schutzes personenbezogener Daten "
                                + "unverzüglich nach Abschluss seiner Untersuchung.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 9 Verletzungen des Schutzes personenbezogener Daten",
                        "Der Auftragnehmer meldet dem Auftraggeber eine Verletzung des Schutzes personenbezogener Daten "
                                + "unverzüglich, nachdem er von ihr Kenntnis erlangt hat.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(h), Clause 7.6(c): audits not only on a condition that removes the regular one ---

    @Test
    void should_read_audits_only_on_a_condition_as_weaker() {
        String reports = "The Processor makes available to the Customer all information necessary to demonstrate "
                + "compliance, including its audit reports. ";
        assertThat(en(
                        "12. Audits",
                        reports + "The Customer may carry out an on-site audit only where a supervisory authority "
                                + "requires it.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "12. Audits",
                        reports + "The Customer may carry out an on-site audit once a year, and at any time where a "
                                + "supervisory authority requires it.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "12. Audits",
                        reports + "If the reports prove insufficient, the Customer may request an audit by an "
                                + "independent auditor.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
        String nachweise = "Der Auftragnehmer stellt dem Auftraggeber alle erforderlichen Informationen zum Nachweis "
                + "der Einhaltung seiner Pflichten zur Verfügung. ";
        assertThat(de(
                        "§ 10 Kontrollen",
                        nachweise + "Eine Kontrolle vor Ort findet nur statt, wenn konkrete Anhaltspunkte für einen "
                                + "Verstoß bestehen.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 10 Kontrollen",
                        nachweise + "Der Auftraggeber kann einmal jährlich eine Kontrolle vor Ort durchführen, bei "
                                + "konkreten Anhaltspunkten für einen Verstoß auch öfter.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 10 Kontrollen",
                        nachweise + "Reichen diese Informationen nicht aus, kann der Auftraggeber eine Prüfung durch "
                                + "einen Sachverständigen verlangen.",
                        Requirement.AUDIT_INSPECTIONS))
                .isEqualTo(Status.WEAKER);
    }

    // --- Art. 28(3)(g): storage after the end only where the law requires it ---

    @Test
    void should_read_retention_for_the_processors_own_ends_beside_the_law_as_weaker() {
        assertThat(en(
                        "15. Deletion",
                        DELETION + "The Processor may retain copies where required by law or under its internal "
                                + "retention policies.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "15. Deletion",
                        DELETION + "The Processor may keep copies for its legitimate business purposes.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "15. Deletion",
                        DELETION + "The Processor may retain copies where required by law.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "15. Deletion",
                        DELETION + "The Processor does not keep copies for its legitimate business purposes.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Löschung",
                        LOESCHUNG + "Der Auftragnehmer speichert Kopien nach Vertragsende für eigene Zwecke weiter.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Löschung",
                        LOESCHUNG + "Der Auftragnehmer speichert Kopien nach Vertragsende nur, soweit das Gesetz es "
                                + "verlangt.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(10), 28(3)(a): the data used for the processor's own algorithms ---

    @Test
    void should_read_the_use_of_the_data_for_the_processors_own_algorithms_as_weaker() {
        assertThat(en(
                        "15. Learning data",
                        "The Processor may use pseudonymised learning data to improve its adaptive algorithms.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "15. Learning data",
                        "The Processor may use anonymised learning data to improve its adaptive algorithms.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Zweck der Verarbeitung",
                        ZWECK + "Der Auftragnehmer ist berechtigt, pseudonymisierte Lerndaten zur Verbesserung seiner "
                                + "Lernalgorithmen zu verwenden.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Zweck der Verarbeitung",
                        ZWECK + "Der Auftragnehmer ist nicht berechtigt, Lerndaten zur Verbesserung seiner "
                                + "Lernalgorithmen zu verwenden.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(9): the form stated in a German signature line and in a record of acceptance ---

    @Test
    void should_read_a_german_signature_line_headed_by_the_party_as_written() {
        assertThat(formDe("Für den Auftraggeber: ______________ (Name, Funktion)\n\n"
                        + "Für den Auftragnehmer: ______________ (Name, Funktion)"))
                .contains(AgreementForm.WRITTEN);
        assertThat(formDe("Für Rückfragen: ______________ (Telefon)")).isEmpty();
    }

    @Test
    void should_read_a_record_of_acceptance_in_the_portal_as_electronic() {
        assertThat(formDe("Elektronisch angenommen im Kundenportal am 02.05.2026 durch die Geschäftsführung des "
                        + "Auftraggebers."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(formDe("Änderungen dieser Vereinbarung werden im Kundenportal elektronisch angenommen."))
                .isEqualTo(Optional.empty());
        assertThat(formEn("Accepted in the customer portal on 2 May 2026 by the Customer's managing " + "director."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(formEn("Accepted in the customer portal on 2 May 2026: the amendment of Annex 2."))
                .isEqualTo(Optional.empty());
    }
}
