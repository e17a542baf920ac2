/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The translations of a {@link LocalizedText} ({@link Translations}) answer as the unmodifiable sorted map they
 * replaced (issue #14).
 */
class TranslationsTest {

    private static final Map<String, String> THREE = Map.of("en", "promptly", "de", "umgehend", "de-at", "sofort");

    @Test
    void should_answer_as_a_sorted_map_when_given_translations_in_any_order() {
        // given
        TreeMap<String, String> expected = new TreeMap<>(THREE);
        SortedMap<String, String> translations = LocalizedText.of(THREE).getTranslations();

        // then: order, contents, equality both ways, hash code and text
        assertThat(new ArrayList<>(translations.keySet())).containsExactly("de", "de-at", "en");
        assertThat(new ArrayList<>(translations.values())).containsExactly("umgehend", "sofort", "promptly");
        assertThat(new ArrayList<>(translations.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
        assertThat(translations).isEqualTo(expected);
        assertThat(expected).isEqualTo(translations);
        assertThat(translations.hashCode()).isEqualTo(expected.hashCode());
        assertThat(translations).hasToString(expected.toString());
        assertThat(translations.get("de-at")).isEqualTo("sofort");
        assertThat(translations.get("fr")).isNull();
        assertThat(translations.containsKey("en")).isTrue();
        assertThat(translations.containsKey("EN")).isFalse();
        assertThat(translations.firstKey()).isEqualTo("de");
        assertThat(translations.lastKey()).isEqualTo("en");
        assertThat(translations.comparator()).isNull();
        assertThat(translations.headMap("en")).isEqualTo(expected.headMap("en"));
        assertThat(translations.tailMap("de-at")).isEqualTo(expected.tailMap("de-at"));
        assertThat(translations.subMap("de-at", "en")).isEqualTo(expected.subMap("de-at", "en"));
    }

    @Test
    void should_differ_when_a_text_or_a_language_differs() {
        SortedMap<String, String> translations = LocalizedText.of(THREE).getTranslations();
        assertThat(translations).isNotEqualTo(new TreeMap<>(Map.of("en", "promptly", "de", "umgehend")));
        assertThat(translations)
                .isNotEqualTo(new TreeMap<>(Map.of("en", "promptly", "de", "umgehend", "de-at", "gleich")));
        assertThat(LocalizedText.de("umgehend")).isNotEqualTo(LocalizedText.en("umgehend"));
        assertThat(LocalizedText.de("umgehend")).isEqualTo(LocalizedText.of("de", "umgehend"));
    }

    @Test
    void should_reject_every_change_when_asked_through_the_map_or_its_views() {
        SortedMap<String, String> translations = LocalizedText.of(THREE).getTranslations();
        List<Runnable> changes = List.of(
                () -> translations.put("fr", "immédiatement"),
                () -> translations.put("de", "sofort"),
                () -> translations.remove("de"),
                () -> translations.remove("fr"),
                () -> translations.clear(),
                () -> translations.putAll(Map.of("fr", "immédiatement")),
                () -> translations.replaceAll((k, v) -> v.toUpperCase(java.util.Locale.ROOT)),
                () -> translations.values().clear(),
                () -> translations.keySet().remove("de"),
                () -> translations.entrySet().iterator().next().setValue("x"),
                () -> translations.headMap("en").clear());
        for (Runnable change : changes) {
            assertThatThrownBy(change::run).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(translations).isEqualTo(new TreeMap<>(THREE));
    }
}
