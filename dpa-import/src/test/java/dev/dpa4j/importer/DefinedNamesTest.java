/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Party;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What vendors' agreements do everywhere and the importer must read (#16, round 6): the parties under defined names
 * ("Tidemark will …", „Beispielhaus verarbeitet …"), the processing details as labelled run-ins, the measures as a
 * run-on paragraph of short sentences. Every snippet is written for this test.
 */
class DefinedNamesTest {

    private static ImportResult read(String text) {
        return DpaImporter.standard()
                .importBytes(text.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "snippet.txt");
    }

    private static final String EN = """
            TIDEMARK SYSTEMS LTD — DATA PROCESSING AGREEMENT

            This agreement supplements the Master Services Agreement between Tidemark Systems Ltd, 9 Mill Lane, Leeds LS1 4AB, United Kingdom ("Tidemark") and the client identified in the order ("Northwind").

            1. Roles
            Northwind is the controller and Tidemark is the processor of the personal data described in Schedule 1.

            2. Instructions
            2.1 Tidemark processes the personal data only on Northwind's documented instructions.
            2.2 Northwind alone is responsible for the lawfulness of the processing.
            2.3 Tidemark will tell Northwind at once if an instruction in its view breaches data protection law.

            3. Staff
            Tidemark ensures that its personnel are bound by a duty of confidentiality.

            4. Breaches
            Tidemark will notify Northwind of a personal data breach without undue delay.

            5. End of the services
            Tidemark will delete or return all personal data at the end of the services, at Northwind's choice.

            6. Security
            Tidemark implements technical and organisational measures as set out in Schedule 2.

            Schedule 1 – Details of the processing
            Subject matter: hosting of a booking calendar. Duration: the term of the Master Services Agreement. Purpose: scheduling appointments for Northwind's patients. Data subjects: patients, staff of Northwind. Types of personal data: names, e-mail addresses, appointment times.

            Schedule 2 – Security measures
            Encryption of stored data with AES-256. Multi-factor authentication for administrators. Daily backups kept in a second data centre.
            """;

    private static final String DE = """
            VEREINBARUNG ZUR AUFTRAGSVERARBEITUNG

            Diese Vereinbarung ergänzt den Rahmenvertrag zwischen der Beispielhaus GmbH, Hafenstraße 3, 20457 Hamburg („Beispielhaus“) und dem im Bestellformular genannten Kunden („Kunde“).

            § 1 Rollen
            Der Kunde ist Verantwortlicher, Beispielhaus ist Auftragsverarbeiter.

            § 2 Weisungen
            Beispielhaus verarbeitet die Daten nur auf dokumentierte Weisung des Kunden.

            § 3 Vertraulichkeit
            Beispielhaus verpflichtet die Beschäftigten auf die Vertraulichkeit.

            § 4 Datenpannen
            Beispielhaus meldet dem Kunden Verletzungen des Schutzes personenbezogener Daten unverzüglich.

            § 5 Löschung und Rückgabe
            Nach Ende der Leistungen löscht Beispielhaus die Daten oder gibt sie nach Wahl des Kunden zurück.

            § 6 Sicherheit
            Beispielhaus trifft die technischen und organisatorischen Maßnahmen nach Anlage 2.

            Anlage 1 – Beschreibung der Verarbeitung
            Gegenstand: Betrieb einer Lohnabrechnung. Zweck: Abrechnung der Gehälter der Beschäftigten des Kunden. Kategorien betroffener Personen: Beschäftigte, Auszubildende. Datenarten: Stammdaten, Bankverbindung, Steuerklasse.

            Anlage 2 – Technische und organisatorische Maßnahmen
            Verschlüsselung der Datenträger. Zugriffskontrolle über Rollen. Protokollierung aller Zugriffe.
            """;

    @Test
    void should_take_the_processor_from_the_opening_sentence_and_its_role_from_a_role_statement() {
        DataProcessingAgreement en = read(EN).getDraft();
        assertThat(en.getProcessor().flatMap(Party::getName)).contains("Tidemark Systems Ltd");
        DataProcessingAgreement de = read(DE).getDraft();
        assertThat(de.getProcessor().flatMap(Party::getName)).contains("Beispielhaus GmbH");
    }

    @Test
    void should_never_take_the_title_line_for_a_party() {
        for (String text : List.of(EN, DE)) {
            DataProcessingAgreement a = read(text).getDraft();
            for (Party c : a.getControllers()) {
                assertThat(c.getName().orElse(""))
                        .doesNotContainIgnoringCase("agreement")
                        .doesNotContainIgnoringCase("vereinbarung");
            }
            // "the client identified in the order": described, not named
            assertThat(a.getControllers())
                    .allSatisfy(c -> assertThat(c.getName()).isEmpty());
        }
    }

    @Test
    void should_read_a_duty_written_with_a_defined_name_as_the_roles_duty() {
        ImportResult en = read(EN);
        assertThat(en.getFacts("instructions.documentedInstructionsOnly")).isNotEmpty();
        assertThat(en.getRequirement(Requirement.INSTRUCTIONS).status()).isEqualTo(RequirementResult.Status.FOUND);
        // "Northwind alone is responsible for the lawfulness": the controller's name read as "the controller"
        assertThat(en.getFacts("controllerTerms.responsibleForLawfulness")).isNotEmpty();
        assertThat(en.getFacts("instructions.documentedInstructionsOnly")
                        .get(0)
                        .span()
                        .quote())
                .contains("Northwind's documented instructions");
        ImportResult de = read(DE);
        assertThat(de.getFacts("instructions.documentedInstructionsOnly")).isNotEmpty();
        assertThat(de.getFacts("confidentiality.personnelCommitted")).isNotEmpty();
    }

    @Test
    void should_read_labelled_run_ins_of_the_processing_description() {
        ImportResult en = read(EN);
        assertThat(names(en.getDraft(), true)).containsExactly("names", "e-mail addresses", "appointment times");
        assertThat(names(en.getDraft(), false)).containsExactly("patients", "staff of Northwind");
        assertThat(en.getFacts("processing.subjectMatter").get(0).value()).isEqualTo("hosting of a booking calendar");
        assertThat(en.getFacts("processing.duration")).isNotEmpty();
        assertThat(en.getFacts("processing.purposes[0]").get(0).value()).startsWith("scheduling appointments");
        for (Requirement r : List.of(
                Requirement.SUBJECT_AND_DURATION,
                Requirement.NATURE_AND_PURPOSE,
                Requirement.DATA_CATEGORIES,
                Requirement.DATA_SUBJECTS)) {
            assertThat(en.getRequirement(r).status()).as(r.name()).isEqualTo(RequirementResult.Status.FOUND);
        }
        ImportResult de = read(DE);
        assertThat(names(de.getDraft(), true)).containsExactly("Stammdaten", "Bankverbindung", "Steuerklasse");
        assertThat(names(de.getDraft(), false)).containsExactly("Beschäftigte", "Auszubildende");
        assertThat(de.getFacts("processing.subjectMatter").get(0).value()).isEqualTo("Betrieb einer Lohnabrechnung");
    }

    @Test
    void should_read_measures_written_as_a_run_of_short_sentences() {
        ImportResult en = read(EN);
        assertThat(en.getFacts().stream()
                        .filter(f -> f.path().matches("security\\.measures\\[\\d+]"))
                        .map(Fact::value))
                .hasSize(3)
                .anyMatch(v -> v.startsWith("ENCRYPTION"));
        ImportResult de = read(DE);
        assertThat(de.getFacts().stream().filter(f -> f.path().matches("security\\.measures\\[\\d+]")))
                .hasSize(3);
    }

    @Test
    void should_not_read_the_sentences_of_a_clause_as_a_run_of_measures() {
        // sentences with verbs and article references in a measures section are a clause, not a list of measures
        String text = EN.substring(0, EN.indexOf("Schedule 2")) + """
                Schedule 2 – Security measures
                Tidemark shall secure the data in line with Art. 32 GDPR. It will review the measures every year.
                """;
        ImportResult r = read(text);
        assertThat(r.getFacts().stream().filter(f -> f.path().startsWith("security.measures")))
                .isEmpty();
    }

    private static List<String> names(DataProcessingAgreement a, boolean categories) {
        var p = a.getProcessing().orElseThrow();
        return categories
                ? p.getDataCategories().stream().map(c -> text(c.getName())).toList()
                : p.getDataSubjects().stream().map(c -> text(c.getName())).toList();
    }

    private static String text(LocalizedText t) {
        return t.getTranslations().values().iterator().next();
    }
}
