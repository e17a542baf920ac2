/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain-text writer's one-look pre-test (issue #14): a text it passes is one that cleaning leaves as it
 * is and that has no soft hyphen, line feed or tab; every other text must take the general path.
 */
class EscapesPlainLineTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Auftragsverarbeitung nach Art. 28 DSGVO",
                "„Müller & Söhne GmbH“ – Straße 1, 10115 Berlin",
                "Ελληνικά, кириллица, ~ und ÿ",
                "\u00A0geschütztes Leerzeichen"
            })
    void should_pass_a_text_that_needs_nothing(String text) {
        assertThat(Escapes.plainLine(text)).as(text).isTrue();
        assertThat(Escapes.text(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Zeile\nZeile",
                "Spalte\tSpalte",
                "Zeile\r\nZeile",
                "Steuer\u0007zeichen",
                "DEL\u007F",
                "C1\u0085",
                "Sil\u00ADbe",
                "bidi\u202Eoverride",
                "mark\u200E",
                "Paar \uD83D\uDCC4",
                "allein \uD83D",
                "nicht\uFFFF"
            })
    void should_send_any_other_text_the_general_way(String text) {
        assertThat(Escapes.plainLine(text)).as(text).isFalse();
    }
}
