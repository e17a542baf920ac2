/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.DocumentMetadata;
import dev.dpa4j.render.internal.HtmlWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.DateConverter;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Writes the document tree as PDF/A-3u: the HTML writer's output, re-styled for A4 print (running
 * title, page numbers and fingerprint footer on every page), laid out by openhtmltopdf with the
 * bundled DejaVu Sans and the JDK's sRGB profile.
 *
 * <p>openhtmltopdf logs nothing while this writer runs (its global logging stays as the application
 * set it for other uses; see {@link QuietLog}), and the print stylesheet holds only CSS it understands.
 *
 * <p>Output is byte-identical for equal input: the creation date and the file identifier come from the
 * caller (without a date, none is written; without an identifier, it is derived from the content);
 * nothing is fetched from outside the jar.
 */
public final class PdfWriter {

    private static final String FONT_FAMILY = FontMetricsCache.FAMILY;
    /** Narrowest share of a table column, in per cent of the text width. */
    private static final int MIN_COLUMN = 10;
    /** Words up to this length get a column wide enough for them. */
    private static final int LONG_WORD = 22;
    /** Width of the A4 text area (210 mm less 47 mm of margins) in points. */
    private static final double TEXT_WIDTH = 163 / 25.4 * 72;
    /** Generous width of one character of table text (8 pt DejaVu Sans, bold) and a cell's padding, in points. */
    private static final double CHAR_WIDTH = 5.5;

    private static final double CELL_PADDING = 9;
    /** Where openhtmltopdf may break a line in a table cell: spaces, soft hyphens, and after a hyphen. */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\u00AD]+|(?<=-)");
    /**
     * Longest run of text without a break opportunity that is left as it is. A longer run (an identifier,
     * a URL, or a hostile 100,000-character word) gets a zero-width space after every {@value #CHUNK}
     * characters: openhtmltopdf's search for a break inside one unbreakable word costs time that grows
     * faster than the word's length, while between break opportunities it is linear. Longer than the
     * 64 hex digits of the fingerprint, so ordinary documents are unchanged.
     */
    static final int LONG_RUN = 80;

    private static final int CHUNK = 40;

    private static final String STYLE = new String(bytes("/dev/dpa4j/render/pdf/dpa-pdf.css"), StandardCharsets.UTF_8);
    /**
     * openhtmltopdf declares the Adobe PDF and PDF/A ID schemas as PDF/A extension schemas, with a value
     * type veraPDF rejects; both are predefined schemas that need no declaration, so the block goes.
     */
    private static final Pattern EXTENSION_SCHEMAS = Pattern.compile(
            "\\s*<rdf:Description xmlns:pdfaExtension=.*?</pdfaExtension:schemas>\\s*</rdf:Description>",
            Pattern.DOTALL);

    private static final Pattern CREATE_DATE_ELEMENT = Pattern.compile("<xmp:CreateDate>[^<]*</xmp:CreateDate>");
    private static final Pattern CREATE_DATE_ATTRIBUTE = Pattern.compile("xmp:CreateDate=\"[^\"]*\"");
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** Creates a writer. */
    public PdfWriter() {}

    /**
     * Writes the document.
     *
     * @param document the composed document
     * @param creationDate the creation and modification date for the file's metadata, or empty for none
     * @param documentId the identifier for the file trailer, or empty to derive one from the content
     * @param out where the PDF goes; not closed
     * @throws IOException if writing fails
     */
    public void write(
            Document document, Optional<OffsetDateTime> creationDate, Optional<String> documentId, OutputStream out)
            throws IOException {
        String html = new HtmlWriter().write(document);
        org.w3c.dom.Document dom = W3CDom.convert(printable(html, document.metadata()));
        FontPrograms.Pair fonts = FontPrograms.take();
        try {
            write(html, dom, fonts, creationDate, documentId, out);
        } finally {
            FontPrograms.give(fonts);
        }
    }

    private static void write(
            String html,
            org.w3c.dom.Document dom,
            FontPrograms.Pair fonts,
            Optional<OffsetDateTime> creationDate,
            Optional<String> documentId,
            OutputStream out)
            throws IOException {
        // the PDF is made here rather than by openhtmltopdf, so that the parsed fonts can be loaded into it
        try (PDDocument target = new PDDocument()) {
            write(html, dom, target, fonts, creationDate, documentId, out);
        }
    }

    private static void write(
            String html,
            org.w3c.dom.Document dom,
            PDDocument target,
            FontPrograms.Pair fonts,
            Optional<OffsetDateTime> creationDate,
            Optional<String> documentId,
            OutputStream out)
            throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(target)
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(SRGB)
                .useCacheStore(CacheStore.PDF_FONT_METRICS, fonts.metrics())
                .useFont(
                        fonts.supplier(target, false),
                        FONT_FAMILY,
                        FontMetricsCache.REGULAR_WEIGHT,
                        FontStyle.NORMAL,
                        true)
                .useFont(
                        fonts.supplier(target, true), FONT_FAMILY, FontMetricsCache.BOLD_WEIGHT, FontStyle.NORMAL, true)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useUnicodeLineBreaker(new ZeroWidthSpaceBreaker())
                .withDiagnosticConsumer(diagnostic -> {})
                .withProducer("dpa4j")
                .withW3cDocument(dom, null);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        // openhtmltopdf would print several INFO lines per document to the console (see QuietLog).
        QuietLog.during(() -> {
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
                    PDDocument pdf = renderer.createPDFKeepOpen()) {
                fixMetadata(pdf, creationDate);
                pdf.getDocument().getTrailer().setItem(COSName.ID, fileId(documentId, html));
                pdf.save(buffer);
            }
        });
        buffer.writeTo(out);
    }

    /** Parses the HTML and adapts it for paged media: PDF stylesheet, metadata, running elements. */
    private static org.jsoup.nodes.Document printable(String html, DocumentMetadata metadata) {
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        Locale language = metadata.language();
        Element head = doc.head();
        head.select("meta[name=viewport]").remove();
        // The screen stylesheet uses CSS that openhtmltopdf does not know (flex, overflow-wrap,
        // nth-last-child) and would log a warning for each such rule; the print stylesheet replaces it.
        head.select("style").remove();
        head.appendElement("meta").attr("name", "subject").attr("content", subject(language));
        head.appendElement("meta")
                .attr("name", "keywords")
                .attr("content", keywords(language) + ", " + metadata.agreementId());
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE + pageLabel(language)));
        Element body = doc.body();
        // PDF/A forbids U+FEFF in a font's ToUnicode map; as a zero-width no-break space it carries no
        // meaning in a contract, so it goes (the HTML writer already removed control characters).
        for (Element element : body.getAllElements()) {
            for (TextNode node : element.textNodes()) {
                String text = node.getWholeText();
                if (text.indexOf('\uFEFF') >= 0) {
                    text = text.replace("\uFEFF", "");
                }
                text = breakLongRuns(text);
                if (!text.equals(node.getWholeText())) {
                    node.text(text);
                }
            }
        }
        // Running elements must come before the content of the pages they appear on.
        Element footer = doc.selectFirst("footer.dpa-footer");
        if (footer != null) {
            footer.remove();
            body.prependChild(footer);
        }
        body.prependElement("div").addClass("dpa-running-title").text(metadata.title());
        for (Element table : doc.select("table.dpa-table")) {
            columnWidths(table);
        }
        // The diagram is redrawn as boxes of the page layout (see FlowFigure); its caption and description
        // stay below it.
        for (Element svg : doc.select("figure.dpa-figure > svg")) {
            FlowFigure.replace(svg);
        }
        return doc;
    }

    /**
     * Sets the column widths of a table from its content. The print stylesheet gives tables a fixed
     * layout, so that a long word can never push a column into its neighbour; without widths, all columns
     * would be equally wide, however much or little they hold. Here each column's share grows with the
     * square root of the amount of text in it (heading included), so that sub-processors with long
     * descriptions of their service or transfer safeguard get room while a column of country names stays
     * narrow; but no column is narrower than its longest word (up to {@value #LONG_WORD} characters,
     * longer words break anyway; soft hyphens and hyphens count as break points), nor than
     * {@value #MIN_COLUMN} per cent. The widths depend on the text alone.
     */
    private static void columnWidths(Element table) {
        List<Element> headings = table.select("> thead > tr > th");
        int columns = headings.size();
        if (columns < 2) {
            return;
        }
        double[] weight = new double[columns];
        double[] floor = new double[columns];
        for (Element row : table.select("> thead > tr, > tbody > tr")) {
            List<Element> cells = row.children();
            for (int i = 0; i < Math.min(columns, cells.size()); i++) {
                String text = cells.get(i).wholeText();
                weight[i] += text.length();
                for (String word : WORD_BREAK.split(text)) {
                    int length = Math.min(word.length(), LONG_WORD);
                    floor[i] = Math.max(floor[i], (length * CHAR_WIDTH + CELL_PADDING) * 100 / TEXT_WIDTH);
                }
            }
        }
        double[] share = new double[columns];
        boolean[] fixed = new boolean[columns];
        for (int i = 0; i < columns; i++) {
            weight[i] = Math.sqrt(weight[i] + 1);
            floor[i] = Math.max(floor[i], MIN_COLUMN);
        }
        // Share out by weight; a column that falls below its floor gets the floor, the rest is shared again.
        for (int round = 0; round < columns; round++) {
            double free = 100;
            double freeWeight = 0;
            for (int i = 0; i < columns; i++) {
                if (fixed[i]) {
                    free -= floor[i];
                } else {
                    freeWeight += weight[i];
                }
            }
            boolean changed = false;
            for (int i = 0; i < columns; i++) {
                share[i] = fixed[i] ? floor[i] : Math.max(0, free) * weight[i] / freeWeight;
                if (!fixed[i] && share[i] < floor[i]) {
                    fixed[i] = true;
                    changed = true;
                }
            }
            if (!changed || freeWeight == 0) {
                break;
            }
        }
        double total = 0;
        for (int i = 0; i < columns; i++) {
            share[i] = Math.max(share[i], floor[i]);
            total += share[i];
        }
        for (int i = 0; i < columns; i++) {
            headings.get(i).attr("style", String.format(Locale.ROOT, "width: %.1f%%", 100 * share[i] / total));
        }
    }

    /**
     * Inserts a zero-width space (a break opportunity that prints nothing) after every {@value #CHUNK}
     * characters of a run longer than {@value #LONG_RUN} characters without white space, never between the
     * two halves of a surrogate pair. Linear in the length of the text.
     */
    static String breakLongRuns(String text) {
        int length = text.length();
        if (length <= LONG_RUN) {
            return text;
        }
        StringBuilder out = null;
        int runStart = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u200B') {
                if (i - runStart > LONG_RUN) {
                    if (out == null) {
                        out = new StringBuilder(length + length / CHUNK + 1);
                        out.append(text, 0, runStart);
                    }
                    int at = runStart;
                    while (i - at > CHUNK) {
                        int end = at + CHUNK;
                        if (Character.isLowSurrogate(text.charAt(end))) {
                            end++;
                        }
                        out.append(text, at, end).append('\u200B');
                        at = end;
                    }
                    out.append(text, at, i);
                } else if (out != null) {
                    out.append(text, runStart, i);
                }
                if (i < length && out != null) {
                    out.append(text.charAt(i));
                }
                runStart = i + 1;
            }
        }
        return out == null ? text : out.toString();
    }

    private static String pageLabel(Locale language) {
        String page;
        String of;
        switch (language.getLanguage()) {
            case "de" -> {
                page = "Seite ";
                of = " von ";
            }
            case "en" -> {
                page = "Page ";
                of = " of ";
            }
            default -> {
                page = "";
                of = " / ";
            }
        }
        return "\n@page { @bottom-right { content: \"" + page + "\" counter(page) \"" + of + "\" counter(pages);"
                + " vertical-align: top; padding-top: 4mm; font-family: 'DejaVu Sans'; font-size: 7.5pt;"
                + " color: #4a4a45; white-space: nowrap; } }\n";
    }

    private static String subject(Locale language) {
        return "de".equals(language.getLanguage())
                ? "Vertrag über die Verarbeitung personenbezogener Daten im Auftrag nach Art. 28 DSGVO"
                : "Data processing agreement under Art. 28 GDPR";
    }

    private static String keywords(Locale language) {
        return "de".equals(language.getLanguage())
                ? "Auftragsverarbeitung, AVV, Art. 28 DSGVO"
                : "data processing agreement, DPA, Art. 28 GDPR";
    }

    /**
     * Replaces the wall-clock creation date openhtmltopdf puts into the information dictionary and the
     * XMP packet by the given date (or removes it), keeping both in step as PDF/A requires. The packet is
     * edited as text: a parse and re-serialisation with xmpbox loses the PDF/A extension schema's
     * value types, which veraPDF then rejects. The redundant extension schema declarations are dropped.
     */
    private static void fixMetadata(PDDocument pdf, Optional<OffsetDateTime> creationDate) throws IOException {
        Calendar date = creationDate.map(PdfWriter::calendar).orElse(null);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(date);
        PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return;
        }
        String xmp = new String(stream.toByteArray(), StandardCharsets.UTF_8);
        String iso = date == null ? "" : DateConverter.toISO8601(date);
        String element = date == null ? "" : "<xmp:CreateDate>" + iso + "</xmp:CreateDate>";
        String attribute = date == null ? "" : "xmp:CreateDate=\"" + iso + "\"";
        String fixed = CREATE_DATE_ELEMENT.matcher(xmp).replaceAll(Matcher.quoteReplacement(element));
        fixed = CREATE_DATE_ATTRIBUTE.matcher(fixed).replaceAll(Matcher.quoteReplacement(attribute));
        fixed = EXTENSION_SCHEMAS.matcher(fixed).replaceAll("");
        if (date != null && !fixed.contains(iso)) {
            throw new IOException("The XMP packet of the PDF has no xmp:CreateDate to set");
        }
        stream.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
    }

    private static Calendar calendar(OffsetDateTime dateTime) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(dateTime.getOffset()), Locale.ROOT);
        calendar.clear();
        calendar.setTimeInMillis(dateTime.toInstant().toEpochMilli());
        return calendar;
    }

    /** The trailer's /ID: two equal 16-byte strings, from the given identifier or from the content. */
    private static COSArray fileId(Optional<String> documentId, String html) {
        byte[] digest = sha256(documentId.orElse(html));
        byte[] id = Arrays.copyOf(digest, 16);
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id.clone()));
        return array;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK provides SHA-256", e);
        }
    }

    static byte[] bytes(String resource) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resource " + resource, e);
        }
    }
}
