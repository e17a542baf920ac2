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
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;

/**
 * Hidden: runs the common commands once in-process on the starter agreement, so that the {@code
 * ./dpa} launcher can record the classes they load in a class-data-sharing archive (start-up of a
 * short command is dominated by loading and verifying classes, which the archive saves). Prints
 * nothing and leaves nothing behind.
 */
@Command(name = "warm-up", hidden = true)
final class WarmUpCommand extends BaseCommand {

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
            for (String[] args : runs) {
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
