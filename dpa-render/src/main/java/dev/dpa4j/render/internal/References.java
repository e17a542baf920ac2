/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the cross-references that the agreement's free texts may contain into the labels of the
 * rendered document: {@code {annex:description}}, {@code {annex:measures}}, {@code {annex:subprocessors}},
 * {@code {annex:parties}} (SCC layout), {@code {section:<id>}} for a section of ours (for example
 * {@code {section:audits}}) or a custom clause (by its {@code id}), and {@code {mainContract}}. A
 * reference the document cannot resolve is left as written; the validator reports it (DOC_REFERENCE).
 *
 * <p>The document defines "the Main Contract" (§ 2), and a defined term is written the way it was defined: a free
 * text that says "the main contract" means that contract, so it is printed "the Main Contract" (with a definite
 * article only, so that "a main contract" of someone else stays as written). German nouns are capitalised anyway.
 */
final class References {

    /** A reference in a model text; the same syntax the validator checks. */
    static final Pattern REFERENCE = Pattern.compile("\\{(annex|section):([A-Za-z0-9_-]+)}|\\{(mainContract)}");

    private final Map<String, String> labels;
    private final @Nullable String term;
    private final @Nullable String lowerTerm;

    /**
     * A resolver of the references to the labels; the defined term is {@code labels.get("mainContract")}, and its
     * lower-case form is made here once for the document, not for each of its texts (issue #14).
     */
    References(Map<String, String> labels) {
        this.labels = labels;
        this.term = labels.get("mainContract");
        this.lowerTerm = term == null ? null : term.toLowerCase(Locale.ROOT);
    }

    String resolve(String text) {
        return definedTerm(braces(text, labels), term, lowerTerm);
    }

    private static String braces(String text, Map<String, String> labels) {
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

    /**
     * The text with "the main contract" (any case of "the") in the defined form of the term, if the term has capitals.
     *
     * @param text a text of the document
     * @param term the defined term, "Main Contract", or null
     * @return the text, changed only where it names the term in lower case after "the"
     */
    static String definedTerm(String text, @Nullable String term) {
        return definedTerm(text, term, term == null ? null : term.toLowerCase(Locale.ROOT));
    }

    private static String definedTerm(String text, @Nullable String term, @Nullable String lower) {
        if (term == null || lower == null) {
            return text;
        }
        if (lower.equals(term) || text.indexOf(lower) < 0) {
            return text; // almost every text: no regular expression
        }
        Matcher m = Pattern.compile("(?<=\\b[Tt]he )" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}_-])")
                .matcher(text);
        return m.replaceAll(Matcher.quoteReplacement(term));
    }

    Paragraph resolve(Paragraph paragraph) {
        if (!anyBrace(paragraph.runs()) && !anyText(paragraph.runs(), lowerTerm)) {
            return paragraph; // most paragraphs: nothing to resolve, nothing to copy
        }
        List<Run> runs = new ArrayList<>(paragraph.runs().size());
        for (Run run : paragraph.runs()) {
            runs.add(new Run(run.style(), resolve(run.text()), run.language()));
        }
        return new Paragraph(runs);
    }

    /** Whether a run holds the text; a plain loop, as this runs for every paragraph of a document. */
    private static boolean anyText(List<Run> runs, @Nullable String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).text().contains(text)) {
                return true;
            }
        }
        return false;
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
