/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.ImportException;
import dev.dpa4j.importer.ImportException.Reason;
import dev.dpa4j.importer.ImportLimits;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the text layer of a PDF with PDFBox (the version the PDF renderer uses) and rebuilds its paragraphs,
 * headings, list items and table rows from the positions of the words ({@link PdfLayout}). Refuses encrypted documents, documents over the page
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
            TextBuilder out = new TextBuilder(limits.maxChars(), source);
            PdfLayout.read(doc, out);
            SourceText text = out.build();
            if (text.text().codePoints().filter(Character::isLetter).count() < 20) {
                throw new ImportException(
                        Reason.NO_TEXT,
                        source + ": the PDF has " + pages + " page(s) but no text layer (a scan?); run OCR on it"
                                + " first and import the result",
                        null);
            }
            return text;
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
