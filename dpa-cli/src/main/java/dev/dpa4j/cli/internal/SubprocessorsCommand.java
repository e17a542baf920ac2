/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.render.notice.SubprocessorList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dpa subprocessors}: the public sub-processor list a vendor publishes. */
@Command(
        name = "subprocessors",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write the public sub-processor list.",
            "",
            "html and json: the current list, from the version with the latest versionDate among FILE...;"
                    + " atom: a feed whose entries are the changes between consecutive versions (each needs a versionDate).",
            ""
        })
final class SubprocessorsCommand extends BaseCommand {

    /** The output formats of subprocessors. */
    enum Format {
        html,
        json,
        atom
    }

    @Option(names = "--format", required = true, paramLabel = "html|json|atom", description = "Output format.")
    Format format = Format.html;

    @Mixin
    SharedOptions.Language langOption = new SharedOptions.Language();

    @Mixin
    SharedOptions.Output outputOption = new SharedOptions.Output();

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Versions of one agreement, in any order (- is standard input).")
    List<Path> files = List.of();

    @Override
    int run() {
        Messages early = Messages.of(langOption.or(Lang.en));
        List<DataProcessingAgreement> versions = new ArrayList<>();
        for (Path file : files) {
            versions.add(Inputs.load(file, early, env).agreement());
        }
        DataProcessingAgreement current = versions.stream()
                .max(Comparator.comparing(
                        (DataProcessingAgreement a) -> a.getVersionDate().orElse(LocalDate.MIN)))
                .orElseThrow();
        Lang language = langOption.or(Documents.defaultLang(current));
        String text;
        try {
            text = switch (format) {
                case html -> SubprocessorList.html(current, language.locale());
                case json -> SubprocessorList.json(current);
                case atom -> SubprocessorList.atom(versions, language.locale());
            };
        } catch (IllegalArgumentException e) {
            // the library names what is missing, e.g. a version without versionDate for the feed
            throw new CliException("dpa subprocessors: " + Cli.oneLine(String.valueOf(e.getMessage())), e);
        }
        Documents.emit(env, outputOption.path(), text.getBytes(StandardCharsets.UTF_8), Messages.of(language));
        return Cli.OK;
    }
}
