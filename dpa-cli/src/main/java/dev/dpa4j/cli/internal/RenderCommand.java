/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.render.AnnexLayout;
import dev.dpa4j.render.DocumentRenderer;
import dev.dpa4j.render.MissingTranslationException;
import dev.dpa4j.render.OutputFormat;
import dev.dpa4j.render.RenderOptions;
import dev.dpa4j.render.RendererRegistry;
import dev.dpa4j.render.UnsupportedRegimeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dpa render}: turns an agreement into a document. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Render an agreement as a document.",
            "",
            "Text formats (md, html, txt) go to standard output unless -o is given; pdf and docx need -o.",
            ""
        })
final class RenderCommand extends BaseCommand {

    /** The document formats, spelt as on the command line. */
    enum Format {
        md(OutputFormat.MARKDOWN, false),
        html(OutputFormat.HTML, false),
        pdf(OutputFormat.PDF, true),
        docx(OutputFormat.DOCX, true),
        txt(OutputFormat.TEXT, false);

        final OutputFormat format;
        final boolean binary;

        Format(OutputFormat format, boolean binary) {
            this.format = format;
            this.binary = binary;
        }
    }

    @Option(names = "--format", required = true, paramLabel = "md|html|pdf|docx|txt", description = "Document format.")
    Format format = Format.md;

    @Mixin
    SharedOptions.Language langOption = new SharedOptions.Language();

    @Option(
            names = "--bilingual",
            description = "German and English side by side (the other language is the second column); wide tables"
                    + " one language after the other, one signature block with both languages' labels.")
    boolean bilingual;

    @Option(
            names = "--allow-fallback",
            description = "Render texts the agreement lacks in the document's language in another language,"
                    + " marked visibly, instead of failing (exit 2) with the list of those texts.")
    boolean allowFallback;

    @Option(
            names = "--no-citations",
            description = "Leave out the citation lines (the provisions under section headings and beside clauses),"
                    + " as in a contract sent out for signature.")
    boolean noCitations;

    /** The annex layouts, spelt as on the command line. */
    enum Layout {
        standard(AnnexLayout.STANDARD),
        scc(AnnexLayout.SCC_2021_915);

        final AnnexLayout layout;

        Layout(AnnexLayout layout) {
            this.layout = layout;
        }
    }

    @Option(
            names = "--annex-layout",
            paramLabel = "standard|scc",
            description = "Layout of the annexes: standard (Annexes 1-3: description of the processing, measures,"
                    + " sub-processors; the default) or scc (Annexes I-IV of the standard contractual clauses of"
                    + " Implementing Decision (EU) 2021/915: list of parties, description, measures, sub-processors).")
    Layout annexLayout = Layout.standard;

    @Mixin
    SharedOptions.AsOf asOfOption = new SharedOptions.AsOf();

    @Mixin
    SharedOptions.Output outputOption = new SharedOptions.Output();

    @Parameters(
            arity = "1",
            paramLabel = "FILE",
            description = "The agreement in the dpa4j JSON format (- is standard input).")
    Path file = Path.of("");

    @Override
    int run() {
        Messages early = Messages.of(langOption.or(Lang.en));
        if (format.binary && outputOption.path() == null) {
            throw new CliException("dpa render: " + early.get("output.binary", format.name()));
        }
        DataProcessingAgreement agreement = Inputs.load(file, early, env).agreement();
        Lang language = langOption.or(Documents.defaultLang(agreement));
        Messages messages = Messages.of(language);
        // the version's own date when it has one: the same version renders to the same bytes on any day
        LocalDate date = asOfOption.or(agreement.getVersionDate(), env);
        RenderOptions.Builder options = RenderOptions.builder(language.locale())
                .asOf(date)
                .creationDate(date.atStartOfDay().atOffset(ZoneOffset.UTC))
                .allowFallback(allowFallback)
                .citations(!noCitations)
                .annexLayout(annexLayout.layout);
        if (bilingual) {
            options.secondLanguage((language == Lang.de ? Lang.en : Lang.de).locale());
        }
        DocumentRenderer renderer = RendererRegistry.builtIns()
                .find(format.format, language.locale())
                .orElseThrow(() -> new CliException(
                        "dpa render: " + messages.get("render.unavailable", format.name(), language.tag())));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            renderer.render(agreement, options.build(), bytes);
        } catch (IOException e) {
            throw new CliException("dpa render: " + file + ": " + e.getMessage(), e);
        } catch (MissingTranslationException e) {
            throw new CliException("dpa render: " + file + ": " + missingTexts(e, messages), e);
        } catch (UnsupportedRegimeException e) {
            throw new CliException("dpa render: " + file + ": " + e.getMessage(), e);
        }
        Documents.emit(env, outputOption.path(), bytes.toByteArray(), messages);
        return Cli.OK;
    }

    /**
     * The texts the agreement lacks, one model path a line, in the language of the command's messages and with the
     * command's option rather than the library's {@code allowFallback}.
     */
    static String missingTexts(MissingTranslationException e, Messages messages) {
        List<String> lines = new ArrayList<>();
        e.getMissing().forEach((language, paths) -> {
            lines.add(messages.get(
                    paths.size() == 1 ? "render.missing.one" : "render.missing.other", paths.size(), language));
            paths.forEach(path -> lines.add("  " + path));
        });
        lines.add(messages.get("render.missing.hint"));
        return String.join("\n", lines);
    }
}
