/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.dpv.DpvException;
import dev.dpa4j.dpv.DpvJsonLd;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dpa dpv export|import}: converts between dpa4j JSON and W3C DPV JSON-LD. */
@Command(
        name = "dpv",
        mixinStandardHelpOptions = true,
        description = {
            // one line of at most 80 characters: a longer one would be wrapped inside "2.x"
            "Convert between dpa4j JSON and W3C Data Privacy Vocabulary (DPV 2.x) JSON-LD.",
            "",
            "What the conversion carries and what DPV cannot express: docs/dpv.md.",
            ""
        },
        subcommands = {DpvCommand.Export.class, DpvCommand.Import.class})
final class DpvCommand implements Runnable {

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: export or import");
    }

    /** {@code dpa dpv export FILE}: an agreement as DPV JSON-LD. */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {"Write an agreement (dpa4j JSON) as DPV JSON-LD.", ""})
    static final class Export extends BaseCommand {

        @Parameters(index = "0", paramLabel = "FILE", description = "The agreement (dpa4j JSON); - is standard input.")
        @SuppressWarnings("NullAway.Init")
        Path file;

        @Mixin
        SharedOptions.Output outputOption = new SharedOptions.Output();

        @Override
        int run() {
            Messages messages = Messages.of(Lang.en);
            DataProcessingAgreement agreement = Inputs.load(file, messages, env).agreement();
            Documents.emit(
                    env, outputOption.path(), DpvJsonLd.write(agreement).getBytes(StandardCharsets.UTF_8), messages);
            return Cli.OK;
        }
    }

    /** {@code dpa dpv import FILE}: a DPV JSON-LD graph as an agreement. */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Read a DPV JSON-LD graph holding one dpv:DataProcessingAgreement and write it as dpa4j JSON.",
                "",
                "Remote contexts are not fetched: the document must carry its context.",
                ""
            })
    static final class Import extends BaseCommand {

        @Parameters(index = "0", paramLabel = "FILE", description = "The JSON-LD document; - is standard input.")
        @SuppressWarnings("NullAway.Init")
        Path file;

        @Mixin
        SharedOptions.Output outputOption = new SharedOptions.Output();

        @Override
        int run() {
            Messages messages = Messages.of(Lang.en);
            byte[] bytes = Inputs.readBytes(file, messages, env);
            DataProcessingAgreement agreement;
            try {
                agreement = DpvJsonLd.read(new String(bytes, StandardCharsets.UTF_8));
            } catch (DpvException e) {
                throw new CliException(
                        "dpa dpv import: " + file + ": " + Cli.oneLine(String.valueOf(e.getMessage())), e);
            }
            Documents.emit(
                    env, outputOption.path(), DpaJson.write(agreement).getBytes(StandardCharsets.UTF_8), messages);
            return Cli.OK;
        }
    }
}
