/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.CompletenessTest.strongEnglish;
import static dev.dpa4j.importer.WordingFrames.deResult;
import static dev.dpa4j.importer.WordingFrames.enResult;
import static dev.dpa4j.importer.WordingFrames.german;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The rules of round 9 of #16 (the seventh held-out set), each where it fires and where it must not, with sentences
 * and documents written for this test (never one of a fixture).
 */
class RoundNineWordingsTest {

    private static ImportResult html(String body) {
        String doc = "<html><body><h1>Vereinbarung zur Auftragsverarbeitung</h1>"
                + "<h2>Weisungen</h2><p>Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                + "Auftraggebers.</p><h2>Vertraulichkeit</h2><p>Die Beschäftigten sind zur Vertraulichkeit "
                + "verpflichtet.</p><h2>Unterauftragsverarbeiter</h2><p>Der Einsatz von Unterauftragsverarbeitern "
                + "bedarf der vorherigen schriftlichen Genehmigung des Auftraggebers.</p><h2>Meldung von Verletzungen"
                + "</h2><p>Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener "
                + "Daten unverzüglich.</p><h2>Löschung</h2><p>Nach Ende des Auftrags löscht der Auftragnehmer alle "
                + "Daten oder gibt sie nach Wahl des Auftraggebers zurück.</p><h2>Regelungen</h2><table>" + body
                + "</table></body></html>";
        return DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.HTML, "avv.html");
    }

    private static String sectionOf(ImportResult r, Element element) {
        return r.getElements().stream()
                .filter(e -> e.element() == element)
                .flatMap(e -> e.spans().stream())
                .map(SourceSpan::section)
                .findFirst()
                .orElse("");
    }

    @Test
    void should_read_a_title_row_of_an_agreement_in_one_table_as_the_heading_of_the_rows_below_it() {
        String rows = "<tr><th>Nr.</th><th>Regelung</th></tr>"
                + "<tr><td>1</td><td>Gegenstand</td></tr>"
                + "<tr><td>1.1</td><td>Der Auftragnehmer betreibt für den Auftraggeber eine Buchungssoftware.</td></tr>"
                + "<tr><td>2</td><td>Kontrollrechte</td></tr>"
                + "<tr><td>2.1</td><td>Der Auftraggeber darf die Einhaltung dieser Vereinbarung nach Anmeldung in "
                + "den Büros des Auftragnehmers überprüfen.</td></tr>";
        assertThat(sectionOf(html(rows), Element.AUDITS)).isEqualTo("2 Kontrollrechte");
        // a two-column list whose rows are numbered is no run of titles: the next row does not continue the number
        String list = "<tr><th>Nr.</th><th>Leistung</th></tr>"
                + "<tr><td>1</td><td>Hosting</td></tr>"
                + "<tr><td>2</td><td>Kontrollrechte</td></tr>"
                + "<tr><td>3</td><td>Der Auftraggeber darf die Einhaltung dieser Vereinbarung nach Anmeldung in den "
                + "Büros des Auftragnehmers überprüfen.</td></tr>";
        assertThat(sectionOf(html(list), Element.AUDITS)).doesNotContain("Kontrollrechte");
    }

    @Test
    void should_read_the_data_the_processor_receives_as_weaker_than_data_categories() {
        RequirementResult received = enResult(
                "4. Categories of personal data",
                "The personal data processed are the personal data that the Processor receives from the Customer "
                        + "under the contract.",
                Requirement.DATA_CATEGORIES);
        assertThat(received.status()).isEqualTo(Status.WEAKER);
        assertThat(received.note()).isEqualTo("all data the controller stores instead of categories");
        assertThat(enResult(
                                "4. Categories of personal data",
                                "The personal data processed are the names, e-mail addresses and order histories that "
                                        + "the Customer enters.",
                                Requirement.DATA_CATEGORIES)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(deResult(
                                "§ 3a Art der Daten",
                                "Verarbeitet werden alle personenbezogenen Daten, die Sie in die Anwendung hochladen; "
                                        + "eine abschließende Aufzählung ist nicht möglich.",
                                Requirement.DATA_CATEGORIES)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(deResult(
                                "§ 3a Art der Daten",
                                "Verarbeitet werden Name, Anschrift und Bankverbindung der Mitglieder, die Sie anlegen.",
                                Requirement.DATA_CATEGORIES)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_right_to_warn_of_an_infringing_instruction_as_weaker_than_the_duty() {
        assertThat(enResult(
                                "6. Instructions",
                                "The Processor processes personal data only on documented instructions from the "
                                        + "Customer. The Processor is entitled to inform the Customer if an instruction "
                                        + "infringes the GDPR.",
                                Requirement.INFRINGING_INSTRUCTION)
                        .status())
                .isEqualTo(Status.WEAKER);
        RequirementResult right = deResult(
                "§ 3 Weisungen",
                "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung. Der Auftragnehmer ist "
                        + "berechtigt, den Auftraggeber darauf hinzuweisen, wenn eine Weisung gegen das Datenschutzrecht "
                        + "verstößt.",
                Requirement.INFRINGING_INSTRUCTION);
        assertThat(right.status()).isEqualTo(Status.WEAKER);
        assertThat(right.note()).isEqualTo("a right to inform, not a duty");
        assertThat(deResult(
                                "§ 3 Weisungen",
                                "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung. Der "
                                        + "Auftragnehmer hat den Auftraggeber unverzüglich darauf hinzuweisen, wenn eine "
                                        + "Weisung gegen das Datenschutzrecht verstößt.",
                                Requirement.INFRINGING_INSTRUCTION)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_assistance_that_the_processor_may_give_or_gives_as_capacity_allows_as_weaker() {
        assertThat(deResult(
                                "§ 7a Unterstützung",
                                "Bei Datenschutz-Folgenabschätzungen kann der Auftragnehmer den Auftraggeber auf "
                                        + "Anforderung unterstützen.",
                                Requirement.ASSISTANCE)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(deResult(
                                "§ 7a Unterstützung",
                                "Bei Datenschutz-Folgenabschätzungen unterstützt der Auftragnehmer den Auftraggeber "
                                        + "auf Anforderung.",
                                Requirement.ASSISTANCE)
                        .status())
                .isEqualTo(Status.FOUND);
        RequirementResult capacity = enResult(
                "11. Assistance",
                "The Processor helps the Customer with data protection impact assessments, subject to available "
                        + "resources.",
                Requirement.ASSISTANCE);
        assertThat(capacity.status()).isEqualTo(Status.WEAKER);
        assertThat(capacity.note()).isEqualTo("subject to the processor's capacity");
        assertThat(deResult(
                                "§ 7a Unterstützung",
                                "Soweit Kapazitäten frei sind, unterstützt der Auftragnehmer den Auftraggeber bei "
                                        + "Datenschutz-Folgenabschätzungen.",
                                Requirement.ASSISTANCE)
                        .status())
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_no_further_obligation_and_schuldet_nicht_as_taking_back_the_assistance() {
        assertThat(enResult(
                                "11. Assistance",
                                "The Customer agrees that the published documentation is the help the Processor gives "
                                        + "with impact assessments and that the Processor has no further obligation to "
                                        + "assist with them.",
                                Requirement.ASSISTANCE)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(enResult(
                                "11. Assistance",
                                "The Processor further assists the Customer with impact assessments and prior "
                                        + "consultations.",
                                Requirement.ASSISTANCE)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(deResult(
                                "§ 7 Betroffenenrechte",
                                "Der Auftragnehmer leitet Anträge betroffener Personen an den Auftraggeber weiter. "
                                        + "Eine weitergehende Unterstützung bei Betroffenenrechten schuldet der "
                                        + "Auftragnehmer nicht.",
                                Requirement.DATA_SUBJECT_RIGHTS)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(deResult(
                                "§ 7 Betroffenenrechte",
                                "Der Auftragnehmer leitet Anträge betroffener Personen an den Auftraggeber weiter. "
                                        + "Die Unterstützung bei Betroffenenrechten schuldet der Auftragnehmer ohne "
                                        + "gesonderte Vergütung.",
                                Requirement.DATA_SUBJECT_RIGHTS)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_an_objection_allowed_only_for_an_important_reason_as_weaker() {
        RequirementResult important = deResult(
                "§ 6 Unterauftragsverarbeiter",
                "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung. Über neue "
                        + "Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher in Textform. Der "
                        + "Auftraggeber kann der Änderung nur aus wichtigem Grund widersprechen.",
                Requirement.SUBPROCESSOR_CHANGES);
        assertThat(important.status()).isEqualTo(Status.WEAKER);
        assertThat(important.note()).isEqualTo("an objection allowed only for an important reason");
        assertThat(deResult(
                                "§ 6 Unterauftragsverarbeiter",
                                "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung. Über neue "
                                        + "Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher in "
                                        + "Textform. Der Auftraggeber kann der Änderung innerhalb von zwei Wochen "
                                        + "widersprechen.",
                                Requirement.SUBPROCESSOR_CHANGES)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(enResult(
                                "9. Sub-processors",
                                strongEnglish()
                                        .get("9. Sub-processors")
                                        .replace(
                                                "and the Customer may object.",
                                                "and the Customer may object; an objection is possible only on "
                                                        + "compelling grounds."),
                                Requirement.SUBPROCESSOR_CHANGES)
                        .status())
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_liability_only_for_the_care_taken_in_selecting_sub_processors_as_weaker() {
        String base = strongEnglish().get("9. Sub-processors");
        assertThat(enResult(
                                "9. Sub-processors",
                                base.replace(
                                        "The Processor remains fully liable to the Customer for the performance of its "
                                                + "sub-processors.",
                                        "The Processor is liable for its sub-processors only to the extent that it "
                                                + "did not take due care in their selection."),
                                Requirement.SUBPROCESSOR_LIABILITY)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(enResult(
                                "9. Sub-processors",
                                base.replace(
                                        "The Processor remains fully liable to the Customer for the performance of its "
                                                + "sub-processors.",
                                        "The Processor remains fully liable to the Customer for its sub-processors, "
                                                + "whatever the care it took in their selection."),
                                Requirement.SUBPROCESSOR_LIABILITY)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_breach_notice_that_runs_from_the_processors_confirmation_as_weaker() {
        RequirementResult confirmed = enResult(
                "12. Personal data breaches",
                "The Processor shall notify the Customer of a personal data breach within 48 hours after the breach "
                        + "has been confirmed by its security team.",
                Requirement.BREACH_NOTIFICATION);
        assertThat(confirmed.status()).isEqualTo(Status.WEAKER);
        assertThat(confirmed.note()).isEqualTo("only confirmed breaches");
        assertThat(enResult(
                                "12. Personal data breaches",
                                "The Processor shall notify the Customer of a personal data breach within 48 hours "
                                        + "after becoming aware of it.",
                                Requirement.BREACH_NOTIFICATION)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_audits_the_processor_arranges_or_replaces_as_weaker_even_with_an_exception_nearby() {
        String info = "The Processor makes available all information necessary to demonstrate compliance with "
                + "Article 28 GDPR. ";
        RequirementResult appointed = enResult(
                "14. Audits",
                info + "Audits, including inspections, are carried out once a year by an auditor appointed by the "
                        + "Processor. The costs are borne by the Customer unless the audit finds a breach.",
                Requirement.AUDIT_INSPECTIONS);
        assertThat(appointed.status()).isEqualTo(Status.WEAKER);
        assertThat(appointed.note()).isEqualTo("audits only by an auditor the processor appoints");
        assertThat(enResult(
                                "14. Audits",
                                info + "Audits, including inspections, are carried out by the Customer or by an "
                                        + "auditor appointed by the Customer.",
                                Requirement.AUDIT_INSPECTIONS)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(enResult(
                                "14. Audits",
                                info + "The Processor's certificates together with its answers to a questionnaire "
                                        + "satisfy the Customer's audit rights. Inspections of the premises take place "
                                        + "only where a supervisory authority has required them.",
                                Requirement.AUDIT_INSPECTIONS)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(enResult(
                                "14. Audits",
                                info + "Inspections of the premises take place on thirty days' notice, and also where "
                                        + "a supervisory authority requires them.",
                                Requirement.AUDIT_INSPECTIONS)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_precedence_stated_by_governs_and_the_main_contract_ranked_first_as_weaker() {
        String rest = " Terms defined in the GDPR have the meaning given to them there.";
        assertThat(enResult(
                                "18. Final provisions",
                                "Where these terms and the main contract are inconsistent, these terms govern." + rest,
                                Requirement.ORDER_OF_PRECEDENCE)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(enResult(
                                "18. Final provisions",
                                "These terms and the main contract apply side by side." + rest,
                                Requirement.ORDER_OF_PRECEDENCE)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
        RequirementResult agreementFirst = enResult(
                "18. Final provisions",
                "In case of conflict between the Agreement and these terms, the provisions of the Agreement prevail."
                        + rest,
                Requirement.ORDER_OF_PRECEDENCE);
        assertThat(agreementFirst.status()).isEqualTo(Status.WEAKER);
        assertThat(agreementFirst.note()).isEqualTo("the main contract prevails over the data protection terms");
        assertThat(enResult(
                                "18. Final provisions",
                                "In case of conflict between the Agreement and this Data Processing Agreement, the "
                                        + "Data Processing Agreement prevails." + rest,
                                Requirement.ORDER_OF_PRECEDENCE)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(enResult(
                                "18. Final provisions",
                                "In case of conflict the following order applies: (a) the Order Form; (b) the "
                                        + "Agreement; (c) these terms." + rest,
                                Requirement.ORDER_OF_PRECEDENCE)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(deResult(
                                "§ 11 Schlussbestimmungen",
                                "Bei Widersprüchen gehen die Regelungen des Hauptvertrags dieser Vereinbarung vor.",
                                Requirement.ORDER_OF_PRECEDENCE)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(deResult(
                                "§ 11 Schlussbestimmungen",
                                "Bei Widersprüchen zwischen dem Hauptvertrag und dieser Vereinbarung gehen die "
                                        + "Regelungen dieser Vereinbarung vor.",
                                Requirement.ORDER_OF_PRECEDENCE)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_inaccurate_data_that_is_not_up_to_date_or_angezeigt() {
        String dpia = "The Processor helps the Customer with data protection impact assessments and the prior "
                + "consultation of the supervisory authority. ";
        assertThat(enResult(
                                "11. Assistance",
                                dpia + "The Processor tells the Customer without delay when it sees that personal "
                                        + "data is not correct or not up to date anymore.",
                                Requirement.INACCURATE_DATA)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(enResult(
                                "11. Assistance",
                                dpia + "The Customer keeps the personal data it enters up to date.",
                                Requirement.INACCURATE_DATA)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
        assertThat(deResult(
                                "§ 7a Unterstützung",
                                "Veraltete Anschriften, die dem Auftragnehmer beim Versand der Rechnungen an die "
                                        + "Mitglieder des Vereins auffallen, werden dem Auftraggeber angezeigt.",
                                Requirement.INACCURATE_DATA)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_suspension_ordered_after_a_breach_and_requests_of_authorities_in_official_german() {
        assertThat(deResult(
                                "§ 10a Aussetzung",
                                "Verstößt der Auftragnehmer gegen diese Vereinbarung, kann der Auftraggeber anordnen, "
                                        + "dass die Verarbeitung ausgesetzt wird.",
                                Requirement.SUSPENSION_AND_TERMINATION)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(deResult(
                                "§ 10a Aussetzung",
                                "Die Verarbeitung wird während der Wartungsfenster ausgesetzt.",
                                Requirement.SUSPENSION_AND_TERMINATION)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
        assertThat(deResult(
                                "§ 10b Ersuchen Dritter",
                                "Verlangen Behörden oder Gerichte eines Staates außerhalb der Union vom Auftragnehmer die "
                                        + "Herausgabe von Daten, unterrichtet er den Auftraggeber unverzüglich.",
                                Requirement.GOVERNMENT_ACCESS)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(deResult(
                                "§ 10b Aufsichtsbehörde",
                                "Die Aufsichtsbehörde kann die Herausgabe der Unterlagen verlangen.",
                                Requirement.GOVERNMENT_ACCESS)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_a_change_of_sub_processors_that_is_anzuzeigen() {
        assertThat(deResult(
                                "§ 6 Unterauftragsverarbeiter",
                                "Unterauftragsverarbeiter bedürfen der vorherigen schriftlichen Genehmigung. Die "
                                        + "Ersetzung eines Unterauftragsverarbeiters ist dem Auftraggeber einen Monat "
                                        + "vorher anzuzeigen.",
                                Requirement.SUBPROCESSOR_CHANGES)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(deResult(
                                "§ 6 Unterauftragsverarbeiter",
                                "Unterauftragsverarbeiter bedürfen der vorherigen schriftlichen Genehmigung.",
                                Requirement.SUBPROCESSOR_CHANGES)
                        .status())
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_definitions_by_the_gdpr_after_a_long_list_of_terms() {
        String rest = " If these terms conflict with the main contract, these terms prevail.";
        assertThat(enResult(
                                "18. Final provisions",
                                "The terms used in these clauses, such as \"personal data\", \"processing\", "
                                        + "\"controller\", \"processor\", \"data subject\", \"sub-processor\" and "
                                        + "\"personal data breach\", have the meaning that is given to them in the "
                                        + "General Data Protection Regulation." + rest,
                                Requirement.DEFINITIONS)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(deResult(
                                "§ 1a Begriffe",
                                "Die verwendeten Begriffe wie „personenbezogene Daten“, „Verarbeitung“, "
                                        + "„Verantwortlicher“, „Auftragsverarbeiter“, „betroffene Person“ und „Verletzung "
                                        + "des Schutzes personenbezogener Daten“ sind im Sinne der Datenschutz-"
                                        + "Grundverordnung zu verstehen.",
                                Requirement.DEFINITIONS)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(deResult(
                                "§ 1a Begriffe",
                                "Die verwendeten Begriffe sind in der Anlage erläutert.",
                                Requirement.DEFINITIONS)
                        .status())
                .isNotEqualTo(Status.FOUND);
    }

    @Test
    void should_read_measures_the_processor_may_adapt_at_its_discretion_as_weaker() {
        assertThat(deResult(
                                "§ 5 Sicherheit",
                                "Maßgeblich ist das Sicherheitskonzept des Auftragnehmers. Der Auftragnehmer ist "
                                        + "berechtigt, die Maßnahmen nach eigenem Ermessen anzupassen.",
                                Requirement.SECURITY)
                        .status())
                .isEqualTo(Status.WEAKER);
        assertThat(deResult(
                                "§ 5 Sicherheit",
                                "Der Auftragnehmer trifft die technischen und organisatorischen Maßnahmen nach Art. 32 "
                                        + "DSGVO. Er ist berechtigt, die Maßnahmen dem Stand der Technik anzupassen, "
                                        + "ohne das Schutzniveau zu senken.",
                                Requirement.SECURITY)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_the_label_of_a_row_whose_first_cell_is_only_the_clause_number() {
        String rows = "<tr><th>Nr.</th><th>Regelung</th></tr>"
                + "<tr><td>2</td><td>Gegenstand</td></tr>"
                + "<tr><td>2.1</td><td>Der Auftragnehmer betreibt für den Auftraggeber eine Buchungssoftware.</td></tr>"
                + "<tr><td>2.2</td><td>Datenarten: Name, Anschrift, Buchungsverlauf.</td></tr>";
        assertThat(sectionOf(html(rows), Element.DATA_CATEGORIES)).isNotEmpty();
        String plain = "<tr><th>Nr.</th><th>Regelung</th></tr>"
                + "<tr><td>2</td><td>Gegenstand</td></tr>"
                + "<tr><td>2.1</td><td>Der Auftragnehmer betreibt für den Auftraggeber eine Buchungssoftware.</td></tr>"
                + "<tr><td>2.2</td><td>Die Software läuft in einem Rechenzentrum in Leipzig.</td></tr>";
        assertThat(sectionOf(html(plain), Element.DATA_CATEGORIES)).isEmpty();
    }

    @Test
    void should_read_rechte_betroffener_personen_as_a_heading_on_data_subjects_rights() {
        // the second paragraph has one cue of its own; under the heading it is read as part of the clause and limits it
        assertThat(deResult(
                                "§ 7 Rechte betroffener Personen",
                                "Anträge betroffener Personen auf Auskunft oder Berichtigung leitet der Auftragnehmer "
                                        + "unverzüglich an den Auftraggeber weiter.\n\nEine weitergehende Unterstützung "
                                        + "bei Betroffenenrechten schuldet der Auftragnehmer nicht.",
                                Requirement.DATA_SUBJECT_RIGHTS)
                        .status())
                .isEqualTo(Status.WEAKER);
        // the categories of data subjects are no heading on their rights
        assertThat(german("§ 2a Kategorien betroffener Personen", "Kunden, Lieferanten und deren Ansprechpartner.")
                        .getElements()
                        .stream()
                        .filter(e -> e.element() == Element.DATA_SUBJECT_RIGHTS)
                        .flatMap(e -> e.spans().stream())
                        .map(SourceSpan::section))
                .doesNotContain("§ 2a Kategorien betroffener Personen");
    }

    @Test
    void should_read_a_general_permission_to_engage_sub_processors_as_an_authorisation() {
        String base = strongEnglish().get("9. Sub-processors");
        String first = "The Customer gives its general written authorisation for the sub-processors listed in Annex 3.";
        assertThat(enResult(
                                "9. Sub-processors",
                                base.replace(
                                        first,
                                        "The Customer gives the Processor general permission to engage "
                                                + "sub-processors."),
                                Requirement.SUBPROCESSOR_AUTHORISATION)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(enResult(
                                "9. Sub-processors",
                                base.replace(
                                        first,
                                        "The Customer gives the Processor permission to keep backups in "
                                                + "Frankfurt."),
                                Requirement.SUBPROCESSOR_AUTHORISATION)
                        .status())
                .isNotEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_summary_of_the_sub_processor_contract_as_weaker_than_a_copy() {
        String base = strongEnglish().get("9. Sub-processors");
        RequirementResult summary = enResult(
                "9. Sub-processors",
                base.replace(
                        "provides a copy of the sub-processor agreement.",
                        "provides a written summary of the data protection terms of the sub-processor agreement."),
                Requirement.SUBPROCESSOR_CONTRACT_COPY);
        assertThat(summary.status()).isEqualTo(Status.WEAKER);
        assertThat(summary.note()).isEqualTo("a summary of the sub-processor contract instead of a copy");
        assertThat(enResult("9. Sub-processors", base, Requirement.SUBPROCESSOR_CONTRACT_COPY)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_processing_that_a_third_countrys_law_requires_as_weaker_than_the_instructions() {
        String infringing = " Where the Processor considers that an instruction infringes the GDPR, it tells the "
                + "Customer at once.";
        RequirementResult foreign = enResult(
                "6. Instructions",
                "The Processor processes personal data only on documented instructions from the Customer. It may also "
                        + "process personal data where it is required to do so by the laws of the United States."
                        + infringing,
                Requirement.INSTRUCTIONS);
        assertThat(foreign.status()).isEqualTo(Status.WEAKER);
        assertThat(foreign.note()).isEqualTo("an exception for laws other than Union or Member State law");
        assertThat(enResult(
                                "6. Instructions",
                                "The Processor processes personal data only on documented instructions from the "
                                        + "Customer, unless it is required to do so by Union or Member State law."
                                        + infringing,
                                Requirement.INSTRUCTIONS)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_negation_inside_a_condition_as_no_negation_of_the_right() {
        assertThat(enResult(
                                "15. Suspension",
                                "The Customer may terminate these terms if compliance is not restored within one "
                                        + "month of a suspension or if the Processor is in persistent breach.",
                                Requirement.SUSPENSION_AND_TERMINATION)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(enResult(
                                "15. Suspension",
                                "The Customer may not suspend the processing or terminate these terms for a breach.",
                                Requirement.SUSPENSION_AND_TERMINATION)
                        .status())
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_termination_as_the_sole_remedy_for_a_breach_as_weaker() {
        RequirementResult sole = enResult(
                "15. Suspension",
                "Termination of the main contract is the Customer's sole remedy for a breach of these terms.",
                Requirement.SUSPENSION_AND_TERMINATION);
        assertThat(sole.status()).isEqualTo(Status.WEAKER);
        assertThat(sole.note()).isEqualTo("termination as the sole remedy, no suspension");
        assertThat(enResult(
                                "15. Suspension",
                                "The Customer may terminate the main contract for a breach of these terms, and may "
                                        + "suspend the processing until the breach is remedied.",
                                Requirement.SUSPENSION_AND_TERMINATION)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_the_statutes_as_far_as_possible_after_the_measures_as_no_best_efforts() {
        assertThat(enResult(
                                "10. Data subject rights",
                                "The Processor supports the Customer with appropriate technical and organisational "
                                        + "measures, as far as possible, in answering requests from data subjects.",
                                Requirement.DATA_SUBJECT_RIGHTS)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(enResult(
                                "10. Data subject rights",
                                "The Processor will answer requests from data subjects as far as possible.",
                                Requirement.DATA_SUBJECT_RIGHTS)
                        .status())
                .isEqualTo(Status.WEAKER);
    }
}
