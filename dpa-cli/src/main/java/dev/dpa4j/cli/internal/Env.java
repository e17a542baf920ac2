/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * What a command may touch: the clock, standard input (read at most once, for a {@code -} argument)
 * and the two output streams, always written as UTF-8.
 */
final class Env {
    private final Clock clock;
    private final InputStream in;
    private boolean inTaken;
    private final OutputStream out;
    private final PrintWriter stdout;
    private final PrintWriter stderr;
    private final @Nullable HeadStart headStart;

    Env(Clock clock, InputStream in, OutputStream out, OutputStream err) {
        this(clock, in, out, err, null);
    }

    Env(Clock clock, InputStream in, OutputStream out, OutputStream err, @Nullable HeadStart headStart) {
        this.headStart = headStart;
        this.clock = clock;
        this.in = in;
        this.out = out;
        this.stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        this.stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), false);
    }

    /**
     * Waits for the validator's {@linkplain HeadStart head start}, if the process began one; a command
     * calls this before it creates its validator.
     */
    void awaitHeadStart() {
        if (headStart != null) {
            headStart.await();
        }
    }

    /** Today's date in UTC, from the injected clock. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * Standard input, for the first {@code -} on a command line; it can be read only once.
     *
     * @throws CliException if standard input was already taken by an earlier {@code -}
     */
    InputStream stdin(Messages messages) {
        if (inTaken) {
            throw new CliException("-: " + messages.get("input.stdinTwice"));
        }
        inTaken = true;
        return in;
    }

    /** The raw standard output stream, for writing a document as it is rendered. */
    OutputStream out() {
        stdout.flush();
        return out;
    }

    PrintWriter stdout() {
        return stdout;
    }

    PrintWriter stderr() {
        return stderr;
    }

    /** Prints text to standard output exactly as given (no platform line separator is added). */
    void print(String text) {
        stdout.print(text);
    }

    /** Writes bytes to standard output, after whatever text is still buffered. */
    void write(byte[] bytes) {
        stdout.flush();
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints one line to standard error. */
    void error(String line) {
        stderr.print(line);
        stderr.print('\n');
    }

    void flushStderr() {
        stderr.flush();
    }

    void flush() {
        stdout.flush();
        stderr.flush();
    }
}
