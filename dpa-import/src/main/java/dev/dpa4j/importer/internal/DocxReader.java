/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.ImportException;
import dev.dpa4j.importer.ImportException.Reason;
import dev.dpa4j.importer.ImportLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the main part of an Office Open XML word-processing document with {@code java.util.zip} and StAX:
 * paragraphs (headings by their style's name, list items by their numbering), tables with their cells, and the
 * footnotes and endnotes, each placed after the paragraph (or table) that refers to it with its number. Only
 * {@code word/document.xml}, {@code word/styles.xml}, {@code word/numbering.xml}, {@code word/footnotes.xml} and
 * {@code word/endnotes.xml} are read (running headers and footers and comments are not agreement text); entries and
 * sizes are bounded by {@link ImportLimits}; DTDs and external entities are refused.
 *
 * <p>A document under negotiation is read as it would read with all tracked changes accepted (ECMA-376 Part 1,
 * 17.13.5): inserted text counts, deleted text ({@code w:delText}) and the text a move left behind ({@code
 * w:moveFrom}) do not, a paragraph whose mark was deleted joins the next one, a deleted table row is dropped, and the
 * former properties a change records ({@code w:pPrChange}, {@code w:rPrChange} and the like) are not read as the
 * current ones.
 */
final class DocxReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern HEADING_STYLE =
            Pattern.compile("(?:heading|überschrift|titre|título|kop)\\s*(\\d)", Pattern.CASE_INSENSITIVE);

    private DocxReader() {}

    static SourceText read(byte[] bytes, ImportLimits limits, String source) {
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            throw new ImportException(
                    Reason.ENCRYPTED,
                    source + ": this is an encrypted (password-protected) or legacy Word file; save it as an"
                            + " unprotected .docx and import that",
                    null);
        }
        byte @Nullable [] document = null;
        byte @Nullable [] styles = null;
        byte @Nullable [] numbering = null;
        byte @Nullable [] footnotes = null;
        byte @Nullable [] endnotes = null;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new ImportException(
                            Reason.TOO_LARGE,
                            source + ": the archive has more than " + limits.maxEntries() + " entries",
                            null);
                }
                if (e.getName().equals("word/document.xml")) {
                    document = readBounded(zip, limits, source);
                } else if (e.getName().equals("word/styles.xml")) {
                    styles = readBounded(zip, limits, source);
                } else if (e.getName().equals("word/numbering.xml")) {
                    numbering = readBounded(zip, limits, source);
                } else if (e.getName().equals("word/footnotes.xml")) {
                    footnotes = readBounded(zip, limits, source);
                } else if (e.getName().equals("word/endnotes.xml")) {
                    endnotes = readBounded(zip, limits, source);
                }
            }
        } catch (IOException e) {
            throw new ImportException(
                    Reason.MALFORMED, source + ": not a readable DOCX (ZIP) archive: " + e.getMessage(), e);
        }
        if (document == null) {
            throw new ImportException(
                    Reason.MALFORMED, source + ": not a DOCX document: word/document.xml is missing", null);
        }
        Map<String, Integer> headingStyles = styles == null ? Map.of() : headingStyles(styles, source);
        Numbering numbers = numbering == null ? new Numbering(Map.of(), Map.of()) : numbering(numbering, source);
        Map<String, String> notes = new HashMap<>();
        if (footnotes != null) {
            notes.putAll(notes(footnotes, "footnote", "f", source));
        }
        if (endnotes != null) {
            notes.putAll(notes(endnotes, "endnote", "e", source));
        }
        return parse(document, headingStyles, numbers, notes, limits.maxChars(), source);
    }

    /**
     * The elements whose content is not part of the text as it reads with all tracked changes accepted: the text a
     * move left behind, and the former properties a property change records.
     */
    private static boolean notAccepted(String localName) {
        return switch (localName) {
            case "moveFrom",
                    "pPrChange",
                    "rPrChange",
                    "tblPrChange",
                    "tblPrExChange",
                    "trPrChange",
                    "tcPrChange",
                    "sectPrChange",
                    "tblGridChange",
                    "numberingChange" -> true;
            default -> false;
        };
    }

    /**
     * The texts of the footnotes ({@code element} "footnote") or endnotes of a part by their id, keyed with {@code
     * prefix}; the separators Word keeps among them are not notes. Paragraphs of a note are joined by a space.
     */
    private static Map<String, String> notes(byte[] xml, String element, String prefix, String source) {
        Map<String, String> out = new HashMap<>();
        try {
            XMLStreamReader r = xml(xml);
            @Nullable String id = null;
            StringBuilder text = new StringBuilder();
            boolean inText = false;
            int skip = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    String name = r.getLocalName();
                    if (skip > 0 || notAccepted(name)) {
                        skip++;
                    } else if (name.equals(element)) {
                        String type = r.getAttributeValue(W, "type");
                        id = type == null || type.equals("normal") ? r.getAttributeValue(W, "id") : null;
                        text.setLength(0);
                    } else if (name.equals("t")) {
                        inText = true;
                    } else if (name.equals("p") && text.length() > 0) {
                        text.append(' ');
                    } else if (name.equals("tab")) {
                        text.append(' ');
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inText && skip == 0) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                    String name = r.getLocalName();
                    if (skip > 0) {
                        skip--;
                    } else if (name.equals("t")) {
                        inText = false;
                    } else if (name.equals(element) && id != null) {
                        String note = text.toString().replaceAll("\\s+", " ").strip();
                        if (!note.isEmpty()) {
                            out.put(prefix + id, note);
                        }
                        id = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new ImportException(
                    Reason.MALFORMED, source + ": word/" + element + "s.xml is not well-formed XML", e);
        }
        return out;
    }

    /** A note's number as printed: superscript digits, so that it is not read as a clause number. */
    static String superscript(int n) {
        String digits = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }

    /** One level of a numbering definition: its format ("decimal", "lowerLetter", "bullet"), text ("§ %1") and start. */
    private record Level(String format, String text, int start) {}

    /**
     * Word's automatic numbering ({@code word/numbering.xml}): the levels of each abstract definition and which
     * definition each numbering instance uses. The numbers are not in the text; the reader counts them.
     */
    private record Numbering(Map<String, Map<Integer, Level>> abstracts, Map<String, String> instances) {

        /** The label of the next paragraph of instance {@code numId} at level {@code ilvl}, counting on. */
        String next(String numId, int ilvl, Map<String, int[]> counters) {
            Map<Integer, Level> levels = abstracts.get(instances.getOrDefault(numId, ""));
            if (levels == null || ilvl < 0 || ilvl > 8 || !levels.containsKey(ilvl)) {
                return "";
            }
            int[] c = counters.computeIfAbsent(numId, k -> new int[9]);
            Level level = levels.get(ilvl);
            c[ilvl] = c[ilvl] == 0 ? level.start() : c[ilvl] + 1;
            for (int deeper = ilvl + 1; deeper < 9; deeper++) {
                c[deeper] = 0;
            }
            if (level.format().equals("bullet") || level.format().equals("none")) {
                return "";
            }
            StringBuilder label = new StringBuilder();
            String t = level.text();
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (ch == '%' && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) {
                    int at = t.charAt(++i) - '1';
                    Level of = levels.get(at);
                    int n = at >= 0 && at < 9 ? Math.max(c[at], of == null ? 1 : of.start()) : 0;
                    label.append(format(of == null ? "decimal" : of.format(), n));
                } else {
                    label.append(ch);
                }
            }
            return label.toString().strip();
        }

        private static String format(String format, int n) {
            return switch (format) {
                case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
                case "upperLetter" -> letters(n);
                case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
                case "upperRoman" -> roman(n);
                default -> Integer.toString(n);
            };
        }

        private static String letters(int n) {
            StringBuilder b = new StringBuilder();
            for (int k = Math.max(1, n); k > 0; k = (k - 1) / 26) {
                b.insert(0, (char) ('A' + (k - 1) % 26));
            }
            return b.toString();
        }

        private static String roman(int n) {
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder b = new StringBuilder();
            int k = Math.max(1, Math.min(n, 3999));
            for (int i = 0; i < values.length; i++) {
                while (k >= values[i]) {
                    b.append(symbols[i]);
                    k -= values[i];
                }
            }
            return b.toString();
        }
    }

    private static Numbering numbering(byte[] xml, String source) {
        Map<String, Map<Integer, Level>> abstracts = new HashMap<>();
        Map<String, String> instances = new HashMap<>();
        try {
            XMLStreamReader r = xml(xml);
            String abstractId = null;
            String numId = null;
            int ilvl = -1;
            String format = "decimal";
            String text = "";
            int start = 1;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    String val = r.getAttributeValue(W, "val");
                    switch (r.getLocalName()) {
                        case "abstractNum" -> abstractId = r.getAttributeValue(W, "abstractNumId");
                        case "lvl" -> {
                            ilvl = parseInt(r.getAttributeValue(W, "ilvl"), -1);
                            format = "decimal";
                            text = "";
                            start = 1;
                        }
                        case "numFmt" -> format = val == null ? format : val;
                        case "lvlText" -> text = val == null ? "" : val;
                        case "start" -> start = parseInt(val, 1);
                        case "num" -> numId = r.getAttributeValue(W, "numId");
                        case "abstractNumId" -> {
                            if (numId != null && val != null) {
                                instances.put(numId, val);
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                    if (r.getLocalName().equals("lvl") && abstractId != null && ilvl >= 0) {
                        abstracts
                                .computeIfAbsent(abstractId, k -> new HashMap<>())
                                .put(ilvl, new Level(format, text, start));
                        ilvl = -1;
                    } else if (r.getLocalName().equals("num")) {
                        numId = null;
                    } else if (r.getLocalName().equals("abstractNum")) {
                        abstractId = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new ImportException(Reason.MALFORMED, source + ": word/numbering.xml is not well-formed XML", e);
        }
        return new Numbering(abstracts, instances);
    }

    private static int parseInt(@Nullable String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static byte[] readBounded(InputStream in, ImportLimits limits, String source) throws IOException {
        long max = limits.maxBytes() * 5;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                throw new ImportException(
                        Reason.TOO_LARGE,
                        source + ": a part of the archive unpacks to more than " + max + " bytes",
                        null);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static XMLStreamReader xml(byte[] bytes) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
    }

    /** Maps style ids to heading levels by the style's name ("heading 1", "Title"). */
    private static Map<String, Integer> headingStyles(byte[] styles, String source) {
        Map<String, Integer> map = new HashMap<>();
        try {
            XMLStreamReader r = xml(styles);
            @Nullable String id = null;
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    String name = r.getLocalName();
                    if (name.equals("style")) {
                        id = r.getAttributeValue(W, "styleId");
                    } else if (name.equals("name") && id != null) {
                        int level = headingLevel(String.valueOf(r.getAttributeValue(W, "val")));
                        if (level > 0) {
                            map.put(id, level);
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new ImportException(Reason.MALFORMED, source + ": word/styles.xml is not well-formed XML", e);
        }
        return map;
    }

    private static int headingLevel(String styleName) {
        String s = styleName.toLowerCase(Locale.ROOT);
        if (s.equals("title") || s.equals("titel")) {
            return 1;
        }
        Matcher m = HEADING_STYLE.matcher(s);
        return m.find() ? Math.min(6, Integer.parseInt(m.group(1))) : 0;
    }

    private static SourceText parse(
            byte[] document,
            Map<String, Integer> headingStyles,
            Numbering numbering,
            Map<String, String> notes,
            int maxChars,
            String source) {
        TextBuilder out = new TextBuilder(maxChars, source);
        try {
            XMLStreamReader r = xml(document);
            StringBuilder paragraph = new StringBuilder();
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            int tableDepth = 0;
            int headingLevel = 0;
            boolean listItem = false;
            boolean inText = false;
            boolean inCheckBox = false;
            int boxChecked = -1; // -1: the field states no checked state, its default counts
            boolean boxDefault = false;
            String numId = null;
            int ilvl = 0;
            Map<String, int[]> counters = new HashMap<>();
            // tracked changes (see the class comment): content not accepted, the paragraph's properties and their
            // run properties (where a deleted paragraph mark is recorded), a table row's properties
            int skip = 0;
            boolean inParagraphProperties = false;
            boolean inMarkProperties = false;
            boolean inRowProperties = false;
            boolean markDeleted = false;
            boolean rowDeleted = false;
            StringBuilder carried = new StringBuilder();
            // footnotes and endnotes referred to and not yet placed, and how many have been numbered
            List<String> pendingNotes = new ArrayList<>();
            int[] noteCount = new int[2];
            while (r.hasNext()) {
                int event = r.next();
                if (skip > 0) {
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        skip++;
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        skip--;
                    }
                    continue;
                }
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    String name = r.getLocalName();
                    if (inMarkProperties && (name.equals("del") || name.equals("moveFrom"))) {
                        markDeleted = true;
                        continue;
                    }
                    if (inRowProperties && name.equals("del")) {
                        rowDeleted = true;
                        continue;
                    }
                    if (notAccepted(name)) {
                        skip = 1;
                        continue;
                    }
                    switch (name) {
                        case "pPr" -> inParagraphProperties = true;
                        case "rPr" -> inMarkProperties = inParagraphProperties;
                        case "trPr" -> inRowProperties = true;
                        case "footnoteReference", "endnoteReference" -> {
                            boolean foot = name.equals("footnoteReference");
                            String note = notes.get((foot ? "f" : "e") + r.getAttributeValue(W, "id"));
                            if (note != null) {
                                String mark = superscript(++noteCount[foot ? 0 : 1]);
                                paragraph.append(mark);
                                pendingNotes.add(mark + " " + note);
                            }
                        }
                        case "tbl" -> tableDepth++;
                        case "tr" -> {
                            cells.clear();
                            rowDeleted = false;
                        }
                        case "tc" -> cell.setLength(0);
                        case "p" -> {
                            paragraph.setLength(0);
                            paragraph.append(carried);
                            carried.setLength(0);
                            markDeleted = false;
                            headingLevel = 0;
                            listItem = false;
                            numId = null;
                            ilvl = 0;
                        }
                        case "ilvl" -> ilvl = parseInt(r.getAttributeValue(W, "val"), 0);
                        case "numId" -> numId = r.getAttributeValue(W, "val");
                        case "pStyle" -> {
                            String style = String.valueOf(r.getAttributeValue(W, "val"));
                            headingLevel = headingStyles.getOrDefault(style, headingLevel(style));
                            listItem |= style.toLowerCase(Locale.ROOT).contains("list");
                        }
                        case "numPr" -> listItem = true;
                        case "t" -> inText = true;
                        // a box drawn with a symbol font, and a legacy form field's check box (FormChoices)
                        case "sym" ->
                            paragraph.append(symbolBox(r.getAttributeValue(W, "font"), r.getAttributeValue(W, "char")));
                        case "checkBox" -> {
                            inCheckBox = true;
                            boxChecked = -1;
                            boxDefault = false;
                        }
                        case "default" -> boxDefault |= inCheckBox && on(r.getAttributeValue(W, "val"));
                        case "checked" ->
                            boxChecked = inCheckBox ? (on(r.getAttributeValue(W, "val")) ? 1 : 0) : boxChecked;
                        case "tab" -> paragraph.append(tableDepth > 0 ? ' ' : '\t');
                        // a line break in a paragraph outside a table ends a line of its own, as a party block's
                        // lines are (the HTML reader splits at <br> the same way); in a list item it is a space
                        case "br", "cr" -> paragraph.append(tableDepth > 0 ? ' ' : '\n');
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inText) {
                    paragraph.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "pPr" -> inParagraphProperties = false;
                        case "rPr" -> inMarkProperties = false;
                        case "trPr" -> inRowProperties = false;
                        case "t" -> inText = false;
                        case "checkBox" -> {
                            inCheckBox = false;
                            paragraph.append(
                                    (boxChecked >= 0 ? boxChecked == 1 : boxDefault) ? " \u2612 " : " \u2610 ");
                        }
                        case "p" -> {
                            if (markDeleted && tableDepth == 0) {
                                // its mark deleted, the paragraph's text begins the next one, under that one's
                                // properties, as Word joins them on accepting the change
                                if (!paragraph.toString().isBlank()) {
                                    carried.append(paragraph.toString().stripTrailing())
                                            .append(' ');
                                }
                                paragraph.setLength(0);
                                continue;
                            }
                            // Word's automatic number, which the text does not hold ("§ 3", "3.1", "a)")
                            String label = numId == null
                                            || numId.equals("0")
                                            || paragraph.toString().isBlank()
                                    ? ""
                                    : numbering.next(numId, ilvl, counters);
                            if (!label.isEmpty()) {
                                paragraph.insert(0, label + " ");
                            }
                            if (tableDepth > 0) {
                                if (cell.length() > 0) {
                                    cell.append(' ');
                                }
                                cell.append(paragraph);
                            } else if (headingLevel > 0 || listItem) {
                                block(
                                        out,
                                        headingLevel,
                                        listItem,
                                        paragraph.toString().replace('\n', ' '));
                            } else {
                                for (String line : paragraph.toString().split("\n")) {
                                    if (!line.isBlank() || paragraph.indexOf("\n") < 0) {
                                        block(out, headingLevel, listItem, line);
                                    }
                                }
                            }
                            paragraph.setLength(0);
                            if (tableDepth == 0) {
                                placeNotes(out, pendingNotes);
                            }
                        }
                        case "tc" -> cells.add(cell.toString());
                        case "tr" -> {
                            if (tableDepth == 1 && !rowDeleted) {
                                out.row(cells);
                            }
                        }
                        case "tbl" -> {
                            tableDepth--;
                            if (tableDepth == 0) {
                                placeNotes(out, pendingNotes);
                            }
                        }
                        default -> {}
                    }
                }
            }
            if (!carried.toString().isBlank()) {
                out.paragraph(carried.toString().strip());
            }
            placeNotes(out, pendingNotes);
        } catch (XMLStreamException e) {
            throw new ImportException(Reason.MALFORMED, source + ": word/document.xml is not well-formed XML", e);
        }
        return out.build();
    }

    /** The notes referred to since the last placement, each a paragraph that begins with its number. */
    private static void placeNotes(TextBuilder out, List<String> pendingNotes) {
        for (String note : pendingNotes) {
            out.paragraph(note);
        }
        pendingNotes.clear();
    }

    private static void block(TextBuilder out, int headingLevel, boolean listItem, String text) {
        if (headingLevel > 0) {
            out.heading(headingLevel, text);
        } else if (listItem) {
            out.listItem(0, text);
        } else if (text.indexOf('\t') > 0) {
            out.row(List.of(text.split("\t+")));
        } else {
            out.paragraph(text);
        }
    }

    /** Whether an OOXML on/off value is on: absent (the element alone), "1", "true" or "on". */
    private static boolean on(String val) {
        return val == null || val.equals("1") || val.equalsIgnoreCase("true") || val.equalsIgnoreCase("on");
    }

    /**
     * The box a symbol of a symbol font draws ({@code <w:sym w:font="Wingdings" w:char="F0FE"/>}): ☒ for a ticked box,
     * ☐ for an empty one, else nothing. Wingdings: FE, 78, FD ticked, A8, 6F, 71 empty; Wingdings 2: 53, 52, 54, 4F
     * ticked, A3, 2A, A2 empty. The private-use offset F000 that Word adds is ignored.
     */
    static String symbolBox(String font, String code) {
        if (font == null || code == null) {
            return "";
        }
        String c = code.toUpperCase(Locale.ROOT);
        if (c.length() == 4 && c.startsWith("F0")) {
            c = c.substring(2);
        }
        String f = font.toLowerCase(Locale.ROOT).replace(" ", "");
        if (f.equals("wingdings2")) {
            return switch (c) {
                case "53", "52", "54", "4F" -> " \u2612 ";
                case "A3", "2A", "A2" -> " \u2610 ";
                default -> "";
            };
        }
        if (f.equals("wingdings")) {
            return switch (c) {
                case "FE", "78", "FD" -> " \u2612 ";
                case "A8", "6F", "71" -> " \u2610 ";
                default -> "";
            };
        }
        return "";
    }
}
