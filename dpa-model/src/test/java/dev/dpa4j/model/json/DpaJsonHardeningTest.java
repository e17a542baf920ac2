/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Subprocessor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regression tests for D1-D4 of issue #13, each from the reliability review's reproducer. */
class DpaJsonHardeningTest {

    private static final String MINIMAL = "{\"schemaVersion\":\"1.0\",\"id\":\"acme-dpa\"}";

    // D1 -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"schemaVersion\":1e9999999999}",
                "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"unknown\":1e-9999999999}",
                "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"assistance\":{\"fee\":{\"amount\":1e9999999999,\"currency\":\"EUR\"}}}",
                "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"breachNotification\":{\"deadline\":{\"period\":{\"amount\":1e-9999999999,\"unit\":\"HOURS\"}}}}"
            })
    void should_report_located_problem_when_number_has_a_huge_exponent(String json) {
        for (Function<String, DataProcessingAgreement> path : readPaths()) {
            // when
            DpaJsonException e = catchThrowableOfType(DpaJsonException.class, () -> path.apply(json));

            // then
            assertThat(e).as(json).isNotNull();
            assertThat(e.getProblems()).first().satisfies(p -> {
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.column()).isGreaterThan(17);
                assertThat(p.pointer()).isNotEmpty();
            });
        }
    }

    @Test
    void should_name_the_range_when_a_whole_number_has_a_huge_exponent() {
        // given
        String json = "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"breachNotification\":{\"deadline\":"
                + "{\"period\":{\"amount\":1e-9999999999,\"unit\":\"HOURS\"}}}}";

        // when
        List<JsonProblem> problems = problems(json);

        // then
        assertThat(problems)
                .extracting(JsonProblem::pointer, JsonProblem::line, JsonProblem::column)
                .containsExactly(tuple("/breachNotification/deadline/period/amount", 1, 86));
        assertThat(problems.get(0).message()).contains("outside the range of a decimal number");
    }

    // D2 -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/version|{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"version\":\"\"}",
                "/processor/name|{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"processor\":{\"name\":\"\"}}",
                "/processor/address/postalCode|{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"processor\":{\"address\":{\"postalCode\":\"\"}}}",
                "/placeholders/a|{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"placeholders\":{\"a\":\"\"}}"
            })
    void should_reject_empty_text_with_its_location_when_writer_would_drop_it(String pointerAndJson) {
        // given
        String pointer = pointerAndJson.substring(0, pointerAndJson.indexOf('|'));
        String json = pointerAndJson.substring(pointerAndJson.indexOf('|') + 1);

        // when
        List<JsonProblem> problems = problems(json);

        // then
        assertThat(problems).extracting(JsonProblem::pointer).contains(pointer);
        assertThat(problems)
                .filteredOn(p -> p.pointer().equals(pointer))
                .extracting(JsonProblem::expected)
                .containsOnly("a text that is not empty");
    }

    @Test
    void should_keep_texts_of_one_space_when_they_are_read_and_written() {
        // given
        String json = "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"version\":\" \"}";

        // when
        DataProcessingAgreement read = DpaJson.read(json);

        // then
        assertThat(DpaJson.read(DpaJson.write(read))).isEqualTo(read);
    }

    // D3 -----------------------------------------------------------------------------------------

    @Test
    void should_refuse_to_write_when_canonical_form_exceeds_the_document_limit() {
        // given: a compact document under 10 MiB whose indented form is over it
        DataProcessingAgreement agreement = withSubprocessors(100_000);

        // when / then
        assertThatThrownBy(() -> DpaJson.write(agreement))
                .isInstanceOf(DpaJsonWriteException.class)
                .hasMessageContaining("10485760 bytes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> DpaJson.write(agreement, out)).isInstanceOf(DpaJsonWriteException.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void should_refuse_to_write_when_a_text_exceeds_the_string_limit() {
        // given
        DataProcessingAgreement agreement = DataProcessingAgreement.builder()
                .id("x")
                .title(LocalizedText.of("en", "a".repeat(DpaJson.MAX_STRING_LENGTH + 1)))
                .build();

        // when / then
        assertThatThrownBy(() -> DpaJson.write(agreement))
                .isInstanceOf(DpaJsonWriteException.class)
                .hasMessageContaining("String value length");
    }

    @Test
    void should_read_back_what_it_writes_when_agreement_is_just_under_the_limit() {
        // given
        DataProcessingAgreement agreement = withSubprocessors(20_000);

        // when
        String json = DpaJson.write(agreement);

        // then
        assertThat(json.length()).isGreaterThan(2_000_000);
        assertThat(DpaJson.read(json)).isEqualTo(agreement);
    }

    // D4 -----------------------------------------------------------------------------------------

    @Test
    void should_accept_a_byte_order_mark_on_every_read_path(@TempDir Path dir) throws IOException {
        // given
        byte[] bytes = ("\uFEFF" + MINIMAL).getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("bom.json");
        Files.write(file, bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);

        // when
        List<DataProcessingAgreement> read = List.of(
                DpaJson.read(text),
                DpaJson.read(new StringReader(text)),
                DpaJson.read(new ByteArrayInputStream(bytes)),
                DpaJson.read(file));

        // then
        assertThat(read).allSatisfy(a -> assertThat(a.getId()).isEqualTo("acme-dpa"));
    }

    @Test
    void should_count_columns_after_the_byte_order_mark_on_every_read_path() {
        // given
        String json = "\uFEFF{\"schemaVersion\":\"1.0\",\"idx\":\"x\"}";

        // when
        List<List<JsonProblem>> problems = new ArrayList<>();
        for (Function<String, DataProcessingAgreement> path : readPaths()) {
            problems.add(catchThrowableOfType(DpaJsonException.class, () -> path.apply(json))
                    .getProblems());
        }

        // then
        assertThat(problems)
                .allSatisfy(list -> assertThat(list)
                        .extracting(JsonProblem::pointer, JsonProblem::line, JsonProblem::column)
                        .containsExactly(tuple("/idx", 1, 24), tuple("", 1, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "UTF-16"})
    void should_refuse_bytes_that_are_not_utf8_with_a_location_on_the_byte_paths(String charset, @TempDir Path dir)
            throws IOException {
        // given a well-formed document in another Unicode encoding (found by fuzzing: a stream of zero bytes
        // was decoded as UTF-32 and failed as an input error instead of a problem of the document)
        byte[] bytes = "{\"schemaVersion\":\"1.0\"}".getBytes(java.nio.charset.Charset.forName(charset));
        Path file = dir.resolve("other-encoding.json");
        Files.write(file, bytes);

        // when
        List<DpaJsonException> failures = List.of(
                catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(new ByteArrayInputStream(bytes))),
                catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(file)));

        // then
        assertThat(failures)
                .allSatisfy(e -> assertThat(e.getProblems())
                        .extracting(JsonProblem::pointer, JsonProblem::line, JsonProblem::column, JsonProblem::expected)
                        .containsExactly(tuple("", 1, 1, "UTF-8 text (RFC 8259, section 8.1)")));
    }

    @Test
    void should_refuse_utf32_text_behind_a_utf8_byte_order_mark() {
        // given: found by fuzzing; after our byte order mark, Jackson looked at "{" and three zero bytes
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', 0, 0, 0, '}', 0, 0, 0};

        // when
        DpaJsonException e =
                catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(new ByteArrayInputStream(bytes)));

        // then
        assertThat(e.getProblems())
                .extracting(JsonProblem::line, JsonProblem::column, JsonProblem::expected)
                .containsExactly(tuple(1, 1, "UTF-8 text (RFC 8259, section 8.1)"));
    }

    @Test
    void should_still_read_a_short_utf8_stream_after_looking_at_its_first_bytes() {
        // given documents shorter than the four bytes looked at, with and without a byte order mark
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{'};

        // when
        DpaJsonException empty =
                catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(new ByteArrayInputStream(new byte[0])));
        DpaJsonException brace =
                catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(new ByteArrayInputStream(bom)));

        // then both reach the parser: an empty document, and an object cut off after the mark
        assertThat(empty.getProblems()).extracting(JsonProblem::message).containsExactly("The document is empty");
        assertThat(brace.getProblems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("not UTF-8"));
    }

    // ---------------------------------------------------------------------------------------------

    static List<Function<String, DataProcessingAgreement>> readPaths() {
        return List.of(
                DpaJson::read,
                json -> DpaJson.read(new StringReader(json)),
                json -> DpaJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    private static List<JsonProblem> problems(String json) {
        return catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(json))
                .getProblems();
    }

    private static DataProcessingAgreement withSubprocessors(int n) {
        DataProcessingAgreement base = AgreementGenerator.agreement(1L);
        List<Subprocessor> subprocessors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            subprocessors.add(Subprocessor.builder()
                    .id("sub-" + i)
                    .name("Sub-processor number " + i)
                    .country(dev.dpa4j.model.CountryCode.of("DE"))
                    .build());
        }
        return DataProcessingAgreement.builder()
                .from(base)
                .subprocessing(dev.dpa4j.model.SubprocessingTerms.builder()
                        .subprocessors(subprocessors)
                        .build())
                .build();
    }
}
