/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.json.DpaJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Hidden: runs the common commands once in-process on the starter agreement, and {@code validate}
 * on each agreement given, so that the {@code ./dpa} launcher can record the classes they load in a
 * class-data-sharing archive (start-up of a short command is dominated by loading and verifying
 * classes, which the archive saves). The launcher passes the repository's examples, which reach
 * rules (transfers, sub-processors abroad) that the starter does not. Prints nothing and leaves
 * nothing behind.
 */
@Command(name = "warm-up", hidden = true)
final class WarmUpCommand extends BaseCommand {

    /** Agreements to validate as well; unreadable ones are skipped like any other failed run. */
    @Parameters(arity = "0..*", paramLabel = "FILE")
    List<Path> files = List.of();

    @Override
    int run() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        @Nullable Path file = null;
        try {
            file = Files.createTempFile("dpa-warm-up", ".json");
            Files.writeString(file, DpaJson.write(Starter.create(Lang.de)), StandardCharsets.UTF_8);
            String path = file.toString();
            String[][] runs = {
                {"--help"},
                {"validate", "--help"},
                {"validate", path},
                {"validate", "--format", "json", path},
                {"validate", "--format", "sarif", "--lang", "de", path},
                {"render", "--format", "md", path},
                {"render", "--format", "html", path},
                {"report", "--format", "html", path},
                {"catalog", "countries"},
                {"schema"},
                {"init"},
            };
            List<String[]> all = new ArrayList<>(List.of(runs));
            for (Path given : files) {
                all.add(new String[] {"validate", given.toString()});
                all.add(new String[] {"validate", "--format", "json", given.toString()});
            }
            for (String[] args : all) {
                // the validator's head start as the process starts it, so that its classes are recorded too
                @Nullable HeadStart headStart = HeadStart.forCommandLine(args);
                if (headStart != null) {
                    headStart.await();
                }
                Cli.execute(clock, java.io.InputStream.nullInputStream(), sink, sink, args);
                sink.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
        return Cli.OK;
    }
}
