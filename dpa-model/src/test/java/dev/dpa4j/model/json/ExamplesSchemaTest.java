/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every example document in {@code ../examples} is valid under the committed schema and reads strictly. */
class ExamplesSchemaTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    private static List<Path> examples() throws IOException {
        if (!Files.isDirectory(EXAMPLES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void should_validate_against_schema_when_example_is_checked() throws IOException {
        // given
        List<Path> files = examples();
        assertThat(files).as("the examples in ../examples").hasSize(4);

        for (Path file : files) {
            // when
            String json = Files.readString(file, StandardCharsets.UTF_8);

            // then
            assertThat(DpaJsonSchemaTest.VALIDATOR.validate(json, com.networknt.schema.InputFormat.JSON))
                    .as(file.toString())
                    .isEmpty();
        }
    }

    @Test
    void should_read_strictly_when_example_is_read() throws IOException {
        // given
        List<Path> files = examples();
        assertThat(files).as("the examples in ../examples").hasSize(4);

        for (Path file : files) {
            // when
            DataProcessingAgreement agreement = DpaJson.read(file);

            // then
            assertThat(agreement.getSchemaVersion()).as(file.toString()).isEqualTo("1.0");
            assertThat(DpaJson.read(DpaJson.write(agreement)))
                    .as(file.toString())
                    .isEqualTo(agreement);
        }
    }
}
