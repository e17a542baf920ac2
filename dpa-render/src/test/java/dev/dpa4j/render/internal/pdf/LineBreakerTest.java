/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.render.internal.pdf.LineBreaker.Line;
import dev.dpa4j.render.internal.pdf.LineBreaker.Span;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private static final Style BODY = Style.plain(9.5f);

    private final FontPrograms.Pair fonts = FontPrograms.take();
    private final LineBreaker breaker = new LineBreaker(fonts);

    @AfterEach
    void giveBack() {
        FontPrograms.give(fonts);
    }

    private List<String> lines(String text, float width) {
        return breaker.lines(List.of(new Span(text, BODY)), width).stream()
                .map(Line::text)
                .toList();
    }

    @Test
    void should_break_at_spaces_and_keep_every_line_within_the_width() {
        // given
        String text = "Der Auftragsverarbeiter verarbeitet personenbezogene Daten ausschließlich auf dokumentierte"
                + " Weisung des Verantwortlichen.";

        // when
        List<Line> lines = breaker.lines(List.of(new Span(text, BODY)), 150);

        // then
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(150));
        assertThat(String.join(" ", lines.stream().map(Line::text).toList())).isEqualTo(text);
    }

    @Test
    void should_break_a_word_without_break_opportunity_where_the_line_is_full() {
        // given
        String word = "x".repeat(10_000);

        // when
        List<Line> lines = breaker.lines(List.of(new Span(word, BODY)), 100);

        // then: nothing lost, no line wider than the column, every break between two letters shows its hyphen
        assertThat(lines).hasSizeGreaterThan(50);
        assertThat(lines).allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(100));
        List<String> texts = lines.stream().map(Line::text).toList();
        assertThat(texts.subList(0, texts.size() - 1))
                .allSatisfy(line -> assertThat(line).endsWith("-"));
        assertThat(String.join("", texts).replace("-", "")).isEqualTo(word);
    }

    @Test
    void should_print_a_hyphen_only_where_a_soft_hyphen_breaks_the_line() {
        // given
        String text = "Unterauftrags\u00ADverarbeiter";
        float half = breaker.width("Unterauftrags-", BODY) + 1;

        // when
        List<String> narrow = lines(text, half);
        List<String> wide = lines(text, 500);

        // then
        assertThat(narrow).containsExactly("Unterauftrags-", "verarbeiter");
        assertThat(wide).containsExactly("Unterauftragsverarbeiter");
    }

    @Test
    void should_break_after_a_hyphen_between_letters_but_not_before_a_closing_quotation_mark() {
        // given: the line is full just before the closing mark
        String quoted = "im Folgenden „Auftragsverarbeiter“ genannt";
        float upToWord = breaker.width("im Folgenden „Auftragsverarbeiter", BODY) + 0.5f;

        // when
        List<String> lines = lines(quoted, upToWord);
        List<String> compound = lines("E-Mail-Adressen", breaker.width("E-Mail-Adres", BODY));

        // then: the mark goes with its word; the compound breaks after a hyphen
        assertThat(lines).noneMatch(line -> line.startsWith("“"));
        assertThat(lines.get(0)).isEqualTo("im Folgenden");
        assertThat(compound).containsExactly("E-Mail-", "Adressen");
    }

    @Test
    void should_collapse_white_space_and_drop_format_characters_and_keep_umlauts() {
        // when
        List<String> lines = lines("  Änderungen\t und\u00A0Ergänzungen \uFEFFbedürfen\n der Textform  ", 1000);

        // then
        assertThat(lines).containsExactly("Änderungen und\u00A0Ergänzungen bedürfen der Textform");
    }

    @Test
    void should_replace_a_character_the_font_lacks() {
        // when: U+E000 is a private-use character, not in DejaVu Sans
        List<String> lines = lines("a\uE000b", 1000);

        // then
        assertThat(lines).containsExactly("a\uFFFDb");
    }

    @Test
    void should_not_end_a_line_with_a_section_sign_or_article_abbreviation() {
        // given: the line is full just after "§" and just after "Art."; an ordinary word in the same place breaks
        String section = "im Sinne von § 126b BGB";
        String article = "im Sinne von Art. 28 DSGVO";
        String ordinary = "im Sinne von Wort 126b BGB";
        float width = breaker.width("im Sinne von § 12", BODY);

        // when
        List<String> sectionLines = lines(section, width);
        List<String> articleLines = lines(article, width);
        List<String> ordinaryLines = lines(ordinary, breaker.width("im Sinne von Wort 12", BODY));

        // then
        assertThat(sectionLines).containsExactly("im Sinne von", "§ 126b BGB");
        assertThat(articleLines).containsExactly("im Sinne von", "Art. 28 DSGVO");
        assertThat(ordinaryLines).containsExactly("im Sinne von Wort", "126b BGB");
    }

    @Test
    void should_keep_a_phone_number_and_a_date_on_one_line() {
        // given: the line is full after the second group of the number, and after the day and month of the date
        String phone = "Kontakt: Frau Beispiel, +49 30 1234 567, rund um die Uhr";
        String date = "Die Vereinbarung gilt ab 1 January 2027 bis auf Weiteres";
        String words = "Kontakt: Frau Beispiel, Haus am Wald, rund um die Uhr";

        // when
        List<String> phoneLines = lines(phone, breaker.width("Kontakt: Frau Beispiel, +49 30 12", BODY));
        List<String> dateLines = lines(date, breaker.width("Die Vereinbarung gilt ab 1 January 20", BODY));
        List<String> wordLines = lines(words, breaker.width("Kontakt: Frau Beispiel, Haus am Wa", BODY));

        // then
        assertThat(phoneLines).first().isEqualTo("Kontakt: Frau Beispiel,");
        assertThat(phoneLines.get(1)).startsWith("+49 30 1234 567,");
        assertThat(dateLines).first().isEqualTo("Die Vereinbarung gilt ab");
        assertThat(dateLines.get(1)).startsWith("1 January 2027");
        assertThat(wordLines).first().isEqualTo("Kontakt: Frau Beispiel, Haus am");
    }

    @Test
    void should_break_a_compound_too_long_for_its_column_only_where_a_hyphen_is_printed() {
        // given: columns narrower than the words, as in a bilingual table
        float narrow = breaker.width("Standardvertrags-", BODY);

        // when
        List<String> clauses = lines("Standardvertragsklauseln", narrow);
        List<String> contract = lines("Auftragsverarbeitungsvertrag", breaker.width("Auftragsverarbeitungsver-", BODY));
        List<String> assessment = lines("Datenschutz-Folgenabschätzung", breaker.width("Datenschutz-Folgenab", BODY));
        List<String> automated = lines("Automatisierung", breaker.width("Automatisie-", BODY));
        List<String> fits = lines("Standardvertragsklauseln", 500);

        // then: at the compound's joints, or between syllables, each time with a hyphen
        assertThat(clauses).containsExactly("Standardvertrags-", "klauseln");
        assertThat(contract).containsExactly("Auftragsverarbeitungs-", "vertrag");
        assertThat(assessment).containsExactly("Datenschutz-", "Folgenabschätzung");
        assertThat(automated).containsExactly("Automatisie-", "rung");
        assertThat(fits).containsExactly("Standardvertragsklauseln");
    }

    @Test
    void should_break_an_address_after_its_separator_and_a_bound_date_at_its_space() {
        // when
        List<String> mail = lines("privacy@quillfeather.example", breaker.width("privacy@quillfeather.exam", BODY));
        List<String> date = lines("30 November 2026", breaker.width("30 November 20", BODY));

        // then: no hyphen is added to an address, and a date too long for its column breaks at a space
        assertThat(mail).containsExactly("privacy@quillfeather.", "example");
        assertThat(date).containsExactly("30 November", "2026");
    }
}
