/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The document formats the importer reads.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public enum SourceFormat {
    /** Plain text, UTF-8; a line with tab characters is read as a table row. */
    TEXT,
    /** Markdown (CommonMark with pipe tables), UTF-8. */
    MARKDOWN,
    /** HTML. */
    HTML,
    /** Office Open XML word-processing document. */
    DOCX,
    /** PDF with a text layer. */
    PDF;

    /**
     * Guesses the format from a file name's extension.
     *
     * @param fileName the file name
     * @return the format, or empty if the extension is not one the importer reads
     */
    public static Optional<SourceFormat> fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> Optional.of(TEXT);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "docx" -> Optional.of(DOCX);
            case "pdf" -> Optional.of(PDF);
            default -> Optional.empty();
        };
    }
}
