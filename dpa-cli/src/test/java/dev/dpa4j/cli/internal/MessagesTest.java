/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.validate.Severity;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void should_have_the_same_keys_in_german_and_english() {
        // when
        var german = Messages.of(Lang.de).keys();
        var english = Messages.of(Lang.en).keys();

        // then
        assertThat(german).isNotEmpty().containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void should_not_group_digits_when_formatting_numbers_in_german() {
        // when
        String message = Messages.of(Lang.de).get("input.json", "/a", 12345, 7, "x");

        // then
        assertThat(message).contains("Zeile 12345, Spalte 7");
    }

    @Test
    void should_use_singular_and_plural_when_counting_findings() {
        // when / then
        assertThat(Messages.of(Lang.en).count(Severity.ERROR, 1)).isEqualTo("1 error");
        assertThat(Messages.of(Lang.en).count(Severity.INFO, 0)).isEqualTo("0 notes");
        assertThat(Messages.of(Lang.de).count(Severity.WARNING, 1)).isEqualTo("1 Warnung");
        assertThat(Messages.of(Lang.de).count(Severity.WARNING, 1234)).isEqualTo("1234 Warnungen");
    }

    @Test
    void should_fail_loudly_when_a_key_is_missing() {
        assertThatThrownBy(() -> Messages.of(Lang.en).get("no.such.key")).isInstanceOf(IllegalStateException.class);
    }
}
