/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.model.DpaConfigurationException;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.DocumentMetadata;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.document.Table;
import dev.dpa4j.render.document.Title;
import dev.dpa4j.render.internal.HtmlWriter;
import dev.dpa4j.render.internal.MarkdownWriter;
import dev.dpa4j.render.internal.TextWriter;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Renders a {@link ValidationReport} of {@code dpa-validate} as Markdown, HTML or text, in German or
 * English: the counts per severity, then the findings grouped by severity (errors first), each with its
 * rule, the place in the model, the message, the remedy and the provisions it cites.
 *
 * <pre>{@code
 * ValidationReport report = Validator.builder().build().validate(agreement);
 * ValidationReportRenderer.create().render(report, OutputFormat.HTML, Locale.GERMAN, out);
 * }</pre>
 *
 * <p>The report is composed into the same document tree as agreements and written by the same writers,
 * so every text is escaped for its format. {@code dpa-validate} is an optional dependency of
 * {@code dpa-render}: add it to use this class. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class ValidationReportRenderer {

    private final ClauseLibrary library;

    private ValidationReportRenderer(ClauseLibrary library) {
        this.library = library;
    }

    /**
     * Returns a renderer with the built-in German and English labels.
     *
     * @return the renderer
     */
    public static ValidationReportRenderer create() {
        return new ValidationReportRenderer(ClauseLibrary.builtIn());
    }

    /**
     * Returns a renderer whose labels (keys {@code report.*}) come from the given library.
     *
     * @param library the clause library
     * @return the renderer
     */
    public static ValidationReportRenderer create(ClauseLibrary library) {
        return new ValidationReportRenderer(Objects.requireNonNull(library, "library"));
    }

    /**
     * Composes the report into a document tree.
     *
     * @param report the report
     * @param locale the language of labels and messages
     * @return the document
     * @throws DpaConfigurationException if the library has no texts for the language
     */
    public Document compose(ValidationReport report, Locale locale) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(locale, "locale");
        if (!library.supports(locale)) {
            throw new DpaConfigurationException("The clause library has no texts for language '" + locale.getLanguage()
                    + "'; languages: " + library.languages());
        }
        List<Block> blocks = new ArrayList<>();
        String title = text(locale, "report.title");
        blocks.add(new Title(
                title,
                List.of(
                        fill(locale, "report.asOf", Map.of("date", date(locale, report.getAsOf()))),
                        text(locale, "report.profile." + report.getProfile().name()),
                        text(locale, report.isAcceptable() ? "report.acceptable" : "report.notAcceptable"))));
        List<List<Paragraph>> counts = new ArrayList<>();
        for (Severity severity : descending()) {
            counts.add(List.of(
                    Paragraph.text(text(locale, "report.severity." + severity.name())),
                    Paragraph.text(Integer.toString(report.count(severity)))));
        }
        blocks.add(new Section(
                "summary",
                Optional.empty(),
                text(locale, "report.summary"),
                Optional.empty(),
                List.of(new Table(
                        Optional.empty(),
                        List.of(
                                Paragraph.text(text(locale, "report.column.severity")),
                                Paragraph.text(text(locale, "report.column.count"))),
                        counts))));
        for (Severity severity : descending()) {
            List<Finding> findings = report.getFindings().stream()
                    .filter(f -> f.getSeverity() == severity)
                    .toList();
            if (findings.isEmpty()) {
                continue;
            }
            List<List<Paragraph>> rows = new ArrayList<>();
            for (Finding finding : findings) {
                List<Run> message = new ArrayList<>();
                message.add(Run.text(finding.message(locale)));
                String remedy = finding.remediation(locale);
                if (!remedy.isBlank()) {
                    message.add(Run.text(" "));
                    message.add(Run.emphasis(fill(locale, "report.remedy", Map.of("remedy", remedy))));
                }
                rows.add(List.of(
                        Paragraph.of(Run.strong(finding.getRuleId())),
                        Paragraph.text(finding.getPath()),
                        new Paragraph(message),
                        Paragraph.text(String.join("; ", finding.formatLegalReferences(locale)))));
            }
            blocks.add(new Section(
                    "findings-" + severity.name().toLowerCase(Locale.ROOT),
                    Optional.empty(),
                    fill(
                            locale,
                            "report.group",
                            Map.of(
                                    "severity",
                                    text(locale, "report.severity." + severity.name()),
                                    "count",
                                    Integer.toString(findings.size()))),
                    Optional.empty(),
                    List.of(new Table(
                            Optional.empty(),
                            List.of(
                                    Paragraph.text(text(locale, "report.column.rule")),
                                    Paragraph.text(text(locale, "report.column.path")),
                                    Paragraph.text(text(locale, "report.column.finding")),
                                    Paragraph.text(text(locale, "report.column.references"))),
                            rows))));
        }
        if (report.getFindings().isEmpty()) {
            blocks.add(Paragraph.text(text(locale, "report.none")));
        }
        return new Document(
                new DocumentMetadata(
                        title,
                        new Locale(locale.getLanguage()),
                        Optional.empty(),
                        "validation-report",
                        Optional.empty(),
                        Optional.of(report.getAsOf()),
                        Optional.empty(),
                        Optional.empty()),
                blocks);
    }

    /**
     * Renders the report.
     *
     * @param report the report
     * @param format {@link OutputFormat#MARKDOWN}, {@link OutputFormat#HTML} or {@link OutputFormat#TEXT}
     * @param locale the language
     * @param out where the report goes (UTF-8); not closed
     * @throws IOException if writing fails
     * @throws DpaConfigurationException if the format is not one of those three or the language is missing
     */
    public void render(ValidationReport report, OutputFormat format, Locale locale, OutputStream out)
            throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        if (!format.equals(OutputFormat.MARKDOWN)
                && !format.equals(OutputFormat.HTML)
                && !format.equals(OutputFormat.TEXT)) {
            throw new DpaConfigurationException(
                    "Validation reports render as markdown, html or text, but format '" + format + "' was requested");
        }
        Document document = compose(report, locale);
        String text;
        if (format.equals(OutputFormat.MARKDOWN)) {
            text = new MarkdownWriter().write(document);
        } else if (format.equals(OutputFormat.HTML)) {
            text = new HtmlWriter().write(document);
        } else {
            text = new TextWriter().write(document);
        }
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Severity> descending() {
        return List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);
    }

    private String text(Locale locale, String key) {
        return library.text(locale, key)
                .orElseThrow(() -> new DpaConfigurationException(
                        "The clause library has no text '" + key + "' in language '" + locale.getLanguage() + "'"));
    }

    /**
     * The date as the agreement documents write it: the library's {@code format.date} with its month
     * names (German "23. November 2026", English "23 November 2026"); for a language without these
     * texts, the long date style of {@code java.time} for that locale. Never the default locale.
     */
    private String date(Locale locale, LocalDate date) {
        Optional<String> month = library.text(locale, "format.month." + date.getMonthValue());
        if (library.text(locale, "format.date").isEmpty() || month.isEmpty()) {
            // DateTimeFormatter.ofLocalizedDate(LONG).withLocale(locale), built without the default locale
            return new DateTimeFormatterBuilder()
                    .appendLocalized(FormatStyle.LONG, null)
                    .toFormatter(locale)
                    .withChronology(IsoChronology.INSTANCE)
                    .format(date);
        }
        return fill(
                locale,
                "format.date",
                Map.of(
                        "day", Integer.toString(date.getDayOfMonth()),
                        "month", month.get(),
                        "monthNumber", String.format(Locale.ROOT, "%02d", date.getMonthValue()),
                        "year", Integer.toString(date.getYear())));
    }

    /** Replaces {@code {name}} in one pass, so that a value containing braces is never expanded again. */
    private String fill(Locale locale, String key, Map<String, String> parameters) {
        String template = text(locale, key);
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String value = parameters.get(template.substring(open + 1, close));
            out.append(template, i, open);
            out.append(value == null ? template.substring(open, close + 1) : value);
            i = close + 1;
        }
        return out.toString();
    }
}
