/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli;

import dev.dpa4j.cli.internal.Cli;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Entry point of the {@code dpa} command.
 *
 * <p>{@link #main(String[])} is what the runnable jar and the {@code ./dpa} launcher call. {@link
 * #run(Clock, OutputStream, OutputStream, String...)} runs the same command in-process, which is
 * how other Java tools and the tests call it: it never calls {@link System#exit(int)} and writes
 * UTF-8 to the streams it is given, whatever the platform's default charset.
 *
 * <p>Exit codes: {@code 0} success (for {@code validate}: no finding at or above the fail
 * threshold), {@code 1} findings at or above the threshold, {@code 2} an input could not be read or
 * parsed, an output could not be written, the command line was wrong, or the command failed in any
 * other way (it never ends with an uncaught exception or error, not even {@link OutOfMemoryError}).
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class Dpa {

    private Dpa() {}

    /**
     * Runs the command with the system clock (dates are taken in UTC) and the process's standard
     * streams, then exits with the command's exit code.
     *
     * @param args the command-line arguments, not null
     */
    @SuppressForbidden("the process entry point: the only place that owns the standard streams and the clock")
    public static void main(String[] args) {
        // a failure in any other thread (the only one the command starts, the validator's head start,
        // catches everything itself) is also one line and code 2
        Thread.setDefaultUncaughtExceptionHandler(Dpa::crashed);
        // as run(...), plus the validator's first use on a second thread where the command will validate
        int code = Cli.executeAsProcess(Clock.systemUTC(), System.in, System.out, System.err, args);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    @SuppressForbidden("the process's last word on stderr before it halts")
    private static void crashed(Thread thread, Throwable e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        System.err.print("dpa: internal error: " + message + " (" + e.getClass().getName() + ")\n");
        System.err.flush();
        Runtime.getRuntime().halt(2);
    }

    /**
     * Runs the command in-process.
     *
     * @param clock the clock that gives "today" where a command needs a date and none was given
     *     (the date is taken in UTC), not null
     * @param out where the command's output goes (UTF-8), not null; flushed, not closed
     * @param err where diagnostics go (UTF-8), not null; flushed, not closed
     * @param args the command-line arguments, not null
     * @return the exit code: 0, 1 or 2 as described in the class documentation
     */
    public static int run(Clock clock, OutputStream out, OutputStream err, String... args) {
        return run(clock, InputStream.nullInputStream(), out, err, args);
    }

    /**
     * Runs the command in-process with a standard input, which a {@code -} in place of a file name
     * reads.
     *
     * @param clock the clock that gives "today" where a command needs a date and none was given
     *     (the date is taken in UTC), not null
     * @param in what {@code -} as an input file reads, not null; not closed
     * @param out where the command's output goes (UTF-8), not null; flushed, not closed
     * @param err where diagnostics go (UTF-8), not null; flushed, not closed
     * @param args the command-line arguments, not null
     * @return the exit code: 0, 1 or 2 as described in the class documentation
     */
    public static int run(Clock clock, InputStream in, OutputStream out, OutputStream err, String... args) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(args, "args");
        return Cli.execute(clock, in, out, err, args);
    }
}
