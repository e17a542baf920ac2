/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.validate.LegalReference.Act;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LegalReferenceTest {

    static Stream<Arguments> citations() {
        return Stream.of(
                Arguments.of(LegalReference.gdpr("28", 3, "a"), "Art. 28 Abs. 3 lit. a DSGVO", "Art. 28(3)(a) GDPR"),
                Arguments.of(LegalReference.gdpr("32"), "Art. 32 DSGVO", "Art. 32 GDPR"),
                Arguments.of(LegalReference.gdpr("33", 2), "Art. 33 Abs. 2 DSGVO", "Art. 33(2) GDPR"),
                Arguments.of(
                        LegalReference.gdpr("28", 3).withSubparagraph(2),
                        "Art. 28 Abs. 3 UAbs. 2 DSGVO",
                        "Art. 28(3), second subparagraph, GDPR"),
                Arguments.of(LegalReference.numbered(Act.GDPR, "4", 7), "Art. 4 Nr. 7 DSGVO", "Art. 4(7) GDPR"),
                Arguments.of(LegalReference.of(Act.BDSG, "62", 5), "§ 62 Abs. 5 BDSG", "Section 62(5) BDSG"),
                Arguments.of(LegalReference.of(Act.STGB, "203", 3), "§ 203 Abs. 3 StGB", "Section 203(3) StGB"),
                Arguments.of(LegalReference.of(Act.SGB_X, "80", 2), "§ 80 Abs. 2 SGB X", "Section 80(2) SGB X"));
    }

    @ParameterizedTest
    @MethodSource("citations")
    void should_format_in_the_citation_style_of_each_language_when_formatted(
            LegalReference ref, String german, String english) {
        // when / then
        assertThat(ref.format(Locale.GERMAN)).isEqualTo(german);
        assertThat(ref.format(Locale.forLanguageTag("de-AT"))).isEqualTo(german);
        assertThat(ref.format(Locale.ENGLISH)).isEqualTo(english);
        assertThat(ref.format(Locale.forLanguageTag("tr-TR"))).isEqualTo(english);
        assertThat(ref).hasToString(english);
    }

    @Test
    void should_order_by_act_article_and_paragraph_when_sorted() {
        // given
        List<LegalReference> refs = List.of(
                LegalReference.of(Act.BDSG, "62"),
                LegalReference.gdpr("28", 10),
                LegalReference.gdpr("28", 3, "a"),
                LegalReference.gdpr("9"));

        // when
        List<LegalReference> sorted = refs.stream().sorted().toList();

        // then
        assertThat(sorted)
                .extracting(LegalReference::toString)
                .containsExactly("Art. 9 GDPR", "Art. 28(3)(a) GDPR", "Art. 28(10) GDPR", "Section 62 BDSG");
        assertThat(LegalReference.gdpr("28", 3, "a"))
                .isEqualTo(LegalReference.gdpr("28", 3).withPoint("a"));
    }

    @Test
    void should_reject_parts_when_malformed() {
        assertThatThrownBy(() -> LegalReference.gdpr("Art. 28"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'article'");
        assertThatThrownBy(() -> LegalReference.gdpr("28", 0)).hasMessageContaining("'paragraph'");
        assertThatThrownBy(() -> LegalReference.gdpr("28", 3, "A")).hasMessageContaining("'point'");
        assertThatThrownBy(() -> LegalReference.gdpr("28").withPoint("a")).hasMessageContaining("needs a paragraph");
    }
}
