/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DpaConfigurationException;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.render.ClauseLibrary;
import dev.dpa4j.render.document.Run;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The clause texts are looked up and parsed once per library and language (issue #14); filling a parsed text
 * must give what reading the text afresh gave: literal braces, the full stop left out after a value that ends
 * its sentence, errors in the order the text has them, and each library's own texts.
 */
class TextTableTest {

    private static final DataProcessingAgreement AGREEMENT =
            DataProcessingAgreement.builder().id("t").build();

    private static Texts texts(ClauseLibrary library) {
        return new Texts(Locale.GERMAN, library, new LanguageCheck(AGREEMENT, false));
    }

    private static ClauseLibrary with(String key, String text) {
        return ClauseLibrary.builder().add(Locale.GERMAN, key, text).build();
    }

    @Test
    void should_fill_literal_braces_and_parameters() {
        Texts t = texts(with("audits.extra.a", "{{wörtlich}} {n}}} und {n}"));

        assertThat(t.plain("audits.extra.a", Map.of("n", "7"))).isEqualTo("{wörtlich} 7} und 7");
    }

    @Test
    void should_leave_out_the_full_stop_after_a_value_that_ends_its_sentence() {
        Texts t = texts(with("audits.extra.a", "Firma {name}. Weiter {name}.{name}"));

        assertThat(t.plain("audits.extra.a", Map.of("name", "X Ltd."))).isEqualTo("Firma X Ltd. Weiter X Ltd.X Ltd.");
        assertThat(t.plain("audits.extra.a", Map.of("name", "X"))).isEqualTo("Firma X. Weiter X.X");
        List<Run> runs = t.fill("audits.extra.a", Map.of("name", List.of(Run.emphasis("„Ende.“"))));
        assertThat(runs)
                .containsExactly(
                        Run.text("Firma "),
                        Run.emphasis("„Ende.“"),
                        Run.text(" Weiter "),
                        Run.emphasis("„Ende.“"),
                        Run.emphasis("„Ende.“"));
    }

    @Test
    void should_end_a_sentence_whose_text_ends_with_a_value_without_punctuation() {
        Texts t = texts(with("audits.extra.a", "Gilt für {what}"));

        assertThat(t.sentence("audits.extra.a", Map.of("what", List.of(Run.text("alle ")))))
                .containsExactly(Run.text("Gilt für alle."));
        assertThat(texts(with("audits.extra.a", "Gilt für {{x}}")).sentence("audits.extra.a", Map.of()))
                .containsExactly(Run.text("Gilt für {x}"));
    }

    @Test
    void should_report_an_unknown_parameter_before_an_unclosed_brace_that_follows_it() {
        Texts t = texts(with("audits.extra.a", "A {b} C {d"));

        assertThatThrownBy(() -> t.plain("audits.extra.a", Map.of("x", "1")))
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("uses the parameter {b}");
        assertThatThrownBy(() -> t.plain("audits.extra.a", Map.of("b", "1")))
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("unclosed '{' at position 8");
        assertThatThrownBy(() -> t.fill("audits.extra.a", Map.of("b", List.of(Run.text("1")))))
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("unclosed '{' at position 8");
    }

    @Test
    void should_read_each_library_its_own_texts() {
        String key = "audits.extra.a";
        Texts first = texts(with(key, "eins"));
        Texts second = texts(with(key, "zwei"));
        Texts builtIn = texts(ClauseLibrary.builtIn());

        assertThat(first.get(key)).isEqualTo("eins");
        assertThat(second.get(key)).isEqualTo("zwei");
        assertThat(builtIn.has(key)).isFalse();
        assertThatThrownBy(() -> builtIn.get(key))
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("no text 'audits.extra.a' in language 'de'");
    }

    @Test
    void should_take_the_built_in_wording_where_the_library_has_no_text_and_the_library_first() {
        String key = "notice.clause.audits";
        String builtIn = Wording.text(Locale.GERMAN, key).orElseThrow();
        ClauseLibrary own = ClauseLibrary.builder()
                .language(Locale.GERMAN, withKey(key, "eigene Worte"))
                .build();

        assertThat(texts(ClauseLibrary.builtIn()).get(key)).isEqualTo(builtIn);
        assertThat(texts(own).get(key)).isEqualTo("eigene Worte");
    }

    private static Map<String, String> withKey(String key, String text) {
        Map<String, String> all = new java.util.TreeMap<>();
        for (String k : ClauseLibrary.builtIn().keys(Locale.GERMAN)) {
            all.put(k, ClauseLibrary.builtIn().text(Locale.GERMAN, k).orElseThrow());
        }
        all.put(key, text);
        return all;
    }

    @Test
    void should_take_the_other_law_wording_and_its_citation_only_where_german_law_does_not_apply() {
        // a whole language of its own, so that the keys do not depend on the built-in texts
        Map<String, String> german = new java.util.HashMap<>();
        ClauseLibrary.builtIn().keys(Locale.ENGLISH).forEach(k -> german.put(k, "x"));
        german.put("test.a", "Text");
        german.put("test.a.cite", "§ 1");
        german.put("test.a.otherLaw", "Anderer Text");
        german.put("test.a.otherLaw.cite", "Art. 2");
        german.put("test.b", "Nur ein Text");
        german.put("test.b.cite", "§ 3");
        ClauseLibrary library =
                ClauseLibrary.builder().language(Locale.GERMAN, german).build();
        Texts t = texts(library);

        TextTable.ClauseTexts a = t.clause("test.a");
        TextTable.ClauseTexts b = t.clause("test.b");

        assertThat(a.textKey(true)).isEqualTo("test.a");
        assertThat(a.citation(true)).contains("§ 1");
        assertThat(a.textKey(false)).isEqualTo("test.a.otherLaw");
        assertThat(a.citation(false)).contains("Art. 2");
        assertThat(b.textKey(false)).isEqualTo("test.b");
        assertThat(b.citation(false)).contains("§ 3");
        assertThat(t.clause("test.c").citation(true)).isEmpty();
        assertThat(t.clause("test.a")).isSameAs(a);
    }

    @Test
    void should_give_an_enum_constant_the_label_under_its_key_and_name_the_key_when_there_is_none() {
        Map<String, String> german = new java.util.HashMap<>();
        ClauseLibrary.builtIn().keys(Locale.ENGLISH).forEach(k -> german.put(k, "x"));
        german.put("label.TomCategory.PHYSICAL_ACCESS_CONTROL", "Zutritt");
        Texts t = texts(ClauseLibrary.builder().language(Locale.GERMAN, german).build());

        assertThat(t.label(TomCategory.PHYSICAL_ACCESS_CONTROL)).isEqualTo("Zutritt");
        assertThat(t.label(TomCategory.PHYSICAL_ACCESS_CONTROL)).isEqualTo("Zutritt");
        assertThatThrownBy(() -> t.label(Unlabelled.ONE))
                .isInstanceOf(DpaConfigurationException.class)
                .hasMessageContaining("'label.Unlabelled.ONE'");
    }

    /** An enum without labels in any library. */
    private enum Unlabelled {
        ONE
    }
}
