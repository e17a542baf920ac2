/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand: it gets the environment from the factory and returns its exit code. */
abstract class BaseCommand implements Callable<Integer> {
    /** Set by the factory before the command runs. */
    @SuppressWarnings("NullAway.Init")
    Env env;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public final Integer call() {
        return run();
    }

    /** Runs the command; throws {@link CliException} for input the user must fix. */
    abstract int run();
}
