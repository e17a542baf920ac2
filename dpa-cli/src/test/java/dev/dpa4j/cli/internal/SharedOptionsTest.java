/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The options several commands share come from one mixin each: one description, one parser, one default. */
class SharedOptionsTest {

    /** Shared option name to the mixin that declares it. */
    private static final Map<String, Class<?>> SHARED = Map.of(
            "--output", SharedOptions.Output.class,
            "--lang", SharedOptions.Language.class,
            "--profile", SharedOptions.JudgedAs.class,
            "--as-of", SharedOptions.AsOf.class,
            "--fail-on", SharedOptions.FailOn.class);

    /**
     * Commands whose option of that name means something else and is declared by the command: init's -o never
     * replaces a file, and init's and catalog's --lang have a fixed default (there is no agreement to take it from).
     */
    private static final Set<String> OWN = Set.of("dpa init --output", "dpa init --lang", "dpa catalog --lang");

    @Test
    void should_declare_each_shared_option_in_its_mixin_when_a_command_has_it() {
        // given
        List<String> declaredElsewhere = new ArrayList<>();
        Map<String, Set<String>> descriptions = new TreeMap<>();

        // when
        for (CommandSpec command : allCommands(Cli.commandLine(CliRun.env()))) {
            for (OptionSpec option : command.options()) {
                Class<?> mixin = SHARED.get(option.longestName());
                String where = command.qualifiedName() + " " + option.longestName();
                if (mixin == null || OWN.contains(where)) {
                    continue;
                }
                boolean fromMixin = command.mixins().values().stream()
                        .anyMatch(m -> mixin.isInstance(m.userObject())
                                && m.options().stream()
                                        .anyMatch(o -> o.longestName().equals(option.longestName())));
                if (!fromMixin) {
                    declaredElsewhere.add(where);
                }
                descriptions
                        .computeIfAbsent(option.longestName(), k -> new TreeSet<>())
                        .add(String.join(" ", option.description()));
            }
        }

        // then
        assertThat(declaredElsewhere).isEmpty();
        assertThat(descriptions).containsOnlyKeys(SHARED.keySet());
        assertThat(descriptions).allSatisfy((name, texts) -> assertThat(texts).hasSize(1));
    }

    @Test
    void should_keep_their_own_option_when_a_command_means_something_else_by_it() {
        // when
        Set<String> own = new TreeSet<>();
        for (CommandSpec command : allCommands(Cli.commandLine(CliRun.env()))) {
            for (OptionSpec option : command.options()) {
                String where = command.qualifiedName() + " " + option.longestName();
                if (SHARED.containsKey(option.longestName())
                        && command.mixins().values().stream()
                                .noneMatch(m -> m.options().stream()
                                        .anyMatch(o -> o.longestName().equals(option.longestName())))) {
                    own.add(where);
                }
            }
        }

        // then: exactly the documented exceptions; a command that declares a shared option itself shows up here
        assertThat(own).isEqualTo(OWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "report", "render", "catalog", "review"})
    void should_reject_a_malformed_date_alike_when_as_of_is_given_to_any_command(String command) {
        // when
        CliRun run = CliRun.run(command, "--as-of", "2026-13-01", "x");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("expected a date as YYYY-MM-DD but was '2026-13-01'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "report", "review"})
    void should_reject_an_unknown_severity_alike_when_fail_on_is_given_to_any_command(String command) {
        // when
        CliRun run = CliRun.run(command, "--fail-on", "fatal", "x");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--fail-on").contains("fatal");
    }

    private static List<CommandSpec> allCommands(CommandLine root) {
        List<CommandSpec> all = new ArrayList<>();
        for (CommandLine sub : root.getSubcommands().values()) {
            all.add(sub.getCommandSpec());
            all.addAll(allCommands(sub));
        }
        return all;
    }
}
