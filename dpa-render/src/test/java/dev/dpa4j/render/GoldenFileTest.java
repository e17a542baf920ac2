/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.ValidationReport;
import dev.dpa4j.validate.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the examples and a test agreement of our own in every built-in format and language and compares
 * with reviewed golden files under {@code src/test/resources/golden/<case>/<renderer-id>.<lang>.<ext>}.
 * A missing or different golden file makes the test fail and the actual output is written to
 * {@code target/golden-actual/}; {@code -Ddpa.golden.update=true} rewrites the golden files (read the diff).
 */
class GoldenFileTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path ACTUAL = Path.of("target/golden-actual");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String example :
                List.of("jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de", "acme-test")) {
            for (DocumentRenderer renderer : RendererRegistry.builtIns().renderers()) {
                if (renderer.format().equals(OutputFormat.PDF)
                        || renderer.format().equals(OutputFormat.DOCX)) {
                    continue; // binary formats: golden text in PdfRendererTest and DocxRendererTest
                }
                for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                    cases.add(Arguments.of(example, renderer.id(), locale, "standard"));
                }
            }
        }
        cases.add(Arguments.of("jomoco-avv-de", HtmlRenderer.ID, Locale.GERMAN, "bilingual"));
        cases.add(Arguments.of("larkspur-dpa-en", MarkdownRenderer.ID, Locale.ENGLISH, "bilingual"));
        cases.add(Arguments.of("larkspur-dpa-en", MarkdownRenderer.ID, Locale.ENGLISH, "scc"));
        cases.add(Arguments.of("quillfeather-dpa-en-de", TextRenderer.ID, Locale.GERMAN, "scc"));
        cases.add(Arguments.of("acme-test", TextRenderer.ID, Locale.GERMAN, "no-annexes"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("cases")
    void should_match_reviewed_golden_file_when_rendering_example(
            String example, String rendererId, Locale locale, String variant) throws IOException {
        // given
        DataProcessingAgreement agreement = load(example);
        DocumentRenderer renderer = RendererRegistry.builtIns().require(rendererId);
        RenderOptions.Builder builder =
                RenderOptions.builder(locale).asOf(AS_OF).allowFallback(true);
        switch (variant) {
            case "bilingual" -> builder.secondLanguage(locale.equals(Locale.GERMAN) ? Locale.ENGLISH : Locale.GERMAN);
            case "scc" -> builder.annexLayout(AnnexLayout.SCC_2021_915);
            case "no-annexes" -> builder.annexes(false).fingerprint(false);
            default -> {}
        }
        RenderOptions options = builder.build();
        String file = example + "/" + rendererId + "." + locale.getLanguage()
                + (variant.equals("standard") ? "" : "." + variant) + "."
                + renderer.format().fileExtension();

        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(agreement, options, out);
        String actual = out.toString(StandardCharsets.UTF_8);

        // then
        compare(file, actual, example);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("reportCases")
    void should_match_reviewed_golden_file_when_rendering_validation_report(
            String example, String format, Locale locale) throws IOException {
        // given
        ValidationReport report = Validator.builder().asOf(AS_OF).build().validate(load(example));
        OutputFormat outputFormat = format.equals("html") ? OutputFormat.HTML : OutputFormat.MARKDOWN;

        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValidationReportRenderer.create().render(report, outputFormat, locale, out);

        // then
        compare(
                example + "/validation-report." + locale.getLanguage() + "." + outputFormat.fileExtension(),
                out.toString(StandardCharsets.UTF_8),
                example);
    }

    static Stream<Arguments> reportCases() {
        return Stream.of(
                Arguments.of("jomoco-avv-de", "md", Locale.GERMAN),
                Arguments.of("jomoco-avv-de", "html", Locale.ENGLISH),
                Arguments.of("larkspur-dpa-en", "md", Locale.ENGLISH));
    }

    private static void compare(String file, String actual, String example) throws IOException {
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("dpa.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        if (!Files.exists(golden)) {
            write(ACTUAL.resolve(file), actual);
            fail("Golden file " + golden + " is missing; the output was written to " + ACTUAL.resolve(file)
                    + ". Review it and copy it there, or run with -Ddpa.golden.update=true");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!expected.equals(actual)) {
            write(ACTUAL.resolve(file), actual);
        }
        assertThat(actual)
                .as("rendering of %s differs from %s", example, golden)
                .isEqualTo(expected);
    }

    static DataProcessingAgreement load(String example) {
        if (example.equals("acme-test")) {
            return TestAgreements.full();
        }
        Path path = Path.of("../examples/" + example + ".json");
        assertThat(path).as("example agreement").isRegularFile();
        return DpaJson.read(path);
    }

    private static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
