/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A designation (a function, a contact's name, the SCC's competent authority or redress body) is read from a plain
 * string, as before, or from an object per language; each is written back in the form it was read in, and anything
 * else is a located problem.
 */
class PlainOrLocalizedTextTest {

    private static String doc(String function) {
        return "{\"schemaVersion\": \"1.0\", \"id\": \"a\", \"processor\": {\"name\": \"P\", \"representatives\":"
                + " [{\"name\": \"Erika Beispiel\", \"function\": " + function + "}]}}";
    }

    private static LocalizedText function(DataProcessingAgreement a) {
        Person p = a.getProcessor().orElseThrow().getRepresentatives().get(0);
        return p.getFunction().orElseThrow();
    }

    @Test
    void should_read_a_plain_string_as_a_text_without_language_and_write_it_back_as_that_string() {
        DataProcessingAgreement a = DpaJson.read(doc("\"Vorstand\""));

        assertThat(function(a)).isEqualTo(LocalizedText.plain("Vorstand"));
        assertThat(function(a).isPlain()).isTrue();
        assertThat(DpaJson.write(a)).contains("\"function\": \"Vorstand\"").doesNotContain("\"und\"");
        assertThat(DpaJson.read(DpaJson.write(a))).isEqualTo(a);
    }

    @Test
    void should_read_the_form_per_language_and_write_it_back_as_an_object() {
        DataProcessingAgreement a =
                DpaJson.read(doc("{\"de\": \"Vorstand\", \"en\": \"Member of the Management Board\"}"));

        assertThat(function(a).get("en")).contains("Member of the Management Board");
        assertThat(function(a).isPlain()).isFalse();
        assertThat(DpaJson.read(DpaJson.write(a))).isEqualTo(a);
    }

    @Test
    void should_locate_a_number_an_empty_string_and_a_bad_language_tag() {
        for (String bad : List.of("42", "\"\"", "{\"DE\": \"Vorstand\"}", "[\"Vorstand\"]")) {
            List<JsonProblem> problems = catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(doc(bad)))
                    .getProblems();
            assertThat(problems)
                    .as(bad)
                    .extracting(JsonProblem::pointer)
                    .allMatch(p -> p.startsWith("/processor/representatives/0/function"));
            assertThat(problems).as(bad).isNotEmpty();
        }
        JsonProblem number = catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(doc("42")))
                .getProblems()
                .get(0);
        assertThat(number.expected()).startsWith("a text or an object");
    }

    @Test
    void should_keep_other_texts_strict_about_their_object_form() {
        String json = "{\"schemaVersion\": \"1.0\", \"id\": \"a\", \"preamble\": \"Nur ein String\"}";
        List<JsonProblem> problems = catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(json))
                .getProblems();
        assertThat(problems).extracting(JsonProblem::pointer).containsExactly("/preamble");
    }

    private static String withForum(String jurisdiction) {
        return "{\"schemaVersion\": \"1.0\", \"id\": \"a\", \"finalProvisions\": {\"jurisdiction\": " + jurisdiction
                + "}}";
    }

    @Test
    void should_read_the_place_of_jurisdiction_as_before_or_per_language() {
        // an agreement written before the place had languages still reads, as a text without a language
        DataProcessingAgreement plain = DpaJson.read(withForum("\"Wien\""));
        DataProcessingAgreement both = DpaJson.read(withForum("{\"de\": \"Wien\", \"en\": \"Vienna\"}"));

        assertThat(plain.getFinalProvisions().orElseThrow().getJurisdiction()).contains(LocalizedText.plain("Wien"));
        assertThat(DpaJson.write(plain)).contains("\"jurisdiction\": \"Wien\"");
        assertThat(both.getFinalProvisions()
                        .orElseThrow()
                        .getJurisdiction()
                        .orElseThrow()
                        .get("en"))
                .contains("Vienna");
        assertThat(DpaJson.read(DpaJson.write(both))).isEqualTo(both);
        // anything else is located at the property
        for (String bad : List.of("42", "\"\"", "{\"DE\": \"Wien\"}")) {
            assertThat(catchThrowableOfType(DpaJsonException.class, () -> DpaJson.read(withForum(bad)))
                            .getProblems())
                    .as(bad)
                    .isNotEmpty()
                    .extracting(JsonProblem::pointer)
                    .allMatch(p -> p.startsWith("/finalProvisions/jurisdiction"));
        }
    }

    private static String withPlace(String place) {
        return "{\"schemaVersion\": \"1.0\", \"id\": \"a\",\n \"signatures\": [{\"role\": \"CONTROLLER\","
                + " \"place\": " + place + "}]}";
    }

    @Test
    void should_read_the_place_of_signature_as_before_or_per_language() {
        // an agreement written before the place had languages still reads, as a text without a language
        DataProcessingAgreement plain = DpaJson.read(withPlace("\"Wien\""));
        DataProcessingAgreement both = DpaJson.read(withPlace("{\"de\": \"Wien\", \"en\": \"Vienna\"}"));

        assertThat(plain.getSignatures().get(0).getPlace()).contains(LocalizedText.plain("Wien"));
        assertThat(DpaJson.write(plain)).contains("\"place\": \"Wien\"");
        assertThat(both.getSignatures().get(0).getPlace().orElseThrow().get("en"))
                .contains("Vienna");
        assertThat(DpaJson.read(DpaJson.write(both))).isEqualTo(both);
        // anything else is located at the property: pointer, line and column of the value
        for (String bad : List.of("42", "\"\"", "{\"DE\": \"Wien\"}")) {
            List<JsonProblem> problems = catchThrowableOfType(
                            DpaJsonException.class, () -> DpaJson.read(withPlace(bad)))
                    .getProblems();
            assertThat(problems).as(bad).isNotEmpty().allSatisfy(p -> {
                assertThat(p.pointer()).startsWith("/signatures/0/place");
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.column()).isGreaterThan(30);
            });
        }
    }
}
