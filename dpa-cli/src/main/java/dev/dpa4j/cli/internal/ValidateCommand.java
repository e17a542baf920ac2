/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
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
            "Checks each FILE against the rule catalogue of dpa4j (GDPR, and the German BDSG where the agreement",
            "says so) and prints the findings. Exit code 0: no finding at or above --fail-on; 1: there are;",
            "2: a file could not be read or parsed, or the command line was wrong.",
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

    /** Whether the agreement is judged as a template or as an executed contract. */
    enum Profile {
        template,
        executed
    }

    @Option(
            names = "--lang",
            defaultValue = "en",
            paramLabel = "de|en",
            description = "Language of the messages (default: ${DEFAULT-VALUE}).")
    Lang lang = Lang.en;

    @Option(
            names = "--profile",
            paramLabel = "template|executed",
            description = "Judge the agreement as a template or as an executed contract"
                    + " (default: template if its status is TEMPLATE, else executed).")
    @Nullable
    Profile profile;

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
            description = "Lowest severity that makes the run fail with exit code 1 (default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.error;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "text|json|sarif",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Agreement files in the dpa4j JSON format.")
    List<Path> files = List.of();

    @Override
    int run() {
        Messages messages = Messages.of(lang);
        LocalDate date = asOf != null ? asOf : env.today();
        List<Outcome> outcomes = new ArrayList<>();
        @Nullable Checker checker = null; // created on the first readable file: no validator start-up for nothing
        for (Path file : files) {
            try {
                Inputs.Loaded loaded = Inputs.load(file, messages);
                if (checker == null) {
                    checker = Checker.create(lang, profile, date, failOn.severity);
                }
                outcomes.add(new Outcome(
                        file, loaded.agreement().getId(), loaded.json(), checker.check(loaded.agreement()), null));
            } catch (InputException e) {
                outcomes.add(Outcome.failed(e));
            }
        }
        Severity threshold = failOn.severity;
        switch (format) {
            case json -> env.print(ValidationJson.write(outcomes, threshold));
            case sarif -> env.print(Sarif.write(outcomes, checker == null ? List.of() : checker.rules(), lang));
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
                if (!f.path().isEmpty()) {
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
        return out.toString();
    }
}
