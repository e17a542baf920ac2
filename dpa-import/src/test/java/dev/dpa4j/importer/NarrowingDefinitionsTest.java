/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.importer.internal.NoteWordings;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Definitions that narrow a term a duty relies on (#16): a duty stated in full with a term that the definitions
 * narrow ("'Security Incident' means only …", „Weisung im Sinne dieses Vertrags ist nur …“) is weaker; a definition
 * that does not narrow, or narrows a term no duty relies on, changes nothing. Agreements of our own, English and
 * German.
 */
class NarrowingDefinitionsTest {

    private static final String ENGLISH = String.join(
            "\n\n",
            "Data Processing Agreement",
            "1. Definitions",
            "1.1 Terms such as \"personal data\" and \"processing\" have the meanings given in the GDPR.",
            "1.2 %definition%",
            "2. Parties",
            "This agreement is made between Larchmere Retail Ltd (the \"Customer\") and Quillbright Systems Ltd (the "
                    + "\"Processor\").",
            "3. Instructions",
            "The Processor processes personal data only on documented instructions from the Customer.",
            "4. Security Incidents",
            "The Processor shall notify the Customer of any Security Incident without undue delay and in any event "
                    + "within 48 hours after becoming aware of it.",
            "5. Audits",
            "The Processor shall allow for and contribute to audits, including inspections, conducted by the Customer "
                    + "or another auditor mandated by the Customer.");

    private static ImportResult english(String definition) {
        String doc = ENGLISH.replace("%definition%", definition);
        return DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "dpa.txt");
    }

    @Test
    void should_weaken_a_duty_whose_term_a_definition_narrows() {
        // given a breach duty in full words about "Security Incidents", defined as breaches of the own systems only
        ImportResult r = english("\"Security Incident\" means only a breach of security of the Processor's own "
                + "production systems that leads to the loss of personal data.");
        // then the notification is weaker, quoting the duty and the definition
        RequirementResult q = r.getRequirement(Requirement.BREACH_NOTIFICATION);
        assertThat(q.status()).isEqualTo(Status.WEAKER);
        assertThat(q.note()).endsWith("Security Incident");
        assertThat(q.evidence()).extracting(SourceSpan::quote).anyMatch(e -> e.contains("means only a breach"));
        assertThat(NoteWordings.in(q.note(), Locale.GERMAN)).startsWith("eingeschränkt durch die Begriffsbestimmung");
        // and the duties that do not use the term stay met
        assertThat(r.getRequirement(Requirement.AUDIT_INSPECTIONS).status()).isEqualTo(Status.FOUND);
    }

    @Test
    void should_keep_a_duty_met_when_the_definition_does_not_narrow() {
        ImportResult r = english("\"Security Incident\" means a personal data breach within the meaning of Article "
                + "4(12) GDPR affecting personal data processed under this agreement.");
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status()).isEqualTo(Status.FOUND);
    }

    @Test
    void should_not_read_a_narrowed_term_that_no_duty_relies_on() {
        // given the services narrowed, a scope definition
        ImportResult r = english("\"Services\" means only the services listed in the order form.");
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status()).isEqualTo(Status.FOUND);
    }

    private static final String GERMAN = String.join(
            "\n\n",
            "Vereinbarung zur Auftragsverarbeitung",
            "§ 1 Begriffe",
            "(1) Die Begriffe dieser Vereinbarung haben die Bedeutung, die ihnen die DSGVO gibt.",
            "(2) %definition%",
            "§ 2 Parteien",
            "Diese Vereinbarung gilt zwischen der Kornhaus Handel GmbH (Auftraggeber) und der Datenfeld Service GmbH "
                    + "(Auftragnehmer).",
            "§ 3 Weisungen",
            "Der Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Auftraggebers.",
            "§ 4 Meldung von Verletzungen",
            "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener Daten "
                    + "unverzüglich, spätestens binnen 24 Stunden, nachdem sie ihm bekannt geworden ist.");

    private static ImportResult german(String definition) {
        String doc = GERMAN.replace("%definition%", definition);
        return DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt");
    }

    @Test
    void should_weaken_the_instructions_when_instruction_is_defined_narrowly() {
        ImportResult r = german("Weisung im Sinne dieses Vertrags ist nur eine Anordnung des Auftraggebers, die im "
                + "vereinbarten Leistungsumfang liegt.");
        RequirementResult q = r.getRequirement(Requirement.INSTRUCTIONS);
        assertThat(q.status()).isEqualTo(Status.WEAKER);
        assertThat(q.note()).endsWith("Weisung");
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status()).isEqualTo(Status.FOUND);
    }

    @Test
    void should_keep_the_instructions_met_when_instruction_is_defined_broadly() {
        ImportResult r = german("Weisung im Sinne dieses Vertrags ist jede auf einen bestimmten Umgang mit "
                + "personenbezogenen Daten gerichtete Anordnung des Auftraggebers.");
        assertThat(r.getRequirement(Requirement.INSTRUCTIONS).status()).isEqualTo(Status.FOUND);
    }

    // --- definitions that narrow by what they leave out (struct20) ---

    /**
     * A numbered agreement of {@link WordingFrames#larchmere} with a definition, a confidentiality duty for the
     * "Personnel" and a breach duty for "Security Incidents".
     */
    private static ImportResult leavesOut(String definition) {
        return WordingFrames.larchmere(
                "3. Definitions",
                "3.1 " + definition,
                "4. Confidentiality",
                "The Processor ensures that all Personnel authorised to process the personal data have committed "
                        + "themselves to confidentiality.",
                "5. Security Incidents",
                "The Processor shall notify the Customer of any Security Incident without undue delay and in any "
                        + "event within 48 hours after becoming aware of it.",
                "6. Audits",
                "The Processor shall allow for and contribute to audits, including inspections, conducted by the "
                        + "Customer or another auditor mandated by the Customer.");
    }

    @Test
    void should_weaken_confidentiality_when_the_personnel_are_defined_as_employees_only() {
        // given the persons bound to confidentiality defined as the employees and officers, no one else
        ImportResult r =
                leavesOut("\"Personnel\" means the employees and officers of the Processor and of its Affiliates.");
        RequirementResult q = r.getRequirement(Requirement.CONFIDENTIALITY);
        assertThat(q.status()).isEqualTo(Status.WEAKER);
        assertThat(q.note()).endsWith("Personnel");
        // and the duties that do not rely on the term stay met
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status()).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.AUDIT_INSPECTIONS).status()).isEqualTo(Status.FOUND);
    }

    @Test
    void should_keep_confidentiality_met_when_the_personnel_include_everyone_who_works_with_the_data() {
        assertThat(leavesOut("\"Personnel\" means the employees, temporary workers and freelance contractors of the "
                                + "Processor.")
                        .getRequirement(Requirement.CONFIDENTIALITY)
                        .status())
                .isEqualTo(Status.FOUND);
        assertThat(leavesOut("\"Personnel\" means any person acting under the authority of the Processor, such as "
                                + "its employees.")
                        .getRequirement(Requirement.CONFIDENTIALITY)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_weaken_the_breach_notice_when_incidents_are_defined_by_the_processors_own_sphere() {
        // given incidents defined as breaches within the processor's own area, which leaves out its sub-processors'
        ImportResult r = leavesOut("\"Security Incident\" means a breach of security leading to the loss of or "
                + "unauthorised access to personal data that occurs within the Processor's own area of "
                + "responsibility.");
        RequirementResult q = r.getRequirement(Requirement.BREACH_NOTIFICATION);
        assertThat(q.status()).isEqualTo(Status.WEAKER);
        assertThat(q.note()).endsWith("Security Incident");
        assertThat(r.getRequirement(Requirement.CONFIDENTIALITY).status()).isEqualTo(Status.FOUND);
    }

    @Test
    void should_keep_the_breach_notice_met_when_the_incidents_include_the_sub_processors() {
        assertThat(leavesOut("\"Security Incident\" means a breach of security leading to the loss of or "
                                + "unauthorised access to personal data within the area of responsibility of the "
                                + "Processor or of its sub-processors.")
                        .getRequirement(Requirement.BREACH_NOTIFICATION)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_german_definitions_that_leave_out_as_narrowing() {
        // given the staff defined as employees, and a data breach defined by the processor's own premises
        ImportResult staff = WordingFrames.kornhaus(
                "§ 3 Begriffe",
                "(1) „Beschäftigte“ sind die Arbeitnehmerinnen und Arbeitnehmer des Auftragnehmers.",
                "§ 4 Vertraulichkeit",
                "Der Auftragnehmer verpflichtet alle Beschäftigten, die Zugang zu den Daten haben, zur "
                        + "Vertraulichkeit.");
        assertThat(staff.getRequirement(Requirement.CONFIDENTIALITY).status()).isEqualTo(Status.WEAKER);
        ImportResult breach = WordingFrames.kornhaus(
                "§ 3 Begriffe",
                "(1) „Datenpanne“ bezeichnet jede Verletzung des Schutzes personenbezogener Daten in den eigenen "
                        + "Betriebsstätten des Auftragnehmers.",
                "§ 4 Meldung",
                "Der Auftragnehmer meldet dem Auftraggeber jede Datenpanne unverzüglich, spätestens binnen 24 "
                        + "Stunden, nachdem sie ihm bekannt geworden ist.");
        assertThat(breach.getRequirement(Requirement.BREACH_NOTIFICATION).status())
                .isEqualTo(Status.WEAKER);
        // and the same definitions that include everyone and every place stay met
        assertThat(WordingFrames.kornhaus(
                                "§ 3 Begriffe",
                                "(1) „Beschäftigte“ sind die Arbeitnehmer des Auftragnehmers und alle sonstigen "
                                        + "Personen, die unter seiner Aufsicht mit den Daten arbeiten.",
                                "§ 4 Vertraulichkeit",
                                "Der Auftragnehmer verpflichtet alle Beschäftigten, die Zugang zu den Daten haben, "
                                        + "zur Vertraulichkeit.")
                        .getRequirement(Requirement.CONFIDENTIALITY)
                        .status())
                .isEqualTo(Status.FOUND);
    }
}
