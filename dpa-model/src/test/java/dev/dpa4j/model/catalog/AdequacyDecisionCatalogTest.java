/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.CountryCode;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdequacyDecisionCatalogTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final AdequacyDecisionCatalog adequacy = Catalogs.standard().adequacyDecisions();

    private static CountryCode c(String code) {
        return CountryCode.of(code);
    }

    @Test
    void should_hold_17_decisions_in_force_when_asked_for_november_2026() {
        // when
        var inForce = adequacy.inForce(TODAY);

        // then
        assertThat(inForce)
                .extracting(AdequacyDecision::code)
                .containsExactlyInAnyOrder(
                        "ch", "ca", "ar", "gg", "im", "je", "fo", "ad", "il", "uy", "nz", "jp", "gb-2025", "kr",
                        "us-dpf", "epo", "br");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CH", "AR", "GG", "IM", "JE", "AD", "UY", "NZ", "GB", "BR"})
    void should_find_a_full_decision_when_the_country_is_adequate_as_a_whole(String code) {
        // when
        var decision = adequacy.find(c(code), TODAY);

        // then
        assertThat(decision).get().extracting(AdequacyDecision::scope).isEqualTo(AdequacyScope.FULL);
    }

    @Test
    void should_find_the_dpf_decision_as_partial_when_asked_for_the_us_from_10_july_2023() {
        // when
        var decision = adequacy.find(c("US"), LocalDate.of(2023, 7, 10)).orElseThrow();

        // then
        assertThat(decision.code()).isEqualTo("us-dpf");
        assertThat(decision.reference()).isEqualTo("Implementing Decision (EU) 2023/1795");
        assertThat(decision.scope()).isEqualTo(AdequacyScope.PARTIAL);
        assertThat(decision.requiredAttribute()).contains("dpfCertified");
        assertThat(decision.scopeNote()).isPresent();
        assertThat(adequacy.find(c("US"), TODAY)).contains(decision);
    }

    @Test
    void should_find_no_us_decision_when_asked_for_the_gap_between_privacy_shield_and_dpf() {
        // then
        assertThat(adequacy.find(c("US"), LocalDate.of(2020, 7, 16))).isEmpty();
        assertThat(adequacy.find(c("US"), LocalDate.of(2023, 7, 9))).isEmpty();
        assertThat(adequacy.find(c("US"), LocalDate.of(2020, 7, 15)))
                .get()
                .extracting(AdequacyDecision::code)
                .isEqualTo("us-privacy-shield");
        assertThat(adequacy.find(c("US"), LocalDate.of(2015, 10, 6))).isEmpty();
        assertThat(adequacy.find(c("US"), LocalDate.of(2015, 10, 5)))
                .get()
                .extracting(AdequacyDecision::code)
                .isEqualTo("us-safe-harbor");
    }

    @Test
    void should_find_brazil_only_from_the_day_of_its_decision() {
        // then
        assertThat(adequacy.find(c("BR"), LocalDate.of(2026, 1, 25))).isEmpty();
        assertThat(adequacy.find(c("BR"), LocalDate.of(2026, 1, 26)))
                .get()
                .extracting(AdequacyDecision::reference)
                .isEqualTo("Implementing Decision (EU) 2026/179");
    }

    @Test
    void should_switch_from_the_2021_to_the_renewed_uk_decision_without_gap() {
        // then
        assertThat(adequacy.find(c("GB"), LocalDate.of(2021, 6, 27))).isEmpty();
        assertThat(adequacy.find(c("GB"), LocalDate.of(2021, 6, 28)))
                .get()
                .extracting(AdequacyDecision::code)
                .isEqualTo("gb-2021");
        assertThat(adequacy.find(c("GB"), LocalDate.of(2025, 12, 27)))
                .get()
                .extracting(AdequacyDecision::code)
                .isEqualTo("gb-2021");
        assertThat(adequacy.find(c("GB"), LocalDate.of(2025, 12, 28)))
                .get()
                .extracting(AdequacyDecision::code)
                .isEqualTo("gb-2025");
        assertThat(adequacy.find(c("GB"), LocalDate.of(2031, 12, 27))).isPresent();
        assertThat(adequacy.find(c("GB"), LocalDate.of(2031, 12, 28))).isEmpty();
        assertThat(adequacy.history(c("GB"))).extracting(AdequacyDecision::code).containsExactly("gb-2021", "gb-2025");
    }

    @Test
    void should_mark_canada_japan_korea_israel_and_faroe_as_partial_with_the_attribute_to_check() {
        // then
        assertThat(adequacy.find(c("CA"), TODAY).orElseThrow().requiredAttribute())
                .contains("pipedaCovered");
        assertThat(adequacy.find(c("JP"), TODAY).orElseThrow().requiredAttribute())
                .contains("appiBusinessOperator");
        assertThat(adequacy.find(c("KR"), TODAY).orElseThrow().requiredAttribute())
                .contains("pipaCoveredNotExcludedSector");
        assertThat(adequacy.find(c("IL"), TODAY).orElseThrow().requiredAttribute())
                .contains("automatedProcessing");
    }

    @Test
    void should_find_nothing_when_the_country_has_no_decision_or_the_date_precedes_it() {
        // then
        assertThat(adequacy.find(c("IN"), TODAY)).isEmpty();
        assertThat(adequacy.find(c("CN"), TODAY)).isEmpty();
        assertThat(adequacy.find(c("GI"), TODAY)).isEmpty();
        assertThat(adequacy.find(c("KR"), LocalDate.of(2021, 12, 16))).isEmpty();
        assertThat(adequacy.find(c("JP"), LocalDate.of(2019, 1, 22))).isEmpty();
    }

    @Test
    void should_hold_the_european_patent_organisation_without_a_country() {
        // when
        var epo = adequacy.require("epo");

        // then
        assertThat(epo.country()).isEmpty();
        assertThat(epo.label(Locale.ENGLISH)).isEqualTo("European Patent Organisation");
        assertThat(epo.adopted()).isEqualTo(LocalDate.of(2025, 7, 15));
    }

    @Test
    void should_explain_why_every_ended_decision_ended() {
        // then
        assertThat(adequacy.all())
                .filteredOn(decision -> !decision.isInForce(TODAY))
                .isNotEmpty()
                .allSatisfy(decision -> assertThat(decision.endReason()).isPresent());
    }

    @Test
    void should_cite_every_decision_with_a_source_and_not_start_before_its_adoption() {
        // then
        assertThat(adequacy.all()).allSatisfy(decision -> {
            assertThat(decision.source()).startsWith("https://");
            assertThat(decision.validity().from().orElseThrow()).isAfterOrEqualTo(decision.adopted());
        });
    }
}
