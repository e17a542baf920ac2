/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.importer.ElementResult;
import dev.dpa4j.importer.ImportResult;
import dev.dpa4j.importer.Note;
import dev.dpa4j.importer.RequirementResult;
import dev.dpa4j.importer.Review;
import dev.dpa4j.importer.SourceSpan;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dpa review}: imports a DPA document and validates the draft, each finding with its passage. */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Review a DPA document against Art. 28 GDPR.",
            "",
            "Imports FILE (as dpa import does), validates the draft and prints each finding with the passage of the"
                    + " document it is about, or 'not found in the document'. Exit code 0: no finding at or above --fail-on;"
                    + " 1: there are; 2: the file cannot be read or is not a data processing agreement.",
            ""
        })
final class ReviewCommand extends BaseCommand {

    /** The output formats of review. */
    enum Format {
        text,
        json,
        sarif,
        md,
        html
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
            paramLabel = "text|json|sarif|md|html",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Mixin
    SharedOptions.Output outputOption = new SharedOptions.Output();

    @Parameters(index = "0", paramLabel = "FILE", description = "The document to review.")
    @SuppressWarnings("NullAway.Init")
    Path file;

    @Override
    int run() {
        ImportResult result = ImportCommand.read("dpa review", file);
        Lang used = langOption.or(result.getLanguage().equals("de") ? Lang.de : Lang.en);
        ImportCommand.warn(env, "dpa review", file, result, Messages.of(used));
        SharedOptions.Profile chosen = profileOption.chosen();
        Checker.quietValidationLibrary();
        Validator validator = Validator.builder()
                .profile(chosen == null ? Profile.TEMPLATE : chosen.library())
                .asOf(asOfOption.orToday(env))
                .failOn(threshold())
                // the rule checks that our rendered document resolves its references; an imported document keeps
                // its own annexes, which the draft does not reproduce
                .disable("DOC_REFERENCE")
                .build();
        Review review = Review.of(result, validator);
        Locale locale = used.locale();
        String out = switch (format) {
            case json -> review.toJson(locale);
            case sarif -> review.toSarif(locale);
            case md -> review.toMarkdown(locale);
            case html -> review.toHtml(locale);
            case text -> text(review, locale, Messages.of(used));
        };
        Documents.emit(env, outputOption.path(), out.getBytes(StandardCharsets.UTF_8), Messages.of(used));
        boolean fails = !review.getReport().getFindingsAtOrAbove(threshold()).isEmpty();
        return fails ? Cli.FINDINGS : Cli.OK;
    }

    private dev.dpa4j.validate.Severity threshold() {
        return switch (failOnOption.severity()) {
            case ERROR -> dev.dpa4j.validate.Severity.ERROR;
            case WARNING -> dev.dpa4j.validate.Severity.WARNING;
            case INFO -> dev.dpa4j.validate.Severity.INFO;
        };
    }

    private static String text(Review review, Locale locale, Messages messages) {
        boolean de = locale.getLanguage().equals("de");
        ImportResult r = review.getImport();
        StringBuilder out = new StringBuilder();
        long found = r.getElements().stream().filter(ElementResult::found).count();
        out.append(r.getSourceName())
                .append(": ")
                .append(found)
                .append(de ? " von " : " of ")
                .append(r.getElements().size())
                .append(de ? " Bestandteilen gefunden" : " elements found");
        for (ElementResult e : r.getElements()) {
            if (!e.found()) {
                out.append("\n  ")
                        .append(de ? "fehlt: " : "missing: ")
                        .append(e.element().label(locale));
                String reference = e.element().reference(locale);
                if (!reference.equals("-")) {
                    out.append(" (").append(reference).append(')');
                }
            }
        }
        // the completeness table first: what a reviewer reads first is which requirements are missing or weak
        long met = r.getCompleteness().stream()
                .filter(c -> c.status() == RequirementResult.Status.FOUND)
                .count();
        out.append('\n')
                .append(met)
                .append(de ? " von " : " of ")
                .append(r.getCompleteness().size())
                .append(de ? " Anforderungen erfüllt" : " requirements met");
        for (RequirementResult c : r.getCompleteness()) {
            if (c.status() == RequirementResult.Status.FOUND) {
                continue;
            }
            boolean weaker = c.status() == RequirementResult.Status.WEAKER;
            out.append("\n  ")
                    .append(weaker ? (de ? "schwächer: " : "weaker: ") : (de ? "nicht gefunden: " : "not found: "))
                    .append(c.requirement().label(locale))
                    .append(" (")
                    .append(c.requirement().reference(locale))
                    .append(')');
            if (weaker) {
                SourceSpan s = c.evidence().get(0);
                out.append(" – ")
                        .append(c.note(locale))
                        .append("\n           ")
                        .append(s.section().isEmpty() ? "" : s.section() + ": ")
                        .append(quoted(s.quote(), de));
            }
        }
        // the terms the model does not type (fees, caps, form choices not made): the other outputs list them, and a
        // reviewer on the terminal must not lose them; in the order the document states them
        List<Note> notes = r.getNotes().stream()
                .sorted(Comparator.comparingInt((Note n) -> n.span().offset()))
                .toList();
        if (!notes.isEmpty()) {
            out.append("\n")
                    .append(de ? "Weitere Regelungen zum Lesen" : "Other terms to read")
                    .append(" (")
                    .append(notes.size())
                    .append(')');
            for (Note n : notes) {
                SourceSpan s = n.span();
                out.append("\n  ")
                        .append(n.topic().label(locale))
                        .append("\n           ")
                        .append(s.section().isEmpty() ? "" : s.section() + ": ")
                        .append(quoted(s.quote(), de));
            }
        }
        out.append("\n\n");
        for (Review.Item i : review.getItems()) {
            Finding f = i.finding();
            String label = messages.get("severity." + f.getSeverity().name());
            out.append(label)
                    .append(" ".repeat(Math.max(1, 9 - label.length())))
                    .append(f.getRuleId());
            if (!f.getPath().isEmpty()) {
                out.append("  ").append(f.getPath());
            }
            out.append("\n         ").append(f.message(locale));
            List<String> references = f.formatLegalReferences(locale);
            if (!references.isEmpty()) {
                out.append(" (").append(String.join(", ", references)).append(')');
            }
            out.append('\n');
            if (i.span().isPresent()) {
                SourceSpan s = i.span().get();
                if (!f.getPath().isEmpty() && !review.getImport().isRead(f.getPath())) {
                    out.append("         ")
                            .append(
                                    de
                                            ? "(vom Import nicht erkannt; ob der Vertrag es regelt, bitte hier lesen)"
                                            : "(not recognised by the importer; read here whether the agreement states it)")
                            .append('\n');
                }
                out.append("         ")
                        .append(s.section().isEmpty() ? "" : s.section() + ": ")
                        .append(quoted(s.quote(), de))
                        .append('\n');
            } else {
                out.append("         ")
                        .append(de ? "(im Dokument nicht gefunden)" : "(not found in the document)")
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** A quotation in the marks of the output's language: „…“ in German, “…” in English. */
    private static String quoted(String text, boolean german) {
        return german ? "„" + text + "“" : "\u201c" + text + "\u201d";
    }
}
