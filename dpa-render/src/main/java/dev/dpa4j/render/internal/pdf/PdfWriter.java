/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.DocumentMetadata;
import dev.dpa4j.render.internal.Escapes;
import dev.dpa4j.render.internal.pdf.LineBreaker.Line;
import dev.dpa4j.render.internal.pdf.LineBreaker.Span;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.DateConverter;

/**
 * Writes the document tree as PDF/A-3u, laid out for A4 directly with PDFBox: the blocks become boxes
 * ({@link Flow}), the boxes are paged ({@link Paginator}) and drawn with the bundled DejaVu Sans, embedded
 * as subsets with ToUnicode maps, so every text can be selected, searched and extracted. Every page but
 * the first carries the running title; every page the footer (agreement, version, fingerprint) and
 * "Seite n von m". Headings become the outline.
 *
 * <p>Output is byte-identical for equal input: the creation date and the file identifier come from the
 * caller (without a date, none is written; without an identifier, it is derived from the drawn text);
 * nothing is fetched from outside the jar and no clock is read.
 */
public final class PdfWriter {

    private static final float MM = 72 / 25.4f;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float TOP = 26 * MM;
    private static final float RIGHT = 22 * MM;
    private static final float BOTTOM = 28 * MM;
    private static final float LEFT = 25 * MM;
    /** Width of the text area in points. */
    static final float WIDTH = A4.getWidth() - LEFT - RIGHT;
    /** Height of the text area in points. */
    static final float HEIGHT = A4.getHeight() - TOP - BOTTOM;

    private static final float BASE = 9.5f;
    private static final int RUNNING_RULE = 0xb9b9b0;
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String SRGB_NAME = "sRGB IEC61966-2.1";

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
        FontPrograms.Pair fonts = FontPrograms.take();
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
            write(document, fonts, creationDate, documentId, buffer);
            buffer.writeTo(out);
        } finally {
            FontPrograms.give(fonts);
        }
    }

    private static void write(
            Document document,
            FontPrograms.Pair fonts,
            Optional<OffsetDateTime> creationDate,
            Optional<String> documentId,
            OutputStream out)
            throws IOException {
        LineBreaker breaker = new LineBreaker(fonts);
        Flow flow = new Flow(breaker, fonts, WIDTH, BASE, HEIGHT, true);
        for (Block block : document.blocks()) {
            flow.block(block, 2);
        }
        Paginator paginator = new Paginator(LEFT, TOP, HEIGHT).run(flow.boxes());
        List<List<Paginator.Placed>> pages = paginator.pages();
        DocumentMetadata metadata = document.metadata();
        MessageDigest digest = sha256();
        try (PDDocument pdf = new PDDocument()) {
            pdf.setVersion(1.7f);
            PDType0Font regular = PDType0Font.load(pdf, fonts.face(false).font(), true);
            PDType0Font bold = PDType0Font.load(pdf, fonts.face(true).font(), true);
            Style runningStyle = Style.plain(7.5f).withColor(Style.GREY);
            Style footerStyle = Style.plain(7f).withColor(Style.GREY);
            List<Line> title = breaker.lines(List.of(new Span(metadata.title(), runningStyle)), WIDTH);
            List<Line> footer = metadata.footer()
                    .map(f -> breaker.lines(List.of(new Span(f, footerStyle)), WIDTH * 0.8f))
                    .orElse(List.of());
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(A4);
                pdf.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                    Canvas canvas = new Canvas(stream, A4.getHeight(), regular, bold, digest);
                    if (p > 0) {
                        running(canvas, title, runningStyle, fonts);
                    }
                    foot(canvas, footer, footerStyle, pageLabel(metadata.language(), p + 1, pages.size()), breaker);
                    for (Paginator.Placed placed : pages.get(p)) {
                        placed.box().painter.paint(canvas, placed.x(), placed.top());
                    }
                }
            }
            outline(pdf, paginator.marks());
            describe(pdf, metadata, creationDate);
            byte[] id = Arrays.copyOf(
                    documentId.isPresent()
                            ? sha256().digest(documentId.get().getBytes(StandardCharsets.UTF_8))
                            : digest.digest(),
                    16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id.clone()));
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
            pdf.save(out);
        }
    }

    /** The running title above the text area, with a rule below it. */
    private static void running(Canvas canvas, List<Line> title, Style style, FontPrograms.Pair fonts)
            throws IOException {
        if (title.isEmpty()) {
            return;
        }
        float rule = TOP - 4 * MM;
        float height = style.size() * Flow.LEADING;
        float baseline = rule - MM - height + baseline(style, height, fonts);
        for (LineBreaker.Piece piece : title.get(0).pieces()) {
            canvas.text(piece.style(), LEFT + piece.x(), baseline, piece.text());
        }
        canvas.line(RUNNING_RULE, 0.5f, LEFT, rule, LEFT + WIDTH, rule);
    }

    /** The footer below the text area: the footer text on the left, the page number on the right. */
    private static void foot(Canvas canvas, List<Line> footer, Style style, String label, LineBreaker breaker)
            throws IOException {
        float top = A4.getHeight() - BOTTOM + 4 * MM;
        float height = style.size() * 1.3f;
        float ascent = style.size() * 0.93f;
        float at = top;
        for (Line line : footer) {
            for (LineBreaker.Piece piece : line.pieces()) {
                canvas.text(piece.style(), LEFT + piece.x(), at + ascent, piece.text());
            }
            at += height;
        }
        Style labelStyle = Style.plain(7.5f).withColor(Style.GREY);
        float width = breaker.width(label, labelStyle);
        canvas.text(labelStyle, LEFT + WIDTH - width, top + 7.5f * 0.93f, label);
    }

    private static float baseline(Style style, float height, FontPrograms.Pair fonts) {
        Face face = fonts.face(style.bold());
        float ascent = face.ascent * style.size() / 1000;
        float descent = face.descent * style.size() / 1000;
        return (height - ascent - descent) / 2 + ascent;
    }

    static String pageLabel(Locale language, int page, int pages) {
        return switch (language.getLanguage()) {
            case "de" -> "Seite " + page + " von " + pages;
            case "en" -> "Page " + page + " of " + pages;
            default -> page + " / " + pages;
        };
    }

    /** The outline from the headings, nested by level. */
    private static void outline(PDDocument pdf, List<Paginator.Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        Deque<PDOutlineItem> open = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        for (Paginator.Mark mark : marks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(mark.title());
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(pdf.getPage(mark.page()));
            destination.setLeft(0);
            destination.setTop(Math.round(A4.getHeight() - mark.top()));
            item.setDestination(destination);
            while (!levels.isEmpty() && levels.peek() >= mark.level()) {
                levels.pop();
                open.pop();
            }
            if (open.isEmpty()) {
                outline.addLast(item);
            } else {
                open.peek().addLast(item);
            }
            open.push(item);
            levels.push(mark.level());
        }
        pdf.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** The information dictionary, the XMP packet, the output intent, the language and MarkInfo. */
    private static void describe(PDDocument pdf, DocumentMetadata metadata, Optional<OffsetDateTime> creationDate)
            throws IOException {
        Locale language = metadata.language();
        String keywords = keywords(language) + ", " + metadata.agreementId();
        Calendar date = creationDate.map(PdfWriter::calendar).orElse(null);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(metadata.title());
        info.setSubject(subject(language));
        info.setKeywords(keywords);
        info.setProducer("dpa4j");
        info.setCustomMetadataValue("generator", "dpa4j");
        metadata.fingerprint().ifPresent(f -> info.setCustomMetadataValue("dpa4j-fingerprint", "sha256:" + f));
        if (date != null) {
            info.setCreationDate(date);
        }
        StringBuilder xmp = new StringBuilder(1024)
                .append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("   <pdfaid:part>3</pdfaid:part>\n   <pdfaid:conformance>U</pdfaid:conformance>\n")
                .append("  </rdf:Description>\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("   <pdf:Keywords>")
                .append(Escapes.xml(keywords))
                .append("</pdf:Keywords>\n   <pdf:Producer>dpa4j</pdf:Producer>\n")
                .append("  </rdf:Description>\n");
        if (date != null) {
            xmp.append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                    .append("   <xmp:CreateDate>")
                    .append(DateConverter.toISO8601(date))
                    .append("</xmp:CreateDate>\n")
                    .append("  </rdf:Description>\n");
        }
        xmp.append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n")
                .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(Escapes.xml(metadata.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(Escapes.xml(subject(language)))
                .append("</rdf:li></rdf:Alt></dc:description>\n")
                .append("  </rdf:Description>\n")
                .append(" </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDMetadata stream = new PDMetadata(pdf);
        stream.importXMPMetadata(xmp.toString().getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(stream);
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
        intent.setInfo(SRGB_NAME);
        intent.setOutputCondition(SRGB_NAME);
        intent.setOutputConditionIdentifier(SRGB_NAME);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        catalog.setLanguage(language.toLanguageTag());
        // viewers show the title rather than the file name, as with the former writer
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        COSDictionary markInfo = new COSDictionary();
        markInfo.setBoolean(COSName.getPDFName("Marked"), true);
        catalog.getCOSObject().setItem(COSName.MARK_INFO, markInfo);
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

    private static Calendar calendar(OffsetDateTime dateTime) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(dateTime.getOffset()), Locale.ROOT);
        calendar.clear();
        calendar.setTimeInMillis(dateTime.toInstant().toEpochMilli());
        return calendar;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
