/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.docx;

import static dev.dpa4j.render.internal.Writers.unhandled;

import dev.dpa4j.render.document.Annex;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Clause;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.DocumentMetadata;
import dev.dpa4j.render.document.Figure;
import dev.dpa4j.render.document.InLanguage;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Parallel;
import dev.dpa4j.render.document.PartiesBlock;
import dev.dpa4j.render.document.PartyEntry;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.RunStyle;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.document.SignatureBlock;
import dev.dpa4j.render.document.SignatureEntry;
import dev.dpa4j.render.document.SignatureField;
import dev.dpa4j.render.document.Table;
import dev.dpa4j.render.document.Title;
import dev.dpa4j.render.internal.Escapes;
import dev.dpa4j.render.internal.IntroCitation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes the document tree as an Office Open XML word-processing document (DOCX), without a library:
 * a zip of the package parts, with real paragraph styles (Title, Heading1..3, …), Word numbering for
 * clauses and lists, tables with a repeated header row, and a footer with the fingerprint and page
 * numbers.
 *
 * <p>Every text is XML-escaped, and characters XML 1.0 forbids (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) are removed, as are C1 controls; tabs and line breaks become Word tabs and breaks.
 * Output is byte-identical for equal input: zip entries have a fixed order and timestamp.
 */
public final class DocxWriter {

    private static final String STYLES = resource("styles.xml");
    private static final String NUMBERING_HEAD = resource("numbering.xml");

    /** styles.xml for each document language, deflated once: the same bytes for every rendering (issue #14). */
    private static final Map<String, ZipParts.Compressed> STYLES_BY_LANGUAGE = new ConcurrentHashMap<>();

    private static final Pattern CLAUSE_NUMBER = Pattern.compile("\\((\\d+)\\)");

    /** Abstract numbering definitions in numbering.xml. */
    private static final int CLAUSE_LIST = 1;

    private static final int ORDERED_LIST = 2;
    private static final int BULLET_LIST = 3;

    // room for the body of a usual agreement (Jomoco: 116,000 characters), so that it is not copied as it grows
    private final XmlBytes body = new XmlBytes(1 << 17);
    private final StringBuilder nums = new StringBuilder();
    private int nextNumId = 1;
    private int bulletNumId;
    private @Nullable String currentLanguage;

    /** Creates a writer; a writer writes one document. */
    public DocxWriter() {}

    /**
     * Writes the document.
     *
     * @param document the composed document
     * @param creationDate the creation date for the package metadata, or empty for none
     * @param out where the DOCX goes; not closed
     * @throws IOException if writing fails
     */
    public void write(Document document, Optional<OffsetDateTime> creationDate, OutputStream out) throws IOException {
        DocumentMetadata metadata = document.metadata();
        bulletNumId = newNum(BULLET_LIST);
        body.ascii(DOCUMENT_HEAD);
        for (Block block : document.blocks()) {
            block(block, 1);
        }
        body.ascii(DOCUMENT_TAIL);
        // the fastest deflate level: at the default level compression was a third of a DOCX rendering
        // (issue #14); the parts are the same, the package about a fifth larger
        ZipParts zip = new ZipParts(out);
        try {
            zip.compressed("[Content_Types].xml", CONTENT_TYPES);
            zip.compressed("_rels/.rels", PACKAGE_RELS);
            zip.deflated("docProps/core.xml", core(metadata, creationDate));
            zip.deflated("word/document.xml", body.array(), body.length());
            zip.compressed(
                    "word/styles.xml",
                    STYLES_BY_LANGUAGE.computeIfAbsent(
                            languageTag(metadata.language()),
                            tag -> ZipParts.compress(
                                    STYLES.replace("@LANG@", tag).getBytes(StandardCharsets.UTF_8))));
            zip.deflated("word/numbering.xml", NUMBERING_HEAD.replace("<!--@NUMS@-->", nums.toString()));
            XmlBytes footer = footer(metadata);
            zip.deflated("word/footer1.xml", footer.array(), footer.length());
            zip.compressed("word/_rels/document.xml.rels", DOCUMENT_RELS);
            zip.finish();
        } finally {
            zip.release();
        }
    }

    // ---------------------------------------------------------------- blocks

    private void block(Block block, int level) {
        if (block instanceof Title title) {
            textParagraph("Title", null, title.text());
            for (String line : title.subtitles()) {
                textParagraph("Subtitle", null, line);
            }
        } else if (block instanceof PartiesBlock parties) {
            parties(parties);
        } else if (block instanceof Section section) {
            String heading = section.number().map(n -> n + "\t").orElse("") + section.heading();
            textParagraph(headingStyle(level), null, heading);
            section.citation().ifPresent(c -> textParagraph("Citation", null, c));
            clauses(section.content(), level + 1);
        } else if (block instanceof Clause clause) {
            clause(clause, -1, level);
        } else if (block instanceof Paragraph paragraph) {
            runsParagraph(null, null, paragraph.runs());
        } else if (block instanceof ListBlock list) {
            int numId = list.ordered() ? newNum(ORDERED_LIST) : bulletNumId;
            String numPr = numPr(numId);
            for (Paragraph item : list.items()) {
                runsParagraph("ListParagraph", numPr, item.runs());
            }
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof Annex annex) {
            open("Heading1", "<w:pageBreakBefore/>");
            text(annex.label());
            body.ascii("<w:r><w:br/></w:r>");
            text(annex.title());
            close();
            clauses(annex.content(), 2);
        } else if (block instanceof SignatureBlock signatures) {
            signatures(signatures, level);
        } else if (block instanceof Figure figure) {
            textParagraph("Caption", null, figure.caption());
            textParagraph(null, null, figure.description());
        } else if (block instanceof Parallel parallel) {
            parallel(parallel, level);
        } else if (block instanceof InLanguage part) {
            inLanguage(part.language(), () -> block(part.block(), level));
        } else {
            throw unhandled(block);
        }
    }

    /** Children of a section or annex; consecutive clauses share one restartable Word list. */
    private void clauses(List<Block> content, int level) {
        int numId = -1;
        int expected = 1;
        for (Block child : content) {
            if (child instanceof Clause clause) {
                var matcher = CLAUSE_NUMBER.matcher(clause.number());
                if (matcher.matches() && Integer.parseInt(matcher.group(1)) == expected) {
                    if (numId < 0) {
                        numId = newNum(CLAUSE_LIST);
                    }
                    clause(clause, numId, level);
                    expected++;
                } else {
                    clause(clause, -1, level);
                }
            } else {
                block(child, level);
            }
        }
    }

    /** A clause: its first paragraph numbered by Word (or with a literal number), then its other blocks. */
    private void clause(Clause clause, int numId, int level) {
        // the only clause of its section is unnumbered and set as body text, without the hanging indent
        boolean alone = clause.number().isEmpty();
        boolean first = true;
        for (Block child : clause.content()) {
            if (first && child instanceof Paragraph paragraph) {
                open(alone ? null : "Clause", numId > 0 ? numPr(numId) : null);
                if (numId <= 0 && !alone) {
                    text(clause.number());
                    body.ascii("<w:r><w:tab/></w:r>");
                }
                // an introduction to a list keeps its colon last: "… at least (Art. 33(3) GDPR):"
                boolean colon = clause.citation().isPresent() && IntroCitation.endsWithColon(paragraph.runs());
                runs(colon ? IntroCitation.beforeColon(paragraph.runs()) : paragraph.runs());
                clause.citation()
                        .ifPresent(c -> run(body, "CitationChar", false, false, " (" + c + ")", currentLanguage));
                if (colon) {
                    runs(List.of(Run.text(":")));
                }
                close();
            } else if (child instanceof Paragraph paragraph) {
                runsParagraph(alone ? null : "ClauseText", null, paragraph.runs());
            } else {
                block(child, level);
            }
            first = false;
        }
        if (first) {
            textParagraph("Clause", numId > 0 ? numPr(numId) : null, clause.number());
        }
    }

    private void parties(PartiesBlock parties) {
        textParagraph("PartiesBetween", null, parties.introduction());
        List<PartyEntry> entries = parties.parties();
        for (int i = 0; i < entries.size(); i++) {
            PartyEntry entry = entries.get(i);
            textParagraph("PartyName", null, entry.name());
            if (!entry.details().isEmpty()) {
                open("PartyDetails", null);
                for (int d = 0; d < entry.details().size(); d++) {
                    if (d > 0) {
                        body.ascii("<w:r><w:br/></w:r>");
                    }
                    text(entry.details().get(d));
                }
                close();
            }
            textParagraph("PartyDesignation", null, entry.designation());
            if (i < entries.size() - 1) {
                textParagraph("PartiesBetween", null, parties.conjunction());
            }
        }
    }

    private void table(Table table) {
        table.caption().ifPresent(c -> textParagraph("Caption", "<w:keepNext/>", c));
        int columns = Math.max(1, table.header().size());
        int width = 9070 / columns;
        body.ascii("<w:tbl><w:tblPr><w:tblStyle w:val=\"DpaTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
                .ascii("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\"")
                .ascii(" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (int c = 0; c < columns; c++) {
            body.ascii("<w:gridCol w:w=\"").number(width).ascii("\"/>");
        }
        body.ascii("</w:tblGrid>");
        body.ascii("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (Paragraph cell : table.header()) {
            body.ascii("<w:tc><w:tcPr><w:tcW w:w=\"").number(width).ascii("\" w:type=\"dxa\"/></w:tcPr>");
            runsParagraph("TableHeading", null, cell.runs());
            body.ascii("</w:tc>");
        }
        body.ascii("</w:tr>");
        for (List<Paragraph> row : table.rows()) {
            body.ascii("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (Paragraph cell : row) {
                body.ascii("<w:tc><w:tcPr><w:tcW w:w=\"").number(width).ascii("\" w:type=\"dxa\"/></w:tcPr>");
                runsParagraph("TableText", null, cell.runs());
                body.ascii("</w:tc>");
            }
            body.ascii("</w:tr>");
        }
        body.ascii("</w:tbl>");
        emptyParagraph("TableEnd");
    }

    private void signatures(SignatureBlock signatures, int level) {
        textParagraph(headingStyle(level), "<w:keepNext/>", signatures.heading());
        List<SignatureEntry> entries = signatures.entries();
        if (entries.isEmpty()) {
            return;
        }
        int columns = Math.min(2, entries.size());
        int width = 9070 / columns;
        body.ascii("<w:tbl><w:tblPr><w:tblStyle w:val=\"DpaSignatures\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
                .ascii("</w:tblPr><w:tblGrid>");
        for (int c = 0; c < columns; c++) {
            body.ascii("<w:gridCol w:w=\"").number(width).ascii("\"/>");
        }
        body.ascii("</w:tblGrid>");
        for (int start = 0; start < entries.size(); start += columns) {
            body.ascii("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (int c = 0; c < columns; c++) {
                body.ascii("<w:tc><w:tcPr><w:tcW w:w=\"").number(width).ascii("\" w:type=\"dxa\"/></w:tcPr>");
                if (start + c < entries.size()) {
                    signature(entries.get(start + c));
                } else {
                    emptyParagraph(null);
                }
                body.ascii("</w:tc>");
            }
            body.ascii("</w:tr>");
        }
        body.ascii("</w:tbl>");
        emptyParagraph("TableEnd");
    }

    private void signature(SignatureEntry entry) {
        textParagraph("SignatureRole", null, entry.role());
        textParagraph("SignatureParty", null, entry.party());
        for (SignatureField field : entry.fields()) {
            textParagraph("SignatureLabel", null, field.label());
            textParagraph("SignatureLine", null, field.value().orElse(""));
        }
    }

    private void parallel(Parallel parallel, int level) {
        body.ascii("<w:tbl><w:tblPr><w:tblStyle w:val=\"DpaParallel\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
                .ascii("<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"4535\"/>")
                .ascii("<w:gridCol w:w=\"4535\"/></w:tblGrid><w:tr>");
        cell(parallel.first(), parallel.firstLanguage(), level);
        cell(parallel.second(), parallel.secondLanguage(), level);
        body.ascii("</w:tr></w:tbl>");
        emptyParagraph("TableEnd");
    }

    /** Writes what {@code body} writes with every run marked as in the language ({@code w:lang}). */
    private void inLanguage(Locale language, Runnable body) {
        String previous = currentLanguage;
        currentLanguage = languageTag(language);
        try {
            body.run();
        } finally {
            currentLanguage = previous;
        }
    }

    private void cell(Block block, Locale language, int level) {
        body.ascii("<w:tc><w:tcPr><w:tcW w:w=\"4535\" w:type=\"dxa\"/></w:tcPr>");
        int start = body.length();
        inLanguage(language, () -> {
            if (block instanceof Clause clause) {
                clause(clause, -1, level);
            } else {
                block(block, level);
            }
        });
        // A cell must end with a paragraph (a nested table is followed by one already).
        if (body.length() == start || !endsWithParagraph()) {
            emptyParagraph(null);
        }
        body.ascii("</w:tc>");
    }

    // ---------------------------------------------------------------- paragraphs and runs

    /** Opens a paragraph with its properties; its runs are appended to the body, then {@link #close}. */
    private void open(@Nullable String style, @Nullable String extraProperties) {
        body.ascii(PARAGRAPH);
        if (style != null || extraProperties != null) {
            body.ascii(PARAGRAPH_PROPERTIES);
            if (style != null) {
                body.ascii(PARAGRAPH_STYLE).ascii(style).ascii(ATTRIBUTE_END);
            }
            if (extraProperties != null) {
                body.ascii(extraProperties);
            }
            if (currentLanguage != null) {
                body.ascii("<w:rPr><w:lang w:val=\"").ascii(currentLanguage).ascii("\"/></w:rPr>");
            }
            body.ascii(PARAGRAPH_PROPERTIES_END);
        }
    }

    private void close() {
        body.ascii(PARAGRAPH_END);
    }

    private void textParagraph(@Nullable String style, @Nullable String extraProperties, String text) {
        open(style, extraProperties);
        text(text);
        close();
    }

    private void runsParagraph(@Nullable String style, @Nullable String extraProperties, List<Run> runs) {
        open(style, extraProperties);
        runs(runs);
        close();
    }

    private void emptyParagraph(@Nullable String style) {
        open(style, null);
        close();
    }

    private boolean endsWithParagraph() {
        return body.endsWith(PARAGRAPH_END);
    }

    private static String numPr(int numId) {
        return "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>";
    }

    private void runs(List<Run> runs) {
        for (Run run : runs) {
            run(
                    body,
                    null,
                    run.style() == RunStyle.STRONG,
                    run.style() == RunStyle.EMPHASIS,
                    run.markedText(),
                    run.language().isPresent() ? run.language().get() : currentLanguage);
        }
    }

    private void text(String text) {
        run(body, null, false, false, text, currentLanguage);
    }

    private static final byte[] PARAGRAPH = XmlBytes.bytes("<w:p>");
    private static final byte[] PARAGRAPH_PROPERTIES = XmlBytes.bytes("<w:pPr>");
    private static final byte[] PARAGRAPH_STYLE = XmlBytes.bytes("<w:pStyle w:val=\"");
    private static final byte[] ATTRIBUTE_END = XmlBytes.bytes("\"/>");
    private static final byte[] PARAGRAPH_PROPERTIES_END = XmlBytes.bytes("</w:pPr>");
    private static final byte[] PARAGRAPH_END = XmlBytes.bytes("</w:p>");
    private static final byte[] RUN = XmlBytes.bytes("<w:r>");
    private static final byte[] RUN_PROPERTIES = XmlBytes.bytes("<w:rPr>");
    private static final byte[] RUN_PROPERTIES_END = XmlBytes.bytes("</w:rPr>");
    private static final byte[] BOLD = XmlBytes.bytes("<w:b/>");
    private static final byte[] ITALIC = XmlBytes.bytes("<w:i/>");
    private static final byte[] TEXT = XmlBytes.bytes("<w:t>");
    private static final byte[] TEXT_SPACES_KEPT = XmlBytes.bytes("<w:t xml:space=\"preserve\">");
    private static final byte[] TEXT_END = XmlBytes.bytes("</w:t></w:r>");

    /**
     * Appends one or more runs for the text: tabs, line breaks and soft hyphens become Word tabs, breaks and
     * optional hyphens. Nothing is appended for a text that is empty once cleaned.
     *
     * @param language a language tag for the runs, or {@code null} for the document's language
     */
    static void run(
            XmlBytes out,
            @Nullable String characterStyle,
            boolean bold,
            boolean italic,
            String text,
            @Nullable String language) {
        if (text.isEmpty()) {
            return;
        }
        boolean properties = characterStyle != null || bold || italic || language != null;
        // most texts: one run, escaped and encoded in one pass; a text with a tab, line break, soft hyphen
        // or a character to clean away is taken back and written by the general path below (issue #14)
        int mark = out.length();
        runStart(out, properties, characterStyle, bold, italic, language);
        textStart(out, text, 0, text.length());
        if (out.plainText(text)) {
            out.ascii(TEXT_END);
            return;
        }
        out.truncate(mark);
        String clean = Escapes.clean(text);
        int start = 0;
        int length = clean.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? clean.charAt(i) : '\0';
            if (i == length || c == '\t' || c == '\n' || c == '\u00AD') {
                if (i > start) {
                    runStart(out, properties, characterStyle, bold, italic, language);
                    textStart(out, clean, start, i);
                    out.cleanText(clean, start, i);
                    out.ascii(TEXT_END);
                }
                if (c == '\t') {
                    runStart(out, properties, characterStyle, bold, italic, language);
                    out.ascii("<w:tab/></w:r>");
                } else if (c == '\n') {
                    runStart(out, properties, characterStyle, bold, italic, language);
                    out.ascii("<w:br/></w:r>");
                } else if (c == '\u00AD') {
                    // Word's optional hyphen: a break point with a visible hyphen only where the line breaks.
                    runStart(out, properties, characterStyle, bold, italic, language);
                    out.ascii("<w:softHyphen/></w:r>");
                }
                start = i + 1;
            }
        }
    }

    /**
     * {@code <w:t>} for the text from {@code from} to {@code to}, with {@code xml:space="preserve"} only where the
     * text begins or ends with a space or holds two in a row: elsewhere a reader keeps its spaces anyway. Word writes
     * it the same way; the attribute on every run was a tenth of {@code document.xml} and of what is deflated
     * (issue #14). Tabs and line breaks never reach a text element: they are runs of their own.
     */
    private static void textStart(XmlBytes out, String text, int from, int to) {
        int twoSpaces = text.indexOf("  ", from);
        boolean spacesKept =
                text.charAt(from) == ' ' || text.charAt(to - 1) == ' ' || (twoSpaces >= 0 && twoSpaces + 2 <= to);
        out.ascii(spacesKept ? TEXT_SPACES_KEPT : TEXT);
    }

    /** {@code <w:r>} and the run's properties, if it has any. */
    private static void runStart(
            XmlBytes out,
            boolean properties,
            @Nullable String characterStyle,
            boolean bold,
            boolean italic,
            @Nullable String language) {
        out.ascii(RUN);
        if (!properties) {
            return;
        }
        out.ascii(RUN_PROPERTIES);
        if (characterStyle != null) {
            out.ascii("<w:rStyle w:val=\"").ascii(characterStyle).ascii("\"/>");
        }
        if (bold) {
            out.ascii(BOLD);
        }
        if (italic) {
            out.ascii(ITALIC);
        }
        if (language != null) {
            out.ascii("<w:lang w:val=\"").ascii(language).ascii("\"/>");
        }
        out.ascii(RUN_PROPERTIES_END);
    }

    private static String headingStyle(int level) {
        return "Heading" + Math.max(1, Math.min(level, 3));
    }

    private int newNum(int abstractNum) {
        int id = nextNumId++;
        nums.append("<w:num w:numId=\"")
                .append(id)
                .append("\"><w:abstractNumId w:val=\"")
                .append(abstractNum)
                .append("\"/>");
        if (abstractNum != BULLET_LIST) {
            nums.append("<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
        }
        nums.append("</w:num>");
        return id;
    }

    // ---------------------------------------------------------------- package parts

    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // the parts that are the same in every package, deflated once (issue #14)
    private static final ZipParts.Compressed CONTENT_TYPES = ZipParts.compress(utf8(contentTypes()));
    private static final ZipParts.Compressed PACKAGE_RELS = ZipParts.compress(utf8(packageRels()));
    private static final ZipParts.Compressed DOCUMENT_RELS = ZipParts.compress(utf8(documentRels()));

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String DOCUMENT_HEAD =
            XML_HEAD + "<w:document xmlns:w=\"" + W_NS + "\" xmlns:r=\"" + R_NS + "\"><w:body>";
    private static final String DOCUMENT_TAIL = "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>"
            + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1418\" w:right=\"1247\" w:bottom=\"1418\" w:left=\"1418\" w:header=\"709\""
            + " w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";

    private static XmlBytes footer(DocumentMetadata metadata) {
        boolean german = "de".equals(metadata.language().getLanguage());
        String page = german ? "Seite " : "Page ";
        String of = german ? " von " : " of ";
        String text = metadata.footer().orElse(metadata.title());
        XmlBytes footer = new XmlBytes(1024);
        footer.ascii(XML_HEAD + "<w:ftr xmlns:w=\"" + W_NS + "\" xmlns:r=\"" + R_NS + "\">")
                .ascii("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>");
        run(footer, null, false, false, text, null);
        footer.ascii("</w:p><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"right\"/></w:pPr>");
        run(footer, null, false, false, page, null);
        footer.ascii(field("PAGE", "1"));
        run(footer, null, false, false, of, null);
        footer.ascii(field("NUMPAGES", "1")).ascii("</w:p></w:ftr>");
        return footer;
    }

    private static String field(String instruction, String placeholder) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> "
                + instruction + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>" + placeholder + "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    private static String contentTypes() {
        String main = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        return XML_HEAD
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + main + "document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + main + "styles+xml\"/>"
                + "<Override PartName=\"/word/numbering.xml\" ContentType=\"" + main + "numbering+xml\"/>"
                + "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + main + "footer+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\""
                + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "</Types>";
    }

    private static String packageRels() {
        return XML_HEAD
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R_NS + "/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\""
                + " Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\""
                + " Target=\"docProps/core.xml\"/>"
                + "</Relationships>";
    }

    private static String documentRels() {
        return XML_HEAD
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdStyles\" Type=\"" + R_NS + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rIdNumbering\" Type=\"" + R_NS + "/numbering\" Target=\"numbering.xml\"/>"
                + "<Relationship Id=\"rIdFooter1\" Type=\"" + R_NS + "/footer\" Target=\"footer1.xml\"/>"
                + "</Relationships>";
    }

    private static String core(DocumentMetadata metadata, Optional<OffsetDateTime> creationDate) {
        boolean german = "de".equals(metadata.language().getLanguage());
        StringBuilder xml = new StringBuilder(XML_HEAD);
        xml.append("<cp:coreProperties")
                .append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        xml.append("<dc:title>").append(Escapes.xml(metadata.title())).append("</dc:title>");
        xml.append("<dc:subject>")
                .append(
                        german
                                ? "Vertrag über die Verarbeitung personenbezogener Daten im Auftrag nach Art. 28 DSGVO"
                                : "Data processing agreement under Art. 28 GDPR")
                .append("</dc:subject>");
        xml.append("<dc:identifier>")
                .append(Escapes.xml(metadata.agreementId()))
                .append("</dc:identifier>");
        xml.append("<dc:language>").append(languageTag(metadata.language())).append("</dc:language>");
        metadata.fingerprint()
                .ifPresent(f -> xml.append("<cp:keywords>sha256:")
                        .append(Escapes.xml(f))
                        .append("</cp:keywords>"));
        creationDate.ifPresent(date -> {
            String w3c = date.withOffsetSameInstant(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT));
            xml.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
                    .append(w3c)
                    .append("</dcterms:created>");
            xml.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">")
                    .append(w3c)
                    .append("</dcterms:modified>");
        });
        xml.append("</cp:coreProperties>");
        return xml.toString();
    }

    private static String languageTag(Locale language) {
        return switch (language.getLanguage()) {
            case "de" -> "de-DE";
            case "en" -> "en-GB";
            default -> language.getLanguage();
        };
    }

    private static String resource(String name) {
        String path = "/dev/dpa4j/render/docx/" + name;
        try (InputStream in = DocxWriter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resource " + path, e);
        }
    }
}
