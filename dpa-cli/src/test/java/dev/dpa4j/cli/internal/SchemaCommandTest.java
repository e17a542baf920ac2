/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.dpa4j.model.json.DpaJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

    @Test
    void should_print_the_library_schema_unchanged_when_run_without_output() {
        // when
        CliRun run = CliRun.run("schema");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.outBytes()).isEqualTo(DpaJson.schema().getBytes(StandardCharsets.UTF_8));
        assertThat(JsonOut.mapper().readTree(run.out()).get("$schema").asString())
                .contains("json-schema.org");
    }

    @Test
    void should_write_the_schema_to_the_file_when_output_is_given(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("dpa.schema.json");

        // when
        CliRun run = CliRun.run("schema", "-o", file.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(DpaJson.schema());
    }

    // the schema that `dpa schema` prints, loaded by networknt's validator, independent of our own; its messages in
    // English, set here, since networknt otherwise follows the JVM's default locale (Turkish under the build's tests)
    private static Schema printedSchema() {
        CliRun run = CliRun.run("schema");
        assertThat(run.exitCode()).isZero();
        return SchemaRegistry.withDefaultDialect(
                        SpecificationVersion.DRAFT_2020_12,
                        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .locale(Locale.ENGLISH)
                                .build()))
                .getSchema(run.out(), InputFormat.JSON);
    }

    @Test
    void should_accept_every_example_when_an_independent_validator_reads_the_printed_schema() throws Exception {
        // given
        Schema schema = printedSchema();
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            examples =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(4);

        for (Path example : examples) {
            // when
            List<Error> errors = schema.validate(Files.readString(example, StandardCharsets.UTF_8), InputFormat.JSON);

            // then
            assertThat(errors).as(example.toString()).isEmpty();
        }
    }

    @Test
    void should_reject_a_wrong_document_when_an_independent_validator_reads_the_printed_schema() throws Exception {
        // given: a valid example with one property the format does not know
        Schema schema = printedSchema();
        String valid = Files.readString(Path.of("..", "examples", "larkspur-dpa-en.json"), StandardCharsets.UTF_8);
        String invalid = valid.replaceFirst("\\{", "{\n  \"colour\": \"blue\",");

        // when
        List<Error> errors = schema.validate(invalid, InputFormat.JSON);

        // then
        assertThat(schema.validate(valid, InputFormat.JSON)).isEmpty();
        assertThat(errors).isNotEmpty();
        assertThat(errors.toString()).contains("colour").contains("is not defined in the schema");
    }
}
