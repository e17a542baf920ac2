/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static dev.dpa4j.render.FormatsTestSupport.assertGolden;
import static dev.dpa4j.render.FormatsTestSupport.example;
import static dev.dpa4j.render.FormatsTestSupport.options;
import static dev.dpa4j.render.FormatsTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                    .isTrue();
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).isNotEmpty();
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
        DataProcessingAgreement agreement = dev.dpa4j.model.AgreementGenerator.adversarialAgreement(7).toBuilder()
                .regime(dev.dpa4j.model.Regime.GDPR)
                .build();

        // when
        byte[] pdf = render(RENDERER, agreement, options(Locale.GERMAN));

        // then
        assertPdfA3u(pdf);
        assertThat(text(pdf)).contains("Seite 1 von ");
    }

    @Test
    void should_throw_render_exception_naming_artifact_when_pdfbox_is_missing() throws Exception {
        // given: a class loader that sees dpa4j, Jackson and the rest, but not PDFBox
        URL[] urls = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("pdfbox-"))
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
            assertThat(thrown.getMessage()).contains("org.apache.pdfbox:pdfbox");
            assertThat(renderer.getMethod("isAvailable").invoke(null)).isEqualTo(false);
            assertThat(registered.stream().map(Object::toString).collect(Collectors.joining()))
                    .doesNotContain("PdfRenderer");
        }
    }

    @Test
    void should_draw_data_flow_diagram_as_boxes_of_real_text() throws Exception {
        // given
        DataProcessingAgreement agreement = example("just-avv-de");

        // when
        byte[] pdf = render(RENDERER, agreement, options(Locale.ENGLISH));
        String text = text(pdf);

        // then: the boxes' titles and recipients are text of the page (no SVG library is involved), and
        // the figure's caption and description follow them
        int figure = text.indexOf("Figure: Data flow");
        assertThat(figure).isPositive();
        String boxes = text.substring(text.lastIndexOf("\f", figure), figure);
        assertThat(boxes).contains("Controller").contains("Processor").contains("Netcup GmbH");
        assertThat(text).contains("Netcup GmbH, Hetzner Online GmbH");
        assertThat(curves(pdf)).isPositive(); // the boxes' rounded corners
        assertPdfA3u(pdf);
    }

    @Test
    void should_need_no_svg_library_on_the_class_path() {
        // then: Batik and openhtmltopdf are gone from the build (jsoup is here for the HTML tests only)
        assertThat(System.getProperty("java.class.path"))
                .doesNotContain("openhtmltopdf")
                .doesNotContain("batik");
    }

    @Test
    void should_render_pdf_when_the_temporary_directory_is_missing() throws Exception {
        // given: a JVM whose java.io.tmpdir does not exist (issue #13 D10: a read-only container)
        Path missing = Path.of(
                System.getProperty("java.io.tmpdir"),
                "dpa4j-no-such-dir-" + ProcessHandle.current().pid());
        assertThat(missing).doesNotExist();
        Path out = Files.createTempFile("dpa4j-d10", ".pdf");
        try {
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Djava.io.tmpdir=" + missing,
                            "-cp",
                            System.getProperty("java.class.path"),
                            RenderPdfMain.class.getName(),
                            out.toString())
                    .redirectErrorStream(true);

            // when
            Process process = builder.start();
            String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();

            // then
            assertThat(exit).as(log).isZero();
            assertThat(text(Files.readAllBytes(out))).contains("Netcup GmbH");
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    // a guard against a hang on a loaded machine, not a measurement
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void should_break_a_very_long_word_at_break_opportunities() throws Exception {
        // given: the reproducer of issue #13 D7, one 100,000-character word in a party's name
        DataProcessingAgreement base = example("just-avv-de");
        String word = "x".repeat(100_000);
        DataProcessingAgreement agreement = base.toBuilder()
                .processor(
                        base.getProcessor().orElseThrow().toBuilder().name(word).build())
                .build();

        // when
        String text = text(render(RENDERER, agreement, options(Locale.ENGLISH)));

        // then: the word is laid out over many lines and pages (running headers interleave it in the
        // extracted text), none of it lost
        assertThat(text.chars().filter(c -> c == 'x').count()).isGreaterThanOrEqualTo(word.length());
    }

    /** Counts the Bézier segments drawn on all pages, form XObjects included. */
    static long curves(byte[] bytes) throws IOException {
        long[] count = {0};
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (PDPage page : pdf.getPages()) {
                new PDFGraphicsStreamEngine(page) {
                    @Override
                    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

                    @Override
                    public void drawImage(PDImage image) {}

                    @Override
                    public void clip(int windingRule) {}

                    @Override
                    public void moveTo(float x, float y) {}

                    @Override
                    public void lineTo(float x, float y) {}

                    @Override
                    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                        count[0]++;
                    }

                    @Override
                    public Point2D getCurrentPoint() {
                        return new Point2D.Float();
                    }

                    @Override
                    public void closePath() {}

                    @Override
                    public void endPath() {}

                    @Override
                    public void strokePath() {}

                    @Override
                    public void fillPath(int windingRule) {}

                    @Override
                    public void fillAndStrokePath(int windingRule) {}

                    @Override
                    public void shadingFill(COSName shadingName) {}

                    void run() throws IOException {
                        processPage(getPage());
                    }
                }.run();
            }
        }
        return count[0];
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
