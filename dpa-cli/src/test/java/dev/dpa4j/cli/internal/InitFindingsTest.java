/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The starter of {@code dpa init} validates with only the findings a user must still resolve. */
class InitFindingsTest {

    @Test
    void should_leave_only_the_facts_only_the_user_knows_when_the_starter_is_validated(@TempDir Path dir) {
        // given
        Path starter = dir.resolve("my-dpa.json");
        assertThat(CliRun.run("init", "-o", starter.toString()).exitCode()).isZero();

        // when
        CliRun run = CliRun.run("validate", "--format", "json", starter.toString());

        // then: who the parties are, what is processed, where, by which measures and sub-processors,
        // and how the agreement is concluded; nothing about the clauses the starter provides
        assertThat(run.exitCode()).isEqualTo(1);
        List<String> found = new ArrayList<>();
        for (JsonNode f :
                JsonOut.mapper().readTree(run.out()).get("results").get(0).get("findings")) {
            found.add(f.get("ruleId").asString() + " " + f.get("path").asString());
        }
        assertThat(found)
                .containsExactlyInAnyOrder(
                        "PARTY_CONTROLLER_ID controllers[0]",
                        "PARTY_PROCESSOR_ID processor",
                        "PARTY_CONTACTS processor.contacts",
                        "ART28_3_SUBJECT_MATTER processing.subjectMatter",
                        "DOC_PLACEHOLDER processing.subjectMatter",
                        "ART28_3_NATURE processing.nature",
                        "ART28_3_PURPOSE processing.purposes",
                        "ART28_3_DATA_TYPES processing.dataCategories",
                        "ART28_3_DATA_SUBJECTS processing.dataSubjects",
                        "PROCESSING_LOCATIONS processing.locations",
                        "ART32_TOMS_DOCUMENTED security.measures",
                        "SUBPROC_LIST_PRESENT subprocessing.subprocessors",
                        "X_INSTR_CHANNEL instructions.issuers",
                        "ART28_9_WRITTEN_FORM conclusion",
                        "GUARANTEES_EVIDENCE processor.certifications",
                        "JURISDICTION finalProvisions.jurisdiction");
    }

    @Test
    void should_draw_no_finding_from_its_own_terms_when_the_user_names_who_gives_instructions(@TempDir Path dir)
            throws Exception {
        // given: the starter with the persons who give and receive instructions filled in
        Path starter = dir.resolve("my-dpa.json");
        CliRun.run("init", "-o", starter.toString());
        Path filled = dir.resolve("filled.json");
        String json = Files.readString(starter, StandardCharsets.UTF_8);
        Files.writeString(
                filled,
                json.replace(
                        "\"instructions\": {",
                        "\"instructions\": {\"issuers\": {\"persons\": [{\"name\": \"Ada Ng\"}]},"
                                + " \"recipients\": {\"persons\": [{\"name\": \"Bo Li\"}]},"),
                StandardCharsets.UTF_8);

        // when
        CliRun before = CliRun.run("validate", starter.toString());
        CliRun after = CliRun.run("validate", filled.toString());

        // then: the starter's own term (changes of those persons are notified) raises nothing afterwards
        assertThat(before.out()).contains("X_INSTR_CHANNEL  instructions.issuers");
        assertThat(after.exitCode()).isEqualTo(1);
        assertThat(after.out()).doesNotContain("X_INSTR_CHANNEL");
    }

    @Test
    void should_say_how_to_judge_a_template_when_the_controller_is_still_a_placeholder(@TempDir Path dir) {
        // given
        Path starter = dir.resolve("my-dpa.json");
        CliRun.run("init", "-o", starter.toString());
        Path german = dir.resolve("mein-avv.json");
        CliRun.run("init", "--lang", "de", "-o", german.toString());

        // when
        CliRun english = CliRun.run("validate", starter.toString());
        CliRun deutsch = CliRun.run("validate", german.toString());

        // then: the starter is a draft, judged as executed; the message says so and how to judge a template
        assertThat(english.out())
                .contains("Controller #1 is still a placeholder, but the agreement is judged as executed"
                        + " (for a template, set its status to TEMPLATE or validate it with the template profile).");
        assertThat(deutsch.out())
                .contains("Der Verantwortliche #1 ist noch ein Platzhalter, der Vertrag wird aber als abgeschlossen"
                        + " geprüft (eine Vorlage erhält den Status TEMPLATE oder wird mit dem Profil für Vorlagen"
                        + " geprüft).");
    }

    @Test
    void should_not_flag_the_open_controller_when_judged_as_a_template(@TempDir Path dir) {
        // given
        Path starter = dir.resolve("my-dpa.json");
        CliRun.run("init", "--lang", "de", "-o", starter.toString());

        // when
        CliRun run = CliRun.run("validate", "--profile", "template", "--format", "json", starter.toString());

        // then
        assertThat(run.out()).doesNotContain("PARTY_CONTROLLER_ID").contains("ART28_3_SUBJECT_MATTER");
    }
}
