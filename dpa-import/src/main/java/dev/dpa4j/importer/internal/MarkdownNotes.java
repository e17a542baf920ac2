/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown footnotes ({@code [^id]} in the text, {@code [^id]: text} defined anywhere, usually at the end): each
 * definition that is referred to is taken out of its place, the reference becomes a raised number in the order of
 * first reference ("¹"), and the note's text ("¹ Only where technically feasible.") is to be placed right after the
 * block that holds its first reference, as the DOCX reader places footnotes. A definition never referred to stays
 * where it is; a reference without a definition stays as written.
 */
final class MarkdownNotes {

    private static final Pattern DEFINITION = AsciiGerman.compile("^ {0,3}\\[\\^([^\\]\\s]+)]:\\s?(.*)$");
    private static final Pattern REFERENCE = AsciiGerman.compile("\\[\\^([^\\]\\s]+)](?!:)");

    /** The lines with references numbered and referred definitions blanked, and the notes each line introduces. */
    record Result(List<String> lines, List<List<String>> notesAt) {}

    private MarkdownNotes() {}

    static Result apply(String[] input) {
        String[] lines = input.clone();
        boolean[] fenced = fenced(lines);
        // the definitions and the lines they take up
        Map<String, String> texts = new HashMap<>();
        Map<String, int[]> spans = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher d = fenced[i] ? null : DEFINITION.matcher(lines[i]);
            if (d == null || !d.matches()) {
                continue;
            }
            StringBuilder text = new StringBuilder(d.group(2).strip());
            int end = i + 1;
            while (end < lines.length && !fenced[end]) {
                String l = lines[end];
                if (DEFINITION.matcher(l).matches()) {
                    break;
                }
                if (l.isBlank()) {
                    // a blank line goes on with the note only before an indented paragraph of it
                    if (end + 1 < lines.length && isIndented(lines[end + 1]) && !lines[end + 1].isBlank()) {
                        end++;
                        continue;
                    }
                    break;
                }
                text.append(' ').append(l.strip());
                end++;
            }
            texts.putIfAbsent(d.group(1), text.toString().strip());
            spans.putIfAbsent(d.group(1), new int[] {i, end});
        }
        List<List<String>> notesAt = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            notesAt.add(new ArrayList<>());
        }
        if (texts.isEmpty()) {
            return new Result(List.of(lines), notesAt);
        }
        boolean[] inDefinition = new boolean[lines.length];
        for (int[] span : spans.values()) {
            for (int j = span[0]; j < span[1]; j++) {
                inDefinition[j] = true;
            }
        }
        Map<String, String> marks = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            if (fenced[i] || inDefinition[i]) {
                continue;
            }
            Matcher r = REFERENCE.matcher(lines[i]);
            StringBuilder b = new StringBuilder();
            int last = 0;
            while (r.find()) {
                String id = r.group(1);
                String text = texts.get(id);
                if (text == null) {
                    continue;
                }
                String mark = marks.get(id);
                if (mark == null) {
                    mark = DocxReader.superscript(marks.size() + 1);
                    marks.put(id, mark);
                    notesAt.get(i).add(mark + " " + text);
                }
                b.append(lines[i], last, r.start()).append(mark);
                last = r.end();
            }
            if (last > 0) {
                b.append(lines[i].substring(last));
                lines[i] = b.toString();
            }
        }
        // the definitions referred to leave their place
        for (Map.Entry<String, int[]> span : spans.entrySet()) {
            if (marks.containsKey(span.getKey())) {
                for (int j = span.getValue()[0]; j < span.getValue()[1]; j++) {
                    lines[j] = "";
                }
            }
        }
        return new Result(List.of(lines), notesAt);
    }

    private static boolean isIndented(String line) {
        return line.startsWith("    ") || line.startsWith("\t");
    }

    private static boolean[] fenced(String[] lines) {
        boolean[] fenced = new boolean[lines.length];
        boolean in = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("```")) {
                in = !in;
                fenced[i] = true;
                continue;
            }
            fenced[i] = in;
        }
        return fenced;
    }
}
