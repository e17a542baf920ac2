/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.importer.ImportException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents the importer must refuse with a typed reason and a message naming the document. */
class BadInputTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    private static byte[] pdf(int pages, String text, boolean encrypt) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                if (!text.isEmpty()) {
                    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                        s.beginText();
                        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                        s.newLineAtOffset(50, 700);
                        for (String line : text.split("\n")) {
                            s.showText(line);
                            s.newLineAtOffset(0, -14);
                        }
                        s.endText();
                    }
                }
            }
            if (encrypt) {
                AccessPermission none = new AccessPermission();
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", none);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static ImportException failure(byte[] bytes, SourceFormat format, ImportLimits limits) {
        try {
            DpaImporter.builder().limits(limits).build().importBytes(bytes, format, "doc");
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError("expected an ImportException");
    }

    @Test
    void should_ask_for_ocr_when_a_pdf_has_no_text_layer() throws IOException {
        ImportException e = failure(pdf(2, "", false), SourceFormat.PDF, ImportLimits.DEFAULT);
        assertThat(e.getReason()).isEqualTo(Reason.NO_TEXT);
        assertThat(e.getMessage()).startsWith("doc:").contains("OCR");
    }

    @Test
    void should_refuse_an_encrypted_pdf() throws IOException {
        ImportException e = failure(pdf(1, "Data processing agreement", true), SourceFormat.PDF, ImportLimits.DEFAULT);
        assertThat(e.getReason()).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void should_refuse_a_500_page_pdf_before_reading_its_text() throws IOException {
        ImportException e = failure(pdf(500, "Auftragsverarbeitung", false), SourceFormat.PDF, ImportLimits.DEFAULT);
        assertThat(e.getReason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("500 pages").contains("300");
    }

    @Test
    void should_read_a_pdf_with_a_text_layer() throws IOException {
        String text = "Data Processing Agreement\nbetween Example Cloud GmbH (the \"Processor\") and the customer\n"
                + "Clause 1 Instructions\nThe Processor processes personal data only on documented instructions.\n"
                + "Clause 2 Sub-processors\nThe Processor may engage sub-processors with general written authorisation.\n"
                + "Clause 3 Breaches\nThe Processor notifies personal data breaches within 24 hours.\n";
        ImportResult r = DpaImporter.standard().importBytes(pdf(1, text, false), SourceFormat.PDF, "doc.pdf");
        assertThat(r.getElement(Element.INSTRUCTIONS).found()).isTrue();
        assertThat(r.getDraft().getBreachNotification().orElseThrow().getDeadline())
                .isPresent();
    }

    @Test
    void should_refuse_a_document_that_is_not_a_dpa() {
        ImportException e = failure(bytes("not-a-dpa-en.txt"), SourceFormat.TEXT, ImportLimits.DEFAULT);
        assertThat(e.getReason()).isEqualTo(Reason.NOT_A_DPA);
        assertThat(e.getMessage()).contains("does not read as a data processing agreement");
    }

    @Test
    void should_refuse_text_over_the_character_limit_and_read_a_long_agreement_under_it() {
        byte[] fixture = bytes("wiesengrund-avv-de.txt");
        // some 500 pages: the fixture (about two pages) repeated 250 times
        String big = new String(fixture, StandardCharsets.UTF_8).repeat(250);
        ImportLimits small = new ImportLimits(20L * 1024 * 1024, 100_000, 300, 2_000);
        ImportException e = failure(big.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, small);
        assertThat(e.getReason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("100000 characters");
        ImportResult r =
                DpaImporter.standard().importBytes(big.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "big");
        assertThat(r.getText().length()).isGreaterThan(500_000);
        assertThat(r.getElement(Element.SUBPROCESSING).found()).isTrue();
    }

    @Test
    void should_refuse_a_file_over_the_byte_limit() {
        ImportException e = failure(new byte[2048], SourceFormat.TEXT, new ImportLimits(1024, 1000, 10, 10));
        assertThat(e.getReason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void should_refuse_a_docx_with_too_many_entries_or_no_document_part() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 50; i++) {
                zip.putNextEntry(new ZipEntry("junk/" + i));
                zip.closeEntry();
            }
        }
        assertThat(failure(out.toByteArray(), SourceFormat.DOCX, new ImportLimits(1 << 20, 1000, 10, 20))
                        .getReason())
                .isEqualTo(Reason.TOO_LARGE);
        assertThat(failure(out.toByteArray(), SourceFormat.DOCX, ImportLimits.DEFAULT)
                        .getReason())
                .isEqualTo(Reason.MALFORMED);
        assertThat(failure("not a zip".getBytes(StandardCharsets.UTF_8), SourceFormat.DOCX, ImportLimits.DEFAULT)
                        .getReason())
                .isEqualTo(Reason.MALFORMED);
    }

    @Test
    void should_refuse_an_unknown_extension_and_a_missing_file(@TempDir Path dir) throws IOException {
        Path odt = Files.writeString(dir.resolve("contract.odt"), "x");
        assertThatThrownBy(() -> DpaImporter.standard().importFile(odt))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.UNSUPPORTED_FORMAT));
        assertThatThrownBy(() -> DpaImporter.standard().importFile(dir.resolve("missing.pdf")))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.UNREADABLE));
    }

    @Test
    void should_say_file_not_found_rather_than_repeat_the_path_when_the_file_is_missing(@TempDir Path dir)
            throws IOException {
        Path missing = dir.resolve("missing.pdf");
        assertThatThrownBy(() -> DpaImporter.standard().importFile(missing))
                .isInstanceOf(ImportException.class)
                .hasMessage(missing + ": file not found");
        Path directory = Files.createDirectory(dir.resolve("folder.pdf"));
        assertThatThrownBy(() -> DpaImporter.standard().importFile(directory))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(directory + ": cannot be read: ");
    }

    @Test
    void should_refuse_a_pdf_given_as_text() throws IOException {
        assertThat(failure(pdf(1, "x", false), SourceFormat.TEXT, ImportLimits.DEFAULT)
                        .getReason())
                .isEqualTo(Reason.UNSUPPORTED_FORMAT);
    }

    private static byte[] bytes(String fixture) {
        try {
            return Files.readAllBytes(FIXTURES.resolve(fixture));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
