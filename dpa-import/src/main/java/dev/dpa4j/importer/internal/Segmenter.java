/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.internal.SourceText.Block;
import dev.dpa4j.importer.internal.SourceText.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the section structure of a document: headings marked by the format, and paragraphs that read as
 * headings by their numbering ("§ 3", "3.", "3.1", "Clause 3", "Ziffer 3", "Article 3", "Anlage 2", "Annex II",
 * "Schedule 3", "Appendix B") or by being a short line without a sentence's end. Every other block becomes a
 * {@link Segment} with the headings it stands under.
 */
public final class Segmenter {

    private static final Pattern ANNEX = AsciiGerman.compile(
            "^(anlage|anhang|annex|appendix|schedule|attachment|exhibit|beilage)\\s*([0-9]{1,2}|[ivx]{1,5}|[a-z])\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SECTION = AsciiGerman.compile(
            "^(§+\\s*\\d{1,3}[a-z]?|(clause|klausel|ziffer|punkt|section|article|artikel|teil|part|abschnitt)\\s+(\\d{1,3}|[ivx]{1,5})\\b)(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBERED = AsciiGerman.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\p{L}.*)");
    /** A short heading that ends with the word for an annex: "Security annex", "Technical appendix". */
    private static final Pattern NAMED_ANNEX = AsciiGerman.compile(
            "^(?:[\\p{L}-]+\\s+){1,3}(?:annex|appendix|anhang|anlage)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A numbered "Label: value" record ("1. Name: Example GmbH", as annexes list parties and sub-processors). */
    private static final Pattern RECORD = AsciiGerman.compile("[\\p{L} ()/'’.-]{2,40}:\\s+\\S");

    private static final Pattern PARAGRAPH_TITLE = AsciiGerman.compile("^\\(\\d{1,2}\\)\\s+(\\p{L}.{0,70})$");
    private static final Pattern ARTICLE_NOTE = AsciiGerman.compile(
            "^\\(?\\s*(art\\.|artt\\.|artikel|articles?|erwägungsgrund|recital)\\s*\\d[^()]{0,100}(dsgvo|ds-gvo|gdpr|bdsg|dsg|\\d)\\s*\\)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A passage with its context.
     *
     * @param block the block
     * @param heading the enclosing headings, outermost first, joined by {@code " > "}
     * @param section the innermost heading
     * @param annex whether it stands in an annex
     */
    public record Segment(Block block, String heading, String section, boolean annex) {}

    /**
     * A heading with its level.
     *
     * @param level the level, 1 = top
     * @param text the heading text
     * @param annex whether it opens an annex
     */
    record Heading(int level, String text, boolean annex) {}

    private Segmenter() {}

    /**
     * Segments a text.
     *
     * @param text the text
     * @return the passages (every block that is not a heading), in document order
     */
    public static List<Segment> segment(SourceText text) {
        List<Segment> out = new ArrayList<>();
        List<Heading> stack = new ArrayList<>();
        @Nullable Block previous = null;
        List<Block> blocks = text.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String s = text.text(block);
            if (previous != null
                    && heading(previous, text.text(previous)) != null
                    && ARTICLE_NOTE.matcher(s).matches()
                    && !stack.isEmpty()) {
                // "(Art. 28 Abs. 3 lit. h DSGVO)" under a heading belongs to it
                Heading top = stack.remove(stack.size() - 1);
                stack.add(new Heading(top.level(), top.text() + " " + s, top.annex()));
                previous = block;
                continue;
            }
            Heading h = heading(block, s);
            if (h == null && b + 1 < blocks.size()) {
                h = TableTitleRow.heading(block, s, text.text(blocks.get(b + 1)));
            }
            if (h != null) {
                while (!stack.isEmpty() && stack.get(stack.size() - 1).level() >= h.level()) {
                    stack.remove(stack.size() - 1);
                }
                boolean inAnnex = h.annex() || stack.stream().anyMatch(Heading::annex);
                stack.add(new Heading(h.level(), h.text(), inAnnex));
            } else {
                String joined =
                        String.join(" > ", stack.stream().map(Heading::text).toList());
                String section =
                        stack.isEmpty() ? "" : stack.get(stack.size() - 1).text();
                boolean annex = !stack.isEmpty() && stack.get(stack.size() - 1).annex();
                out.add(new Segment(block, joined, section, annex));
            }
            previous = block;
        }
        return out;
    }

    /** Returns the block as a heading, or null if it is not one. */
    static @Nullable Heading heading(Block block, String s) {
        boolean annex = ANNEX.matcher(s).matches() && s.length() <= 160;
        if (block.kind() == Kind.HEADING) {
            // a heading the format marks and that names its part an annex without a number: "Security annex"
            annex |= NAMED_ANNEX.matcher(s.strip()).matches();
            int level = block.level();
            if (annex) {
                level = Math.min(level, 2);
            }
            return new Heading(Math.max(1, level), s, annex);
        }
        if (block.kind() == Kind.TABLE_ROW || s.length() > 120) {
            return null;
        }
        if (endsSentence(s)) {
            // "Section 3. Vendor Personnel." and "7. Security Breach Notification." are titles with a full stop
            Matcher titled = SECTION.matcher(s);
            Matcher numberedTitle = NUMBERED.matcher(s);
            // the number is followed by its own full stop or colon, so that a wrapped "Article 28 GDPR." is no title
            if (block.kind() == Kind.PARAGRAPH
                    && s.endsWith(".")
                    && titled.matches()
                    && titled.group(4).matches("^\\s*[.:–-]\\s.*")
                    && titleCase(titled.group(4))) {
                return new Heading(3, s, false);
            }
            if (block.kind() == Kind.PARAGRAPH
                    && s.endsWith(".")
                    && numberedTitle.matches()
                    && s.matches("^\\d{1,2}(?:\\.\\d{1,2})*\\.\\s.*")
                    && titleCase(numberedTitle.group(2))) {
                return new Heading(3 + numberedTitle.group(1).split("\\.").length, s, false);
            }
            return null;
        }
        if (annex) {
            return new Heading(2, s, true);
        }
        Matcher section = SECTION.matcher(s);
        if (section.matches()) {
            return new Heading(3, s, false);
        }
        Matcher numbered = NUMBERED.matcher(s);
        if (numbered.matches()
                && s.length() <= 90
                && block.kind() == Kind.PARAGRAPH
                && words(numbered.group(2)) <= 12
                && !RECORD.matcher(numbered.group(2)).lookingAt()) {
            int depth = numbered.group(1).split("\\.").length;
            return new Heading(3 + depth, s, false);
        }
        Matcher paragraphTitle = PARAGRAPH_TITLE.matcher(s);
        if (paragraphTitle.matches() && block.kind() == Kind.PARAGRAPH && words(paragraphTitle.group(1)) <= 8) {
            return new Heading(8, s, false);
        }
        if (block.kind() == Kind.PARAGRAPH
                && s.length() <= 60
                && words(s) <= 7
                && Character.isUpperCase(s.codePointAt(0))
                && !s.contains(":")
                && !s.matches(".*\\d{4,}.*")
                && !s.contains("@")) {
            return new Heading(6, s, false);
        }
        return null;
    }

    private static boolean endsSentence(String s) {
        char last = s.charAt(s.length() - 1);
        boolean bareNumber = s.toLowerCase(Locale.ROOT).matches("^(§\\s*)?\\d{1,2}(\\.\\d{1,2})*\\.$");
        return (last == '.' && !bareNumber) || last == ';' || last == ',' || last == ':';
    }

    /** Pattern of a short title in title case: every word capitalised but for short connecting words. */
    private static final Pattern CONNECTOR = AsciiGerman.compile(
            "and|or|of|the|to|for|on|in|with|by|a|an|und|oder|der|die|das|des|den|dem|von|zur|zum|zu|im|bei|mit|für|&|-|–|;");

    /** Whether a text after a number is a title: one to eight words, each capitalised or a connecting word. */
    private static boolean titleCase(String title) {
        String t = title.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        t = t.replaceFirst("^[.:]\\s*", "");
        String[] w = t.isBlank() ? new String[0] : t.split("[\\s;]+");
        if (w.length == 0 || w.length > 8 || !Character.isUpperCase(w[0].codePointAt(0))) {
            return false;
        }
        for (String word : w) {
            if (!Character.isUpperCase(word.codePointAt(0))
                    && !CONNECTOR.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
