/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.render.document.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeDocumentPatternTest {

    @Test
    void should_put_each_argument_where_the_sentence_places_it_when_the_order_differs_by_language() {
        // when
        List<Run> de = NoticeDocument.line()
                .pattern(
                        "Sie können {0} Einspruch erheben; Frist {1}.",
                        new NoticeDocument.Strong("bis morgen"), "14 Tage")
                .runs();

        // then
        assertThat(de)
                .containsExactly(
                        Run.text("Sie können "),
                        Run.strong("bis morgen"),
                        Run.text(" Einspruch erheben; Frist "),
                        Run.text("14 Tage"),
                        Run.text("."));
    }

    @Test
    void should_allow_a_later_argument_before_an_earlier_one() {
        // when
        List<Run> runs = NoticeDocument.line().pattern("{1}, {0}", "a", "b").runs();

        // then
        assertThat(runs).containsExactly(Run.text("b"), Run.text(", "), Run.text("a"));
    }

    @Test
    void should_refuse_a_placeholder_without_an_argument() {
        assertThatThrownBy(() -> NoticeDocument.line().pattern("only {1}", "a"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{1}");
    }
}
