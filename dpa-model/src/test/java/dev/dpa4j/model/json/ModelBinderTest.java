/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

/**
 * The generated binder of the strict reader against Jackson's databind, which bound the model before
 * it: the same agreement from the examples and from many generated agreements, the same path for a
 * value the model refuses, and the committed source is what {@link BinderGenerator} writes.
 */
class ModelBinderTest {

    private static final ObjectReader DATABIND = DpaJson.mapper().readerFor(DataProcessingAgreement.class);

    @Test
    void should_be_the_source_the_generator_writes_for_the_current_model() throws IOException {
        // given
        String committed = Files.readString(BinderGenerator.SOURCE, StandardCharsets.UTF_8);

        // when
        String generated = BinderGenerator.generate();

        // then: the formatter may change layout, never tokens
        assertThat(withoutWhitespace(committed))
                .as("ModelBinder.java is out of date: run BinderGenerator.main from dpa-model's directory")
                .isEqualTo(withoutWhitespace(generated));
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            List<Path> json =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(json).isNotEmpty();
            return json.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void should_bind_what_databind_binds_when_an_example_is_read(Path example) throws IOException {
        // given
        String json = Files.readString(example, StandardCharsets.UTF_8);

        // when
        DataProcessingAgreement bound = DpaJson.read(json);

        // then
        assertThat(bound).isEqualTo(DATABIND.readValue(json));
        assertThat(DpaJson.write(bound)).isEqualTo(DpaJson.write(DATABIND.readValue(json)));
    }

    @Test
    void should_bind_what_databind_binds_when_agreements_are_generated() {
        for (long seed = 0; seed < 300; seed++) {
            for (DataProcessingAgreement agreement :
                    List.of(AgreementGenerator.agreement(seed), AgreementGenerator.adversarialAgreement(seed))) {
                // given
                String json = DpaJson.write(agreement);

                // when
                DataProcessingAgreement bound = DpaJson.read(json);

                // then
                DataProcessingAgreement reference = DATABIND.readValue(json);
                assertThat(bound).as("seed %d", seed).isEqualTo(reference).isEqualTo(agreement);
                assertThat(DpaJson.write(bound)).as("seed %d", seed).isEqualTo(json);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // duplicate ids: the agreement's own check, at the root
                "{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"controllers\": [{\"id\": \"c\", \"name\": \"A\"},"
                        + " {\"id\": \"c\", \"name\": \"B\"}]}",
                // a blank name: a sub-processor's check, inside a list inside an object
                "{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"subprocessing\": {\"subprocessors\":"
                        + " [{\"name\": \"S\"}, {\"name\": \" \"}]}}",
                // a negative fee: a nested value's check
                "{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"audits\": {\"fee\": {\"amount\": -1,"
                        + " \"currency\": \"EUR\"}}}",
            })
    void should_fail_at_the_path_databind_reported_when_the_model_refuses_a_value(String json) {
        // given
        JacksonException databind = catchThrowableOfType(JacksonException.class, () -> DATABIND.readValue(json));

        // when: bound without the schema check, which refuses the last two itself
        try (var parser = DpaJson.mapper().createParser(json)) {
            parser.nextToken();
            Binding.Failure failure =
                    catchThrowableOfType(Binding.Failure.class, () -> ModelBinder.dataProcessingAgreement(parser));

            // then
            assertThat(failure.pointer()).isEqualTo(pointer(databind));
            assertThat(rootCause(failure)).hasMessage(rootCause(databind).getMessage());
        }
    }

    @Test
    void should_report_a_model_rule_with_the_models_reason_when_the_schema_allows_the_document() {
        // given: ids are unique only by the model's rule
        String json = "{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"subprocessing\": {\"subprocessors\":"
                + " [{\"id\": \"s\", \"name\": \"S\"}, {\"id\": \"s\", \"name\": \"T\"}]}}";
        JacksonException databind = catchThrowableOfType(JacksonException.class, () -> DATABIND.readValue(json));

        // when
        DpaJsonException e = catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(json));

        // then
        assertThat(e.getProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(JsonProblem.Kind.MODEL_RULE);
            assertThat(problem.pointer()).isEqualTo(pointer(databind)).isEmpty();
            assertThat(problem.message()).contains(rootCause(databind).getMessage());
        });
    }

    @Test
    void should_report_a_model_rule_at_the_number_when_an_integer_is_written_with_a_decimal_point() {
        // given: the schema counts 1.0 as an integer, the model (as databind did) does not
        String json = "{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"breachNotification\":"
                + " {\"deadline\": {\"period\": {\"amount\": 1.0, \"unit\": \"HOURS\"}}}}";
        JacksonException databind = catchThrowableOfType(JacksonException.class, () -> DATABIND.readValue(json));

        // when
        DpaJsonException e = catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(json));

        // then
        assertThat(e.getProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(JsonProblem.Kind.MODEL_RULE);
            assertThat(problem.pointer())
                    .isEqualTo(pointer(databind))
                    .isEqualTo("/breachNotification/deadline/period/amount");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).isEqualTo(json.lastIndexOf("1.0") + 1);
            assertThat(problem.message())
                    .contains("1.0 is written with a decimal point")
                    .doesNotContain("Failure");
        });
        assertThat(DpaJson.read(json.replace("1.0, ", "1, "))).isNotNull();
    }

    private static String pointer(JacksonException e) {
        String pointer = "";
        for (JacksonException.Reference reference : e.getPath()) {
            pointer = reference.getPropertyName() != null
                    ? Problems.child(pointer, reference.getPropertyName())
                    : Problems.child(pointer, reference.getIndex());
        }
        return pointer;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"id\": 5}|/id",
                "{\"controllers\": [{\"name\": \"A\"}, {\"name\": [\"B\"]}]}|/controllers/1/name",
                "{\"unknown\": 1}|/unknown",
                "[]|",
            })
    void should_stop_with_the_path_when_a_token_is_not_what_the_model_needs(String example) {
        // given: a document the strict reader's check would refuse first, bound without the check
        String[] parts = example.split("\\|", -1);
        try (var parser = DpaJson.mapper().createParser(parts[0])) {
            parser.nextToken();

            // when
            Binding.Failure failure =
                    catchThrowableOfType(Binding.Failure.class, () -> ModelBinder.dataProcessingAgreement(parser));

            // then
            assertThat(failure).isNotNull();
            assertThat(failure.pointer()).isEqualTo(parts[1]);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String withoutWhitespace(String source) {
        return source.replaceAll("\\s+", "");
    }
}
