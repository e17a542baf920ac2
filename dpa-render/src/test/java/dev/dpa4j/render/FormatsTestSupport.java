/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Examples, fixed options and golden-file comparison for the PDF and DOCX tests. */
final class FormatsTestSupport {

    /** The three example agreements in {@code examples/}, without extension. */
    static final String[] EXAMPLES = {"jomoco-avv-de", "just-avv-de", "larkspur-dpa-en"};

    /** Set {@code -Ddpa4j.golden.update=true} to rewrite golden files (then review the diff!). */
    private static final boolean UPDATE = Boolean.getBoolean("dpa4j.golden.update");

    private FormatsTestSupport() {}

    static DataProcessingAgreement example(String name) {
        return DpaJson.read(Path.of("..", "examples", name + ".json"));
    }

    static RenderOptions options(Locale locale) {
        return RenderOptions.builder(locale)
                .asOf(LocalDate.of(2026, 3, 1))
                .creationDate(OffsetDateTime.parse("2026-03-01T09:30:00+01:00"))
                .documentId("dpa4j-test-document")
                .allowFallback(true)
                .build();
    }

    static byte[] render(DocumentRenderer renderer, DataProcessingAgreement agreement, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(agreement, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Compares {@code actual} with the golden file below {@code src/test/resources}. */
    static void assertGolden(String resource, String actual) {
        Path file = Path.of("src", "test", "resources").resolve(resource);
        try {
            if (UPDATE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file)
                    .as("golden file %s (run with -Ddpa4j.golden.update=true to create it)", file)
                    .exists();
            assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
