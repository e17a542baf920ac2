/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code dpa}: only dispatches to its subcommands. They are not listed in the annotation but
 * registered by {@link Cli}, which builds only the one a command line names (see {@link
 * Cli#COMMANDS}).
 */
@Command(
        name = "dpa",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = false,
        description = "Validate, render and inspect GDPR Art. 28 data processing agreements (dpa4j JSON).",
        footer = {
            "",
            "Exit codes: 0 success; 1 findings at or above --fail-on (validate, review) or a change that"
                    + " needs the controller's attention (diff); 2 unreadable input, wrong usage or any other"
                    + " failure."
        })
final class RootCommand implements Runnable {

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "On an error, print the stack trace as well.")
    boolean verbose;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required: " + Cli.commandList());
    }
}
