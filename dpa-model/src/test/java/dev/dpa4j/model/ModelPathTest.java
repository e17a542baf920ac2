/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.json.DpaJson;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(InstancioExtension.class)
class ModelPathTest {

    /** Characters that matter to one of the two forms, mixed with ordinary ones. */
    private static final String KEY_CHARS = "ab9Z .[]/~\"\\:_-0";

    private static final String NAME_CHARS = "abcXYZ019_$-/~";

    @Test
    void should_print_the_dotted_form_findings_use() {
        // when
        ModelPath path = ModelPath.root()
                .property("subprocessing")
                .property("subprocessors")
                .index(2)
                .property("locations")
                .index(0)
                .property("country");

        // then
        assertThat(path).hasToString("subprocessing.subprocessors[2].locations[0].country");
        assertThat(path.toJsonPointer()).isEqualTo("/subprocessing/subprocessors/2/locations/0/country");
        assertThat(ModelPath.root()).hasToString("");
        assertThat(ModelPath.root().toJsonPointer()).isEmpty();
    }

    @Test
    void should_print_keys_in_brackets_as_the_diff_does_and_quote_those_that_would_read_otherwise() {
        ModelPath subprocessors = ModelPath.root().property("subprocessing").property("subprocessors");

        assertThat(subprocessors.key("aws").property("locations").key("STORAGE:US"))
                .hasToString("subprocessing.subprocessors[aws].locations[STORAGE:US]");
        assertThat(subprocessors.key("Acme / Mail [EU]. Ltd"))
                .hasToString("subprocessing.subprocessors[\"Acme / Mail [EU]. Ltd\"]");
        assertThat(subprocessors.key("Acme / Mail. Ltd")).hasToString("subprocessing.subprocessors[Acme / Mail. Ltd]");
        assertThat(subprocessors.key("12")).hasToString("subprocessing.subprocessors[\"12\"]");
        assertThat(subprocessors.key("")).hasToString("subprocessing.subprocessors[\"\"]");
        assertThat(subprocessors.key("say \"hi\"")).hasToString("subprocessing.subprocessors[say \"hi\"]");
        assertThat(subprocessors.key("\"hi\\")).hasToString("subprocessing.subprocessors[\"\\\"hi\\\\\"]");
    }

    @Test
    void should_escape_pointer_tokens_as_rfc_6901_says() {
        ModelPath path = ModelPath.root().property("a").key("b/c.~d");

        assertThat(path.toJsonPointer()).isEqualTo("/a/b~1c.~0d");
        assertThat(ModelPath.fromJsonPointer("/a/b~1c.~0d")).isEqualTo(path);
        assertThat(ModelPath.fromJsonPointer("/a/~01"))
                .isEqualTo(ModelPath.root().property("a").property("~1"));
    }

    @Test
    void should_read_digit_tokens_as_indexes_and_plain_names_as_properties() {
        assertThat(ModelPath.fromJsonPointer("/subprocessing/subprocessors/2/country"))
                .isEqualTo(ModelPath.parse("subprocessing.subprocessors[2].country"));
        // a key that is a plain name cannot be told from a property in a pointer
        assertThat(ModelPath.fromJsonPointer(ModelPath.root().key("aws").toJsonPointer()))
                .isEqualTo(ModelPath.root().property("aws"));
        // a leading zero is no index
        assertThat(ModelPath.fromJsonPointer("/a/01"))
                .isEqualTo(ModelPath.root().property("a").key("01"));
    }

    @Test
    void should_reject_malformed_text_with_the_position() {
        assertThatThrownBy(() -> ModelPath.parse("a..b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 2");
        assertThatThrownBy(() -> ModelPath.parse("a[1")).hasMessageContaining("closed by ']'");
        assertThatThrownBy(() -> ModelPath.parse("a[]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelPath.parse("a[01]")).hasMessageContaining("leading zeros");
        assertThatThrownBy(() -> ModelPath.parse("a[\"x\"")).hasMessageContaining("quoted key");
        assertThatThrownBy(() -> ModelPath.parse(".a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelPath.parse("a]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelPath.fromJsonPointer("a/b")).hasMessageContaining("starts with '/'");
        assertThatThrownBy(() -> ModelPath.fromJsonPointer("/a~2")).hasMessageContaining("'~'");
        assertThatThrownBy(() -> ModelPath.root().property("a.b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelPath.root().index(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_order_indexes_and_digit_runs_by_number_and_a_path_before_its_children() {
        List<String> sorted = new ArrayList<>(List.of(
                "subprocessing.subprocessors[14]",
                "subprocessing.subprocessors[4].transfer",
                "transfers.scc.clause9Option",
                "subprocessing",
                "",
                "subprocessing.subprocessors[4]",
                "subprocessing.authorisation",
                "transfers.scc.clause13Basis",
                "subprocessing.subprocessors[aws]"));
        sorted.sort((a, b) -> ModelPath.parse(a).compareTo(ModelPath.parse(b)));

        assertThat(sorted)
                .containsExactly(
                        "",
                        "subprocessing",
                        "subprocessing.authorisation",
                        "subprocessing.subprocessors[4]",
                        "subprocessing.subprocessors[4].transfer",
                        "subprocessing.subprocessors[14]",
                        "subprocessing.subprocessors[aws]",
                        "transfers.scc.clause9Option",
                        "transfers.scc.clause13Basis");
    }

    @RepeatedTest(200)
    void should_read_back_what_it_writes_in_both_forms() {
        // given: a path of any segments, keys with '.', '[', ']', '/', '~', '"' and digits
        SplittableRandom random = new SplittableRandom(Instancio.create(Long.class));
        ModelPath path = randomPath(random);

        // when
        ModelPath fromText = ModelPath.parse(path.toString());
        ModelPath fromPointer = ModelPath.fromJsonPointer(path.toJsonPointer());

        // then
        assertThat(fromText).isEqualTo(path).hasSameHashCodeAs(path).hasToString(path.toString());
        assertThat(fromText.compareTo(path)).isZero();
        assertThat(fromPointer.toJsonPointer()).isEqualTo(path.toJsonPointer());
        // exact except where a pointer cannot tell: a key that reads as a plain name or an index
        assertThat(fromPointer).isEqualTo(asPointerReadsIt(path));
        assertThat(path.segments()).hasSize(fromText.segments().size());
    }

    @Test
    void should_give_every_free_text_of_a_generated_agreement_a_pointer_that_resolves_to_it() {
        JsonMapper mapper = JsonMapper.builder().build();
        for (long seed = 1; seed <= 12; seed++) {
            DataProcessingAgreement agreement = AgreementGenerator.agreement(seed);
            JsonNode json = mapper.readTree(DpaJson.write(agreement));
            List<String> unresolved = new ArrayList<>();
            int[] count = {0};
            FreeTexts.operative(agreement, (path, text) -> {
                count[0]++;
                JsonNode node = json.at(path.toJsonPointer());
                if (node.isMissingNode() || !(node.isObject() || node.isString())) {
                    unresolved.add(path + " -> " + path.toJsonPointer());
                }
                if (!ModelPath.parse(path.toString()).equals(path)) {
                    unresolved.add(path + " does not parse back");
                }
            });
            assertThat(count[0]).as("texts of agreement %d", seed).isPositive();
            assertThat(unresolved).as("agreement %d", seed).isEmpty();
        }
    }

    private static ModelPath randomPath(SplittableRandom random) {
        ModelPath path = ModelPath.root();
        int size = random.nextInt(6);
        for (int i = 0; i < size; i++) {
            switch (random.nextInt(3)) {
                case 0 -> path = path.property(name(random));
                case 1 ->
                    path = path.index(random.nextInt(3) == 0 ? random.nextInt(20) : random.nextInt(Integer.MAX_VALUE));
                default -> path = path.key(text(random, KEY_CHARS, 0));
            }
        }
        return path;
    }

    private static String name(SplittableRandom random) {
        while (true) {
            String name = text(random, NAME_CHARS, 1);
            if (!name.chars().allMatch(Character::isDigit)) {
                return name;
            }
        }
    }

    private static String text(SplittableRandom random, String chars, int min) {
        int length = min + random.nextInt(8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    // the path as a pointer gives it back: keys become indexes or properties where their text reads so
    private static ModelPath asPointerReadsIt(ModelPath path) {
        ModelPath out = ModelPath.root();
        for (ModelPath.Segment s : path.segments()) {
            if (s instanceof ModelPath.Key k) {
                String key = k.key();
                boolean index = !key.isEmpty()
                        && key.length() <= 10
                        && key.chars().allMatch(c -> c >= '0' && c <= '9')
                        && (key.length() == 1 || key.charAt(0) != '0')
                        && Long.parseLong(key) <= Integer.MAX_VALUE;
                boolean plain = !key.isEmpty()
                        && !key.chars().allMatch(c -> c >= '0' && c <= '9')
                        && key.chars().noneMatch(c -> c == '.' || c == '[' || c == ']' || c == '"');
                out = index ? out.index(Integer.parseInt(key)) : plain ? out.property(key) : out.key(key);
            } else if (s instanceof ModelPath.Property p) {
                out = out.property(p.name());
            } else {
                out = out.index(((ModelPath.Index) s).index());
            }
        }
        return out;
    }
}
