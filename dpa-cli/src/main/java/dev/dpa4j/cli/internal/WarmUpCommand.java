/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import picocli.CommandLine.Command;

/**
 * Hidden: runs every command once in-process on the starter agreement, for the {@code ./dpa}
 * launcher to record the classes they load in a class-data-sharing archive (start-up is dominated by
 * loading and verifying classes, which the archive saves). Prints nothing.
 */
@Command(name = "warm-up", hidden = true)
final class WarmUpCommand extends BaseCommand {

    @Override
    int run() {
        DataProcessingAgreement starter = Starter.create(Lang.de);
        String json = DpaJson.write(starter);
        DpaJson.read(json);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        for (String[] args : new String[][] {{"--help"}, {"validate", "--help"}, {"init", "--lang", "en"}}) {
            Cli.execute(clock, sink, sink, args);
        }
        return Cli.OK;
    }
}
