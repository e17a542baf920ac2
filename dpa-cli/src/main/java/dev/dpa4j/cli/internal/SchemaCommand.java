/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.json.DpaJson;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

    @Mixin
    SharedOptions.Output outputOption = new SharedOptions.Output();

    @Override
    int run() {
        Documents.emit(
                env, outputOption.path(), DpaJson.schema().getBytes(StandardCharsets.UTF_8), Messages.of(Lang.en));
        return Cli.OK;
    }
}
