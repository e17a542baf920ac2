/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Text#holdsNumberWithUnit}, which tries {@link Text#NUMBER_WITH_UNIT} only at a digit or where one of its
 * number words begins, answers what a search of the whole text with the expression answered (issue #14).
 */
class NumberWithUnitTest {

    /** The behaviour before: the expression searched over the whole text. */
    private static boolean reference(String lower) {
        return Text.NUMBER_WITH_UNIT.matcher(lower).find();
    }

    private static void assertSame(String text) {
        assertThat(Text.holdsNumberWithUnit(text)).as(text).isEqualTo(reference(text));
    }

    @Test
    void should_find_a_number_with_a_unit_where_the_expression_finds_one() {
        // a period in figures, in words (English and German, with "ß" and "ü") and after a figure in brackets
        assertThat(Text.holdsNumberWithUnit("sicherungen werden nach 35 tagen überschrieben"))
                .isTrue();
        assertThat(Text.holdsNumberWithUnit("within ninety (90) days of the request"))
                .isTrue();
        assertThat(Text.holdsNumberWithUnit("binnen dreißig tagen")).isTrue();
        assertThat(Text.holdsNumberWithUnit("innerhalb von fünf werktagen")).isTrue();
        assertThat(Text.holdsNumberWithUnit("a 35-day cycle")).isTrue();
        assertThat(Text.holdsNumberWithUnit("30 weiteren tagen")).isTrue();
        assertThat(Text.holdsNumberWithUnit("zwölf monate")).isTrue();
        assertThat(Text.holdsNumberWithUnit("72h")).isTrue();
        // close texts that name no period: a number word inside a longer word, a figure without a unit, a unit
        // without a number
        assertThat(Text.holdsNumberWithUnit("the tenant keeps backups")).isFalse();
        assertThat(Text.holdsNumberWithUnit("ein achtsamer umgang mit tagesdaten"))
                .isFalse();
        assertThat(Text.holdsNumberWithUnit("gemäß art. 28 abs. 3 dsgvo")).isFalse();
        assertThat(Text.holdsNumberWithUnit("innerhalb weniger tage")).isFalse();
        assertThat(Text.holdsNumberWithUnit("often days")).isFalse();
        assertThat(Text.holdsNumberWithUnit("")).isFalse();
        for (String text : List.of(
                "sicherungen werden nach 35 tagen überschrieben",
                "within ninety (90) days",
                "the tenant keeps backups",
                "often days",
                "soften ten days",
                "_ten days",
                "éten days",
                "ßacht tage",
                "-acht tage",
                "1)tag")) {
            assertSame(text);
        }
    }

    @Test
    void should_answer_what_the_expression_answered_for_every_text_of_the_examples_and_generated_agreements() {
        List<String> texts = SampleTexts.operativeLowered();
        assertThat(texts).hasSizeGreaterThan(5_000);
        int found = 0;
        for (String text : texts) {
            assertSame(text);
            found += reference(text) ? 1 : 0;
        }
        assertThat(found).isPositive().isLessThan(texts.size());
    }

    @Test
    void should_answer_what_the_expression_answered_for_random_texts_of_its_words_and_their_neighbours() {
        List<String> parts = new ArrayList<>(List.of(
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
                "thirty",
                "sixty",
                "ninety",
                "zwei",
                "drei",
                "vier",
                "fünf",
                "sechs",
                "sieben",
                "acht",
                "neun",
                "zehn",
                "elf",
                "zwölf",
                "dreißig",
                "sechzig",
                "neunzig",
                "further",
                "additional",
                "more",
                "weitere",
                "weiteren",
                "zusätzlichen",
                "h",
                "std",
                "stunde",
                "hour",
                "tag",
                "day",
                "werktag",
                "business day",
                "woche",
                "week",
                "monat",
                "month",
                "kalendertag",
                "0",
                "7",
                "35",
                ")",
                "(",
                "-",
                " ",
                "  ",
                "\n",
                "\u00a0",
                "_",
                "a",
                "o",
                "s",
                "so",
                "é",
                "ß",
                "\u0301",
                "\u2013",
                "\ud83d\ude00",
                "Ten",
                "T"));
        Random random = new Random(14);
        int found = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(7);
            for (int w = 0; w < words; w++) {
                text.append(parts.get(random.nextInt(parts.size())));
            }
            assertSame(text.toString());
            found += reference(text.toString()) ? 1 : 0;
        }
        assertThat(found).isBetween(1_000, 39_000);
    }

    @Test
    void should_name_a_period_and_leave_vague_time_as_before_through_the_shortcut() {
        assertThat(Text.namesPeriod(LocalizedText.of("de", "Sicherungen werden nach 35 Tagen überschrieben.")))
                .isTrue();
        assertThat(Text.namesPeriod(LocalizedText.of("de", "Sicherungen werden regelmäßig überschrieben.")))
                .isFalse();
        assertThat(Text.vagueTime(LocalizedText.en("without undue delay, at the latest within 72 hours")))
                .isEmpty();
    }
}
