/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SubprocessorsCommandTest {

    @Test
    void should_list_the_current_versions_subprocessors_when_format_is_json() {
        // when
        CliRun run = CliRun.run("subprocessors", "--format", "json", DiffCommandTest.JOMOCO_V2.toString());

        // then
        assertThat(run.exitCode()).isZero();
        JsonNode list = JsonOut.mapper().readTree(run.out());
        assertThat(list.get("agreementId").asString()).isEqualTo("jomoco-avv");
        assertThat(list.get("subprocessors")).isNotEmpty();
    }

    @Test
    void should_write_an_html_page_in_the_agreements_language() {
        // when
        CliRun run = CliRun.run("subprocessors", "--format", "html", DiffCommandTest.JOMOCO_V2.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("<html").contains("lang=\"de\"");
    }

    @Test
    void should_exit_2_in_one_line_when_a_version_for_the_feed_has_no_date() {
        // when
        CliRun run = CliRun.run(
                "subprocessors",
                "--format",
                "atom",
                DiffCommandTest.JOMOCO.toString(),
                DiffCommandTest.JOMOCO_V2.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.err()).startsWith("dpa subprocessors: ").contains("versionDate");
    }
}
