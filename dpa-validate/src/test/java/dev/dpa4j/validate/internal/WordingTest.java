/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The clause-wording rules try their expressions only where a match can begin ({@link Wording}, issue #14): on texts
 * made of the expressions' own words, inflections, quotation marks, white space of every kind and the characters
 * that case-insensitive matching reads as another letter, each finds what a search of the whole text finds, and the
 * hand-cut sentences are those of the expressions they replace.
 */
class WordingTest {

    /** Words, parts of words and characters the expressions look for, next to and inside each other. */
    private static final List<String> TOKENS = List.of(
            "the",
            "The",
            "THE",
            "he",
            "t",
            "T",
            "of",
            "to",
            "an",
            "für",
            "Work",
            "Form",
            "Service",
            "Master",
            "Agreement",
            "Agreements",
            "Contract",
            "Terms",
            "Order",
            "Statement",
            "Customer",
            "Client",
            "Supplier",
            "Vendor",
            "Provider",
            "Contractor",
            "Company",
            "EEA",
            "Main",
            "der",
            "Der",
            "die",
            "Die",
            "das",
            "dem",
            "den",
            "des",
            "D",
            "d",
            "neue",
            "neuen",
            "gültigen",
            "Hauptvertrag",
            "Rahmenvertrag",
            "Servicevertrags",
            "Servicevertrages",
            "Leistungsvereinbarung",
            "Nutzungsbedingungen",
            "vertrag",
            "Auftraggeber",
            "Auftraggebers",
            "Auftragnehmer",
            "Auftragnehmers",
            "Kunde",
            "Kunden",
            "Kundenvertrag",
            "Hinweis",
            "Hinweise",
            "hinweis",
            "HINWEIS",
            "Verwender",
            "Bearbeiter",
            "Nutzer",
            "dieser",
            "Vorlage",
            "Bearbeitungshinweis",
            "Ausfüllhinweis",
            "Anmerkung",
            "Erläuterungen",
            "Anm.",
            "Anm",
            "d.",
            "Verf.",
            "Red.",
            "Note",
            "Notes",
            "note",
            "draft",
            "drafter",
            "drafters",
            "user",
            "Drafting",
            "Drafter's",
            "Drafters",
            "NTD",
            "ntd",
            "[",
            "]",
            "ggf.",
            "anpassen",
            "insert",
            "option",
            "optional",
            "Alternative",
            "if applicable",
            "\"",
            "„",
            "“",
            "”",
            "‘",
            "’",
            "«",
            "»",
            "ı",
            "ſ",
            "İ",
            "Hınweis",
            "Bearbeitungshinweiſ",
            "\uD835\uDC00",
            "x",
            "1",
            "_",
            "-",
            ".",
            "!",
            "?",
            ";",
            ":",
            "(",
            ")",
            "Σ");

    private static final List<String> SEPARATORS = List.of(" ", " ", "", "  ", "\n", "\t", "\r\n", "\u000B", "\u00A0");

    private static List<String> texts(long seed, int count) {
        return texts(seed, count, TOKENS);
    }

    private static List<String> texts(long seed, int count, List<String> tokens) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int t = 0; t < length; t++) {
                text.append(tokens.get(random.nextInt(tokens.size())));
                text.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /** What a loop of {@code find()} over the whole text returns, each match as its groups. */
    private static List<List<String>> found(Pattern pattern, String text) {
        List<List<String>> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(groups(m));
        }
        return found;
    }

    private static List<String> groups(MatchResult m) {
        List<String> groups = new ArrayList<>();
        groups.add(m.start() + "-" + m.end());
        for (int g = 0; g <= m.groupCount(); g++) {
            groups.add(String.valueOf(m.group(g)));
        }
        return groups;
    }

    private static void assertSameMatches(
            Pattern pattern, Function<String, int[]> starts, long seed, List<String> tokens) {
        int matched = 0;
        for (String text : texts(seed, 20_000, tokens)) {
            List<List<String>> expected = found(pattern, text);
            List<List<String>> actual = Wording.matchesAt(pattern, text, starts.apply(text)).stream()
                    .map(WordingTest::groups)
                    .toList();
            assertThat(actual).as(text).isEqualTo(expected);
            matched += expected.isEmpty() ? 0 : 1;
        }
        assertThat(matched).as("texts with a match").isGreaterThan(500);
    }

    @Test
    void should_find_what_a_search_of_the_whole_text_finds_when_english_terms_are_tried_after_the() {
        List<String> tokens = new ArrayList<>(TOKENS);
        tokens.addAll(List.of("the", "The", "the", "Agreement", "Customer", "Order", "Statement", "Master", "shall"));
        assertSameMatches(DocumentRules.ENGLISH_TERM, DocumentRules::englishTermStarts, 1, tokens);
    }

    @Test
    void should_find_what_a_search_of_the_whole_text_finds_when_german_terms_are_tried_at_their_articles() {
        assertSameMatches(DocumentRules.GERMAN_TERM, DocumentRules::germanTermStarts, 2, TOKENS);
    }

    @Test
    void should_find_what_a_search_of_the_whole_text_finds_when_quoted_terms_are_tried_at_opening_marks() {
        assertSameMatches(
                DocumentRules.QUOTED, text -> Wording.occurrences(text, DocumentRules.OPENING_QUOTES), 3, TOKENS);
    }

    @Test
    void should_find_what_a_search_of_the_whole_text_finds_when_editing_brackets_are_tried_at_their_bracket() {
        List<String> tokens = List.of(
                "[",
                "[",
                "]",
                "]",
                "ggf.",
                "anpassen",
                "insert",
                "option",
                "optional",
                "Alternative",
                "variante",
                "if applicable",
                "fill  in",
                "Optionen",
                "xanpassen",
                "Text",
                "Datum",
                "ı",
                "ſ",
                "İ",
                "\uD835\uDC00");
        assertSameMatches(
                DocumentRules.EDITING_BRACKET,
                text -> Wording.occurrences(text, DocumentRules.OPENING_BRACKET),
                4,
                tokens);
    }

    @Test
    void should_find_the_first_drafters_note_when_tried_where_the_lower_case_text_holds_a_beginning() {
        int compared = 0;
        int found = 0;
        for (String text : texts(5, 20_000)) {
            String lower = text.toLowerCase(Locale.ROOT);
            Matcher m = DocumentRules.DRAFTERS_NOTE.matcher(text);
            String expected = m.find() ? m.group() : null;
            if (!Wording.lowerFindsEveryMatch(text, lower)) {
                continue; // the rule searches the whole text
            }
            compared++;
            found += expected == null ? 0 : 1;
            assertThat(Wording.firstMatchAt(
                            DocumentRules.DRAFTERS_NOTE,
                            text,
                            Wording.occurrences(lower, DocumentRules.DRAFTERS_NOTE_BEGINNINGS)))
                    .as(text)
                    .isEqualTo(expected);
        }
        assertThat(compared).isGreaterThan(5_000);
        assertThat(found).isGreaterThan(500);
    }

    @Test
    void should_not_search_the_lower_case_text_when_a_character_matches_another_letter_case_insensitively() {
        for (String text : List.of("Bearbeitungshinweiſ", "Hınweis für den Verwender", "İ Note to draft")) {
            Matcher m = DocumentRules.DRAFTERS_NOTE.matcher(text);
            assertThat(m.find()).as(text).isTrue();
            assertThat(Wording.lowerFindsEveryMatch(text, text.toLowerCase(Locale.ROOT)))
                    .as(text)
                    .isFalse();
        }
    }

    @Test
    void should_cut_the_sentences_the_expressions_cut_when_cut_by_hand() {
        Pattern withSemicolon = Pattern.compile("(?<=[.!?;])\\s+");
        Pattern without = Pattern.compile("(?<=[.!?])\\s+");
        List<String> texts = new ArrayList<>(texts(6, 20_000));
        texts.addAll(List.of("", " ", ".", ". ", " . ", "a. b", "a.  ", "a.\n\nb! c? d; e", ". . .", "a;b; c"));
        for (String text : texts) {
            assertThat(Wording.sentences(text, true)).as(text).isEqualTo(Arrays.asList(withSemicolon.split(text)));
            assertThat(Wording.sentences(text, false)).as(text).isEqualTo(Arrays.asList(without.split(text)));
        }
    }

    @Test
    void should_collapse_white_space_as_the_expression_does_when_collapsed_by_hand() {
        List<String> texts = new ArrayList<>(texts(7, 20_000));
        texts.addAll(List.of("", " ", "a b", "a  b", "a\tb", " a ", "a\u00A0b"));
        for (String text : texts) {
            assertThat(Wording.collapseSpaces(text)).as(text).isEqualTo(text.replaceAll("\\s+", " "));
        }
    }
}
