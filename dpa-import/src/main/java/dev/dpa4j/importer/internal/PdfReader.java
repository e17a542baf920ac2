/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.ImportException;
import dev.dpa4j.importer.ImportException.Reason;
import dev.dpa4j.importer.ImportLimits;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of a PDF with PDFBox (the version the PDF renderer uses) and hands it to the plain-text
 * reader: PDFBox marks paragraph ends with a blank line. Refuses encrypted documents, documents over the page
 * limit (checked before any text is extracted) and documents without text (scans).
 */
final class PdfReader {

    private PdfReader() {}

    static SourceText read(byte[] bytes, ImportLimits limits, String source) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportException(
                        Reason.ENCRYPTED,
                        source + ": the PDF is encrypted and does not allow text extraction; ask the sender for an"
                                + " unprotected copy",
                        null);
            }
            int pages = doc.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new ImportException(
                        Reason.TOO_LARGE,
                        source + ": " + pages + " pages, more than the import limit of " + limits.maxPages()
                                + " (raise ImportLimits.maxPages to read it)",
                        null);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n");
            String text = stripper.getText(doc);
            if (text.codePoints().filter(Character::isLetter).count() < 20) {
                throw new ImportException(
                        Reason.NO_TEXT,
                        source + ": the PDF has " + pages + " page(s) but no text layer (a scan?); run OCR on it"
                                + " first and import the result",
                        null);
            }
            return PlainTextReader.read(text, false, limits.maxChars(), source, PlainTextReader.wrapWidth(text));
        } catch (InvalidPasswordException e) {
            throw new ImportException(
                    Reason.ENCRYPTED,
                    source + ": the PDF is password-protected; ask the sender for an unprotected copy",
                    e);
        } catch (IOException e) {
            throw new ImportException(Reason.MALFORMED, source + ": not a readable PDF: " + e.getMessage(), e);
        }
    }
}
