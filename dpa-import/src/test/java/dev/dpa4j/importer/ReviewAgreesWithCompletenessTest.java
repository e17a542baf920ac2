/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A review must not contradict itself (#16): where its completeness table reports a term of the description of the
 * processing (Art. 28(3) first sentence) or the sub-processor authorisation (Art. 28(2)) as found, its findings must
 * not report the same term as missing. Checked over every agreement in {@code fixtures} and {@code fixtures/unseen}.
 * Only the "missing" errors are checked: a found term may still be generic, a catch-all or a mere pointer (warnings
 * the validator is right to give). The deletion or return at the end (Art. 28(3)(g)) is checked wherever the table
 * finds it (met or weaker): the validator's "not regulated" contradicts that. A "delete or return" that names no one
 * who chooses leaves the choice open in the draft (see EndOfProcessingChoiceTest); the review reports it as the
 * obligation without the controller's choice, a warning (lead's decision in round 11).
 */
class ReviewAgreesWithCompletenessTest {

    /** The validator's rules that report each requirement's term as missing from the draft. */
    private static final Map<Requirement, List<String>> MISSING_RULES = Map.of(
            Requirement.SUBJECT_AND_DURATION, List.of("ART28_3_SUBJECT_MATTER", "ART28_3_DURATION"),
            Requirement.NATURE_AND_PURPOSE, List.of("ART28_3_NATURE", "ART28_3_PURPOSE"),
            Requirement.DATA_CATEGORIES, List.of("ART28_3_DATA_TYPES"),
            Requirement.DATA_SUBJECTS, List.of("ART28_3_DATA_SUBJECTS"),
            Requirement.SUBPROCESSOR_AUTHORISATION, List.of("ART28_2_AUTH_TYPE", "ART28_2_WRITTEN_AUTH"));

    /** The validator's rules that report a requirement's term as not regulated at all, checked where it is stated. */
    private static final Map<Requirement, List<String>> NOT_REGULATED_RULES =
            Map.of(Requirement.DELETION_RETURN, List.of("ART28_3_G_DELETE_RETURN"));

    private static List<Path> documents() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(
                Path.of("src", "test", "resources", "fixtures"),
                Path.of("src", "test", "resources", "fixtures", "unseen"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().endsWith(".expected"))
                        .filter(p -> !p.getFileName().toString().startsWith("not-a-dpa"))
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void should_not_report_a_description_term_missing_that_the_completeness_table_found() throws IOException {
        Validator validator =
                Validator.builder().asOf(LocalDate.of(2026, 12, 5)).build();
        List<String> contradictions = new ArrayList<>();
        List<Path> docs = documents();
        for (Path doc : docs) {
            ImportResult result = TrainingCorpus.importFile(doc);
            Review review = Review.of(result, validator);
            MISSING_RULES.forEach((requirement, rules) -> {
                if (result.getRequirement(requirement).status() != Status.FOUND) {
                    return;
                }
                review.getItems().stream()
                        .map(Review.Item::finding)
                        .filter(f -> f.getSeverity() == Severity.ERROR)
                        .filter(f -> rules.contains(f.getRuleId()))
                        .forEach(f -> contradictions.add(doc.getFileName() + ": " + requirement + " found, yet "
                                + f.getRuleId() + " at " + f.getPath()));
            });
            NOT_REGULATED_RULES.forEach((requirement, rules) -> {
                if (result.getRequirement(requirement).status() == Status.NOT_FOUND) {
                    return;
                }
                review.getItems().stream()
                        .map(Review.Item::finding)
                        .filter(f -> rules.contains(f.getRuleId()))
                        .forEach(f -> contradictions.add(doc.getFileName() + ": " + requirement + " stated, yet "
                                + f.getRuleId() + " at " + f.getPath()));
            });
        }
        assertThat(docs).hasSizeGreaterThan(25);
        assertThat(contradictions).isEmpty();
    }

    @Test
    void should_report_the_term_missing_where_the_table_does_not_find_it() {
        // the check above must be able to fire: an agreement without any description of the processing
        String text = """
                Data Processing Agreement

                1. Instructions
                The Processor processes personal data only on documented instructions from the Controller.

                2. Confidentiality
                The Processor ensures that its staff are bound by confidentiality.

                3. Personal data breaches
                The Processor notifies the Controller of a personal data breach without undue delay.

                4. Deletion
                At the end of the services the Processor deletes or returns all personal data at the Controller's choice.

                5. Audits
                The Processor makes available all information necessary to demonstrate compliance and allows audits.
                """;
        ImportResult result = DpaImporter.standard()
                .importBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), SourceFormat.TEXT, "dpa.txt");
        assertThat(result.getRequirement(Requirement.DATA_CATEGORIES).status()).isNotEqualTo(Status.FOUND);
        assertThat(Review.of(
                                result,
                                Validator.builder()
                                        .asOf(LocalDate.of(2026, 12, 5))
                                        .build())
                        .getItems())
                .extracting(i -> i.finding().getRuleId())
                .contains("ART28_3_DATA_TYPES", "ART28_3_DATA_SUBJECTS");
    }

    @Test
    void should_report_deletion_or_return_not_regulated_only_where_the_table_does_not_find_it() {
        Validator validator =
                Validator.builder().asOf(LocalDate.of(2026, 12, 5)).build();
        java.util.Map<String, String> sections = WordingFrames.plainGerman();
        sections.put(
                "§ 9 Löschung",
                "Nach Ende des Hauptvertrags entscheidet der Auftraggeber, ob die Daten zurückgegeben oder gelöscht "
                        + "werden.");
        StringBuilder choice = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        sections.forEach((h, b) -> choice.append(h).append("\n\n").append(b).append("\n\n"));
        ImportResult stated = DpaImporter.standard()
                .importBytes(
                        choice.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        SourceFormat.TEXT,
                        "avv.txt");
        assertThat(stated.getRequirement(Requirement.DELETION_RETURN).status()).isEqualTo(Status.FOUND);
        assertThat(Review.of(stated, validator).getItems())
                .extracting(i -> i.finding().getRuleId())
                .doesNotContain("ART28_3_G_DELETE_RETURN");
        sections.remove("§ 9 Löschung");
        StringBuilder base = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        sections.forEach((h, b) -> base.append(h).append("\n\n").append(b).append("\n\n"));
        ImportResult silent = DpaImporter.standard()
                .importBytes(
                        base.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        SourceFormat.TEXT,
                        "avv.txt");
        assertThat(silent.getRequirement(Requirement.DELETION_RETURN).status()).isEqualTo(Status.NOT_FOUND);
        assertThat(Review.of(silent, validator).getItems())
                .extracting(i -> i.finding().getRuleId())
                .contains("ART28_3_G_DELETE_RETURN");
    }

    @Test
    void should_report_a_deletion_or_return_without_a_chooser_as_the_choice_not_given_to_the_controller() {
        Validator validator =
                Validator.builder().asOf(LocalDate.of(2026, 12, 5)).build();
        ImportResult open = CompletenessTest.withSection(
                CompletenessTest.strongEnglish(),
                "13. End of processing",
                "When the services end the Processor deletes or returns all personal data.");
        assertThat(open.getRequirement(Requirement.DELETION_RETURN).status()).isNotEqualTo(Status.NOT_FOUND);
        List<Review.Item> items = Review.of(open, validator).getItems();
        assertThat(items).extracting(i -> i.finding().getRuleId()).doesNotContain("ART28_3_G_DELETE_RETURN");
        assertThat(items)
                .filteredOn(i -> i.finding().getRuleId().equals("ART28_3_G_CONTROLLER_CHOICE"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.finding().getSeverity()).isEqualTo(Severity.WARNING);
                    assertThat(i.finding().getMessageKey()).endsWith(".unassigned");
                    assertThat(i.finding().message(java.util.Locale.ENGLISH))
                            .contains("at the choice of the controller");
                });
        // the controller's choice named: neither finding
        ImportResult chosen = CompletenessTest.withSection(
                CompletenessTest.strongEnglish(),
                "13. End of processing",
                "When the services end the Processor deletes or returns all personal data at the choice of the Customer.");
        assertThat(Review.of(chosen, validator).getItems())
                .extracting(i -> i.finding().getRuleId())
                .doesNotContain("ART28_3_G_DELETE_RETURN", "ART28_3_G_CONTROLLER_CHOICE");
    }
}
