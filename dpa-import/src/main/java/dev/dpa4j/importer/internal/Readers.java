/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.ImportException;
import dev.dpa4j.importer.ImportLimits;
import dev.dpa4j.importer.SourceFormat;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Dispatches a document to the reader of its format. */
public final class Readers {

    private Readers() {}

    /**
     * Reads a document into the neutral structure, with the unticked options of a model form left out ({@link
     * FormChoices}).
     *
     * @param bytes the document
     * @param format its format
     * @param limits the limits
     * @param source its name, for messages
     * @return the text and its blocks
     * @throws ImportException if the document cannot be read
     */
    public static SourceText read(byte[] bytes, SourceFormat format, ImportLimits limits, String source) {
        // a model form's unticked options are no part of the agreement: every later step reads the text without them
        return FormChoices.read(readFormat(bytes, format, limits, source));
    }

    private static SourceText readFormat(byte[] bytes, SourceFormat format, ImportLimits limits, String source) {
        return switch (format) {
            case TEXT -> PlainTextReader.read(utf8(bytes, source), false, limits.maxChars(), source);
            case MARKDOWN -> PlainTextReader.read(utf8(bytes, source), true, limits.maxChars(), source);
            case HTML -> HtmlReader.read(utf8(bytes, source), limits.maxChars(), source);
            case DOCX -> DocxReader.read(bytes, limits, source);
            case PDF -> PdfReader.read(bytes, limits, source);
        };
    }

    private static String utf8(byte[] bytes, String source) {
        boolean pdf = bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
        boolean zip = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
        if (pdf || zip) {
            throw new ImportException(
                    ImportException.Reason.UNSUPPORTED_FORMAT,
                    source + ": a binary (PDF or ZIP) file where text was expected; use the .pdf or .docx extension",
                    null);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            // not UTF-8: the single-byte Windows code page is what such files are in practice
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}
