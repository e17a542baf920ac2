/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code dpa}: only dispatches to its subcommands. */
@Command(
        name = "dpa",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = false,
        description = "Validate, render and inspect GDPR Art. 28 data processing agreements (dpa4j JSON).",
        footer = {"", "Exit codes: 0 success, 1 findings at or above --fail-on, 2 unreadable input or wrong usage."},
        subcommands = {
            ValidateCommand.class,
            RenderCommand.class,
            ReportCommand.class,
            DiffCommand.class,
            SubprocessorsCommand.class,
            SchemaCommand.class,
            CatalogCommand.class,
            InitCommand.class,
            WarmUpCommand.class,
        })
final class RootCommand implements Runnable {

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "On an error, print the stack trace as well.")
    boolean verbose;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "a command is required: validate, render, report, schema, catalog or init");
    }
}
