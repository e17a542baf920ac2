/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * A phrase that only restates the law makes a short text generic and a text of eight or more words not
 * ({@link Text#generic(LocalizedText, int)}); the longer text is no longer searched for the phrases (issue #14).
 */
class StatutePhraseTest {

    @Test
    void should_judge_a_short_text_generic_when_it_holds_a_statute_phrase() {
        assertThat(Text.generic(LocalizedText.de("Die Verarbeitung erfolgt gemäß Art. 28 DSGVO."), 0))
                .isTrue();
        assertThat(Text.generic(LocalizedText.en("Processing as required by GDPR."), 0))
                .isTrue();
        // seven words longer than two letters: still short
        assertThat(Text.generic(LocalizedText.de("Eins zwei drei vier gemäß Art. 28 DSGVO"), 0))
                .isTrue();
    }

    @Test
    void should_not_judge_a_text_generic_when_it_has_eight_words_or_no_statute_phrase() {
        // eight words longer than two letters
        assertThat(Text.generic(LocalizedText.de("Eins zwei drei vier fünf gemäß Art. 28 DSGVO"), 0))
                .isFalse();
        assertThat(Text.generic(
                        LocalizedText.en("The processor sends the newsletters of the controller as required by GDPR."),
                        0))
                .isFalse();
        assertThat(Text.generic(LocalizedText.de("Versand der Rechnungen"), 0)).isFalse();
    }
}
