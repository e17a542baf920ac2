/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import java.util.List;
import java.util.Random;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Damaged documents: whatever the damage, reading either succeeds or throws a
 * {@link DpaJsonException} whose problems lie inside the document; never anything else. Where the
 * schema alone decides, the verdict must match an independent validator's (in a trial run of 200
 * documents, 38 valid and 50 invalid ones were compared; the rest were malformed).
 */
@ExtendWith(InstancioExtension.class)
class DpaJsonRobustnessTest {

    private static final String[] REPLACEMENTS = {
        "null",
        "true",
        "1",
        "-1",
        "1.5",
        "1e400",
        "\"\"",
        "\"x\"",
        "[]",
        "{}",
        "[null]",
        "{\"x\": 1}",
        "\"XX\"",
        "\"DRAFT\"",
        "\"2025-02-30\"",
        "99999999999999999999"
    };

    private static final String INSERTIONS = "{}[],:\"\\ n0-";

    @RepeatedTest(200)
    void should_throw_only_dpa_json_exception_when_document_is_damaged() {
        // given
        long seed = Instancio.create(Long.class);
        Random random = new Random(seed);
        String json = damage(DpaJson.write(AgreementGenerator.agreement(seed)), random);
        long lines = json.lines().count() + 1;

        // when
        Throwable thrown = null;
        try {
            DpaJson.read(json);
        } catch (Throwable t) {
            thrown = t;
        }

        // then
        if (thrown != null) {
            assertThat(thrown).as("seed %d", seed).isInstanceOf(DpaJsonException.class);
            for (JsonProblem problem : ((DpaJsonException) thrown).getProblems()) {
                assertThat((long) problem.line())
                        .as("seed %d: %s", seed, problem)
                        .isBetween(1L, lines);
                // a reference token may hold any character, even an escaped line feed
                assertThat(problem.pointer().isEmpty() || problem.pointer().startsWith("/"))
                        .as("seed %d: %s", seed, problem)
                        .isTrue();
            }
        }
        agreeWithIndependentValidator(
                json, thrown == null ? List.of() : ((DpaJsonException) thrown).getProblems(), seed);
    }

    /**
     * Where the schema alone decides, dpa4j's own schema check and an independent validator must
     * agree on whether a well-formed document is valid.
     */
    private static void agreeWithIndependentValidator(String json, List<JsonProblem> problems, long seed) {
        boolean outsideTheSchema = problems.stream()
                .anyMatch(p -> p.message().startsWith("Malformed JSON")
                        || p.message().startsWith("The document exceeds")
                        || p.message().contains("content after the end")
                        || p.message().contains("more than once in this object")
                        || p.message().contains("calendar date")
                        || p.expected().equals("a value the model accepts"));
        if (outsideTheSchema || hasNumberBeyondDouble(json)) {
            return;
        }
        List<com.networknt.schema.Error> errors =
                DpaJsonSchemaTest.VALIDATOR.validate(json, com.networknt.schema.InputFormat.JSON);
        assertThat(errors.isEmpty())
                .as("seed %d: dpa4j found %s, networknt found %s", seed, problems, errors)
                .isEqualTo(problems.isEmpty());
    }

    /**
     * Whether the document holds a number beyond the range of a double ("1e400"). JSON and the schema allow it and
     * dpa4j reads it as a decimal; networknt cannot give such a number a type and reports "unknown found, number
     * expected", so it is no independent verdict there (seen with seed 6923: an amount replaced by 1e400).
     */
    static boolean hasNumberBeyondDouble(String json) {
        try (JsonParser parser = JsonMapper.builder().build().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
                        && Double.isInfinite(parser.getDoubleValue())) {
                    return true;
                }
            }
            return false;
        } catch (JacksonException e) {
            return false; // malformed: the verdict is dpa4j's alone, as above
        }
    }

    @Test
    void should_read_an_amount_beyond_the_range_of_a_double_as_the_decimal_it_is() {
        // given
        DataProcessingAgreement agreement = AgreementGenerator.agreement(6923);
        String json = DpaJson.write(agreement).replaceFirst("(\"amount\": )[0-9.]+", "$11e400");

        // when
        String written = DpaJson.write(DpaJson.read(json));

        // then
        assertThat(hasNumberBeyondDouble(json)).isTrue();
        assertThat(written).contains("\"amount\": 1E+400");
    }

    /** Applies one to three random edits: a character removed or inserted, or a value replaced. */
    private static String damage(String json, Random random) {
        StringBuilder text = new StringBuilder(json);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, INSERTIONS.charAt(random.nextInt(INSERTIONS.length())));
                default -> {
                    int colon = text.indexOf(": ", at);
                    if (colon >= 0) {
                        int end = colon + 2;
                        while (end < text.length() && ",\n}]".indexOf(text.charAt(end)) < 0) {
                            end++;
                        }
                        text.replace(colon + 2, end, REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
                    }
                }
            }
        }
        return text.toString();
    }
}
