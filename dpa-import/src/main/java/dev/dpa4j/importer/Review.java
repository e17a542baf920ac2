/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.ValidationReport;
import dev.dpa4j.validate.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The validator's findings on an imported draft, each tied to the passage of the document it is about: the
 * source of the fact at the finding's model path, else the first passage of the element, else "not found in
 * the document"; a term the completeness table finds weaker is quoted at the table's weakening passage. Renders as JSON and SARIF for tools and as Markdown and HTML for a reviewer (the document's
 * text with the findings beside the passages). Immutable.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class Review {

    /**
     * One finding with its place in the document.
     *
     * @param finding the validator's finding
     * @param span the passage it is about, or empty if the document does not address that part of the model
     */
    public record Item(Finding finding, Optional<SourceSpan> span) {
        /**
         * Checks the values.
         *
         * @param finding the finding
         * @param span the passage
         */
        public Item {
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(span, "span");
        }
    }

    private final ImportResult result;
    private final ValidationReport report;
    private final List<Item> items;

    /**
     * The rule that checks literal references ("Ziffer 1.5", "Annex 2") against the numbering of the document our
     * renderers print. An imported document is the vendor's, with its own numbering, which the draft does not keep:
     * every such reference would be reported as unresolvable although the vendor's document resolves it.
     */
    private static final String RENDERED_REFERENCES = "DOC_REFERENCE";

    private Review(ImportResult result, ValidationReport report) {
        this.result = result;
        this.report = report;
        List<Item> list = new ArrayList<>();
        for (Finding f : report.getFindings()) {
            if (f.getRuleId().equals(RENDERED_REFERENCES)) {
                continue; // the vendor's own numbering, not ours: see RENDERED_REFERENCES
            }
            Optional<SourceSpan> weakening = UnrecognisedTerms.weakened(f)
                    .map(result::getRequirement)
                    .filter(r -> r.status() == RequirementResult.Status.WEAKER)
                    .map(r -> r.evidence().get(0));
            list.add(new Item(
                    f,
                    weakening.isPresent()
                            ? weakening
                            : f.getPath().isEmpty() ? Optional.empty() : result.locate(f.getPath())));
        }
        this.items = List.copyOf(list);
    }

    /**
     * Validates an imported draft and ties the findings to the document.
     *
     * @param result the import
     * @param validator the validator
     * @return the review
     */
    public static Review of(ImportResult result, Validator validator) {
        ValidationReport report =
                UnassignedChoice.adjust(result, validator.validate(result.getDraft()), validator.rules());
        return new Review(result, UnrecognisedTerms.adjust(result, report));
    }

    /**
     * Returns the import reviewed.
     *
     * @return the import
     */
    public ImportResult getImport() {
        return result;
    }

    /**
     * Returns the validation report of the draft.
     *
     * @return the report
     */
    public ValidationReport getReport() {
        return report;
    }

    /**
     * Returns the findings with their passages, in the report's order.
     *
     * @return the items
     */
    public List<Item> getItems() {
        return items;
    }

    /**
     * Returns the review as JSON: the source, the completeness table (per requirement: status and evidence), the
     * notes on terms the model does not type, the
     * extraction report per element, the facts with their sources
     * and the findings with theirs. Offsets count characters of {@link ImportResult#getText()}.
     *
     * @param locale the language of messages
     * @return pretty-printed JSON ending with a line feed
     */
    public String toJson(Locale locale) {
        ObjectNode root = DpaJson.mapper().createObjectNode();
        root.put("source", result.getSourceName());
        root.put("format", result.getFormat().name());
        root.put("language", result.getLanguage());
        root.put("draftId", result.getDraft().getId());
        ArrayNode completeness = root.putArray("completeness");
        for (RequirementResult r : result.getCompleteness()) {
            ObjectNode n = completeness.addObject();
            n.put("requirement", r.requirement().name());
            n.put("reference", r.requirement().reference());
            n.put("label", r.requirement().label(locale));
            n.put("status", r.status().name());
            if (!r.note().isEmpty()) {
                n.put("note", r.note());
            }
            ArrayNode evidence = n.putArray("evidence");
            r.evidence().forEach(s -> span(evidence.addObject(), s));
        }
        ArrayNode notes = root.putArray("notes");
        for (Note note : result.getNotes()) {
            ObjectNode n = notes.addObject();
            n.put("topic", note.topic().name());
            n.put("label", note.topic().label(locale));
            span(n.putObject("source"), note.span());
        }
        ArrayNode elements = root.putArray("elements");
        for (ElementResult e : result.getElements()) {
            ObjectNode n = elements.addObject();
            n.put("element", e.element().name());
            n.put("reference", e.element().reference());
            n.put("found", e.found());
            n.put("confidence", e.confidence());
            if (!e.classifier().isEmpty()) {
                n.put("classifier", e.classifier());
            }
            ArrayNode spans = n.putArray("spans");
            e.spans().stream().limit(5).forEach(s -> span(spans.addObject(), s));
        }
        ArrayNode facts = root.putArray("facts");
        for (Fact f : result.getFacts()) {
            ObjectNode n = facts.addObject();
            n.put("path", f.path());
            n.put("value", f.value());
            if (f.inferred()) {
                n.put("inferred", true); // not stated: inferred from the passage of its source
            }
            span(n.putObject("source"), f.span());
        }
        ObjectNode counts = root.putObject("counts");
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            counts.put(s.name(), report.count(s));
        }
        ArrayNode findings = root.putArray("findings");
        for (Item i : items) {
            ObjectNode n = findings.addObject();
            n.put("ruleId", i.finding().getRuleId());
            n.put("severity", i.finding().getSeverity().name());
            n.put("path", i.finding().getPath());
            n.put("message", i.finding().message(locale));
            ArrayNode refs = n.putArray("legalReferences");
            i.finding().formatLegalReferences(locale).forEach(refs::add);
            n.put("factRead", read(i));
            if (i.span().isPresent()) {
                span(n.putObject("source"), i.span().get());
            } else {
                n.put("source", notFound(locale));
            }
        }
        return DpaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void span(ObjectNode n, SourceSpan s) {
        n.put("offset", s.offset());
        n.put("length", s.length());
        if (!s.section().isEmpty()) {
            n.put("section", s.section());
        }
        n.put("quote", s.quote());
    }

    private static boolean german(Locale locale) {
        return locale.getLanguage().equals("de");
    }

    /**
     * Whether the importer read the fact the finding is about. A finding on a fact it did not read, in a part of
     * the document it did find, is not proof that the agreement lacks the term: its wording may be one the
     * importer does not know. A term reported weaker counts as read: the completeness table read it.
     */
    private boolean read(Item i) {
        return i.finding().getPath().isEmpty()
                || result.isRead(i.finding().getPath())
                || UnrecognisedTerms.weakened(i.finding()).isPresent(); // the table read it, weaker
    }

    private static String unread(Locale locale) {
        return german(locale)
                ? " — vom Import nicht erkannt; ob der Vertrag es regelt, bitte an dieser Stelle lesen: "
                : " — not recognised by the importer; read this passage to see whether the agreement states it: ";
    }

    private static String notFound(Locale locale) {
        return german(locale) ? "im Dokument nicht gefunden" : "not found in the document";
    }

    /**
     * Returns the review as SARIF 2.1.0: one result per finding; a located finding has a region with the
     * character offset and length in the normalised text and the quoted passage as its snippet. Each requirement
     * of the completeness table that is weaker or not found adds a warning with rule id
     * {@code completeness.<REQUIREMENT>}, located at its evidence where there is some.
     *
     * @param locale the language of messages
     * @return the SARIF log, pretty-printed, ending with a line feed
     */
    public String toSarif(Locale locale) {
        ObjectNode root = DpaJson.mapper().createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "dpa4j-review");
        driver.put("informationUri", "https://github.com/dpa4j/dpa4j");
        ArrayNode rules = driver.putArray("rules");
        List<String> ids = items.stream()
                .map(i -> i.finding().getRuleId())
                .distinct()
                .sorted()
                .toList();
        for (String id : ids) {
            ObjectNode r = rules.addObject();
            r.put("id", id);
        }
        List<RequirementResult> gaps = result.getCompleteness().stream()
                .filter(c -> c.status() != RequirementResult.Status.FOUND)
                .toList();
        int firstGapRule = ids.size();
        for (RequirementResult c : gaps) {
            ObjectNode r = rules.addObject();
            r.put("id", completenessRule(c.requirement()));
            r.putObject("shortDescription")
                    .put(
                            "text",
                            c.requirement().label(locale) + " ("
                                    + c.requirement().reference(locale) + ")");
        }
        ArrayNode artifacts = run.putArray("artifacts");
        artifacts
                .addObject()
                .putObject("location")
                .put("uri", result.getSourceName().replace('\\', '/'));
        ArrayNode results = run.putArray("results");
        for (Item i : items) {
            ObjectNode r = results.addObject();
            r.put("ruleId", i.finding().getRuleId());
            r.put("ruleIndex", ids.indexOf(i.finding().getRuleId()));
            r.put(
                    "level",
                    switch (i.finding().getSeverity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        default -> "note";
                    });
            r.putObject("message").put("text", i.finding().message(locale));
            ObjectNode location = r.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", result.getSourceName().replace('\\', '/'));
            artifact.put("index", 0);
            if (i.span().isPresent()) {
                SourceSpan s = i.span().get();
                ObjectNode region = physical.putObject("region");
                region.put("charOffset", s.offset());
                region.put("charLength", s.length());
                region.putObject("snippet").put("text", s.quote());
            }
            location.putArray("logicalLocations")
                    .addObject()
                    .put("fullyQualifiedName", i.finding().getPath());
            r.putObject("properties")
                    .put("located", i.span().isPresent())
                    .put("factRead", read(i))
                    .put("offsets", "normalised-text");
        }
        for (int g = 0; g < gaps.size(); g++) {
            RequirementResult c = gaps.get(g);
            ObjectNode r = results.addObject();
            r.put("ruleId", completenessRule(c.requirement()));
            r.put("ruleIndex", firstGapRule + g);
            r.put("level", "warning");
            r.putObject("message")
                    .put(
                            "text",
                            c.requirement().label(locale) + ": " + status(c.status(), locale)
                                    + (c.note().isEmpty() ? "" : " (" + c.note(locale) + ")"));
            ObjectNode location = r.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", result.getSourceName().replace('\\', '/'));
            artifact.put("index", 0);
            if (!c.evidence().isEmpty()) {
                SourceSpan s = c.evidence().get(0);
                ObjectNode region = physical.putObject("region");
                region.put("charOffset", s.offset());
                region.put("charLength", s.length());
                region.putObject("snippet").put("text", s.quote());
            }
            r.putObject("properties")
                    .put("located", !c.evidence().isEmpty())
                    .put("offsets", "normalised-text")
                    .put("completeness", c.status().name());
        }
        return DpaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /**
     * Returns the review as Markdown for a reviewer: a summary, the completeness table, the elements found and not found, the findings
     * with the passage each is about, and the document's text with the findings after the passages they concern.
     *
     * @param locale the language of the labels and messages
     * @return the Markdown text
     */
    public String toMarkdown(Locale locale) {
        boolean de = german(locale);
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(de ? "Prüfung: " : "Review: ")
                .append(escape(result.getSourceName()))
                .append("\n\n");
        out.append(de ? "Fehler: " : "Errors: ")
                .append(report.count(Severity.ERROR))
                .append(de ? " · Warnungen: " : " · Warnings: ")
                .append(report.count(Severity.WARNING))
                .append(de ? " · Hinweise: " : " · Notes: ")
                .append(report.count(Severity.INFO))
                .append("\n\n");
        out.append(
                        de
                                ? "## Vollständigkeit\n\n| Anforderung | Vorschrift | Ergebnis | Beleg |\n"
                                : "## Completeness\n\n| Requirement | Provision | Result | Evidence |\n")
                .append("|---|---|---|---|\n");
        for (RequirementResult r : result.getCompleteness()) {
            out.append("| ")
                    .append(escape(r.requirement().label(locale)))
                    .append(" | ")
                    .append(escape(r.requirement().reference(locale)))
                    .append(" | ")
                    .append(r.status() == RequirementResult.Status.FOUND ? "" : "**")
                    .append(status(r.status(), locale))
                    .append(r.status() == RequirementResult.Status.FOUND ? "" : "**")
                    .append(r.note().isEmpty() ? "" : " (" + escape(r.note(locale)) + ")")
                    .append(" | ")
                    .append(r.evidence().isEmpty() ? "" : where(r.evidence().get(0), locale))
                    .append(" |\n");
        }
        out.append('\n');
        if (!result.getNotes().isEmpty()) {
            out.append(de ? "## Weitere Regelungen zum Lesen\n\n" : "## Other terms to read\n\n");
            for (Note note : result.getNotes()) {
                out.append("- **")
                        .append(escape(note.topic().label(locale)))
                        .append("**: ")
                        .append(where(note.span(), locale))
                        .append('\n');
            }
            out.append('\n');
        }
        out.append(
                        de
                                ? "## Bestandteile\n\n| Bestandteil | Vorschrift | gefunden | Konfidenz | Stelle |\n"
                                : "## Elements\n\n| Element | Provision | found | confidence | where |\n")
                .append("|---|---|---|---|---|\n");
        for (ElementResult e : result.getElements()) {
            out.append("| ")
                    .append(escape(e.element().label(locale)))
                    .append(" | ")
                    .append(escape(e.element().reference(locale)))
                    .append(" | ")
                    .append(e.found() ? (de ? "ja" : "yes") : (de ? "**nein**" : "**no**"))
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", e.confidence()))
                    .append(" | ")
                    .append(e.found() ? escape(e.spans().get(0).section()) : "")
                    .append(" |\n");
        }
        out.append(de ? "\n## Feststellungen\n\n" : "\n## Findings\n\n");
        for (Item i : items) {
            out.append("- **")
                    .append(severity(i.finding(), locale))
                    .append("** `")
                    .append(i.finding().getRuleId())
                    .append("` ")
                    .append(escape(messageWithReferences(i.finding(), locale)));
            out.append(i.span()
                    .map(s -> (read(i) ? (de ? " — Stelle: " : " — at: ") : unread(locale)) + where(s, locale))
                    .orElse(" — " + notFound(locale)));
            out.append('\n');
        }
        out.append(de ? "\n## Text mit Feststellungen\n\n" : "\n## Text with findings\n\n");
        List<Item> located =
                new ArrayList<>(items.stream().filter(i -> i.span().isPresent()).toList());
        located.sort(Comparator.comparingInt((Item i) -> i.span().orElseThrow().offset()));
        String text = result.getText();
        int pos = 0;
        int next = 0;
        for (String line : text.split("\n", -1)) {
            int end = pos + line.length();
            out.append(escape(line.replace('\t', ' '))).append("\n\n");
            while (next < located.size()
                    && located.get(next).span().orElseThrow().offset() < end + 1) {
                Item i = located.get(next++);
                out.append("> **")
                        .append(severity(i.finding(), locale))
                        .append("** `")
                        .append(i.finding().getRuleId())
                        .append("` ")
                        .append(escape(messageWithReferences(i.finding(), locale)))
                        .append("\n\n");
            }
            pos = end + 1;
        }
        return out.toString();
    }

    /**
     * Returns the review as an HTML page: the document's passages on the left and the findings on each beside
     * it, after the completeness table and a table of the elements found.
     *
     * @param locale the language of the labels and messages
     * @return the HTML text
     */
    public String toHtml(Locale locale) {
        boolean de = german(locale);
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(de ? "de" : "en")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(html(result.getSourceName()))
                .append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:72rem;margin:auto}td{vertical-align:top;padding:.3rem}")
                .append(
                        ".ERROR{color:#a00}.WARNING{color:#a60}.INFO{color:#046}.finding{font-size:.9em}"
                                + ".NOT_FOUND td:nth-child(3){color:#a00}.WEAKER td:nth-child(3){color:#a60}\n</style>\n</head>\n<body>\n");
        out.append("<h1>")
                .append(de ? "Prüfung: " : "Review: ")
                .append(html(result.getSourceName()))
                .append("</h1>\n");
        out.append("<h2>")
                .append(de ? "Vollständigkeit" : "Completeness")
                .append("</h2>\n<table class=\"completeness\">\n<tr><th>")
                .append(de ? "Anforderung" : "Requirement")
                .append("</th><th>")
                .append(de ? "Vorschrift" : "Provision")
                .append("</th><th>")
                .append(de ? "Ergebnis" : "Result")
                .append("</th><th>")
                .append(de ? "Beleg" : "Evidence")
                .append("</th></tr>\n");
        for (RequirementResult r : result.getCompleteness()) {
            out.append("<tr class=\"")
                    .append(r.status().name())
                    .append("\"><td>")
                    .append(html(r.requirement().label(locale)))
                    .append("</td><td>")
                    .append(html(r.requirement().reference(locale)))
                    .append("</td><td>")
                    .append(html(status(r.status(), locale)))
                    .append(r.note().isEmpty() ? "" : " (" + html(r.note(locale)) + ")")
                    .append("</td><td>");
            if (!r.evidence().isEmpty()) {
                SourceSpan e = r.evidence().get(0);
                out.append(e.section().isEmpty() ? "" : html(e.section()) + ": ")
                        .append("<q>")
                        .append(html(e.quote()))
                        .append("</q>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
        if (!result.getNotes().isEmpty()) {
            out.append("<h2>")
                    .append(de ? "Weitere Regelungen zum Lesen" : "Other terms to read")
                    .append("</h2>\n<ul class=\"notes\">\n");
            for (Note note : result.getNotes()) {
                out.append("<li><strong>")
                        .append(html(note.topic().label(locale)))
                        .append("</strong>: ")
                        .append(
                                note.span().section().isEmpty()
                                        ? ""
                                        : html(note.span().section()) + ": ")
                        .append("<q>")
                        .append(html(note.span().quote()))
                        .append("</q></li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<h2>").append(de ? "Bestandteile" : "Elements").append("</h2>\n");
        out.append("<table>\n<tr><th>")
                .append(de ? "Bestandteil" : "Element")
                .append("</th><th>")
                .append(de ? "gefunden" : "found")
                .append("</th><th>")
                .append(de ? "Konfidenz" : "confidence")
                .append("</th></tr>\n");
        for (ElementResult e : result.getElements()) {
            out.append("<tr><td>")
                    .append(html(e.element().label(locale)))
                    .append(" (")
                    .append(html(e.element().reference(locale)))
                    .append(")</td><td>")
                    .append(e.found() ? (de ? "ja" : "yes") : (de ? "<strong>nein</strong>" : "<strong>no</strong>"))
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.2f", e.confidence()))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n<h2>")
                .append(de ? "Nicht im Dokument gefunden" : "Not found in the document")
                .append("</h2>\n<ul>\n");
        for (Item i : items) {
            if (i.span().isEmpty()) {
                out.append("<li class=\"")
                        .append(severity(i.finding(), locale))
                        .append("\"><code>")
                        .append(i.finding().getRuleId())
                        .append("</code> ")
                        .append(html(messageWithReferences(i.finding(), locale)))
                        .append("</li>\n");
            }
        }
        out.append("</ul>\n<h2>")
                .append(de ? "Text mit Feststellungen" : "Text with findings")
                .append("</h2>\n<table>\n");
        List<Item> located =
                new ArrayList<>(items.stream().filter(i -> i.span().isPresent()).toList());
        located.sort(Comparator.comparingInt((Item i) -> i.span().orElseThrow().offset()));
        int pos = 0;
        int next = 0;
        for (String line : result.getText().split("\n", -1)) {
            int end = pos + line.length();
            out.append("<tr><td>").append(html(line.replace('\t', ' '))).append("</td><td>");
            while (next < located.size()
                    && located.get(next).span().orElseThrow().offset() < end + 1) {
                Item i = located.get(next++);
                out.append("<div class=\"finding ")
                        .append(severity(i.finding(), locale))
                        .append("\"><code>")
                        .append(i.finding().getRuleId())
                        .append("</code> ")
                        .append(html(messageWithReferences(i.finding(), locale)))
                        .append(read(i) ? "" : " <em>(" + html(unread(locale).replaceAll("^ — |: $", "")) + ")</em>")
                        .append("</div>");
            }
            out.append("</td></tr>\n");
            pos = end + 1;
        }
        out.append("</table>\n</body>\n</html>\n");
        return out.toString();
    }

    /** The severity as the validate command prints it: {@code FEHLER}, {@code WARNUNG}, {@code HINWEIS} in German. */
    static String severity(Finding finding, Locale locale) {
        if (!german(locale)) {
            return finding.getSeverity().name();
        }
        return switch (finding.getSeverity()) {
            case ERROR -> "FEHLER";
            case WARNING -> "WARNUNG";
            case INFO -> "HINWEIS";
        };
    }

    /** A finding's message followed by the provisions it rests on, cited in the review's language. */
    static String messageWithReferences(Finding finding, Locale locale) {
        List<String> references = finding.formatLegalReferences(locale);
        return references.isEmpty()
                ? finding.message(locale)
                : finding.message(locale) + " (" + String.join(", ", references) + ")";
    }

    /** The status as a reviewer reads it. */
    static String status(RequirementResult.Status status, Locale locale) {
        boolean de = german(locale);
        return switch (status) {
            case FOUND -> de ? "gefunden" : "found";
            case WEAKER -> de ? "schwächer als SCC 2021/915" : "weaker than SCC 2021/915";
            case NOT_FOUND -> de ? "nicht gefunden" : "not found";
        };
    }

    /** The SARIF rule id of a requirement of the completeness table. */
    static String completenessRule(Requirement r) {
        return "completeness." + r.name();
    }

    /** A quoted passage with its section, in the quotation marks of the review's language. */
    private static String where(SourceSpan s, Locale locale) {
        return (s.section().isEmpty() ? "" : escape(s.section()) + ": ") + quoted(escape(s.quote()), locale);
    }

    /** A quotation in the marks of the review's language: „…“ in German, “…” in English. */
    private static String quoted(String text, Locale locale) {
        return german(locale) ? "„" + text + "“" : "“" + text + "”";
    }

    private static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
