/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Draws PDFs for the reader's tests (#16): Helvetica text placed at positions measured from the top left of an A4 page,
 * as a layout engine would, word by word or wrapped as a paragraph; optionally as an OCR layer (invisible text over a
 * page's image). The one drawing helper of {@code PdfLayoutTest}, {@code PdfPageBreakTest}, {@code FootnotesTest},
 * {@code internal.PdfColumnsTest} and {@code internal.PdfScansAndVersionsTest}; public for the tests of the internal
 * package.
 */
public final class PdfSketch {
    private final PDDocument doc = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final List<PDPage> pages = new ArrayList<>();
    private final List<List<Object[]>> items = new ArrayList<>();
    private boolean invisible;

    /** Starts a new A4 page; the text placed after it goes on it. */
    public PdfSketch page() {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        pages.add(p);
        items.add(new ArrayList<>());
        return this;
    }

    /** Draws all text of this sketch invisible, as an OCR layer over a scanned page's image. */
    public PdfSketch invisible() {
        invisible = true;
        return this;
    }

    /** Places a line of text with its baseline at {@code y} from the top of the page; returns this sketch. */
    public PdfSketch text(float x, float y, float size, boolean isBold, String s) {
        items.get(items.size() - 1).add(new Object[] {x, y, size, isBold, s});
        return this;
    }

    /** Writes a paragraph wrapped at {@code width} points, with the given line pitch; returns the next y. */
    public float paragraph(float x, float y, float width, float size, float pitch, String s) {
        StringBuilder line = new StringBuilder();
        float at = y;
        for (String w : s.split(" ")) {
            String candidate = line.length() == 0 ? w : line + " " + w;
            if (width(candidate, size) > width && line.length() > 0) {
                text(x, at, size, false, line.toString());
                at += pitch;
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        text(x, at, size, false, line.toString());
        return at + pitch;
    }

    public float width(String s, float size) {
        try {
            return regular.getStringWidth(s) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF with all pages drawn; a sketch is drawn once. */
    public byte[] bytes() {
        try {
            for (int i = 0; i < pages.size(); i++) {
                float h = pages.get(i).getMediaBox().getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, pages.get(i))) {
                    for (Object[] it : items.get(i)) {
                        cs.beginText();
                        if (invisible) {
                            cs.setRenderingMode(RenderingMode.NEITHER);
                        }
                        cs.setFont((Boolean) it[3] ? bold : regular, (Float) it[2]);
                        cs.newLineAtOffset((Float) it[0], h - (Float) it[1]);
                        cs.showText((String) it[4]);
                        cs.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
