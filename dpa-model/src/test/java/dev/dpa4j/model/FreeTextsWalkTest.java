/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.json.DpaJson;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The written-out walk of {@link FreeTexts} against the reflective walk it replaced ({@link ReflectiveFreeTexts}),
 * which finds the text-holding properties of the model by itself (issue #14). Random agreements of
 * {@link AgreementGenerator}, which also fills every property it finds through the builders, must give the same
 * texts at the same paths in the same order; and between them they must put a text below every property of the model
 * that can hold one, so that a property the model gains later is either compared here or makes this test fail.
 */
class FreeTextsWalkTest {

    private static final int SEEDS = 400;

    /** One visit: the path's text and the text object itself (compared by identity). */
    private record Visit(String path, LocalizedText text) {
        @Override
        @SuppressWarnings("ReferenceEquality") // the very object of the model, not an equal one
        public boolean equals(Object other) {
            return other instanceof Visit v && v.path.equals(path) && v.text == text;
        }

        @Override
        public int hashCode() {
            return path.hashCode();
        }
    }

    @Test
    void should_visit_the_same_texts_in_the_same_order_as_the_reflective_walk_when_agreements_are_random() {
        Set<String> reached = new TreeSet<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            for (DataProcessingAgreement agreement :
                    List.of(AgreementGenerator.agreement(seed), AgreementGenerator.adversarialAgreement(seed))) {
                List<Visit> expected = new ArrayList<>();
                ReflectiveFreeTexts.operative(
                        agreement, (path, text) -> expected.add(new Visit(path.toString(), text)), reached);
                assertThat(walk(agreement)).as("agreement of seed %d", seed).containsExactlyElementsOf(expected);
            }
        }
        assertThat(reached)
                .as("properties that hold a text somewhere in the model but held none in %d random agreements", SEEDS)
                .containsAll(textHoldingProperties());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "examples/jomoco-avv-de.json",
                "examples/just-avv-de.json",
                "examples/larkspur-dpa-en.json",
                "examples/quillfeather-dpa-en-de.json"
            })
    void should_visit_the_same_texts_as_the_reflective_walk_when_the_agreement_is_an_example(String file) {
        DataProcessingAgreement agreement = DpaJson.read(ScaledAgreements.example(file));
        List<Visit> expected = new ArrayList<>();
        ReflectiveFreeTexts.operative(agreement, (path, text) -> expected.add(new Visit(path.toString(), text)));
        assertThat(expected).isNotEmpty();
        assertThat(walk(agreement)).containsExactlyElementsOf(expected);
    }

    @Test
    void should_leave_out_the_metadata_notes_when_they_are_present() {
        DataProcessingAgreement agreement = DpaJson.read(ScaledAgreements.example(ScaledAgreements.JOMOCO));
        List<String> paths = new ArrayList<>();
        FreeTexts.operative(agreement, (path, text) -> paths.add(path.toString()));
        assertThat(agreement.getSubprocessing().orElseThrow().getSubprocessors())
                .anySatisfy(s -> assertThat(s.getNote()).isPresent());
        assertThat(paths).noneMatch(p -> p.matches("subprocessing\\.subprocessors\\[\\d+]\\.note"));
        assertThat(paths).anyMatch(p -> p.matches("subprocessing\\.subprocessors\\[\\d+]\\.service"));
    }

    @Test
    void should_find_the_model_types_text_holding_properties_when_the_reference_reads_the_model() {
        // guards the guard: the reference must see the properties by itself, metadata left out
        Set<String> properties = textHoldingProperties();
        assertThat(properties)
                .contains(
                        "DataProcessingAgreement.title",
                        "Subprocessor.service",
                        "TimeLimit.alternatives",
                        "SecurityTerms.categoryObjectives")
                .doesNotContain("Subprocessor.note", "ConclusionEvidence.note", "Party.address", "AuditTerms.fee");
        assertThat(properties).hasSizeGreaterThan(90);
    }

    private static List<Visit> walk(DataProcessingAgreement agreement) {
        List<Visit> visits = new ArrayList<>();
        FreeTexts.operative(agreement, (path, text) -> visits.add(new Visit(path.toString(), text)));
        return visits;
    }

    /**
     * Every property, as {@code Type.property}, of every model type that an agreement can hold, below which a text
     * can be: a text itself, or a model type with such a property (a fixed point, since types nest in themselves).
     */
    private static Set<String> textHoldingProperties() {
        Map<String, List<Class<?>>> held = new TreeMap<>();
        Deque<Class<?>> queue = new ArrayDeque<>(List.of(DataProcessingAgreement.class));
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            Class<?> type = queue.poll();
            if (type == LocalizedText.class || !seen.add(type)) {
                continue;
            }
            Map<String, List<Class<?>>> properties = ReflectiveFreeTexts.heldTypes(type);
            held.putAll(properties);
            properties.values().forEach(queue::addAll);
        }
        Set<Class<?>> holding = new LinkedHashSet<>(List.of(LocalizedText.class));
        Set<String> result = new TreeSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, List<Class<?>>> property : held.entrySet()) {
                if (!result.contains(property.getKey())
                        && property.getValue().stream().anyMatch(holding::contains)) {
                    result.add(property.getKey());
                    String type =
                            property.getKey().substring(0, property.getKey().indexOf('.'));
                    seen.stream().filter(c -> c.getSimpleName().equals(type)).forEach(holding::add);
                    grew = true;
                }
            }
        }
        return result;
    }
}
