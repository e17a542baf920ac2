/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Builds the picocli command tree and runs it.
 *
 * <p>All failures end here: a wrong command line and a {@link CliException} print one line on
 * stderr and give exit code 2; any other exception or error (even {@link OutOfMemoryError}) also
 * gives 2 with one line, plus the stack trace with {@code --verbose}. Exit code 1 means findings and
 * nothing else.
 */
public final class Cli {
    /** Exit code: success, nothing at or above the fail threshold. */
    static final int OK = 0;
    /** Exit code: findings at or above the fail threshold. */
    static final int FINDINGS = 1;
    /** Exit code: unreadable input, an unwritable output, a wrong command line or any other failure. */
    static final int INPUT_ERROR = 2;

    /**
     * The subcommands by name, in the order {@code dpa --help} lists them. Hidden commands are
     * last. Building a command's picocli model reflects over its annotations, which costs start-up
     * time, so {@link #commandLine(Env, String...)} registers only the command that a command line
     * names, and all of them only when it names none (for the root help and for the error message
     * that suggests a command).
     */
    static final Map<String, Class<?>> COMMANDS = commands();

    /** Commands that {@code dpa --help} does not list. */
    private static final Set<String> HIDDEN = Set.of("warm-up");

    private Cli() {}

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("validate", ValidateCommand.class);
        commands.put("render", RenderCommand.class);
        commands.put("report", ReportCommand.class);
        commands.put("diff", DiffCommand.class);
        commands.put("subprocessors", SubprocessorsCommand.class);
        commands.put("schema", SchemaCommand.class);
        commands.put("catalog", CatalogCommand.class);
        commands.put("init", InitCommand.class);
        commands.put("warm-up", WarmUpCommand.class);
        commands.put("dpv", DpvCommand.class);
        commands.put("import", ImportCommand.class);
        commands.put("review", ReviewCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    /** The listed commands as an English enumeration: "validate, render, ... or init". */
    static String commandList() {
        List<String> names = COMMANDS.keySet().stream()
                .filter(name -> !HIDDEN.contains(name))
                .toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /**
     * Runs the command line and returns its exit code.
     *
     * @param clock the clock for "today", not null
     * @param in standard input, read for a {@code -} argument, not null
     * @param out standard output, not null
     * @param err standard error, not null
     * @param args the arguments, not null
     * @return the exit code
     */
    public static int execute(Clock clock, InputStream in, OutputStream out, OutputStream err, String... args) {
        return execute(new Env(clock, in, out, err), args);
    }

    /**
     * Runs the command line as the process's own command: like {@link #execute(Clock, InputStream,
     * OutputStream, OutputStream, String...)}, but a command line that will validate first starts the
     * validator's {@link HeadStart} on a second thread. Only {@code Dpa.main} calls this; the results
     * are the same, only sooner on a machine with more than one core.
     *
     * @param clock the clock for "today", not null
     * @param in standard input, read for a {@code -} argument, not null
     * @param out standard output, not null
     * @param err standard error, not null
     * @param args the arguments, not null
     * @return the exit code
     */
    public static int executeAsProcess(
            Clock clock, InputStream in, OutputStream out, OutputStream err, String... args) {
        return execute(new Env(clock, in, out, err, HeadStart.forCommandLine(args)), args);
    }

    private static int execute(Env env, String... args) {
        try {
            @Nullable List<Path> files = plainValidate(args);
            int code = files != null
                    ? validate(env, files)
                    : commandLine(env, args).execute(args);
            env.flush();
            return code;
        } catch (Throwable e) { // errors too: a crash must never exit with 1 (= findings)
            crash(env, e, java.util.Arrays.asList(args).contains("--verbose"));
            return INPUT_ERROR;
        }
    }

    /**
     * The files of a command line that is {@code validate} followed by file names only, or null for
     * any other command line (an option, {@code -}, {@code --}, an {@code @}-file, an empty word, a
     * name that is not a path): the commonest command line, which {@link #validate(Env, List)} runs
     * without picocli. For such a line picocli would do nothing but put the files into {@link
     * ValidateCommand#files} and leave every option at its default; building its model of the
     * command, by reflection over the annotations of the command and its mixins, was about a third
     * of the main thread's work in a cold {@code dpa validate} (issue 14).
     */
    static @Nullable List<Path> plainValidate(String... args) {
        if (args.length < 2 || !args[0].equals("validate")) {
            return null;
        }
        List<Path> files = new ArrayList<>(args.length - 1);
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.charAt(0) == '-' || arg.charAt(0) == '@') {
                return null;
            }
            try {
                files.add(Path.of(arg));
            } catch (InvalidPathException e) {
                return null; // picocli words the error
            }
        }
        return files;
    }

    /**
     * Runs {@code validate} on files with every option at its default, as picocli would for the same
     * command line: the command's own defaults are the fields' initial values, which picocli's
     * {@code defaultValue}s repeat ({@code ValidateCommandTest} compares the two ways), and an
     * exception of the command ends as picocli's execution exception handler in {@link
     * #commandLine(Env, String...)} ends it.
     */
    private static int validate(Env env, List<Path> files) {
        ValidateCommand command = new ValidateCommand();
        command.env = env;
        command.files = files;
        try {
            return command.call();
        } catch (CliException e) {
            env.error(String.valueOf(e.getMessage()));
            return INPUT_ERROR;
        } catch (RuntimeException e) {
            crash(env, e, false);
            return INPUT_ERROR;
        }
    }

    /** One line on stderr for a failure the command did not expect, and the trace if asked for. */
    static void crash(Env env, Throwable e, boolean verbose) {
        String what = e instanceof OutOfMemoryError
                ? "out of memory; give the JVM more with DPA_JAVA_OPTS=-Xmx..."
                : "internal error: " + oneLine(String.valueOf(e.getMessage()));
        try {
            env.error("dpa: " + what + " (" + e.getClass().getName() + ")");
            if (verbose) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                env.stderr().print(trace.toString().replace(System.lineSeparator(), "\n"));
            }
            env.flushStderr();
        } catch (RuntimeException | Error ignored) {
            // stderr itself failed: nothing more can be said, the exit code still says it
        }
    }

    static CommandLine commandLine(Env env, String... args) {
        Factory factory = new Factory(env);
        CommandLine cl = new CommandLine(new RootCommand(), factory);
        @Nullable String named = commandName(args);
        if (named != null) {
            cl.addSubcommand(named, new CommandLine(COMMANDS.get(named), factory));
        } else {
            COMMANDS.forEach((name, type) -> cl.addSubcommand(name, new CommandLine(type, factory)));
        }
        // the settings below reach the subcommands only if they are registered first
        cl.setOut(env.stdout());
        cl.setErr(env.stderr());
        cl.setParameterExceptionHandler((ex, unmatched) -> {
            CommandLine cmd = ex.getCommandLine();
            env.error(cmd.getCommandSpec().qualifiedName() + ": " + oneLine(String.valueOf(ex.getMessage())) + " (see '"
                    + cmd.getCommandSpec().qualifiedName() + " --help')");
            return INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (!(ex instanceof CliException)) {
                crash(env, ex, verbose(parseResult));
                return INPUT_ERROR;
            }
            env.error(String.valueOf(ex.getMessage()));
            if (verbose(parseResult)) {
                StringWriter trace = new StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                env.stderr().print(trace.toString().replace(System.lineSeparator(), "\n"));
            }
            return INPUT_ERROR;
        });
        return cl;
    }

    /**
     * The subcommand a command line names: its first argument that is not an option, if that is a
     * known command. The root has no option that takes a value, so no option value can be mistaken
     * for the command.
     */
    static @Nullable String commandName(String... args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return null;
            }
            if (!arg.startsWith("-")) {
                return COMMANDS.containsKey(arg) ? arg : null;
            }
        }
        return null;
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
