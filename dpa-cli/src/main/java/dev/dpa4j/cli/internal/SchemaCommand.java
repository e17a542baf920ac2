/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.json.DpaJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dpa schema}: prints the JSON Schema of the agreement format. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = {
            "Print the JSON Schema of the agreement format.",
            "",
            "The schema (JSON Schema draft 2020-12) that ships with this version; point your editor at it.",
            ""
        })
final class SchemaCommand extends BaseCommand {

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description =
                    "Write to this file (replaced if it exists) instead of standard output (- is standard output).")
    @Nullable
    Path output;

    @Override
    int run() {
        Documents.emit(env, output, DpaJson.schema().getBytes(StandardCharsets.UTF_8), Messages.of(Lang.en));
        return Cli.OK;
    }
}
