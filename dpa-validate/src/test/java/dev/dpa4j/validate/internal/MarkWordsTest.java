/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The mark words of {@code DOC_PLACEHOLDER} are written once ({@link DocumentRules#MARK_WORDS}): the expression, the
 * cheap search and the scan are derived from that list (issue #14).
 */
class MarkWordsTest {

    @Test
    void should_derive_the_expression_written_by_hand_before_when_built_from_the_list() {
        assertThat(DocumentRules.MARK_WORD.pattern())
                .isEqualTo("(?<![\\p{L}\\p{N}])(?:TODO|TBD|TBA|XXX+)(?![\\p{L}\\p{N}])");
    }

    @Test
    void should_take_a_longer_run_of_x_but_no_longer_word_when_the_expression_matches() {
        Matcher run = DocumentRules.MARK_WORD.matcher("Frist: XXXX Tage");
        assertThat(run.find()).isTrue();
        assertThat(run.group()).isEqualTo("XXXX");
        assertThat(DocumentRules.MARK_WORD.matcher("TODOX TBDD").find()).isFalse();
    }

    @Test
    void should_find_each_word_anywhere_when_searched_without_the_expression() {
        for (String word : DocumentRules.MARK_WORDS) {
            assertThat(DocumentRules.hasMarkWord("vor" + word + "nach"))
                    .as(word)
                    .isTrue();
        }
        for (String text : List.of("Todo", "tbd", "Tba", "XX X", "T O D O", "")) {
            assertThat(DocumentRules.hasMarkWord(text)).as(text).isFalse();
        }
    }
}
