/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
                        "NOT_MERE_RESTATEMENT processing",
                        "PROCESSING_LOCATIONS processing.locations",
                        "ART32_TOMS_DOCUMENTED security.measures",
                        "SUBPROC_LIST_PRESENT subprocessing.subprocessors",
                        "X_INSTR_CHANNEL instructions.issuers",
                        "ART28_9_WRITTEN_FORM conclusion",
                        "GUARANTEES_EVIDENCE processor.certifications",
                        "JURISDICTION finalProvisions.jurisdiction");
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
