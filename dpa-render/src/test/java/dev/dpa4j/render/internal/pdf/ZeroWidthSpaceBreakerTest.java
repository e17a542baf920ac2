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
}
