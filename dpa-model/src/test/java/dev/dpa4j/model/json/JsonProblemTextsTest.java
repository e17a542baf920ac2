/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static dev.dpa4j.model.json.DpaJsonStrictReadingTest.doc;
import static dev.dpa4j.model.json.DpaJsonStrictReadingTest.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.json.JsonProblem.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The kinds of JSON problems and their wordings in English and German. */
class JsonProblemTextsTest {

    /** Wrong in many ways at once: together with {@link #MORE} it raises most kinds of problem. */
    static final String BAD = doc(
            "{",
            "  \"schemaVersion\": \"2.0\",",
            "  \"status\": \"FOO\",",
            "  \"language\": [\"de\"],",
            "  \"languages\": [\"de\", \"de\", \"EN\"],",
            "  \"title\": {\"de\": \"\", \"EN\": \"x\"},",
            "  \"preamble\": {},",
            "  \"processor\": {\"address\": {\"country\": \"XX\"}},",
            "  \"effectiveDate\": \"2025-13-01\",",
            "  \"version\": 5,",
            "  \"version\": \"6\",",
            "  \"records\": null,",
            "  \"zzzzzzzzzzzz\": 1,",
            "  \"audits\": {\"fee\": {\"amount\": -1, \"currency\": \"eur\"},",
            "             \"frequencyLimit\": {\"amount\": 3000000000, \"unit\": \"YEARS\"}},",
            "  \"processing\": {\"locations\": [{}]},",
            "  \"security\": {\"reviewInterval\": {\"amount\": 1e999999999999, \"unit\": \"YEARS\"},",
            "               \"categoryObjectives\": {\"NOPE\": \"x\"}},",
            "  \"assistance\": {\"articles\": [\"ART_32\", \"ART_32\"]},",
            "  \"subprocessing\": {\"subprocessors\": [{\"name\": \"A\", \"locations\": 7}]}",
            "}");

    static final String MORE = doc("{\"schemaVersion\": \"1.0\", \"id\": \"a\"} x");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @Test
    void should_word_every_kind_in_english_and_german_when_the_wordings_are_loaded() {
        // given
        Set<String> english = ProblemTexts.ENGLISH.keys();
        Set<String> german = ProblemTexts.GERMAN.keys();

        // when
        List<String> missing = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (String key : List.of(kind + ".message", kind + ".expected")) {
                if (!english.contains(key)) {
                    missing.add("en " + key);
                }
                if (!german.contains(key)) {
                    missing.add("de " + key);
                }
            }
        }

        // then
        assertThat(missing).as("kinds without a wording").isEmpty();
        assertThat(new TreeSet<>(german)).as("the same keys in both languages").isEqualTo(new TreeSet<>(english));
    }

    @Test
    void should_give_each_problem_a_kind_and_its_arguments_when_a_document_is_wrong() {
        // when
        List<JsonProblem> problems = problems(BAD);

        // then
        assertThat(problems).extracting(JsonProblem::kind).doesNotContain(Kind.OTHER);
        JsonProblem unknown = find(problems, Kind.UNKNOWN_PROPERTY, "/language");
        assertThat(unknown.arguments().subList(0, 2)).containsExactly("language", "languages");
        assertThat(unknown.arguments().get(2)).startsWith("assistance, audits, ");
        JsonProblem status = find(problems, Kind.UNKNOWN_VALUE, "/status");
        assertThat(status.arguments())
                .containsExactly("string", "FOO", "TEMPLATE, DRAFT, EXECUTED, IMPORTED", "/$defs/AgreementStatus");
        assertThat(find(problems, Kind.MISSING_PROPERTY, "").arguments()).containsExactly("id");
        assertThat(find(problems, Kind.WRONG_TYPE, "/version").arguments())
                .containsExactly("number", "5", "/properties/version");
    }

    @Test
    void should_word_the_english_texts_from_the_kind_and_arguments_when_a_problem_is_made() {
        // given
        List<JsonProblem> problems = new ArrayList<>(problems(BAD));
        problems.addAll(problems(MORE));

        // then: the English wording of kind and arguments is the problem's own text, unchanged
        for (JsonProblem problem : problems) {
            assertThat(problem.message(Locale.ENGLISH)).isEqualTo(problem.message());
            assertThat(problem.expected(Locale.UK)).isEqualTo(problem.expected());
            Kind kind = problem.kind();
            int at = ProblemTexts.schemaLocation(kind);
            CompiledSchema.Node node =
                    at < 0 ? null : DpaJson.schemaNode(problem.arguments().get(at));
            assertThat(ProblemTexts.ENGLISH.message(kind, problem.arguments())).isEqualTo(problem.message());
            assertThat(ProblemTexts.ENGLISH.expected(kind, problem.arguments(), node))
                    .isEqualTo(problem.expected());
        }
        assertThat(find(problems, Kind.UNKNOWN_PROPERTY, "/language").message())
                .isEqualTo("Unknown property 'language'; did you mean 'languages'?");
        assertThat(find(problems, Kind.UNKNOWN_VALUE, "/status").expected())
                .isEqualTo("one of TEMPLATE, DRAFT, EXECUTED, IMPORTED");
    }

    @Test
    void should_word_every_message_in_one_style_in_both_languages_when_the_bad_documents_are_read() {
        // given: the problems of the bad documents, one of each kind, and the kinds these documents do not raise
        List<JsonProblem> problems = new ArrayList<>(problems(BAD));
        problems.addAll(problems(MORE));
        problems.addAll(problems("{\"schemaVersion\": \"1.0\", \"id\": \"a\", }"));
        List<List<Object>> others = List.of(
                List.of(Kind.TOO_MANY_PROBLEMS, List.of("7", "50")),
                List.of(Kind.TOO_SMALL, List.of("-1", "0")),
                List.of(Kind.TOO_LARGE, List.of("9", "8")),
                List.of(Kind.LIMIT, List.of("too deep")),
                List.of(Kind.DOCUMENT_TOO_LONG, List.of("20", "10")),
                List.of(Kind.EMPTY_DOCUMENT, List.of()),
                List.of(Kind.NOT_UTF8, List.of()),
                List.of(Kind.NOT_BOUND, List.of()),
                List.of(Kind.MODEL_RULE, List.of("ids must be unique")),
                List.of(Kind.WRONG_CONSTANT, List.of("null", "null", "x")));

        // when
        List<String> messages = new ArrayList<>();
        for (JsonProblem p : problems) {
            messages.add(p.message(Locale.ENGLISH));
            messages.add(p.message(Locale.GERMAN));
        }
        for (List<Object> other : others) {
            Kind kind = (Kind) other.get(0);
            @SuppressWarnings("unchecked")
            List<String> args = (List<String>) other.get(1);
            messages.add(ProblemTexts.ENGLISH.message(kind, args));
            messages.add(ProblemTexts.GERMAN.message(kind, args));
        }

        // then: a capital first letter, also before a value, and no full stop at the end
        assertThat(messages)
                .hasSizeGreaterThan(30)
                .allSatisfy(m -> assertThat(Character.isUpperCase(m.codePointAt(0)))
                        .as("begins with a capital letter: %s", m)
                        .isTrue())
                .allSatisfy(m -> assertThat(m).as("ends without a full stop").doesNotEndWith("."));
        assertThat(messages)
                .contains(
                        "The string 'FOO' is not a known value here",
                        "Die Zeichenkette 'FOO' ist hier kein bekannter Wert",
                        "Another 7 problems were found but are not listed",
                        "The number -1 is too small")
                .anyMatch(m -> m.startsWith("Malformed JSON (the parser reports: "))
                .anyMatch(m -> m.startsWith("Fehlerhaftes JSON (Meldung des Parsers: "));
    }

    @Test
    void should_cover_most_kinds_when_the_bad_documents_are_read() {
        // given
        List<JsonProblem> problems = new ArrayList<>(problems(BAD));
        problems.addAll(problems(MORE));

        // when
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        problems.forEach(p -> seen.add(p.kind()));

        // then: the others are raised by other tests' documents or cannot arise from this schema
        assertThat(EnumSet.complementOf(EnumSet.copyOf(seen)))
                .containsExactlyInAnyOrder(
                        Kind.OTHER,
                        Kind.EMPTY_DOCUMENT,
                        Kind.NOT_UTF8,
                        Kind.SYNTAX,
                        Kind.LIMIT,
                        Kind.DOCUMENT_TOO_LONG,
                        Kind.WRONG_CONSTANT,
                        Kind.MODEL_RULE,
                        Kind.NOT_BOUND,
                        Kind.TOO_MANY_PROBLEMS);
    }

    @Test
    void should_word_problems_in_german_when_the_locale_is_german() {
        // when
        List<JsonProblem> problems = problems(BAD);

        // then
        JsonProblem unknown = find(problems, Kind.UNKNOWN_PROPERTY, "/language");
        assertThat(unknown.message(Locale.GERMAN))
                .isEqualTo("Unbekannte Eigenschaft 'language'; meinten Sie 'languages'?");
        assertThat(unknown.expected(Locale.GERMANY)).startsWith("eine der Eigenschaften assistance, audits, ");
        JsonProblem status = find(problems, Kind.UNKNOWN_VALUE, "/status");
        assertThat(status.message(Locale.GERMAN)).isEqualTo("Die Zeichenkette 'FOO' ist hier kein bekannter Wert");
        assertThat(status.expected(Locale.GERMAN)).isEqualTo("einer von TEMPLATE, DRAFT, EXECUTED, IMPORTED");
        JsonProblem missing = find(problems, Kind.MISSING_PROPERTY, "");
        assertThat(missing.message(Locale.GERMAN)).isEqualTo("Die Pflichteigenschaft 'id' fehlt");
        assertThat(missing.expected(Locale.GERMAN)).isEqualTo("ein Wert für 'id'");
        assertThat(find(problems, Kind.WRONG_TYPE, "/version").expected(Locale.GERMAN))
                .isEqualTo("eine Zeichenkette");
        assertThat(find(problems, Kind.UNKNOWN_VALUE, "/processor/address/country")
                        .expected(Locale.GERMAN))
                .isEqualTo("Ländercode nach ISO 3166-1 Alpha-2 (einer von 249 im Schema aufgeführten Werten)");
        assertThat(find(problems, Kind.NULL_VALUE, "/records").expected(Locale.GERMAN))
                .startsWith("ein Objekt vom Typ RecordsTerms mit den Feldern ");
    }

    @Test
    void should_leave_no_english_word_when_problems_are_worded_in_german() {
        // given
        List<JsonProblem> problems = new ArrayList<>(problems(BAD));
        problems.addAll(problems(MORE));
        Set<String> english = englishWords();

        // when
        List<String> left = new ArrayList<>();
        for (JsonProblem problem : problems) {
            String line = problem.message(Locale.GERMAN) + "; erwartet: " + problem.expected(Locale.GERMAN);
            for (String word : words(withoutIdentifiers(line))) {
                if (english.contains(word.toLowerCase(Locale.ROOT))) {
                    left.add(word + " in: " + line);
                }
            }
        }

        // then
        assertThat(english).contains("the", "is", "not", "value", "property", "of", "allowed");
        assertThat(left).isEmpty();
    }

    @Test
    void should_word_in_english_when_the_locale_is_neither_german_nor_english() {
        // given
        JsonProblem status = find(problems(BAD), Kind.UNKNOWN_VALUE, "/status");

        // then
        assertThat(status.message(Locale.FRENCH)).isEqualTo(status.message());
        assertThat(status.expected(Locale.ROOT)).isEqualTo(status.expected());
        assertThat(status.message(Locale.forLanguageTag("de-AT"))).isNotEqualTo(status.message());
    }

    @Test
    void should_keep_the_given_texts_in_every_language_when_a_problem_has_no_kind() {
        // given
        JsonProblem plain = new JsonProblem("/a", 1, 2, "Something is off", "something else");
        JsonProblem short_ = new JsonProblem("/a", 1, 2, "m", "e", Kind.MISSING_PROPERTY, List.of());
        JsonProblem unknownSchema =
                new JsonProblem("/a", 1, 2, "m", "e", Kind.WRONG_TYPE, List.of("number", "5", "/nowhere"));

        // then
        assertThat(plain.kind()).isEqualTo(Kind.OTHER);
        assertThat(plain.arguments()).isEmpty();
        assertThat(plain.message(Locale.GERMAN)).isEqualTo("Something is off");
        assertThat(plain.expected(Locale.GERMAN)).isEqualTo("something else");
        assertThat(short_.message(Locale.GERMAN)).isEqualTo("m");
        assertThat(unknownSchema.message(Locale.GERMAN)).isEqualTo("Die Zahl 5 ist hier nicht zulässig");
        assertThat(unknownSchema.expected(Locale.GERMAN)).isEqualTo("e");
    }

    @Test
    void should_word_the_kinds_no_document_of_this_schema_raises_when_given_their_arguments() {
        // then
        assertThat(ProblemTexts.GERMAN.message(Kind.WRONG_CONSTANT, List.of("boolean", "true", "x")))
                .isEqualTo("Der Wert true ist hier nicht zulässig");
        assertThat(ProblemTexts.ENGLISH.message(Kind.WRONG_CONSTANT, List.of("boolean", "true", "x")))
                .isEqualTo("The value true is not allowed here");
        assertThat(ProblemTexts.GERMAN.expected(Kind.WRONG_CONSTANT, List.of("boolean", "true", "x"), null))
                .isEqualTo("\"x\"");
        assertThat(ProblemTexts.GERMAN.message(Kind.NOT_BOUND, List.of()))
                .isEqualTo("Das Dokument konnte nicht auf das Modell abgebildet werden");
        assertThat(ProblemTexts.GERMAN.message(Kind.TOO_MANY_PROBLEMS, List.of("7", "200")))
                .isEqualTo("Weitere 7 Probleme wurden gefunden, aber nicht aufgeführt");
        assertThat(ProblemTexts.GERMAN.expected(Kind.LIMIT, List.of("x"), null))
                .isEqualTo("ein Dokument innerhalb der Grenzen (Schachtelungstiefe 100, Dokumentlänge 10485760,"
                        + " 1000000 Token, Zeichenketten bis 1000000 Zeichen, Namen bis 1000 Zeichen,"
                        + " Zahlen bis 100 Ziffern)");
    }

    @Test
    void should_fill_arguments_and_quotes_when_a_pattern_is_split() {
        // then
        assertThat(ProblemTexts.split("k", "the string ''{0}'' and {1}"))
                .containsExactly("the string '", 0, "' and ", 1);
        assertThat(ProblemTexts.GERMAN.get("UNKNOWN_PROPERTY.message.suggestion", "a", "b"))
                .isEqualTo("Unbekannte Eigenschaft 'a'; meinten Sie 'b'?");
    }

    @Test
    void should_refuse_a_pattern_when_it_has_a_lone_quote_or_brace() {
        // then
        assertThatThrownBy(() -> ProblemTexts.split("k", "it's")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ProblemTexts.split("k", "{x}")).isInstanceOf(IllegalStateException.class);
    }

    // ---------------------------------------------------------------------------------------------

    private static JsonProblem find(List<JsonProblem> problems, Kind kind, String pointer) {
        return problems.stream()
                .filter(p -> p.kind() == kind && p.pointer().equals(pointer))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " at '" + pointer + "' in " + problems));
    }

    /** The words of the English wordings that the German ones do not use ("JSON", "null", "ISO" are both). */
    private static Set<String> englishWords() {
        Set<String> english = new HashSet<>();
        Set<String> german = new HashSet<>();
        for (String key : ProblemTexts.ENGLISH.keys()) {
            english.addAll(lower(words(ProblemTexts.ENGLISH.get(key, "", "", "", "", "", ""))));
            german.addAll(lower(words(ProblemTexts.GERMAN.get(key, "", "", "", "", "", ""))));
        }
        english.removeAll(german);
        return english;
    }

    /**
     * The line without what is quoted from the document or the schema: quoted values and the schema's
     * names of properties, types and values, which are the same in every language.
     */
    static String withoutIdentifiers(String line) {
        String unquoted = line.replaceAll("'[^']*'", "").replaceAll("\"[^\"]*\"", "");
        Set<String> identifiers = identifiers();
        StringBuilder kept = new StringBuilder();
        Matcher word = Pattern.compile("[\\p{L}\\p{N}_$]+").matcher(unquoted);
        int end = 0;
        while (word.find()) {
            kept.append(unquoted.substring(end, word.start()));
            if (!identifiers.contains(word.group())) {
                kept.append(word.group());
            }
            end = word.end();
        }
        return kept.append(unquoted.substring(end)).toString();
    }

    private static Set<String> identifiers() {
        JsonNode schema = JsonMapper.builder().build().readTree(DpaJson.schema());
        Set<String> names = new HashSet<>();
        collect(schema, names);
        schema.path("$defs").propertyNames().forEach(names::add);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.path("properties").propertyNames().forEach(names::add);
            node.path("enum").forEach(value -> names.add(value.asString()));
            node.forEach(child -> collect(child, names));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, names));
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
