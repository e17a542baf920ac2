/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the cross-references that the agreement's free texts may contain into the labels of the
 * rendered document: {@code {annex:description}}, {@code {annex:measures}}, {@code {annex:subprocessors}},
 * {@code {annex:parties}} (SCC layout), {@code {section:<id>}} for a section of ours (for example
 * {@code {section:audits}}) or a custom clause (by its {@code id}), and {@code {mainContract}}. A
 * reference the document cannot resolve is left as written; the validator reports it (DOC_REFERENCE).
 */
final class References {

    /** A reference in a model text; the same syntax the validator checks. */
    static final Pattern REFERENCE = Pattern.compile("\\{(annex|section):([A-Za-z0-9_-]+)}|\\{(mainContract)}");

    private References() {}

    static String resolve(String text, Map<String, String> labels) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String key = m.group(3) != null ? m.group(3) : m.group(1) + ":" + m.group(2);
            String label = labels.get(key);
            m.appendReplacement(out, Matcher.quoteReplacement(label == null ? m.group() : label));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Paragraph resolve(Paragraph paragraph, Map<String, String> labels) {
        if (!anyBrace(paragraph.runs())) {
            return paragraph; // most paragraphs: nothing to resolve, nothing to copy
        }
        List<Run> runs = new ArrayList<>(paragraph.runs().size());
        for (Run run : paragraph.runs()) {
            runs.add(new Run(run.style(), resolve(run.text(), labels), run.language()));
        }
        return new Paragraph(runs);
    }

    /** Whether a run holds a brace; a plain loop, as this runs for every paragraph of a document. */
    private static boolean anyBrace(List<Run> runs) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).text().indexOf('{') >= 0) {
                return true;
            }
        }
        return false;
    }
}
