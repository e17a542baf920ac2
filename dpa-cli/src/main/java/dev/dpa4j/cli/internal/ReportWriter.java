/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes a validation report as Markdown or as one self-contained HTML page: the verdict, the
 * counts per severity and the findings grouped by severity, each with its model path, legal
 * references and remediation. Every text that comes from the agreement (names in messages, paths)
 * is escaped for the format.
 */
final class ReportWriter {
    private ReportWriter() {}

    record Context(Outcome outcome, Severity threshold, String profile, LocalDate asOf, Messages messages) {}

    static String markdown(Context c) {
        Messages m = c.messages();
        Outcome o = c.outcome();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(md(m.get("report.title", o.agreementId()))).append("\n\n");
        out.append("- ")
                .append(md(m.get("report.file")))
                .append(": `")
                .append(code(o.file().toString()))
                .append("`\n");
        out.append("- ")
                .append(md(m.get("report.asOf")))
                .append(": ")
                .append(c.asOf())
                .append('\n');
        out.append("- ")
                .append(md(m.get("report.profile")))
                .append(": ")
                .append(md(c.profile()))
                .append('\n');
        out.append("- ")
                .append(md(m.get("report.verdict")))
                .append(": **")
                .append(md(m.get(o.passes(c.threshold()) ? "validate.passed" : "validate.failed")))
                .append("**\n\n");
        out.append("| ")
                .append(md(m.get("report.severity")))
                .append(" | ")
                .append(md(m.get("report.count")))
                .append(" |\n");
        out.append("|---|---:|\n");
        for (Map.Entry<Severity, Integer> e : o.counts().entrySet()) {
            out.append("| ")
                    .append(md(m.get("severity." + e.getKey().name())))
                    .append(" | ")
                    .append(e.getValue())
                    .append(" |\n");
        }
        for (Severity s : Severity.values()) {
            List<Finding> group =
                    o.findings().stream().filter(f -> f.severity() == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.append("\n## ")
                    .append(md(m.get("report.group." + s.name())))
                    .append(" (")
                    .append(group.size())
                    .append(")\n");
            for (Finding f : group) {
                out.append("\n### ").append(md(f.ruleId()));
                if (!f.path().isEmpty()) {
                    out.append(" · `").append(code(f.path())).append('`');
                }
                out.append("\n\n").append(md(f.message())).append('\n');
                if (!f.legalReferences().isEmpty()) {
                    out.append("\n- ")
                            .append(md(m.get("report.references")))
                            .append(": ")
                            .append(md(String.join("; ", f.legalReferences())))
                            .append('\n');
                }
                if (!f.remediation().isEmpty()) {
                    out.append(f.legalReferences().isEmpty() ? "\n" : "")
                            .append("- ")
                            .append(md(m.get("report.remediation")))
                            .append(": ")
                            .append(md(f.remediation()))
                            .append('\n');
                }
            }
        }
        if (o.findings().isEmpty()) {
            out.append('\n').append(md(m.get("report.none"))).append('\n');
        }
        out.append("\n---\n\n").append(md(m.get("report.disclaimer"))).append('\n');
        return out.toString();
    }

    static String html(Context c) {
        Messages m = c.messages();
        Outcome o = c.outcome();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(m.lang().tag())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(html(m.get("report.title", o.agreementId())))
                .append("</title>\n<style>\n")
                .append(
                        "body{font-family:Georgia,'Times New Roman',serif;max-width:48rem;margin:2rem auto;padding:0 1rem;"
                                + "line-height:1.5;color:#1a1a1a}\n")
                .append(
                        "table{border-collapse:collapse}th,td{border:1px solid #999;padding:.2rem .6rem;text-align:left}\n")
                .append(
                        "td.n{text-align:right}code{font-size:.9em}.ERROR h3{color:#8b0000}.WARNING h3{color:#7a4b00}\n")
                .append("section.finding{border-left:3px solid #ccc;padding-left:.8rem;margin:1rem 0}\n")
                .append("@media print{body{margin:0;max-width:none}}\n")
                .append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(html(m.get("report.title", o.agreementId()))).append("</h1>\n<dl>\n");
        dl(out, m.get("report.file"), "<code>" + html(o.file().toString()) + "</code>");
        dl(out, m.get("report.asOf"), c.asOf().toString());
        dl(out, m.get("report.profile"), html(c.profile()));
        dl(
                out,
                m.get("report.verdict"),
                "<strong>" + html(m.get(o.passes(c.threshold()) ? "validate.passed" : "validate.failed"))
                        + "</strong>");
        out.append("</dl>\n<table>\n<thead><tr><th>")
                .append(html(m.get("report.severity")))
                .append("</th><th>")
                .append(html(m.get("report.count")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<Severity, Integer> e : o.counts().entrySet()) {
            out.append("<tr><td>")
                    .append(html(m.get("severity." + e.getKey().name())))
                    .append("</td><td class=\"n\">")
                    .append(e.getValue())
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        for (Severity s : Severity.values()) {
            List<Finding> group =
                    o.findings().stream().filter(f -> f.severity() == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.append("<h2>")
                    .append(html(m.get("report.group." + s.name())))
                    .append(" (")
                    .append(group.size())
                    .append(")</h2>\n");
            for (Finding f : group) {
                out.append("<section class=\"finding ")
                        .append(s.name())
                        .append("\">\n<h3>")
                        .append(html(f.ruleId()));
                if (!f.path().isEmpty()) {
                    out.append(" · <code>").append(html(f.path())).append("</code>");
                }
                out.append("</h3>\n<p>").append(html(f.message())).append("</p>\n");
                if (!f.legalReferences().isEmpty() || !f.remediation().isEmpty()) {
                    out.append("<ul>\n");
                    if (!f.legalReferences().isEmpty()) {
                        out.append("<li>")
                                .append(html(m.get("report.references")))
                                .append(": ")
                                .append(html(String.join("; ", f.legalReferences())))
                                .append("</li>\n");
                    }
                    if (!f.remediation().isEmpty()) {
                        out.append("<li>")
                                .append(html(m.get("report.remediation")))
                                .append(": ")
                                .append(html(f.remediation()))
                                .append("</li>\n");
                    }
                    out.append("</ul>\n");
                }
                out.append("</section>\n");
            }
        }
        if (o.findings().isEmpty()) {
            out.append("<p>").append(html(m.get("report.none"))).append("</p>\n");
        }
        out.append("<hr>\n<p><small>").append(html(m.get("report.disclaimer"))).append("</small></p>\n");
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void dl(StringBuilder out, String term, String safeDefinition) {
        out.append("<dt>")
                .append(html(term))
                .append("</dt><dd>")
                .append(safeDefinition)
                .append("</dd>\n");
    }

    /** Escapes text for HTML element content and attribute values; drops control characters. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (!Character.isISOControl(cp) || cp == '\n' || cp == '\t') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * Escapes text for Markdown (CommonMark) inline content, so names and wordings from the agreement
     * stay text: the characters that open inline markup (emphasis, code, links, images, HTML,
     * entities, tables, strikethrough, hard breaks) are always backslash-escaped, and what could start
     * a block (heading, list, quote, thematic break) is escaped at the start. Line breaks become
     * spaces; other control characters are dropped.
     */
    static String md(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (Character.isISOControl(cp)) {
                // dropped
            } else if ("\\`*_[]<>|!&~#".indexOf(cp) >= 0) {
                out.append('\\').appendCodePoint(cp);
            } else {
                out.appendCodePoint(cp);
            }
        });
        int lead = 0;
        while (lead < out.length() && out.charAt(lead) == ' ') {
            lead++;
        }
        if (lead < out.length() && "-+=".indexOf(out.charAt(lead)) >= 0) {
            out.insert(lead, '\\');
        } else {
            int digits = lead;
            while (digits < out.length() && Character.isDigit(out.charAt(digits))) {
                digits++;
            }
            if (digits > lead && digits < out.length() && (out.charAt(digits) == '.' || out.charAt(digits) == ')')) {
                out.insert(digits, '\\');
            }
        }
        return out.toString();
    }

    /** Text inside a code span: backticks and line breaks cannot occur in a model path or file name we print. */
    private static String code(String text) {
        return text.replace('`', '\'').replace('\n', ' ').replace('\r', ' ');
    }
}
