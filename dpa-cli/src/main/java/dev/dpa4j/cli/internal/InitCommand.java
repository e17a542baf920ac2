/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.json.DpaJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dpa init}: writes a starter agreement to fill in. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write a starter agreement to fill in.",
            "",
            "The starter is dpa4j JSON with every section present and protective terms; what only you know is"
                    + " left as [[PLACEHOLDERS]] with short guidance. Validate it to see what is still to do.",
            ""
        })
final class InitCommand extends BaseCommand {

    @Option(
            names = "--lang",
            defaultValue = "en",
            paramLabel = "de|en",
            description = "Language of the texts in the starter (default: ${DEFAULT-VALUE}).")
    Lang lang = Lang.en;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "Write to this file (it must not exist yet) instead of standard output (- is standard output).")
    @Nullable
    Path output;

    @Override
    int run() {
        String json = DpaJson.write(Starter.create(lang));
        if (output == null || Documents.isStdout(output)) {
            env.print(json);
            return Cli.OK;
        }
        Messages m = Messages.of(lang);
        try {
            Documents.write(output, out -> out.write(json.getBytes(StandardCharsets.UTF_8)), false, m);
        } catch (CliException e) {
            throw new CliException("dpa init: " + e.getMessage(), e);
        }
        env.error(m.get("init.written", output));
        return Cli.OK;
    }
}
