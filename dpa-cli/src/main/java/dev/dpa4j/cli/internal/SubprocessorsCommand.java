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
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
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
            "html and json: the current list, from the version with the latest versionDate among FILE...;",
            "atom: a feed whose entries are the changes between consecutive versions (each needs a versionDate).",
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

    @Option(
            names = "--lang",
            paramLabel = "de|en",
            description =
                    "Language of the page or feed (default: the current version's first language if de or en, else en).")
    @Nullable
    Lang lang;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description =
                    "Write to this file (replaced if it exists) instead of standard output (- is standard output).")
    @Nullable
    Path output;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Versions of one agreement, in any order (- is standard input).")
    List<Path> files = List.of();

    @Override
    int run() {
        Messages early = Messages.of(lang == null ? Lang.en : lang);
        List<DataProcessingAgreement> versions = new ArrayList<>();
        for (Path file : files) {
            versions.add(Inputs.load(file, early, env).agreement());
        }
        DataProcessingAgreement current = versions.stream()
                .max(Comparator.comparing(
                        (DataProcessingAgreement a) -> a.getVersionDate().orElse(LocalDate.MIN)))
                .orElseThrow();
        Lang language = lang != null ? lang : Documents.defaultLang(current);
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
        Documents.emit(env, output, text.getBytes(StandardCharsets.UTF_8), Messages.of(language));
        return Cli.OK;
    }
}
