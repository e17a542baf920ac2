/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.importer.internal.NoteWordings;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Limits stated elsewhere (#16): a sentence in one clause that derogates from another clause it names weakens the
 * requirement that clause states, and only that one; a reference that points, confirms or strengthens, one to a
 * clause of another requirement, one to a law or another contract, and one that resolves to no clause change
 * nothing. Agreements of our own, English and German; each limiting sentence is also tried with a reference that
 * does not resolve, so that the verdict is the reference's and not the sentence's own words.
 */
class ClauseReferencesTest {

    private static ImportResult english(String sentence) {
        return WordingFrames.larchmere(
                "3. Instructions",
                "3.1 The Processor processes personal data only on documented instructions from the Customer.",
                "3.2 The Processor shall immediately inform the Customer if, in its opinion, an instruction infringes the "
                        + "GDPR.",
                "4. Confidentiality",
                "The Processor ensures that persons authorised to process the personal data have committed themselves to "
                        + "confidentiality.",
                "5. Security",
                "The Processor takes all measures required pursuant to Article 32 GDPR.",
                "6. Sub-processors",
                "6.1 The Customer gives the Processor a general written authorisation to engage sub-processors.",
                "6.2 The Processor shall inform the Customer of any intended addition or replacement of a sub-processor "
                        + "30 days in advance, and the Customer may object to it.",
                "6.3 The Processor imposes the same data protection obligations as set out in this agreement on each "
                        + "sub-processor by contract.",
                "6.4 The Processor remains fully liable to the Customer for the performance of each sub-processor's "
                        + "obligations.",
                "7. Data subjects' requests",
                "The Processor shall assist the Customer by appropriate technical and organisational measures in "
                        + "fulfilling its obligation to respond to requests for exercising the data subject's rights.",
                "8. Personal data breaches",
                "8.1 The Processor shall notify the Customer of a personal data breach without undue delay and in any "
                        + "event within 48 hours after becoming aware of it.",
                "9. Audits",
                "9.1 The Processor shall make available to the Customer all information necessary to demonstrate "
                        + "compliance with Article 28 GDPR.",
                "9.2 The Processor shall allow for and contribute to audits, including inspections, conducted by the "
                        + "Customer or another auditor mandated by the Customer.",
                "10. Deletion and return",
                "10.1 At the end of the services the Processor shall, at the Customer's choice, delete or return all "
                        + "personal data to the Customer and delete existing copies.",
                "11. General",
                "11.1 This agreement is governed by the laws of Ireland.",
                "11.2 " + sentence);
    }

    private static ImportResult german(String sentence) {
        return WordingFrames.kornhaus(
                "§ 3 Weisungen",
                "(1) Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers.",
                "(2) Hält er eine Weisung für rechtswidrig, weist er den Auftraggeber unverzüglich darauf hin.",
                "§ 4 Vertraulichkeit",
                "Die Beschäftigten des Auftragnehmers sind zur Vertraulichkeit verpflichtet.",
                "§ 5 Sicherheit",
                "Der Auftragnehmer trifft alle nach Art. 32 DSGVO erforderlichen Maßnahmen.",
                "§ 6 Unterauftragsverarbeiter",
                "(1) Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter.",
                "(2) Über neue Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher; der Auftraggeber "
                        + "kann widersprechen.",
                "(3) Der Auftragnehmer erlegt jedem Unterauftragsverarbeiter vertraglich dieselben Datenschutzpflichten "
                        + "auf, die in dieser Vereinbarung festgelegt sind.",
                "(4) Der Auftragnehmer haftet gegenüber dem Auftraggeber für die Einhaltung der Pflichten seiner "
                        + "Unterauftragsverarbeiter.",
                "§ 7 Betroffenenrechte",
                "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen betroffener Personen.",
                "§ 8 Meldung von Verletzungen",
                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener Daten "
                        + "unverzüglich, spätestens binnen 24 Stunden nach Kenntnis.",
                "§ 9 Kontrollen",
                "(1) Der Auftragnehmer stellt alle zum Nachweis der Einhaltung erforderlichen Informationen zur "
                        + "Verfügung.",
                "(2) Er ermöglicht Überprüfungen einschließlich Inspektionen durch den Auftraggeber oder einen von ihm "
                        + "beauftragten Prüfer.",
                "§ 10 Löschung",
                "Nach Ende des Auftrags löscht der Auftragnehmer alle Daten oder gibt sie nach Wahl des Auftraggebers "
                        + "zurück und löscht vorhandene Kopien.",
                "§ 11 Schlussbestimmungen",
                "(1) Es gilt deutsches Recht.",
                "(2) " + sentence);
    }

    private static void weakerWithBoth(ImportResult result, Requirement r, String duty, String limit) {
        RequirementResult q = result.getRequirement(r);
        assertThat(q.status()).as(r + " " + q).isEqualTo(Status.WEAKER);
        assertThat(q.evidence()).anySatisfy(e -> assertThat(e.quote()).contains(duty));
        assertThat(q.evidence()).anySatisfy(e -> assertThat(e.quote()).contains(limit));
    }

    private static void found(ImportResult result, Requirement... rs) {
        for (Requirement r : rs) {
            assertThat(result.getRequirement(r).status())
                    .as(r + " " + result.getRequirement(r))
                    .isEqualTo(Status.FOUND);
        }
    }

    // --- the agreements as they are: every duty met ---

    @Test
    void should_find_every_duty_of_the_agreements_without_a_derogation() {
        ImportResult en = english("Notices are given in writing.");
        found(
                en,
                Requirement.SUBPROCESSOR_LIABILITY,
                Requirement.DATA_SUBJECT_RIGHTS,
                Requirement.BREACH_NOTIFICATION,
                Requirement.AUDIT_INFORMATION,
                Requirement.AUDIT_INSPECTIONS,
                Requirement.DELETION_RETURN);
        ImportResult de = german("Mitteilungen bedürfen der Textform.");
        found(
                de,
                Requirement.SUBPROCESSOR_LIABILITY,
                Requirement.DATA_SUBJECT_RIGHTS,
                Requirement.BREACH_NOTIFICATION,
                Requirement.AUDIT_INFORMATION,
                Requirement.AUDIT_INSPECTIONS,
                Requirement.DELETION_RETURN);
    }

    // --- a derogation that weakens the clause it names ---

    @Test
    void should_read_a_derogation_from_the_audit_clause_as_weaker_inspections_only() {
        String limit = "Notwithstanding Section 9.2, on-site visits take place only at the Processor's head "
                + "office and only once in three years.";
        ImportResult r = english(limit);
        weakerWithBoth(r, Requirement.AUDIT_INSPECTIONS, "allow for and contribute to audits", "Notwithstanding");
        // the same clause's information, and the other clauses' duties, are not what the sentence limits
        found(r, Requirement.AUDIT_INFORMATION, Requirement.BREACH_NOTIFICATION, Requirement.DELETION_RETURN);
    }

    @Test
    void should_read_a_derogation_from_the_breach_clause_as_weaker() {
        weakerWithBoth(
                english("Notwithstanding Clause 8.1, the Processor will use commercially reasonable efforts to give "
                        + "that notice."),
                Requirement.BREACH_NOTIFICATION,
                "notify the Customer of a personal data breach",
                "commercially reasonable efforts");
        weakerWithBoth(
                german("Abweichend von § 8 erfolgt die Meldung lediglich, soweit der Auftragnehmer den Vorfall für "
                        + "erheblich hält."),
                Requirement.BREACH_NOTIFICATION,
                "meldet dem Auftraggeber",
                "Abweichend von § 8");
    }

    @Test
    void should_read_a_derogation_from_the_sub_processor_liability_as_weaker() {
        weakerWithBoth(
                english("By way of derogation from Section 6.4, the Processor answers for a sub-processor only "
                        + "where it chose that sub-processor carelessly."),
                Requirement.SUBPROCESSOR_LIABILITY,
                "remains fully liable",
                "By way of derogation from Section 6.4");
        ImportResult de = german("Entgegen § 6 Abs. 4 steht der Auftragnehmer für Unterauftragsverarbeiter, die der "
                + "Auftraggeber vorgeschlagen hat, lediglich für eine sorgfältige Auswahl ein.");
        weakerWithBoth(
                de, Requirement.SUBPROCESSOR_LIABILITY, "haftet gegenüber dem Auftraggeber", "Entgegen § 6 Abs. 4");
        // § 6's other paragraphs state other duties
        found(de, Requirement.SUBPROCESSOR_AUTHORISATION, Requirement.SUBPROCESSOR_CHANGES);
    }

    @Test
    void should_read_a_clause_declared_inapplicable_or_modified_as_weaker() {
        weakerWithBoth(
                english("Section 10.1 does not apply to personal data held in backups, which are kept for as long "
                        + "as the Processor sees fit."),
                Requirement.DELETION_RETURN,
                "delete or return all personal data",
                "Section 10.1 does not apply");
        weakerWithBoth(
                german("§ 10 gilt mit der Maßgabe, dass Datensicherungen nur auf gesonderte Bestellung bereinigt "
                        + "werden."),
                Requirement.DELETION_RETURN,
                "löscht der Auftragnehmer alle Daten",
                "§ 10 gilt mit der Maßgabe");
    }

    @Test
    void should_read_the_duties_under_named_clauses_put_under_efforts_as_weaker() {
        ImportResult r = english("The Processor shall perform its obligations under Clauses 7 and 9.1 using "
                + "commercially reasonable efforts.");
        weakerWithBoth(r, Requirement.DATA_SUBJECT_RIGHTS, "assist the Customer", "Clauses 7 and 9.1");
        weakerWithBoth(r, Requirement.AUDIT_INFORMATION, "make available", "Clauses 7 and 9.1");
        found(r, Requirement.AUDIT_INSPECTIONS, Requirement.BREACH_NOTIFICATION);
    }

    @Test
    void should_name_the_reference_in_the_note_in_both_languages() {
        RequirementResult q = english("Notwithstanding Clause 8.1, the Processor will use commercially reasonable "
                        + "efforts to give that notice.")
                .getRequirement(Requirement.BREACH_NOTIFICATION);
        assertThat(q.note()).isEqualTo("limited by a derogation elsewhere in the agreement from Clause 8.1");
        assertThat(NoteWordings.in(q.note(), Locale.GERMAN))
                .isEqualTo("eingeschränkt durch eine Abweichung an anderer Stelle der Vereinbarung von Clause 8.1");
    }

    // --- references that change nothing ---

    @Test
    void should_leave_a_mere_pointer_unchanged() {
        found(
                english("The Customer's audit rights are set out in Section 9.2 and the deletion in Section 10."),
                Requirement.AUDIT_INSPECTIONS,
                Requirement.DELETION_RETURN);
        found(
                german("Die Kontrollen erfolgen gemäß § 9 Abs. 2, die Löschung gemäß § 10."),
                Requirement.AUDIT_INSPECTIONS,
                Requirement.DELETION_RETURN);
    }

    @Test
    void should_leave_a_confirmation_unchanged() {
        found(
                english("Notwithstanding Section 11.1, the Processor remains fully liable for its sub-processors "
                        + "under Section 6.4."),
                Requirement.SUBPROCESSOR_LIABILITY);
        found(
                german("§ 6 Abs. 4 bleibt von den Haftungsregelungen des Hauptvertrags unberührt."),
                Requirement.SUBPROCESSOR_LIABILITY);
    }

    @Test
    void should_leave_a_strengthening_reference_unchanged() {
        found(
                english("Notwithstanding Clause 8.1, a breach that affects payment card data is notified within "
                        + "12 hours."),
                Requirement.BREACH_NOTIFICATION);
        found(
                german("Abweichend von § 8 meldet der Auftragnehmer Verletzungen, die Gesundheitsdaten betreffen, "
                        + "binnen 12 Stunden."),
                Requirement.BREACH_NOTIFICATION);
    }

    @Test
    void should_leave_an_exception_the_law_makes_unchanged() {
        // Art. 28(3)(g) GDPR: storage that Union or Member State law requires
        found(
                english("Section 10.1 does not apply to the extent that Union or Member State law requires the "
                        + "Processor to keep the personal data."),
                Requirement.DELETION_RETURN);
        found(
                german("§ 10 gilt nicht, soweit gesetzliche Aufbewahrungspflichten entgegenstehen."),
                Requirement.DELETION_RETURN);
    }

    @Test
    void should_leave_a_clause_that_delimits_itself_or_a_choice_of_the_standard_clauses_unchanged() {
        // "this Section": the clause the sentence stands in
        found(
                english("The limitations in this Section 11 apply only to claims between the parties."),
                Requirement.SUBPROCESSOR_LIABILITY,
                Requirement.BREACH_NOTIFICATION);
        // the options of the Commission's clauses are numbered by those clauses, not by this agreement
        found(
                english("For transfers under the standard contractual clauses, the optional wording in Clause 8 "
                        + "does not apply."),
                Requirement.BREACH_NOTIFICATION);
    }

    @Test
    void should_leave_a_requirement_unchanged_when_the_named_clause_serves_another() {
        // the derogation names the governing-law clause; the breach clause is not the one limited
        ImportResult r =
                english("Notwithstanding Section 11.1, notices under this agreement are valid only in " + "writing.");
        found(r, Requirement.BREACH_NOTIFICATION, Requirement.AUDIT_INSPECTIONS, Requirement.SUBPROCESSOR_LIABILITY);
        ImportResult de =
                german("Abweichend von § 9 Abs. 1 finden Kontrollen vor Ort nur einmal in drei Jahren " + "statt.");
        found(de, Requirement.BREACH_NOTIFICATION, Requirement.DELETION_RETURN);
    }

    @Test
    void should_leave_an_unresolvable_or_external_reference_unchanged() {
        found(
                english("Notwithstanding Section 21.3, on-site visits take place only at the Processor's head "
                        + "office and only once in three years."),
                Requirement.AUDIT_INSPECTIONS);
        found(
                english("Notwithstanding Section 9.2 of the Master Agreement, on-site visits take place only at the "
                        + "Processor's head office and only once in three years."),
                Requirement.AUDIT_INSPECTIONS);
        found(
                german("Abweichend von § 28 Abs. 3 BDSG erfolgt die Meldung lediglich, soweit der Auftragnehmer den "
                        + "Vorfall für erheblich hält."),
                Requirement.BREACH_NOTIFICATION);
        found(
                english("Notwithstanding Article 28(3)(h) GDPR, on-site visits take place only at the Processor's "
                        + "head office."),
                Requirement.AUDIT_INSPECTIONS);
    }

    // --- roles delimited, not limited; the German verb around the clause (struct20) ---

    @Test
    void should_leave_the_clause_unchanged_when_it_is_said_not_to_apply_to_persons_that_are_no_sub_processors() {
        // the delimitation and the clause's exclusion in one sentence joined by a semicolon, or in two sentences
        found(
                english(
                        "Card networks and acquiring banks are not sub-processors of the Processor; clause 6.2 does not "
                                + "apply to them."),
                Requirement.SUBPROCESSOR_CHANGES);
        found(
                english("Card networks and acquiring banks are not sub-processors of the Processor. Clause 6.2 does "
                        + "not apply to them."),
                Requirement.SUBPROCESSOR_CHANGES);
        found(
                german("Zahlungsnetze und Banken sind keine Unterauftragsverarbeiter; § 6 Abs. 2 findet auf sie keine "
                        + "Anwendung."),
                Requirement.SUBPROCESSOR_CHANGES);
    }

    @Test
    void should_read_a_clause_that_does_not_apply_to_persons_that_are_sub_processors_as_weaker() {
        // the same exclusion where no delimitation of roles goes before, or one that speaks of other persons
        assertThat(english("Hosting providers in the United States are engaged as sub-processors; clause 6.2 does not "
                                + "apply to them.")
                        .getRequirement(Requirement.SUBPROCESSOR_CHANGES)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(english("Card networks are not sub-processors. Clause 6.2 does not apply to the hosting providers "
                                + "in the United States.")
                        .getRequirement(Requirement.SUBPROCESSOR_CHANGES)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(german("§ 6 Abs. 2 findet auf Rechenzentren in Drittländern keine Anwendung.")
                        .getRequirement(Requirement.SUBPROCESSOR_CHANGES)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(german("Auf Wartungsdienstleister in Drittländern findet § 6 Abs. 2 keine Anwendung.")
                        .getRequirement(Requirement.SUBPROCESSOR_CHANGES)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(german("Die Parteien sind sich einig, dass § 6 Abs. 2 für Wartungsdienstleister in Drittländern "
                                + "nicht gilt.")
                        .getRequirement(Requirement.SUBPROCESSOR_CHANGES)
                        .status())
                .isEqualTo(Status.WEAKER);
    }
    // --- round 21: a derogation that says the clause's own act is not done ---

    @Test
    void should_read_a_derogation_that_leaves_the_clauses_act_undone_as_weaker() {
        weakerWithBoth(
                english("Notwithstanding Section 10.1, copies in the backup store are not deleted at the end of the "
                        + "services but expire with the backup cycle."),
                Requirement.DELETION_RETURN,
                "at the Customer's choice",
                "are not deleted");
        weakerWithBoth(
                german(
                        "Abweichend von § 10 werden Sicherungskopien bei Vertragsende nicht gelöscht, sondern laufen mit "
                                + "dem Sicherungszyklus aus."),
                Requirement.DELETION_RETURN,
                "nach Wahl des Auftraggebers",
                "nicht gelöscht");
        // a reference that does not resolve, and the storage Union law requires, limit nothing
        found(
                english("Notwithstanding Section 14.1, copies in the backup store are not deleted at the end of the "
                        + "services but expire with the backup cycle."),
                Requirement.DELETION_RETURN);
        found(
                english(
                        "Notwithstanding Section 10.1, records that Union law requires to be kept are not deleted until "
                                + "the retention period ends."),
                Requirement.DELETION_RETURN);
    }
}
