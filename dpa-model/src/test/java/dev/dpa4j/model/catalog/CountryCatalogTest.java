/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.CountryCode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCatalogTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final CountryCatalog countries = Catalogs.standard().countries();

    private static CountryCode c(String code) {
        return CountryCode.of(code);
    }

    @Test
    void should_list_all_249_iso_codes_in_code_order_when_loaded() {
        // when
        var codes = countries.all().stream().map(Country::code).toList();

        // then
        assertThat(codes).hasSize(249).isSorted().doesNotHaveDuplicates();
        assertThat(codes.get(0)).isEqualTo(c("AD"));
        assertThat(codes.get(248)).isEqualTo(c("ZW"));
    }

    @Test
    void should_have_27_eu_and_30_eea_member_states_when_asked_for_today() {
        // when
        var eu = countries.euMemberStates(TODAY);
        var eea = countries.eeaMemberStates(TODAY);

        // then
        assertThat(eu)
                .hasSize(27)
                .extracting(CountryCode::getCode)
                .containsExactly(
                        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
                        "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
        assertThat(eea).hasSize(30).containsAll(eu).contains(c("IS"), c("LI"), c("NO"));
    }

    @Test
    void should_count_28_eu_member_states_when_asked_for_a_day_before_brexit() {
        // when
        var eu = countries.euMemberStates(LocalDate.of(2020, 1, 31));

        // then
        assertThat(eu).hasSize(28).contains(c("GB"));
        assertThat(countries.euMemberStates(LocalDate.of(2020, 2, 1)))
                .hasSize(27)
                .doesNotContain(c("GB"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GF", "GP", "MQ", "RE", "YT", "MF", "AX"})
    void should_treat_territory_as_eu_when_it_is_an_outermost_region_or_aland(String code) {
        // then
        assertThat(countries.isEu(c(code), TODAY)).isTrue();
        assertThat(countries.isEea(c(code), TODAY)).isTrue();
        assertThat(countries.euMemberStates(TODAY)).doesNotContain(c(code));
        assertThat(countries.euTerritories(TODAY)).contains(c(code));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GL", "FO", "PF", "NC", "WF", "PM", "BL", "TF", "AW", "CW", "SX", "BQ", "CH", "GB", "GI", "SJ", "BV",
                "GG", "JE", "IM", "MC", "SM", "VA", "AD", "US"
            })
    void should_treat_territory_as_outside_the_eea_when_it_is_an_oct_or_third_country(String code) {
        // then
        assertThat(countries.isEu(c(code), TODAY)).isFalse();
        assertThat(countries.isEea(c(code), TODAY)).isFalse();
    }

    @Test
    void should_answer_membership_as_of_the_day_when_status_changed() {
        // then: Croatia joined on 1 July 2013
        assertThat(countries.isEu(c("HR"), LocalDate.of(2013, 6, 30))).isFalse();
        assertThat(countries.isEu(c("HR"), LocalDate.of(2013, 7, 1))).isTrue();
        // Saint-Barthélemy left on 1 January 2012
        assertThat(countries.isEu(c("BL"), LocalDate.of(2011, 12, 31))).isTrue();
        assertThat(countries.isEu(c("BL"), LocalDate.of(2012, 1, 1))).isFalse();
        // Mayotte joined as an outermost region on 1 January 2014
        assertThat(countries.isEu(c("YT"), LocalDate.of(2013, 12, 31))).isFalse();
        assertThat(countries.isEu(c("YT"), LocalDate.of(2014, 1, 1))).isTrue();
        // Greenland left on 1 February 1985
        assertThat(countries.isEu(c("GL"), LocalDate.of(1985, 1, 31))).isTrue();
        assertThat(countries.isEu(c("GL"), LocalDate.of(1985, 2, 1))).isFalse();
        // Liechtenstein joined the EEA on 1 May 1995, after Iceland and Norway
        assertThat(countries.isEea(c("LI"), LocalDate.of(1995, 4, 30))).isFalse();
        assertThat(countries.isEea(c("LI"), LocalDate.of(1995, 5, 1))).isTrue();
        assertThat(countries.isEea(c("NO"), LocalDate.of(1994, 1, 1))).isTrue();
        assertThat(countries.isEu(c("NO"), TODAY)).isFalse();
    }

    @Test
    void should_name_the_state_a_territory_belongs_to_when_it_matters_for_membership() {
        // then
        assertThat(countries.require(c("GF")).partOf()).contains(c("FR"));
        assertThat(countries.require(c("AX")).partOf()).contains(c("FI"));
        assertThat(countries.require(c("GL")).partOf()).contains(c("DK"));
        assertThat(countries.require(c("CW")).partOf()).contains(c("NL"));
        assertThat(countries.require(c("DE")).partOf()).isEmpty();
    }

    @Test
    void should_give_german_and_english_names_when_asked_with_an_explicit_locale() {
        // given
        Country germany = countries.require(c("DE"));

        // then
        assertThat(germany.label(Locale.GERMAN)).isEqualTo("Deutschland");
        assertThat(germany.label(Locale.ENGLISH)).isEqualTo("Germany");
        assertThat(germany.label(Locale.forLanguageTag("de-AT"))).isEqualTo("Deutschland");
        assertThat(countries.require(c("CH")).label(Locale.GERMAN)).isEqualTo("Schweiz");
    }

    @Test
    void should_give_every_country_non_blank_german_and_english_names() {
        // then
        assertThat(countries.all()).allSatisfy(country -> {
            assertThat(country.labels().get("de")).get().asString().isNotBlank();
            assertThat(country.labels().get("en")).get().asString().isNotBlank();
        });
    }

    @Test
    void should_fail_with_the_code_when_a_code_is_required_but_absent_from_a_catalogue() {
        // given
        var adequacy = Catalogs.standard().adequacyDecisions();

        // then
        assertThatThrownBy(() -> adequacy.require("xx"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("'xx'");
    }

    @Test
    void should_return_the_same_instance_when_standard_is_called_twice() {
        // then
        assertThat(Catalogs.standard()).isSameAs(Catalogs.standard());
    }
}
