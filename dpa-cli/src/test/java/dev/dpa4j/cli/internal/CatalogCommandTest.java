/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.catalog.Catalogs;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CatalogCommandTest {

    @Test
    void should_list_every_country_with_membership_as_of_today_when_format_is_json() {
        // when
        CliRun run = CliRun.run("catalog", "countries", "--format", "json");

        // then
        assertThat(run.exitCode()).isZero();
        JsonNode countries = JsonOut.mapper().readTree(run.out());
        assertThat(countries).hasSize(Catalogs.standard().countries().size());
        JsonNode germany = null;
        JsonNode switzerland = null;
        for (JsonNode c : countries) {
            if (c.get("code").asString().equals("DE")) {
                germany = c;
            } else if (c.get("code").asString().equals("CH")) {
                switzerland = c;
            }
        }
        assertThat(germany).isNotNull();
        assertThat(germany.get("eu").asBoolean()).isTrue();
        assertThat(switzerland).isNotNull();
        assertThat(switzerland.get("eea").asBoolean()).isFalse();
    }

    @Test
    void should_judge_membership_at_the_given_date_when_as_of_is_given() {
        // when: the United Kingdom left the EU on 31 January 2020
        JsonNode before = find(CliRun.run("catalog", "countries", "--format", "json", "--as-of", "2019-06-01"), "GB");
        JsonNode after = find(CliRun.run("catalog", "countries", "--format", "json", "--as-of", "2021-06-01"), "GB");

        // then
        assertThat(before.get("eu").asBoolean()).isTrue();
        assertThat(after.get("eu").asBoolean()).isFalse();
    }

    @Test
    void should_print_a_german_table_when_lang_is_de() {
        // when
        CliRun run = CliRun.run("catalog", "adequacy", "--lang", "de");

        // then
        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).startsWith("Code").contains("Bezeichnung", "In Kraft");
        assertThat(lines[1]).matches("[- ]+");
        assertThat(lines).hasSize(Catalogs.standard().adequacyDecisions().size() + 2);
        assertThat(run.out()).contains("Schweiz");
    }

    @Test
    void should_mark_mechanisms_valid_on_the_as_of_date() {
        // when
        JsonNode shield2019 = find(
                CliRun.run("catalog", "transfer-mechanisms", "--format", "json", "--as-of", "2019-01-01"),
                "PRIVACY_SHIELD");
        JsonNode shieldToday = find(CliRun.run("catalog", "transfer-mechanisms", "--format", "json"), "PRIVACY_SHIELD");

        // then
        assertThat(shield2019.get("valid").asBoolean()).isTrue();
        assertThat(shieldToday.get("valid").asBoolean()).isFalse();
        assertThat(LocalDate.parse("2020-07-16")).isBefore(LocalDate.of(2026, 3, 1));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "measures,measures",
        "data-categories,dataCategories",
        "data-subjects,dataSubjects"
    })
    void should_list_every_entry_of_a_starter_catalogue_when_format_is_json(String name, String accessor)
            throws Exception {
        // given
        Catalogs catalogs = Catalogs.standard();
        int expected = ((dev.dpa4j.model.catalog.Catalog<?, ?>)
                        Catalogs.class.getMethod(accessor).invoke(catalogs))
                .size();

        // when
        CliRun json = CliRun.run("catalog", name, "--format", "json", "--lang", "de");
        CliRun text = CliRun.run("catalog", name);

        // then
        assertThat(json.exitCode()).isZero();
        assertThat(JsonOut.mapper().readTree(json.out()))
                .hasSize(expected)
                .allSatisfy(e -> assertThat(e.get("name").asString()).isNotBlank());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out().split("\n")).hasSize(expected + 2);
    }

    @Test
    void should_reject_an_unknown_catalogue_in_one_line() {
        // when
        CliRun run = CliRun.run("catalog", "planets");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.err()).contains("planets", "transfer-mechanisms");
    }

    private static JsonNode find(CliRun run, String code) {
        assertThat(run.exitCode()).isZero();
        for (JsonNode entry : JsonOut.mapper().readTree(run.out())) {
            if (entry.get("code").asString().equals(code)) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + code + " in " + run.out());
    }
}
