/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

/**
 * The dedicated {@link LocalizedText} serializer writes exactly what Jackson writes through the
 * {@code @JsonValue} map: compared with a mapper that has the same configuration but lacks the
 * serializer, and pinned to literal output for the cases that matter to the format.
 */
@ExtendWith(InstancioExtension.class)
class LocalizedTextSerializerTest {

    /** DpaJson's mapper, but texts go through Jackson's {@code @JsonValue} handling. */
    private static final JsonMapper FORMAT_WITHOUT_SERIALIZER = DpaJson.mapper()
            .rebuild()
            .removeAllModules()
            .addModule(new DpaJsonModule(false))
            .build();

    private static final JsonMapper FORMAT = DpaJson.mapper();

    private static final JsonMapper MODULE_ONLY =
            JsonMapper.builder().addModule(new DpaJsonModule()).build();

    private static final JsonMapper MODULE_ONLY_WITHOUT_SERIALIZER =
            JsonMapper.builder().addModule(new DpaJsonModule(false)).build();

    /** A caller's own type holding texts under every content inclusion. */
    @SuppressWarnings("unused") // read by Jackson
    public static final class Holder {
        public LocalizedText plain;

        @JsonInclude(content = JsonInclude.Include.ALWAYS)
        public LocalizedText always;

        @JsonInclude(content = JsonInclude.Include.NON_NULL)
        public LocalizedText nonNull;

        @JsonInclude(content = JsonInclude.Include.NON_ABSENT)
        public LocalizedText nonAbsent;

        @JsonInclude(value = JsonInclude.Include.NON_EMPTY)
        public LocalizedText nonEmptyValue;

        @JsonInclude(value = JsonInclude.Include.NON_EMPTY, content = JsonInclude.Include.NON_EMPTY)
        public LocalizedText nonEmpty;

        @JsonInclude(value = JsonInclude.Include.NON_EMPTY, content = JsonInclude.Include.NON_DEFAULT)
        public LocalizedText nonDefault;

        @JsonInclude(content = JsonInclude.Include.CUSTOM, contentFilter = StartsWithX.class)
        public LocalizedText custom;

        public List<LocalizedText> list;
        public Optional<LocalizedText> optional;
        public Map<String, LocalizedText> map;

        Holder(LocalizedText text) {
            plain = text;
            always = text;
            nonNull = text;
            nonAbsent = text;
            nonEmptyValue = text;
            nonEmpty = text;
            nonDefault = text;
            custom = text;
            list = List.of(text, text);
            optional = Optional.of(text);
            map = Map.of("k", text);
        }
    }

    /** A content filter: true means "leave out". */
    public static final class StartsWithX {
        @Override
        public boolean equals(Object other) {
            return other instanceof String s && s.startsWith("x");
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    static Stream<LocalizedText> texts() {
        TreeMap<String, String> several = new TreeMap<>();
        several.put("en", "promptly");
        several.put("de", "umgehend \"sofort\" \u00e4\u00f6\u00fc\u00df \uD83D\uDD12\n\t\\ </script>");
        several.put("de-AT", "ehestm\u00f6glich");
        TreeMap<String, String> three = new TreeMap<>(Map.of("de", "x", "en", "x-ray", "fr", "vite"));
        return Stream.of(
                LocalizedText.de("umgehend"),
                LocalizedText.of(several),
                LocalizedText.of(three),
                LocalizedText.en("x only"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void should_write_same_json_as_json_value_handling_when_text_is_a_root_value(LocalizedText text) {
        // when / then
        assertThat(FORMAT.writeValueAsString(text)).isEqualTo(FORMAT_WITHOUT_SERIALIZER.writeValueAsString(text));
        assertThat(MODULE_ONLY.writeValueAsString(text))
                .isEqualTo(MODULE_ONLY_WITHOUT_SERIALIZER.writeValueAsString(text));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void should_write_same_json_as_json_value_handling_when_text_is_held_under_any_inclusion(LocalizedText text) {
        // given
        Holder holder = new Holder(text);

        // when / then
        assertThat(FORMAT.writeValueAsString(holder)).isEqualTo(FORMAT_WITHOUT_SERIALIZER.writeValueAsString(holder));
        assertThat(MODULE_ONLY.writeValueAsString(holder))
                .isEqualTo(MODULE_ONLY_WITHOUT_SERIALIZER.writeValueAsString(holder));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void should_write_same_type_id_as_json_value_handling_when_default_typing_applies(LocalizedText text) {
        // given: default typing for properties declared as Object
        PolymorphicTypeValidator anything = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType(Object.class)
                .build();
        JsonMapper typed = FORMAT.rebuild()
                .activateDefaultTyping(anything, DefaultTyping.JAVA_LANG_OBJECT)
                .build();
        JsonMapper typedWithoutSerializer = FORMAT_WITHOUT_SERIALIZER
                .rebuild()
                .activateDefaultTyping(anything, DefaultTyping.JAVA_LANG_OBJECT)
                .build();
        Map<String, Object> holder = Map.of("text", text);

        // when
        String json = typed.writeValueAsString(holder);

        // then
        assertThat(json).isEqualTo(typedWithoutSerializer.writeValueAsString(holder));
        boolean allEmpty = text.getTranslations().values().stream().allMatch(String::isEmpty);
        if (allEmpty) {
            assertThat(json).as("an empty text is left out").isEqualTo("{ }");
        } else {
            assertThat(json).contains("\"" + LocalizedText.class.getName() + "\"");
        }
    }

    @Test
    void should_write_one_property_per_language_in_tag_order_when_text_has_several_languages() {
        // given
        LocalizedText text = LocalizedText.of(Map.of("en", "promptly", "de", "umgehend", "de-AT", "sofort"));

        // when
        String json = FORMAT.writeValueAsString(text);

        // then
        assertThat(json).isEqualTo("{\n  \"de\": \"umgehend\",\n  \"de-AT\": \"sofort\",\n  \"en\": \"promptly\"\n}");
    }

    @Test
    void should_write_single_property_when_text_has_one_language() {
        // when
        String json = MODULE_ONLY.writeValueAsString(LocalizedText.de("umgehend"));

        // then
        assertThat(json).isEqualTo("{\"de\":\"umgehend\"}");
    }

    @RepeatedTest(50)
    void should_write_same_bytes_as_json_value_handling_when_agreement_is_generated() {
        // given
        long seed = Instancio.create(Long.class);
        DataProcessingAgreement agreement = AgreementGenerator.agreement(seed);
        DataProcessingAgreement hostile = AgreementGenerator.adversarialAgreement(seed);

        // when / then
        assertThat(DpaJson.write(agreement))
                .as("seed %d", seed)
                .isEqualTo(FORMAT_WITHOUT_SERIALIZER.writeValueAsString(agreement) + "\n");
        assertThat(DpaJson.write(hostile))
                .as("seed %d", seed)
                .isEqualTo(FORMAT_WITHOUT_SERIALIZER.writeValueAsString(hostile) + "\n");
        assertThat(streamed(hostile))
                .as("seed %d", seed)
                .isEqualTo(DpaJson.write(hostile).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void should_stream_examples_byte_for_byte_when_read_and_written_again() throws IOException {
        // given
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            examples =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }

        // then
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            byte[] committed = Files.readAllBytes(example);
            DataProcessingAgreement agreement = DpaJson.read(example);
            assertThat(DpaJson.write(agreement).getBytes(StandardCharsets.UTF_8))
                    .as("%s", example)
                    .isEqualTo(committed);
            assertThat(streamed(agreement)).as("%s", example).isEqualTo(committed);
        }
    }

    @Test
    void should_write_malformed_text_as_string_encoding_does_when_streaming() {
        // given: a lone surrogate, which UTF-8 cannot encode
        DataProcessingAgreement agreement = AgreementGenerator.agreement(7L).toBuilder()
                .title(LocalizedText.de("broken \uD800 surrogate"))
                .build();

        // when
        byte[] bytes = streamed(agreement);

        // then
        assertThat(bytes).isEqualTo(DpaJson.write(agreement).getBytes(StandardCharsets.UTF_8));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("broken ? surrogate");
    }

    @Test
    void should_leave_stream_open_when_writing_to_it() {
        // given
        boolean[] closed = {false};
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        OutputStream out = new FilterOutputStream(target) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        // when
        DpaJson.write(AgreementGenerator.agreement(3L), out);

        // then
        assertThat(closed[0]).isFalse();
        assertThat(target.toString(StandardCharsets.UTF_8)).endsWith("}\n");
    }

    private static byte[] streamed(DataProcessingAgreement agreement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DpaJson.write(agreement, out);
        return out.toByteArray();
    }
}
