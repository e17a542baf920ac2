/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DiffCommandTest {

    static final Path JOMOCO = RenderCommandTest.JOMOCO;

    /** The second Jomoco version that dpa-render's notice tests use. */
    static final Path JOMOCO_V2 = Path.of(
            "..", "dpa-render", "src", "test", "resources", "dev", "dpa4j", "render", "notice", "jomoco-v2.json");

    @Test
    void should_exit_0_with_no_changes_when_a_version_is_compared_with_itself() {
        // when
        CliRun run = CliRun.run("diff", "--format", "json", JOMOCO.toString(), JOMOCO.toString());

        // then
        assertThat(run.exitCode()).isZero();
        JsonNode changes = JsonOut.mapper().readTree(run.out()).get("changes");
        assertThat(changes.path("changes").isMissingNode()
                        || changes.path("changes").isEmpty())
                .isTrue();
    }

    @Test
    void should_exit_1_and_write_a_german_notice_with_deadlines_when_the_new_version_needs_notice() {
        // when
        CliRun run = CliRun.run(
                "diff",
                "--notice-date",
                "2026-03-06",
                "--zone",
                "Europe/Berlin",
                JOMOCO.toString(),
                JOMOCO_V2.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("Mitteilung").contains("6. März 2026");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void should_exit_2_in_one_line_when_the_zone_is_unknown() {
        // when
        CliRun run = CliRun.run("diff", "--zone", "Mars/Olympus", JOMOCO.toString(), JOMOCO_V2.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("dpa diff: unknown time zone Mars/Olympus; use an IANA name such as Europe/Berlin or UTC\n");
    }

    @Test
    void should_exit_2_when_a_version_cannot_be_read() {
        // when
        CliRun run = CliRun.run("diff", JOMOCO.toString(), "missing.json");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("missing.json: file not found\n");
    }
}
