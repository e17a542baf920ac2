/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.validate.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dpa validate}: checks agreements against GDPR Art. 28 and prints the findings. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Check agreements against Art. 28 GDPR.",
            "",
            "Checks each FILE against the rule catalogue of dpa4j (GDPR, and the German BDSG where the agreement"
                    + " says so) and prints the findings. Exit code 0: no finding at or above --fail-on; 1: there are;"
                    + " 2: a file could not be read or parsed, or the command line was wrong.",
            ""
        })
final class ValidateCommand extends BaseCommand {

    /** The output formats of validate. */
    enum Format {
        text,
        json,
        sarif
    }

    /** The lowest severity that fails the run. */
    enum FailOn {
        error(Severity.ERROR),
        warning(Severity.WARNING),
        info(Severity.INFO);

        final Severity severity;

        FailOn(Severity severity) {
            this.severity = severity;
        }
    }

    @Mixin
    SharedOptions.Language langOption = new SharedOptions.Language();

    @Mixin
    SharedOptions.JudgedAs profileOption = new SharedOptions.JudgedAs();

    @Mixin
    SharedOptions.AsOf asOfOption = new SharedOptions.AsOf();

    @Mixin
    SharedOptions.FailOn failOnOption = new SharedOptions.FailOn();

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "text|json|sarif",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Agreement files in the dpa4j JSON format; a directory stands for every *.json file in it"
                    + " and below (in sorted order); - is standard input.")
    List<Path> files = List.of();

    @Override
    int run() {
        Messages early = Messages.of(langOption.or(Lang.en));
        @Nullable Lang language = langOption.chosen();
        LocalDate date = asOfOption.orToday(env);
        List<Outcome> outcomes = new ArrayList<>();
        @Nullable Checker checker = null; // created on the first readable file: no validator start-up for nothing
        for (Targets.Target target : Targets.expand(files, early)) {
            if (target.error() != null) {
                outcomes.add(Outcome.failed(target.error()));
                continue;
            }
            Path file = target.file();
            try {
                Inputs.Loaded loaded = Inputs.load(file, language == null ? early : Messages.of(language), env);
                if (checker == null) {
                    // one rule for every command: without --lang, the language of the (first) agreement
                    language = language != null ? language : Documents.defaultLang(loaded.agreement());
                    env.awaitHeadStart();
                    checker = Checker.create(language, profileOption.chosen(), date, failOnOption.severity());
                }
                outcomes.add(new Outcome(
                        file,
                        loaded.agreement().getId(),
                        format == Format.sarif ? loaded.json() : null, // the text only to locate SARIF results
                        checker.check(loaded.agreement()),
                        null));
            } catch (InputException e) {
                outcomes.add(Outcome.failed(e));
            }
        }
        Lang used = language == null ? Lang.en : language;
        Messages messages = Messages.of(used);
        Severity threshold = failOnOption.severity();
        switch (format) {
            case json -> env.print(ValidationJson.write(outcomes, threshold));
            case sarif -> env.print(Sarif.write(outcomes, checker == null ? List.of() : checker.rules(), used));
            case text -> env.print(text(outcomes, threshold, messages));
        }
        for (Outcome o : outcomes) {
            if (o.error() != null) {
                env.error(String.valueOf(o.error().getMessage()));
            }
        }
        if (outcomes.stream().anyMatch(o -> o.error() != null)) {
            return Cli.INPUT_ERROR;
        }
        return outcomes.stream().allMatch(o -> o.passes(threshold)) ? Cli.OK : Cli.FINDINGS;
    }

    private static String text(List<Outcome> outcomes, Severity threshold, Messages messages) {
        StringBuilder out = new StringBuilder();
        for (Outcome o : outcomes) {
            if (o.error() != null) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            Map<Severity, Integer> counts = o.counts();
            out.append(messages.get(
                            "validate.summary",
                            o.file(),
                            o.agreementId(),
                            messages.count(Severity.ERROR, counts.getOrDefault(Severity.ERROR, 0)),
                            messages.count(Severity.WARNING, counts.getOrDefault(Severity.WARNING, 0)),
                            messages.count(Severity.INFO, counts.getOrDefault(Severity.INFO, 0)),
                            messages.get(o.passes(threshold) ? "validate.passed" : "validate.failed")))
                    .append('\n');
            for (Finding f : o.findings()) {
                String label = messages.get("severity." + f.severity().name());
                out.append(label)
                        .append(" ".repeat(Math.max(1, 9 - label.length())))
                        .append(f.ruleId());
                if (!f.path().isRoot()) {
                    out.append("  ").append(f.path());
                }
                out.append('\n').append(" ".repeat(9)).append(f.message());
                if (!f.legalReferences().isEmpty()) {
                    out.append(" (")
                            .append(String.join(", ", f.legalReferences()))
                            .append(')');
                }
                out.append('\n');
            }
        }
        if (outcomes.size() > 1) {
            Outcome.Summary summary = Outcome.summary(outcomes, threshold);
            out.append(out.length() > 0 ? "\n" : "")
                    .append(messages.get(
                            "validate.total",
                            summary.files(),
                            summary.passed(),
                            summary.failed(),
                            summary.unreadable()))
                    .append('\n');
        }
        return out.toString();
    }
}
