/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The break opportunities PdfWriter puts into long unbroken words (issue #13 D7). */
class BreakLongRunsTest {

    @Test
    void should_insert_zero_width_spaces_into_a_run_longer_than_the_limit() {
        // given
        String word = "a".repeat(PdfWriter.LONG_RUN + 1);

        // when
        String broken = PdfWriter.breakLongRuns("before " + word + " after");

        // then: pieces of at most 40 characters, the text otherwise the same
        assertThat(broken).startsWith("before ").endsWith(" after").contains("\u200B");
        assertThat(broken.replace("\u200B", "")).isEqualTo("before " + word + " after");
        for (String piece : broken.substring(7, broken.length() - 6).split("\u200B")) {
            assertThat(piece.length()).isBetween(1, 40);
        }
    }

    @Test
    void should_leave_runs_up_to_the_limit_unchanged() {
        // given: the 64 hex digits of a fingerprint and a word of exactly the limit
        String text = "f".repeat(64) + " " + "b".repeat(PdfWriter.LONG_RUN) + "\n" + "c".repeat(10);

        // when / then
        assertThat(PdfWriter.breakLongRuns(text)).isSameAs(text);
    }

    @Test
    void should_never_split_a_surrogate_pair() {
        // given: a long run of characters outside the BMP (each two chars)
        String word = "\uD83D\uDE00".repeat(PdfWriter.LONG_RUN);

        // when
        String broken = PdfWriter.breakLongRuns(word);

        // then
        assertThat(broken.replace("\u200B", "")).isEqualTo(word);
        for (String piece : broken.split("\u200B")) {
            assertThat(Character.isLowSurrogate(piece.charAt(0))).isFalse();
        }
    }
}
