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
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
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
            "Validates FILE like 'dpa validate' and writes the verdict, the counts and the findings with their",
            "legal references and remediation as Markdown or HTML. Exit code 0 once the report is written,",
            "2 if FILE cannot be read; use 'dpa validate' to gate a pipeline.",
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

    @Option(
            names = "--lang",
            paramLabel = "de|en",
            description = "Language of the report (default: the agreement's first language if de or en, else en).")
    @Nullable
    Lang lang;

    @Option(
            names = "--profile",
            paramLabel = "template|executed",
            description = "Judge the agreement as a template or as an executed contract"
                    + " (default: template if its status is TEMPLATE, else executed).")
    ValidateCommand.@Nullable Profile profile;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            converter = DateConverter.class,
            description = "Judge adequacy decisions and certificates as valid on this date (default: today in UTC).")
    @Nullable
    LocalDate asOf;

    @Option(
            names = "--fail-on",
            defaultValue = "error",
            paramLabel = "error|warning|info",
            description = "Lowest severity that makes the verdict 'failed' (default: ${DEFAULT-VALUE}).")
    ValidateCommand.FailOn failOn = ValidateCommand.FailOn.error;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description =
                    "Write to this file (replaced if it exists) instead of standard output (- is standard output).")
    @Nullable
    Path output;

    @Parameters(
            arity = "1",
            paramLabel = "FILE",
            description = "The agreement in the dpa4j JSON format (- is standard input).")
    Path file = Path.of("");

    @Override
    int run() {
        Inputs.Loaded loaded = Inputs.load(file, Messages.of(lang == null ? Lang.en : lang), env);
        DataProcessingAgreement agreement = loaded.agreement();
        Lang language = lang != null ? lang : Documents.defaultLang(agreement);
        Messages messages = Messages.of(language);
        LocalDate date = asOf != null ? asOf : env.today();
        ValidationReport report =
                Checker.create(language, profile, date, failOn.severity).report(agreement);
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
        Documents.emit(env, output, bytes.toByteArray(), messages);
        return Cli.OK;
    }
}
