/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class RootCommandTest {

    @Test
    void should_register_each_command_under_the_name_its_annotation_gives() {
        // when
        Map<String, String> annotated = new LinkedHashMap<>();
        Cli.COMMANDS.forEach((name, type) ->
                annotated.put(name, type.getAnnotation(Command.class).name()));

        // then
        assertThat(annotated)
                .allSatisfy((name, annotationName) -> assertThat(annotationName).isEqualTo(name));
        assertThat(annotated)
                .containsOnlyKeys(
                        "validate",
                        "render",
                        "report",
                        "diff",
                        "subprocessors",
                        "schema",
                        "catalog",
                        "init",
                        "warm-up",
                        "dpv",
                        "import",
                        "review");
    }

    @Test
    void should_name_the_command_when_it_is_the_first_argument_that_is_no_option() {
        assertThat(Cli.commandName("validate", "a.json")).isEqualTo("validate");
        assertThat(Cli.commandName("--verbose", "render", "--format", "md", "a.json"))
                .isEqualTo("render");
        assertThat(Cli.commandName("catalog", "countries")).isEqualTo("catalog");
    }

    @Test
    void should_name_no_command_when_there_is_none_or_it_is_unknown() {
        assertThat(Cli.commandName()).isNull();
        assertThat(Cli.commandName("--help")).isNull();
        assertThat(Cli.commandName("frobnicate", "validate")).isNull();
        assertThat(Cli.commandName("--", "validate")).isNull();
    }

    @Test
    void should_build_only_the_named_command_when_a_command_line_names_one() {
        // when
        CommandLine named = Cli.commandLine(CliRun.env(), "schema");
        CommandLine unnamed = Cli.commandLine(CliRun.env(), "--help");

        // then
        assertThat(named.getSubcommands()).containsOnlyKeys("schema");
        assertThat(unnamed.getSubcommands().keySet()).containsExactlyElementsOf(Cli.COMMANDS.keySet());
    }

    @Test
    void should_list_every_command_but_the_hidden_one_when_no_command_is_given() {
        assertThat(Cli.commandList())
                .isEqualTo(
                        "validate, render, report, diff, subprocessors, schema, catalog, init, dpv, import or review");
    }

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
    @ValueSource(
            strings = {
                "validate",
                "render",
                "report",
                "diff",
                "subprocessors",
                "schema",
                "catalog",
                "init",
                "dpv",
                "import",
                "review"
            })
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
    void should_name_every_command_that_exits_1_when_help_lists_the_exit_codes() {
        // when
        String help = CliRun.run("--help").out().replaceAll("\\s+", " ");

        // then: diff's 1 (a change needs attention) is not a finding, and review exits as validate does
        assertThat(help)
                .contains("1 findings at or above --fail-on (validate, review) or a change that needs the"
                        + " controller's attention (diff)");
    }

    @Test
    void should_keep_the_dpv_version_whole_when_the_dpv_help_is_printed() {
        // when
        CliRun run = CliRun.run("dpv", "--help");

        // then: picocli wraps a description line longer than the width inside "2.x"
        assertThat(run.out()).contains("Vocabulary (DPV 2.x) JSON-LD.");
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
