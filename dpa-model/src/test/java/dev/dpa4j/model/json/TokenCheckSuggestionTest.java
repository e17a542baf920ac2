/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bounded suggestion for a misspelt property name (issue #13: fuzz throughput) gives exactly the
 * suggestions of the unbounded measurement it replaced, kept here as the reference.
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
            assertThat(bounded).as("name '%s'", name).isEqualTo(reference(name, PROPERTIES));
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

    /** The measurement before issue #13's change: every candidate, the full table. */
    private static String reference(String name, List<String> properties) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : properties) {
            int distance = unbounded(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(1, name.length() / 4) ? "; did you mean '" + best + "'?" : "";
    }

    private static int unbounded(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
