/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.json.DpaJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The problems of a bad JSON document are printed in the language of {@code --lang}, all of each line. */
class JsonProblemsLanguageTest {

    /** The document of the German user's report, and a few more mistakes. */
    private static final String BAD = String.join(
            "\n",
            "{",
            "  \"id\": \"a\",",
            "  \"status\": \"FOO\",",
            "  \"language\": [\"de\"],",
            "  \"version\": 2,",
            "  \"effectiveDate\": \"2025-02-30\",",
            "  \"processor\": {\"address\": {\"country\": \"XX\"}},",
            "  \"title\": {\"de\": \"\"},",
            "  \"records\": null",
            "}",
            "");

    /** Words that are German as well as English, or names (ISO, JSON). */
    private static final Set<String> NEUTRAL = Set.of("iso", "alpha", "null", "json", "in", "schema");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @TempDir
    Path dir;

    @Test
    void should_print_the_problems_in_german_when_lang_is_de() throws Exception {
        // given
        Path file = write("bad.json", BAD);

        // when
        CliRun run = CliRun.run("validate", "--lang", "de", file.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines())
                .contains(
                        file + ": ungültige Vereinbarung, 8 Probleme:",
                        "  /status (Zeile 3, Spalte 13): Die Zeichenkette 'FOO' ist hier kein bekannter Wert;"
                                + " erwartet: einer von TEMPLATE, DRAFT, EXECUTED, IMPORTED",
                        "  / (Zeile 1, Spalte 1): Die Pflichteigenschaft 'schemaVersion' fehlt;"
                                + " erwartet: ein Wert für 'schemaVersion'",
                        "  /version (Zeile 5, Spalte 14): Die Zahl 2 ist hier nicht zulässig;"
                                + " erwartet: eine Zeichenkette");
        assertThat(run.errLines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("  /language (Zeile 4, Spalte 3): Unbekannte Eigenschaft 'language';"
                                + " meinten Sie 'languages'?; erwartet: eine der Eigenschaften assistance, "));
    }

    @Test
    void should_leave_no_english_word_in_the_problem_lines_when_lang_is_de() throws Exception {
        // given
        Path file = write("bad.json", BAD);
        Set<String> english = new HashSet<>();
        for (String line : problemLines(CliRun.run("validate", "--lang", "en", file.toString()))) {
            english.addAll(words(withoutIdentifiers(line)));
        }
        english.removeAll(NEUTRAL);

        // when
        List<String> german = problemLines(CliRun.run("validate", "--lang", "de", file.toString()));

        // then
        assertThat(english).contains("the", "is", "not", "expected", "line", "property", "string", "of");
        assertThat(german).hasSize(8);
        List<String> left = new ArrayList<>();
        for (String line : german) {
            for (String word : words(withoutIdentifiers(line))) {
                if (english.contains(word)) {
                    left.add(word + " in: " + line);
                }
            }
        }
        assertThat(left).isEmpty();
    }

    @Test
    void should_print_the_problems_in_english_as_before_when_lang_is_en() throws Exception {
        // given
        Path file = write("bad.json", BAD);

        // when
        CliRun run = CliRun.run("validate", "--lang", "en", file.toString());

        // then
        assertThat(run.errLines())
                .contains(
                        file + ": invalid agreement, 8 problems:",
                        "  /status (line 3, column 13): The string 'FOO' is not a known value here;"
                                + " expected: one of TEMPLATE, DRAFT, EXECUTED, IMPORTED",
                        "  /language (line 4, column 3): Unknown property 'language'; did you mean 'languages'?;"
                                + " expected: one of the properties assistance, audits, breachNotification,"
                                + " conclusion, confidentiality, controllerTerms, controllers, customClauses,"
                                + " dockingClause, effectiveDate, endOfProcessing, finalProvisions, form, id,"
                                + " instructions, instrument, languages, legalActReference, liability, mainContract,"
                                + " ownUse, placeholders, preamble, processing, processor, records, regime,"
                                + " schemaVersion, security, signatures, status, subprocessing, termination, title,"
                                + " transfers, version, versionDate",
                        "  / (line 1, column 1): The required property 'schemaVersion' is missing;"
                                + " expected: a value for 'schemaVersion'");
    }

    @Test
    void should_keep_the_machine_readable_problems_in_english_when_lang_is_de() throws Exception {
        // given
        Path file = write("bad.json", BAD);

        // when
        CliRun run = CliRun.run("validate", "--lang", "de", "--format", "json", file.toString());

        // then
        JsonNode problems = JsonOut.mapper()
                .readTree(run.out())
                .get("results")
                .get(0)
                .get("error")
                .get("problems");
        assertThat(problems.get(0).get("message").asString()).isEqualTo("The string 'FOO' is not a known value here");
        assertThat(problems.get(0).get("expected").asString()).isEqualTo("one of TEMPLATE, DRAFT, EXECUTED, IMPORTED");
    }

    // ---------------------------------------------------------------------------------------------

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The lines of stderr that each give one problem, without the file name and count above them. */
    private static List<String> problemLines(CliRun run) {
        return Arrays.stream(run.errLines()).filter(l -> l.startsWith("  ")).toList();
    }

    /**
     * A line without what it quotes from the document or the schema: quoted values, JSON pointers and
     * the schema's names of properties, types and values, which read the same in every language.
     */
    private static String withoutIdentifiers(String line) {
        String unquoted =
                line.replaceAll("'[^']*'", "").replaceAll("\"[^\"]*\"", "").replaceFirst("^\\s*/\\S*", "");
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
        JsonNode schema = JsonOut.mapper().readTree(DpaJson.schema());
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
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
