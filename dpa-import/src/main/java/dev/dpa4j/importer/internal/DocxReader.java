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
 * paragraphs (headings by their style's name, list items by their numbering), tables with their cells. Only
 * {@code word/document.xml} and {@code word/styles.xml} are read; entries and sizes are bounded by {@link
 * ImportLimits}; DTDs and external entities are refused.
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
        return parse(document, headingStyles, limits.maxChars(), source);
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

    private static SourceText parse(byte[] document, Map<String, Integer> headingStyles, int maxChars, String source) {
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
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "tbl" -> tableDepth++;
                        case "tr" -> cells.clear();
                        case "tc" -> cell.setLength(0);
                        case "p" -> {
                            paragraph.setLength(0);
                            headingLevel = 0;
                            listItem = false;
                        }
                        case "pStyle" -> {
                            String style = String.valueOf(r.getAttributeValue(W, "val"));
                            headingLevel = headingStyles.getOrDefault(style, headingLevel(style));
                            listItem |= style.toLowerCase(Locale.ROOT).contains("list");
                        }
                        case "numPr" -> listItem = true;
                        case "t" -> inText = true;
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
                        case "t" -> inText = false;
                        case "p" -> {
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
                        }
                        case "tc" -> cells.add(cell.toString());
                        case "tr" -> {
                            if (tableDepth == 1) {
                                out.row(cells);
                            }
                        }
                        case "tbl" -> tableDepth--;
                        default -> {}
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new ImportException(Reason.MALFORMED, source + ": word/document.xml is not well-formed XML", e);
        }
        return out.build();
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
}
