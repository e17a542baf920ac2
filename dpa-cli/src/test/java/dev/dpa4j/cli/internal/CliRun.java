/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.cli.Dpa;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the command in-process with captured streams and a fixed clock (2026-03-01, UTC). */
@SuppressWarnings("ArrayRecordComponent") // never compared; the bytes are what the command wrote
record CliRun(int exitCode, byte[] outBytes, String out, String err) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneOffset.UTC);

    static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Dpa.run(CLOCK, out, err, args);
        return new CliRun(
                code, out.toByteArray(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** An environment whose output is discarded, for tests that only build the command line. */
    static Env env() {
        return new Env(
                CLOCK, java.io.InputStream.nullInputStream(), new ByteArrayOutputStream(), new ByteArrayOutputStream());
    }

    /** The lines printed on stderr. */
    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\n", -1);
    }
}
