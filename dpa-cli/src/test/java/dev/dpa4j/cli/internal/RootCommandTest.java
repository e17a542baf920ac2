/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RootCommandTest {

    @Test
    void should_print_the_build_version_when_asked_for_the_version() {
        // when
        CliRun run = CliRun.run("--version");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("dpa " + VersionProvider.version() + "\n");
        assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "render", "report", "diff", "subprocessors", "schema", "catalog", "init"})
    void should_print_usage_and_exit_0_when_a_command_gets_help(String command) {
        // when
        CliRun run = CliRun.run(command, "--help");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: dpa " + command).contains("--help");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void should_list_every_command_when_help_is_asked_without_a_command() {
        // when
        CliRun run = CliRun.run("--help");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("validate", "render", "report", "schema", "catalog", "init", "Exit codes")
                .doesNotContain("warm-up");
    }

    @Test
    void should_fail_with_one_line_and_exit_2_when_no_command_is_given() {
        // when
        CliRun run = CliRun.run();

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2).endsWith("");
        assertThat(run.err()).startsWith("dpa: a command is required");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_fail_with_one_line_and_exit_2_when_the_command_is_unknown() {
        // when
        CliRun run = CliRun.run("frobnicate");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.err()).contains("frobnicate").doesNotContain("\tat ");
    }
}
