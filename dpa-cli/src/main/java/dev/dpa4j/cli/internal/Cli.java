/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Builds the picocli command tree and runs it.
 *
 * <p>All failures end here: a wrong command line and a {@link CliException} print one line on
 * stderr and give exit code 2; any other exception also gives 2 with one line, plus the stack trace
 * with {@code --verbose}.
 */
public final class Cli {
    /** Exit code: success, nothing at or above the fail threshold. */
    static final int OK = 0;
    /** Exit code: findings at or above the fail threshold. */
    static final int FINDINGS = 1;
    /** Exit code: unreadable input or a wrong command line. */
    static final int INPUT_ERROR = 2;

    private Cli() {}

    /**
     * Runs the command line and returns its exit code.
     *
     * @param clock the clock for "today", not null
     * @param out standard output, not null
     * @param err standard error, not null
     * @param args the arguments, not null
     * @return the exit code
     */
    public static int execute(Clock clock, OutputStream out, OutputStream err, String... args) {
        Env env = new Env(clock, out, err);
        try {
            return commandLine(env).execute(args);
        } finally {
            env.flush();
        }
    }

    static CommandLine commandLine(Env env) {
        CommandLine cl = new CommandLine(new RootCommand(), new Factory(env));
        cl.setOut(env.stdout());
        cl.setErr(env.stderr());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            env.error(cmd.getCommandSpec().qualifiedName() + ": " + oneLine(String.valueOf(ex.getMessage())) + " (see '"
                    + cmd.getCommandSpec().qualifiedName() + " --help')");
            return INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof CliException) {
                env.error(String.valueOf(ex.getMessage()));
            } else {
                env.error("dpa: " + oneLine(String.valueOf(ex.getMessage())) + " ("
                        + ex.getClass().getName() + ")");
            }
            if (verbose(parseResult)) {
                StringWriter trace = new StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                env.stderr().print(trace.toString().replace(System.lineSeparator(), "\n"));
            }
            return INPUT_ERROR;
        });
        return cl;
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    static String oneLine(String message) {
        int nl = message.indexOf('\n');
        String first = nl < 0 ? message : message.substring(0, nl);
        return first.strip();
    }

    /** Creates the command objects and hands each the environment. */
    private static final class Factory implements CommandLine.IFactory {
        private final Env env;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(Env env) {
            this.env = env;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            K object = fallback.create(cls);
            if (object instanceof BaseCommand command) {
                command.env = env;
            }
            return object;
        }
    }
}
