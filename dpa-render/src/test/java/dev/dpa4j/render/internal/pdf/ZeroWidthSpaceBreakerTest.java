/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The PDF line breaker: the standard opportunities plus one after each zero-width space. */
class ZeroWidthSpaceBreakerTest {

    private static List<Integer> boundaries(String text) {
        ZeroWidthSpaceBreaker breaker = new ZeroWidthSpaceBreaker();
        breaker.setText(text);
        List<Integer> result = new ArrayList<>();
        for (int b = breaker.next(); b != BreakIterator.DONE; b = breaker.next()) {
            result.add(b);
        }
        return result;
    }

    @Test
    void should_break_after_a_zero_width_space_as_well_as_after_a_space() {
        // "aaaa\u200Bbbbb cccc": after the zero-width space (5), after the space (10), at the end (14)
        assertThat(boundaries("aaaa\u200Bbbbb cccc")).containsExactly(5, 10, 14);
    }

    @Test
    void should_break_like_the_standard_breaker_without_zero_width_spaces() {
        // given: openhtmltopdf's default line breaker
        String text = "Auftragsverarbeitung nach Art. 28 DSGVO, siehe https://example.org/a/b-c und 24-Stunden-Frist";
        FSTextBreaker standard = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
        standard.setText(text);
        List<Integer> expected = new ArrayList<>();
        for (int b = standard.next(); b != BreakIterator.DONE; b = standard.next()) {
            expected.add(b);
        }

        // when / then
        assertThat(boundaries(text)).isEqualTo(expected).hasSizeGreaterThan(8);
    }

    @Test
    void should_never_start_a_line_with_a_quotation_mark_that_closes_the_word_before_it() {
        // given: German closing marks (U+201C, U+2018) and English ones (U+201D, U+2019) after a word
        String german = "etwa \u201EVerarbeitung\u201C, \u201AX\u2018 und";
        String english = "such as \u201Cprocessing\u201D, \u2018x\u2019 and";

        // when
        List<Integer> de = boundaries(german);
        List<Integer> en = boundaries(english);

        // then: no break directly before a closing mark ...
        assertThat(de).doesNotContain(german.indexOf('\u201C'), german.indexOf('\u2018'));
        assertThat(en).doesNotContain(english.indexOf('\u201D'), english.indexOf('\u2019'));
        // ... while the breaks after the spaces stay, including the one before the English opening mark
        assertThat(de).contains(german.indexOf('\u201E'), german.indexOf("und"));
        assertThat(en).contains(english.indexOf('\u201C'), english.indexOf("and"));
    }
}
