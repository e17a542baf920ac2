/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.json.DpaJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
            "The starter is dpa4j JSON with every section present and protective terms; what only you know is",
            "left as [[PLACEHOLDERS]] with short guidance. Validate it to see what is still to do.",
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
            description = "Write to this file (it must not exist yet) instead of standard output.")
    @Nullable
    Path output;

    @Override
    int run() {
        String json = DpaJson.write(Starter.create(lang));
        if (output == null) {
            env.print(json);
            return Cli.OK;
        }
        Messages m = Messages.of(lang);
        try {
            Files.writeString(output, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new CliException("dpa init: " + output + ": " + m.get("output.exists"), e);
        } catch (IOException e) {
            throw new CliException("dpa init: " + output + ": " + m.get("output.unwritable", e.getMessage()), e);
        }
        env.error(m.get("init.written", output));
        return Cli.OK;
    }
}
