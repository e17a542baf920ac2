/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bounded suggestion for a misspelt property name (issue #13: fuzz throughput) gives exactly the
 * suggestions of the unbounded measurement it replaced, which {@link SchemaCheck} (the independent check) still uses.
 */
class TokenCheckSuggestionTest {

    /** Names of the model, short and long, with shared prefixes and near neighbours. */
    private static final List<String> PROPERTIES = List.of(
            "schemaVersion",
            "id",
            "version",
            "title",
            "languages",
            "controllers",
            "processor",
            "processing",
            "instructions",
            "security",
            "subprocessing",
            "subprocessors",
            "breachNotification",
            "customClauses",
            "signatures",
            "name",
            "names",
            "note",
            "notes",
            "url",
            "email",
            "phone",
            "listUrl",
            "measuresUrl",
            "dataProtectionOfficer",
            "euRepresentative",
            "categoryObjectives",
            "endOfProcessing",
            "auditRights",
            "a",
            "ab");

    private static final String ALPHABET = "abcdeilmnoprstuvyzABCDIINOPRSTUV_-0123456789İıßẞ\u00e9\u0130";

    @Test
    void should_suggest_what_the_unbounded_measurement_suggests_for_random_misspellings() {
        // given: mutations of real names (0 to 5 edits, case changes included) and random strings
        Random random = new Random(20261203L);
        List<String> lower =
                PROPERTIES.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        int suggested = 0;
        for (int n = 0; n < 20_000; n++) {
            String name = n % 5 == 0
                    ? randomString(random)
                    : mutate(PROPERTIES.get(random.nextInt(PROPERTIES.size())), random);

            // when
            String bounded = TokenCheck.suggestion(name, PROPERTIES, lower);

            // then
            assertThat(bounded).as("name '%s'", name).isEqualTo(SchemaCheck.suggestion(name, PROPERTIES));
            if (!bounded.isEmpty()) {
                suggested++;
            }
        }
        // both kinds of answer occur often, so the comparison is not vacuous
        assertThat(suggested).isBetween(4_000, 16_000);
    }

    @Test
    void should_suggest_the_first_of_equally_close_names_and_nothing_beyond_the_limit() {
        List<String> names = List.of("note", "name", "notes");
        List<String> lower = names;

        assertThat(TokenCheck.suggestion("nome", names, lower)).isEqualTo("; did you mean 'note'?");
        assertThat(TokenCheck.suggestion("NAME", names, lower)).isEqualTo("; did you mean 'name'?");
        assertThat(TokenCheck.suggestion("ntoes", names, lower)).isEqualTo("; did you mean 'notes'?");
        assertThat(TokenCheck.suggestion("xyzw", names, lower)).isEmpty();
        assertThat(TokenCheck.suggestion("n".repeat(65), names, lower)).isEmpty();
    }

    @Test
    void should_measure_exactly_within_the_bound_and_above_it_beyond() {
        assertThat(TokenCheck.distance("abcdef", "abdcef", 5)).isEqualTo(1); // transposition
        assertThat(TokenCheck.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(TokenCheck.distance("kitten", "sitting", 2)).isGreaterThan(2);
        assertThat(TokenCheck.distance("same", "same", 0)).isZero();
        assertThat(TokenCheck.distance("same", "sane", 0)).isGreaterThan(0);
    }

    private static String mutate(String name, Random random) {
        StringBuilder s = new StringBuilder(name);
        int edits = random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> {
                    if (s.length() > 0) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
                case 3 -> {
                    if (at + 1 < s.length()) {
                        char c = s.charAt(at);
                        s.setCharAt(at, s.charAt(at + 1));
                        s.setCharAt(at + 1, c);
                    }
                }
                default -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, Character.toUpperCase(s.charAt(at)));
                    }
                }
            }
        }
        return s.toString();
    }

    private static String randomString(Random random) {
        int length = random.nextInt(random.nextBoolean() ? 8 : 80);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
