/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.importer.DpaImporter;
import dev.dpa4j.importer.ElementResult;
import dev.dpa4j.importer.ImportException;
import dev.dpa4j.importer.ImportResult;
import dev.dpa4j.model.json.DpaJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dpa import}: reads a DPA document into a draft agreement (dpa4j JSON, status IMPORTED). */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Read a DPA document into a draft agreement.",
            "",
            "Reads FILE (.txt, .md, .html, .docx or .pdf with a text layer, German or English) and writes the draft"
                    + " agreement it finds as dpa4j JSON with status IMPORTED: every fact comes from the document, what is not"
                    + " found stays absent. A summary of the elements found goes to standard error, and a warning where fewer than three were"
                    + " found in a document whose title names it a data processing agreement (it is imported, to be"
                    + " reviewed by hand). Exit code 0: imported; 2: the file cannot be read or is not a data processing"
                    + " agreement.",
            ""
        })
final class ImportCommand extends BaseCommand {

    @Mixin
    SharedOptions.Language langOption = new SharedOptions.Language();

    @Mixin
    SharedOptions.Output outputOption = new SharedOptions.Output();

    @Parameters(index = "0", paramLabel = "FILE", description = "The document to import.")
    @SuppressWarnings("NullAway.Init")
    Path file;

    @Override
    int run() {
        ImportResult result = read("dpa import", file);
        // as dpa review: the document's language unless --lang says otherwise
        Messages messages = Messages.of(langOption.or(result.getLanguage().equals("de") ? Lang.de : Lang.en));
        Documents.emit(
                env, outputOption.path(), DpaJson.write(result.getDraft()).getBytes(StandardCharsets.UTF_8), messages);
        long found = result.getElements().stream().filter(ElementResult::found).count();
        env.error("dpa import: " + file + ": "
                + messages.get(
                        "import.summary",
                        found,
                        result.getElements().size(),
                        result.getFacts().size(),
                        result.getLanguage()));
        warn(env, "dpa import", file, result, messages);
        return Cli.OK;
    }

    /**
     * The importer's warning on standard error: a document imported on its title alone, with few elements found, is
     * to be reviewed by hand (the exit code stays that of an import).
     */
    static void warn(Env env, String command, Path file, ImportResult result, Messages messages) {
        if (!result.getWarnings().isEmpty()) {
            long found =
                    result.getElements().stream().filter(ElementResult::found).count();
            env.error(command + ": " + file + ": "
                    + messages.get(
                            "import.fewElements", found, result.getElements().size()));
        }
    }

    /**
     * Imports a document, turning a refusal into one line that names the command, the file and the reason, as the
     * other commands' errors do.
     */
    static ImportResult read(String command, Path file) {
        try {
            return DpaImporter.standard().importFile(file);
        } catch (ImportException e) {
            throw new CliException(
                    command + ": " + e.getMessage() + " ["
                            + e.getReason().name().toLowerCase(java.util.Locale.ROOT) + "]",
                    e);
        }
    }
}
