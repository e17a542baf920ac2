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
 * The clause-wording rules try their expressions only where a match can begin ({@link ClauseWording}, issue #14): on texts
 * made of the expressions' own words, inflections, quotation marks, white space of every kind and the characters
 * that case-insensitive matching reads as another letter, each finds what a search of the whole text finds, and the
 * hand-cut sentences are those of the expressions they replace.
 */
class ClauseWordingTest {

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
            List<List<String>> actual = ClauseWording.matchesAt(pattern, text, starts.apply(text)).stream()
                    .map(ClauseWordingTest::groups)
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
                DocumentRules.QUOTED, text -> ClauseWording.occurrences(text, DocumentRules.OPENING_QUOTES), 3, TOKENS);
    }

    @Test
    void should_read_the_quoted_terms_a_search_of_the_whole_text_finds_when_read_by_hand_at_opening_marks() {
        List<String> tokens = new ArrayList<>(TOKENS);
        for (int length : new int[] {1, 2, 3, 29, 58, 59, 60, 61, 62}) {
            tokens.add("x".repeat(length)); // terms at and around the 60 characters a term may hold
            tokens.add("\uD835\uDC00".repeat(length / 2)); // a supplementary letter counts once
        }
        tokens.addAll(List.of("\uD835", "\uDC00", "\"", "„", "“", "”", "‘", "’", "«", "»"));
        int matched = 0;
        for (String text : texts(11, 20_000, tokens)) {
            List<String> expected = new ArrayList<>();
            Matcher m = DocumentRules.QUOTED.matcher(text);
            while (m.find()) {
                expected.add(m.group(1));
            }
            assertThat(DocumentRules.quotedTerms(text, ClauseWording.occurrences(text, DocumentRules.OPENING_QUOTES)))
                    .as(text)
                    .isEqualTo(expected);
            matched += expected.isEmpty() ? 0 : 1;
        }
        assertThat(matched).as("texts with a quoted term").isGreaterThan(2_000);
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
                text -> ClauseWording.occurrences(text, DocumentRules.OPENING_BRACKET),
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
            if (!ClauseWording.lowerFindsEveryMatch(text, lower)) {
                continue; // the rule searches the whole text
            }
            compared++;
            found += expected == null ? 0 : 1;
            assertThat(ClauseWording.firstMatchAt(
                            DocumentRules.DRAFTERS_NOTE,
                            text,
                            ClauseWording.occurrences(lower, DocumentRules.DRAFTERS_NOTE_BEGINNINGS)))
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
            assertThat(ClauseWording.lowerFindsEveryMatch(text, text.toLowerCase(Locale.ROOT)))
                    .as(text)
                    .isFalse();
        }
    }

    /** Cue words in every case, with the characters that lower to another length or to an ASCII letter. */
    private static final List<String> CUE_TOKENS = List.of(
            "Hinweis",
            "HINWEIS",
            "h\u0130nweis",
            "hinwe\u0130s",
            "NOTE",
            "noTe",
            "Anm.",
            "ANMERKUNG",
            "Erläuterung",
            "ERLÄUTERUNG",
            "NTD",
            "Optional",
            "OPT\u0130ONAL",
            "optiona",
            "Schriftform",
            "SCHRIFT",
            "WRITTEN",
            "wr\u0130t",
            "Textform",
            "TEXT FORM",
            "E-Mail",
            "EMAIL",
            "per Mail",
            "by mail",
            "Sub",
            "SUB",
            "ſub",
            "Unterauftrag",
            "Unterauftragnehmer",
            "SUBAUFTRAGNEHMER",
            "ERLÄUTERUNG",
            "Detail",
            "rl",
            "UNTERAUFTRAG",
            "WEITERE",
            "Nachunternehmer",
            "Vertrag",
            "vertrag",
            "VERTRAG",
            "Vereinbarung",
            "Bedingungen",
            "Auftraggeber",
            "Auftragnehmer",
            "Kunde",
            "KUNDE",
            "\u212Aunde",
            "\u212AUNDE",
            "the",
            "The",
            "tHe",
            "\"",
            "„",
            "“",
            "”",
            "‘",
            "«",
            "»",
            "[",
            ":",
            "\u0130",
            "ı",
            "Σ",
            "\uD835\uDC00",
            "n",
            "t",
            "r",
            "x",
            "e",
            "h");

    /** Each cue of {@link ClauseWording} with its words and whether they are searched in lower case. */
    private static final List<Object[]> CUES = List.of(
            new Object[] {ClauseWording.DRAFTERS_NOTE_PARTS, DocumentRules.DRAFTERS_NOTE_PARTS, true},
            new Object[] {ClauseWording.OPTIONAL, List.of("ptional"), true},
            new Object[] {ClauseWording.BRACKET, List.of("["), false},
            new Object[] {ClauseWording.COLON, List.of(":"), false},
            new Object[] {ClauseWording.OPENING_QUOTE, DocumentRules.OPENING_QUOTES, false},
            new Object[] {ClauseWording.THE, List.of("the ", "The "), false},
            new Object[] {ClauseWording.GERMAN_TERM_PARTS, DocumentRules.GERMAN_TERM_PARTS, false},
            new Object[] {ClauseWording.FORM_PARTS, PartyRules.FORM_PARTS, true},
            new Object[] {ClauseWording.SUBPROCESSOR_PARTS, DocumentRules.SUBPROCESSOR_PARTS, true});

    @SuppressWarnings("unchecked")
    @Test
    void should_find_a_cue_word_where_a_search_of_the_text_or_its_lower_case_finds_it_when_found_in_one_pass() {
        int[] hits = new int[CUES.size()];
        for (String text : texts(8, 20_000, CUE_TOKENS)) {
            ClauseWording wording = new ClauseWording(text);
            String lower = text.toLowerCase(Locale.ROOT);
            for (int c = 0; c < CUES.size(); c++) {
                long mask = (long) CUES.get(c)[0];
                List<String> words = (List<String>) CUES.get(c)[1];
                boolean lowerCase = (boolean) CUES.get(c)[2];
                boolean expected = words.stream().anyMatch(w -> lowerCase ? lower.contains(w) : text.contains(w));
                assertThat(wording.hasAny(mask)).as(words + " in " + text).isEqualTo(expected);
                hits[c] += expected ? 1 : 0;
            }
        }
        assertThat(Arrays.stream(hits).min().orElse(0)).isGreaterThan(1_000);
    }

    @Test
    void should_find_the_same_cues_and_scan_the_same_when_the_cues_are_found_in_the_text_scan() {
        List<String> tokens = new java.util.ArrayList<>(CUE_TOKENS);
        tokens.addAll(List.of(
                "Anlage", "Annex", "Ziffer", "Clause", "§", "{", "[[", "TODO", "TBD", "Muster GmbH", "Acme Ltd", "AG"));
        int withCues = 0;
        for (String text : texts(9, 20_000, tokens)) {
            long cues = ClauseWording.cues(text);
            assertThat(new ClauseWording(text).hasAny(-1L)).isEqualTo(cues != 0);
            for (boolean withNames : new boolean[] {true, false}) {
                TextScan alone = TextScan.of(text, withNames);
                TextScan both = TextScan.of(text, withNames, true);
                assertThat(both.cues()).as("cues in %s", text).isEqualTo(cues);
                assertThat(alone.cues()).isZero();
                assertThat(both.annexWord()).as("annex word in %s", text).isEqualTo(alone.annexWord());
                assertThat(both.sectionWord()).as("section word in %s", text).isEqualTo(alone.sectionWord());
                assertThat(both.brace()).as("brace in %s", text).isEqualTo(alone.brace());
                assertThat(both.doubleBracket()).as("[[ in %s", text).isEqualTo(alone.doubleBracket());
                assertThat(both.markWord()).as("mark word in %s", text).isEqualTo(alone.markWord());
                if (withNames) {
                    assertThat(both.companyNames()).as("names in %s", text).isEqualTo(alone.companyNames());
                }
            }
            withCues += cues != 0 ? 1 : 0;
        }
        assertThat(withCues).isGreaterThan(10_000);
    }

    /** Each search of {@link ClauseWording} with its words and whether they are searched in lower case. */
    private static final List<Object[]> SEARCHES = List.of(
            new Object[] {ClauseWording.DRAFTERS_NOTE_WORDS, DocumentRules.DRAFTERS_NOTE_WORDS, true},
            new Object[] {ClauseWording.OPENING_QUOTES, DocumentRules.OPENING_QUOTES, false},
            new Object[] {ClauseWording.GERMAN_TERM_WORDS, DocumentRules.GERMAN_TERM_WORDS, false},
            new Object[] {ClauseWording.FORM_WORDS, PartyRules.FORM_WORDS, true},
            new Object[] {ClauseWording.FORM_REQUIREMENTS, PartyRules.FORM_REQUIREMENT_WORDS, true},
            new Object[] {ClauseWording.SUBPROCESSOR_VARIANTS, DocumentRules.SUBPROCESSOR_VARIANTS, true});

    @SuppressWarnings("unchecked")
    @Test
    void should_find_the_words_a_search_of_the_text_or_its_lower_case_finds_when_searched_only_after_their_cues() {
        List<String> tokens = new ArrayList<>(CUE_TOKENS);
        for (Object[] search : SEARCHES) {
            for (String word : (List<String>) search[1]) {
                tokens.add(word);
                tokens.add(word.toUpperCase(Locale.ROOT));
                tokens.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
                tokens.add(word.substring(0, word.length() / 2 + 1)); // a part of the word
            }
        }
        int[] found = new int[SEARCHES.size()];
        int[] missed = new int[SEARCHES.size()];
        for (String text : texts(10, 20_000, tokens)) {
            ClauseWording wording = new ClauseWording(text);
            String lower = text.toLowerCase(Locale.ROOT);
            for (int s = 0; s < SEARCHES.size(); s++) {
                ClauseWording.Search search = (ClauseWording.Search) SEARCHES.get(s)[0];
                List<String> words = (List<String>) SEARCHES.get(s)[1];
                String searched = (boolean) SEARCHES.get(s)[2] ? lower : text;
                boolean expected = words.stream().anyMatch(searched::contains);
                assertThat(wording.holdsAny(search)).as(words + " in " + text).isEqualTo(expected);
                assertThat(wording.occurrences(search))
                        .as(words + " in " + text)
                        .containsExactly(ClauseWording.occurrences(searched, words));
                found[s] += expected ? 1 : 0;
                missed[s] += expected ? 0 : 1;
            }
        }
        assertThat(Arrays.stream(found).min().orElse(0)).isGreaterThan(1_000);
        assertThat(Arrays.stream(missed).min().orElse(0)).isGreaterThan(1_000);
    }

    @Test
    void should_read_the_sub_processor_words_the_test_of_every_text_read_when_searched_after_their_cues() {
        List<String> tokens = new ArrayList<>(CUE_TOKENS);
        for (String word : DocumentRules.SUBPROCESSOR_TERMS) {
            tokens.add(word);
            tokens.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        for (String word : DocumentRules.SUBPROCESSOR_VARIANTS) {
            tokens.add(word);
            tokens.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            tokens.add(word.toUpperCase(Locale.ROOT));
        }
        tokens.addAll(List.of("SuBunternehmer", "sUBcontractor", "Weitere", "ub", "UB"));
        int[] seen = new int[4];
        for (String text : texts(13, 20_000, tokens)) {
            // what DOC_TERM_VARIANTS read before: a part of the words in lower case, then one of four as written
            String lower = text.toLowerCase(Locale.ROOT);
            boolean read = Text.containsAny(lower, DocumentRules.SUBPROCESSOR_WORD_PARTS)
                    && (text.contains("ub")
                            || text.contains("UB")
                            || text.contains("nterauftrag")
                            || text.contains("achunternehm"));
            boolean own = read && Text.containsAny(lower, DocumentRules.SUBPROCESSOR_TERMS);
            boolean other = read && Text.containsAny(lower, DocumentRules.SUBPROCESSOR_VARIANTS);
            for (boolean askOwnTerm : new boolean[] {true, false}) {
                int words = DocumentRules.subprocessorWords(text, new ClauseWording(text), askOwnTerm);
                assertThat((words & DocumentRules.OWN_TERM) != 0)
                        .as("own term in %s", text)
                        .isEqualTo(askOwnTerm && own);
                assertThat((words & DocumentRules.OTHER_WORD) != 0)
                        .as("other word in %s", text)
                        .isEqualTo(other);
            }
            seen[(own ? 1 : 0) + (other ? 2 : 0)]++;
        }
        assertThat(Arrays.stream(seen).min().orElse(0)).isGreaterThan(200);
    }

    @Test
    void should_refuse_a_search_for_a_word_without_a_cue_word() {
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() ->
                        ClauseWording.search(List.of("vertrag", "anlage"), ClauseWording.GERMAN_TERM_PARTS, false));
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> ClauseWording.search(List.of("vertrag"), ClauseWording.GERMAN_TERM_PARTS, true));
    }

    @Test
    void should_hold_a_part_in_each_word_when_a_rule_tests_a_part_first() {
        assertThat(DocumentRules.DRAFTERS_NOTE_WORDS)
                .allMatch(w -> DocumentRules.DRAFTERS_NOTE_PARTS.stream().anyMatch(w::contains));
        assertThat(DocumentRules.GERMAN_TERM_WORDS)
                .allMatch(w -> DocumentRules.GERMAN_TERM_PARTS.stream().anyMatch(w::contains));
        assertThat(PartyRules.FORM_WORDS)
                .allMatch(w -> PartyRules.FORM_PARTS.stream().anyMatch(w::contains));
        assertThat(DocumentRules.SUBPROCESSOR_VARIANTS)
                .allMatch(w -> DocumentRules.SUBPROCESSOR_PARTS.stream().anyMatch(w::contains));
    }

    @Test
    void should_lower_only_the_dotted_capital_i_and_the_kelvin_sign_to_ascii_when_not_ascii() {
        List<Integer> lowered = new ArrayList<>();
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            if (Character.toLowerCase((char) c) < 128) {
                lowered.add(c);
            }
        }
        assertThat(lowered).containsExactly(0x130, 0x212A);
    }

    @Test
    void should_cut_the_sentences_the_expressions_cut_when_cut_by_hand() {
        Pattern withSemicolon = Pattern.compile("(?<=[.!?;])\\s+");
        Pattern without = Pattern.compile("(?<=[.!?])\\s+");
        List<String> texts = new ArrayList<>(texts(6, 20_000));
        texts.addAll(List.of("", " ", ".", ". ", " . ", "a. b", "a.  ", "a.\n\nb! c? d; e", ". . .", "a;b; c"));
        for (String text : texts) {
            assertThat(ClauseWording.sentences(text, true))
                    .as(text)
                    .isEqualTo(Arrays.asList(withSemicolon.split(text)));
            assertThat(ClauseWording.sentences(text, false)).as(text).isEqualTo(Arrays.asList(without.split(text)));
        }
    }

    @Test
    void should_cut_the_sentences_holding_the_places_the_expressions_cut_when_cut_around_them_only() {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(texts(12, 20_000));
        texts.addAll(List.of("a", ".a", "a. b", "a.  b. c", "a.\n\nb! c? d; e", ". . x", "a;b; c", " a . b"));
        int cut = 0;
        for (String text : texts) {
            for (boolean semicolon : new boolean[] {true, false}) {
                // the sentences of the expression, each with its place in the text
                String[] pieces = Pattern.compile(semicolon ? "(?<=[.!?;])\\s+" : "(?<=[.!?])\\s+")
                        .split(text);
                int[] starts = new int[pieces.length];
                int from = 0;
                for (int p = 0; p < pieces.length; p++) {
                    starts[p] = text.indexOf(pieces[p], from);
                    from = starts[p] + pieces[p].length();
                }
                List<Integer> places = new ArrayList<>();
                List<String> expected = new ArrayList<>();
                for (int p = 0; p < pieces.length; p++) {
                    boolean holds = false;
                    for (int at = starts[p]; at < starts[p] + pieces[p].length(); at++) {
                        if (!ClauseWording.isSpace(text.charAt(at)) && random.nextInt(4) == 0) {
                            places.add(at);
                            holds = true;
                        }
                    }
                    if (holds) {
                        expected.add(pieces[p]);
                    }
                }
                int[] at = places.stream().mapToInt(Integer::intValue).toArray();
                assertThat(ClauseWording.sentencesAt(text, at, semicolon))
                        .as(text)
                        .isEqualTo(expected);
                cut += expected.size() > 1 ? 1 : 0;
            }
        }
        assertThat(cut).as("texts with places in two sentences or more").isGreaterThan(5_000);
    }

    @Test
    void should_give_the_words_of_a_name_the_expression_split_when_cut_by_hand() {
        List<String> tokens = new ArrayList<>(TOKENS);
        tokens.addAll(List.of(",", ".", "(", ")", "GmbH", "Ltd.", "Co.", "(Deutschland)", ", Inc."));
        int words = 0;
        for (String text : texts(15, 20_000, tokens)) {
            java.util.Set<String> expected =
                    new java.util.HashSet<>(List.of(DocumentRules.NAME_WORD_BREAK.split(text)));
            expected.remove("");
            java.util.Set<String> actual = new java.util.HashSet<>();
            DocumentRules.addNameWords(text, actual);
            assertThat(actual).as(text).isEqualTo(expected);
            words += expected.size();
        }
        assertThat(words).isGreaterThan(100_000);
    }

    @Test
    void should_hold_a_word_of_a_form_requirement_in_every_sentence_that_names_a_form() {
        List<String> tokens = new ArrayList<>(CUE_TOKENS);
        tokens.addAll(PartyRules.FORM_REQUIREMENT_WORDS);
        tokens.addAll(List.of("schrift", "Vorschriften", "writing", "in", "text", "form", "mail", "per", "by", "e-"));
        int named = 0;
        for (String text : texts(16, 20_000, tokens)) {
            String sentence = text.toLowerCase(Locale.ROOT);
            int required = PartyRules.formRequired(sentence);
            assertThat(required == 0 || Text.containsAny(sentence, PartyRules.FORM_REQUIREMENT_WORDS))
                    .as(sentence)
                    .isTrue();
            named += required == 0 ? 0 : 1;
        }
        assertThat(named).isGreaterThan(5_000);
    }

    @Test
    void should_collapse_white_space_as_the_expression_does_when_collapsed_by_hand() {
        List<String> texts = new ArrayList<>(texts(7, 20_000));
        texts.addAll(List.of("", " ", "a b", "a  b", "a\tb", " a ", "a\u00A0b"));
        for (String text : texts) {
            assertThat(ClauseWording.collapseSpaces(text)).as(text).isEqualTo(text.replaceAll("\\s+", " "));
        }
    }
}
