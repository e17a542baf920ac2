/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.DurationType;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingDuration;
import dev.dpa4j.model.SubprocessingTerms;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The records in which real annexes describe the processing (#16): "Label: value", "(a) Label: value", a label that
 * ends its paragraph and leads a list ("1.5 Art der Daten:" then "a) …"), a label as the title of its paragraph ("A.2
 * Duration of the Processing. The term …"), a section titled with a label, a two-column table; and the sentences the
 * completeness table quotes where no record states the term. Each rule fires on a snippet written for this test and
 * is checked where it must not fire. All snippets are our own.
 */
class ProcessingRecordsTest {

    private static final String FRAME_EN = """
            Data Processing Agreement

            1. Instructions
            The Processor processes personal data only on documented instructions from the Controller.

            2. Confidentiality
            The Processor ensures that its staff are bound by confidentiality.

            3. Personal data breaches
            The Processor notifies the Controller of a personal data breach without undue delay.

            4. Deletion
            At the end of the services the Processor deletes or returns all personal data at the Controller's choice.

            """;

    private static final String FRAME_DE = """
            Vereinbarung zur Auftragsverarbeitung

            1. Weisungen
            Der Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Auftraggebers.

            2. Vertraulichkeit
            Die Beschäftigten des Auftragnehmers sind zur Vertraulichkeit verpflichtet.

            3. Datenschutzverletzungen
            Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten unverzüglich.

            4. Löschung
            Nach Ende des Auftrags löscht der Auftragnehmer alle Daten oder gibt sie nach Wahl des Auftraggebers zurück.

            """;

    private static ImportResult read(String text, SourceFormat format) {
        return DpaImporter.standard().importBytes(text.getBytes(StandardCharsets.UTF_8), format, "dpa");
    }

    private static ProcessingDescription processing(String text) {
        return read(text, SourceFormat.TEXT).getDraft().getProcessing().orElseThrow();
    }

    private static String text(LocalizedText t) {
        return String.join(" ", t.getTranslations().values());
    }

    private static List<String> categories(ProcessingDescription p) {
        return p.getDataCategories().stream()
                .map(DataCategory::getName)
                .map(ProcessingRecordsTest::text)
                .toList();
    }

    private static List<String> subjects(ProcessingDescription p) {
        return p.getDataSubjects().stream()
                .map(DataSubjectCategory::getName)
                .map(ProcessingRecordsTest::text)
                .toList();
    }

    @Test
    void should_read_the_list_that_a_label_ending_its_paragraph_leads() {
        ProcessingDescription p = processing(FRAME_DE + """
                5. Einzelheiten

                5.1 Art der Daten:
                a) Kundennummern und Lieferanschriften,
                b) Bestellhistorie.

                5.2 Kreis der Betroffenen: Endkunden des Auftraggebers.
                """);
        assertThat(String.join("|", categories(p)))
                .contains("Kundennummern und Lieferanschriften")
                .contains("Bestellhistorie");
        assertThat(String.join("|", subjects(p))).contains("Endkunden");
    }

    @Test
    void should_not_take_the_next_list_for_a_label_with_its_own_value() {
        ProcessingDescription p = processing(FRAME_DE + """
                5. Einzelheiten

                5.1 Art der Daten: Kundennummern.

                a) Der Auftragnehmer führt ein Verzeichnis der Verarbeitungstätigkeiten.
                """);
        assertThat(categories(p)).containsExactly("Kundennummern");
    }

    @Test
    void should_read_a_label_as_the_title_of_its_paragraph() {
        ProcessingDescription p = processing(FRAME_EN + """
                Exhibit A - Details

                A.1 Subject Matter. Hosting of the Customer's online shop.

                A.2 Duration of the Processing. The term of the Agreement.

                A.3 Categories of Data Subjects. Shoppers and newsletter recipients.
                """);
        assertThat(p.getSubjectMatter().map(ProcessingRecordsTest::text))
                .hasValueSatisfying(s -> assertThat(s).contains("Hosting of the Customer's online shop"));
        assertThat(p.getDuration().map(ProcessingDuration::getType)).contains(DurationType.COUPLED_TO_MAIN_CONTRACT);
        assertThat(String.join("|", subjects(p))).contains("Shoppers").contains("newsletter recipients");
    }

    @Test
    void should_not_read_a_title_that_is_no_label() {
        ProcessingDescription p = processing(FRAME_EN + """
                Exhibit A - Details

                A.1 Subject Matter. Hosting of the Customer's online shop.

                A.2 Frequency of Transfer. Continuous, for the term of the Agreement.
                """);
        assertThat(p.getDuration()).isEmpty();
    }

    @Test
    void should_read_the_rows_of_a_two_column_table_of_labels() {
        String md = FRAME_EN.replace("\n\n", "\n\n")
                        .replaceFirst("Data Processing Agreement", "# Data Processing Agreement")
                + """
                ## Annex 1

                | Item | Details |
                |---|---|
                | Subject matter of the processing | Payroll for the Customer's staff |
                | Duration of the processing | The Subscription Term and the deletion period after it |
                | Nature and purposes of the processing | Calculation and payment of salaries |
                | Type of Personal Data | Names, bank details, salary grades |
                | Categories of Data Subject | Employees and pensioners |
                """;
        ProcessingDescription p =
                read(md, SourceFormat.MARKDOWN).getDraft().getProcessing().orElseThrow();
        assertThat(p.getSubjectMatter().map(ProcessingRecordsTest::text))
                .hasValueSatisfying(s -> assertThat(s).contains("Payroll"));
        assertThat(p.getDuration().map(ProcessingDuration::getType)).contains(DurationType.COUPLED_TO_MAIN_CONTRACT);
        assertThat(p.getNature()).isNotEmpty();
        assertThat(p.getPurposes()).isNotEmpty();
        assertThat(categories(p)).contains("Names", "bank details", "salary grades");
        assertThat(String.join("|", subjects(p))).contains("Employees");
    }

    @Test
    void should_not_read_a_two_column_table_of_other_things() {
        String md = "# Data Processing Agreement\n\n" + FRAME_EN.substring(FRAME_EN.indexOf("1. Instructions")) + """
                ## Annex 3

                | Sub-processor | Country |
                |---|---|
                | Example Hosting Ltd | Ireland |
                """;
        Optional<ProcessingDescription> p =
                read(md, SourceFormat.MARKDOWN).getDraft().getProcessing();
        assertThat(p.map(ProcessingRecordsTest::categories).orElse(List.of())).isEmpty();
    }

    @Test
    void should_read_a_long_value_up_to_the_end_of_its_list() {
        ProcessingDescription p = processing(FRAME_EN + """
                Annex 1

                4. Types of Personal Data: names; visitor badges; access logs (date, time and door). No special categories of personal data are processed; health details that a visitor volunteers are removed within two days and passed only to the Customer's HR team, who decide on any further handling of them under their own policies and records.
                """);
        assertThat(categories(p)).containsExactly("names", "visitor badges", "access logs (date, time and door)");
    }

    @Test
    void should_not_split_a_sentence_as_a_list() {
        ProcessingDescription p = processing(FRAME_DE + """
                5. Einzelheiten

                Art der Daten: Der Auftraggeber bestimmt allein, welche Daten er im Dienst speichert.
                """);
        assertThat(categories(p)).hasSize(1);
    }

    @Test
    void should_read_nature_and_purposes_under_one_label() {
        ProcessingDescription p = processing(FRAME_EN + """
                Annex 1

                (c) Nature and purposes: storage and retrieval of tickets so that the Customer can answer its users.
                """);
        assertThat(p.getNature()).hasSize(1);
        assertThat(p.getPurposes()).hasSize(1);
    }

    @Test
    void should_put_the_sentences_the_completeness_table_found_into_the_draft() {
        ImportResult r = read(FRAME_DE + """
                5. Gegenstand

                5.1 Der Auftragnehmer stellt dem Auftraggeber eine Buchungssoftware als Cloud-Dienst bereit. Die Vereinbarung läuft so lange wie der Softwarevertrag. Die Verarbeitung dient der Reservierung und Abrechnung.

                5.2 Verarbeitet werden Stammdaten und Buchungsdaten der Gäste; betroffen sind Gäste und Interessenten.
                """, SourceFormat.TEXT);
        ProcessingDescription p = r.getDraft().getProcessing().orElseThrow();
        assertThat(p.getDuration().map(ProcessingDuration::getType)).contains(DurationType.COUPLED_TO_MAIN_CONTRACT);
        assertThat(p.getPurposes()).isNotEmpty();
        assertThat(String.join("|", categories(p))).contains("Stammdaten");
        assertThat(String.join("|", subjects(p))).contains("Gäste");
        // each such fact quotes its sentence
        assertThat(r.getFacts("processing.dataCategories[0]")).isNotEmpty();
    }

    @Test
    void should_not_take_a_pointer_to_an_annex_for_the_description() {
        DataProcessingAgreement a = read(FRAME_EN + """
                5. Details
                Annex 1 describes the types of personal data and the categories of data subjects.
                """, SourceFormat.TEXT).getDraft();
        assertThat(a.getProcessing().map(ProcessingRecordsTest::categories).orElse(List.of()))
                .isEmpty();
        assertThat(a.getProcessing().map(ProcessingRecordsTest::subjects).orElse(List.of()))
                .isEmpty();
    }

    @Test
    void should_read_a_prohibition_without_prior_approval_as_a_specific_authorisation() {
        SubprocessingTerms t = read(FRAME_EN + """
                5. Sub-processors
                The Processor shall not appoint a Sub-processor without the Controller's prior written approval.
                """, SourceFormat.TEXT)
                .getDraft()
                .getSubprocessing()
                .orElseThrow();
        assertThat(t.getAuthorisation()).contains(AuthorisationType.SPECIFIC);
        assertThat(t.isPriorWrittenAuthorisation()).isTrue();
    }

    @Test
    void should_read_a_permission_as_a_general_authorisation_and_not_its_negation() {
        SubprocessingTerms t = read(FRAME_DE + """
                5. Subunternehmer
                Der Auftragnehmer darf für das Hosting Subunternehmer einsetzen.
                """, SourceFormat.TEXT)
                .getDraft()
                .getSubprocessing()
                .orElseThrow();
        assertThat(t.getAuthorisation()).contains(AuthorisationType.GENERAL);
        Optional<SubprocessingTerms> none =
                read(FRAME_EN + """
                5. Sub-processors
                The Processor may not engage sub-processors at all.
                """, SourceFormat.TEXT).getDraft().getSubprocessing();
        assertThat(none.flatMap(SubprocessingTerms::getAuthorisation))
                .isNotEqualTo(Optional.of(AuthorisationType.GENERAL));
    }

    @Test
    void should_read_a_general_permission_as_a_general_authorisation() {
        SubprocessingTerms t = read(FRAME_EN + """
                5. Sub-processors
                The Controller gives the Processor general permission to engage sub-processors.
                """, SourceFormat.TEXT)
                .getDraft()
                .getSubprocessing()
                .orElseThrow();
        assertThat(t.getAuthorisation()).contains(AuthorisationType.GENERAL);
        // a permission for something else says nothing about sub-processors
        Optional<SubprocessingTerms> other =
                read(FRAME_EN + """
                5. Sub-processors
                The Processor shall not engage sub-processors without the Controller's specific prior written authorisation. The Controller gives general permission to use its logo.
                """, SourceFormat.TEXT).getDraft().getSubprocessing();
        assertThat(other.flatMap(SubprocessingTerms::getAuthorisation)).contains(AuthorisationType.SPECIFIC);
    }

    @Test
    void should_read_a_duration_tied_to_the_order_and_not_an_order_of_things() {
        ProcessingDescription p = processing(FRAME_EN + """
                5. Duration
                Processing takes place for the term of the Purchase Order and ends with the deletion of the data.
                """);
        assertThat(p.getDuration().map(ProcessingDuration::getType)).contains(DurationType.COUPLED_TO_MAIN_CONTRACT);
        Optional<ProcessingDescription> none =
                read(FRAME_EN + """
                5. Scope
                The data are listed in alphabetical order in Annex 1.
                """, SourceFormat.TEXT).getDraft().getProcessing();
        assertThat(none.flatMap(ProcessingDescription::getDuration)).isEmpty();
    }

    @Test
    void should_read_the_duration_that_follows_the_subject_matter_in_its_paragraph() {
        ProcessingDescription p = processing(FRAME_EN + """
                5. Description of the processing
                5.1 The subject matter of the processing is the maintenance of the Buyer's machines. Processing takes place for the term of the Purchase Order and ends with the deletion of the data.
                """);
        assertThat(p.getDuration().map(ProcessingDuration::getType)).contains(DurationType.COUPLED_TO_MAIN_CONTRACT);
        // a later sentence on another term is no duration of the processing
        Optional<ProcessingDescription> other =
                read(FRAME_EN + """
                5. Description of the processing
                5.1 The subject matter of the processing is the maintenance of the Buyer's machines. The term of the warranty is not affected.
                """, SourceFormat.TEXT).getDraft().getProcessing();
        assertThat(other.flatMap(ProcessingDescription::getDuration)).isEmpty();
    }
}
