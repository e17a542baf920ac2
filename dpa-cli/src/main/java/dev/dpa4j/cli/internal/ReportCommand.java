/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.render.OutputFormat;
import dev.dpa4j.render.ValidationReportRenderer;
import dev.dpa4j.validate.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dpa report}: validates an agreement and writes the report as a document. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write a validation report as a document.",
            "",
            "Validates FILE like 'dpa validate' and writes the verdict, the counts and the findings with their"
                    + " legal references and remediation as Markdown or HTML. Exit code 0 once the report is written,"
                    + " 2 if FILE cannot be read; use 'dpa validate' to gate a pipeline.",
            ""
        })
final class ReportCommand extends BaseCommand {

    /** The report formats. */
    enum Format {
        md,
        html
    }

    @Option(names = "--format", required = true, paramLabel = "md|html", description = "Report format.")
    Format format = Format.md;

    @Mixin
    SharedOptions.Language langOption = new SharedOptions.Language();

    @Mixin
    SharedOptions.JudgedAs profileOption = new SharedOptions.JudgedAs();

    @Mixin
    SharedOptions.AsOf asOfOption = new SharedOptions.AsOf();

    @Mixin
    SharedOptions.FailOn failOnOption = new SharedOptions.FailOn();

    @Mixin
    SharedOptions.Output outputOption = new SharedOptions.Output();

    @Parameters(
            arity = "1",
            paramLabel = "FILE",
            description = "The agreement in the dpa4j JSON format (- is standard input).")
    Path file = Path.of("");

    @Override
    int run() {
        Inputs.Loaded loaded = Inputs.load(file, Messages.of(langOption.or(Lang.en)), env);
        DataProcessingAgreement agreement = loaded.agreement();
        Lang language = langOption.or(Documents.defaultLang(agreement));
        Messages messages = Messages.of(language);
        LocalDate date = asOfOption.orToday(env);
        ValidationReport report = Checker.create(language, profileOption.chosen(), date, failOnOption.severity())
                .report(agreement);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ValidationReportRenderer.create()
                    .render(
                            report,
                            format == Format.md ? OutputFormat.MARKDOWN : OutputFormat.HTML,
                            language.locale(),
                            bytes);
        } catch (IOException e) {
            throw new CliException("dpa report: " + file + ": " + e.getMessage(), e);
        }
        Documents.emit(env, outputOption.path(), bytes.toByteArray(), messages);
        return Cli.OK;
    }
}
