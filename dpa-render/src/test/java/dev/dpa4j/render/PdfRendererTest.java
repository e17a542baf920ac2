/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.FormatsTestSupport.assertGolden;
import static dev.dpa4j.render.FormatsTestSupport.example;
import static dev.dpa4j.render.FormatsTestSupport.options;
import static dev.dpa4j.render.FormatsTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class PdfRendererTest {

    private static final DocumentRenderer RENDERER = PdfRenderer.create();

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> examplesAndLanguages() {
        List<Arguments> arguments = new ArrayList<>();
        for (String name : FormatsTestSupport.EXAMPLES) {
            arguments.add(Arguments.of(name, Locale.GERMAN));
            arguments.add(Arguments.of(name, Locale.ENGLISH));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("examplesAndLanguages")
    void should_match_golden_text_and_be_pdfa3u_when_rendering_an_example(String name, Locale language)
            throws Exception {
        // given
        DataProcessingAgreement agreement = example(name);

        // when
        byte[] pdf = render(RENDERER, agreement, options(language));

        // then
        assertPdfA3u(pdf);
        assertGolden("dev/dpa4j/render/pdf/" + name + "-" + language.getLanguage() + ".txt", text(pdf));
    }

    @Test
    void should_give_identical_bytes_when_rendering_twice() {
        // given
        DataProcessingAgreement agreement = example("jomoco-avv-de");

        // when
        byte[] first = render(RENDERER, agreement, options(Locale.GERMAN));
        byte[] second = render(PdfRenderer.create(), agreement, options(Locale.GERMAN));

        // then
        assertThat(second).isEqualTo(first);
    }

    @Test
    void should_write_metadata_from_options_when_rendering() throws IOException {
        // given
        DataProcessingAgreement agreement = example("larkspur-dpa-en");

        // when
        byte[] bytes = render(RENDERER, agreement, options(Locale.ENGLISH));

        // then
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isNotBlank();
            assertThat(info.getSubject()).contains("Art. 28 GDPR");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            Calendar created = info.getCreationDate();
            assertThat(created.toInstant()).isEqualTo(java.time.Instant.parse("2026-03-01T08:30:00Z"));
            COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(((COSString) id.get(0)).getBytes()).hasSize(16);
            String xmp = new String(
                    pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("2026-03-01T09:30:00+01:00").contains("pdfaid");
        }
    }

    @Test
    void should_print_page_numbers_and_fingerprint_on_every_page_when_rendering() throws IOException {
        // given
        DataProcessingAgreement agreement = example("jomoco-avv-de");

        // when
        byte[] bytes = render(RENDERER, agreement, options(Locale.GERMAN));

        // then
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertThat(text).contains("Seite " + page + " von " + pages).contains("SHA-256");
            }
        }
    }

    @Test
    void should_keep_pdfa_and_text_when_agreement_is_adversarial() throws Exception {
        // given
        DataProcessingAgreement agreement = dev.dpa4j.model.AgreementGenerator.adversarialAgreement(7);

        // when
        byte[] pdf = render(RENDERER, agreement, options(Locale.GERMAN));

        // then
        assertPdfA3u(pdf);
        assertThat(text(pdf)).contains("Seite 1 von ");
    }

    @Test
    void should_throw_render_exception_naming_artifact_when_openhtmltopdf_is_missing() throws Exception {
        // given: a class loader that sees dpa4j, Jackson and the rest, but neither openhtmltopdf nor jsoup
        URL[] urls = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("openhtmltopdf") && !entry.contains("jsoup"))
                .map(entry -> {
                    try {
                        return Path.of(entry).toUri().toURL();
                    } catch (java.net.MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(URL[]::new);
        try (URLClassLoader isolated = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            Class<?> renderer = Class.forName(PdfRenderer.class.getName(), true, isolated);

            // when
            Throwable thrown;
            try {
                renderer.getMethod("create").invoke(null);
                thrown = null;
            } catch (InvocationTargetException e) {
                thrown = e.getCause();
            }
            Object registry = Class.forName(RendererRegistry.class.getName(), true, isolated)
                    .getMethod("builtIns")
                    .invoke(null);
            @SuppressWarnings("unchecked")
            List<Object> registered =
                    (List<Object>) registry.getClass().getMethod("renderers").invoke(registry);

            // then
            assertThat(thrown).isNotNull();
            assertThat(thrown.getClass().getName()).isEqualTo(RenderException.class.getName());
            assertThat(thrown.getMessage())
                    .contains("io.github.openhtmltopdf:openhtmltopdf-pdfbox")
                    .contains("org.jsoup:jsoup");
            assertThat(renderer.getMethod("isAvailable").invoke(null)).isEqualTo(false);
            assertThat(registered.stream().map(Object::toString).collect(Collectors.joining()))
                    .doesNotContain("PdfRenderer");
        }
    }

    static String text(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n\f\n");
            return stripper.getText(pdf);
        }
    }

    static void assertPdfA3u(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_U, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            assertThat(result.isCompliant())
                    .as("veraPDF PDF/A-3u failures:\n%s", failures)
                    .isTrue();
            assertThat(parser.getFlavour()).isEqualTo(PDFAFlavour.PDFA_3_U);
        }
    }
}
