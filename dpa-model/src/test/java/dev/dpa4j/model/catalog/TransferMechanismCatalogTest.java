/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import static dev.dpa4j.model.TransferMechanismType.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.TransferMechanismType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransferMechanismCatalogTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final TransferMechanismCatalog mechanisms = Catalogs.standard().transferMechanisms();

    @Test
    void should_have_one_entry_per_mechanism_type_in_enum_order() {
        // then
        assertThat(mechanisms.all())
                .extracting(TransferMechanismEntry::code)
                .containsExactly(TransferMechanismType.values());
    }

    @ParameterizedTest
    @EnumSource(
            value = TransferMechanismType.class,
            names = {"SCC_2001_497", "SCC_2004_915", "SCC_2010_87"})
    void should_accept_old_sccs_until_27_december_2022_but_not_after(TransferMechanismType type) {
        // then
        assertThat(mechanisms.isValid(type, LocalDate.of(2022, 12, 27))).isTrue();
        assertThat(mechanisms.isValid(type, LocalDate.of(2022, 12, 28))).isFalse();
        assertThat(mechanisms.require(type).concludableUntil()).contains(LocalDate.of(2021, 9, 26));
        assertThat(mechanisms.require(type).isOutdated()).isTrue();
    }

    @Test
    void should_reject_safe_harbor_from_6_october_2015_and_privacy_shield_from_16_july_2020() {
        // then
        assertThat(mechanisms.isValid(SAFE_HARBOR, LocalDate.of(2015, 10, 5))).isTrue();
        assertThat(mechanisms.isValid(SAFE_HARBOR, LocalDate.of(2015, 10, 6))).isFalse();
        assertThat(mechanisms.isValid(PRIVACY_SHIELD, LocalDate.of(2020, 7, 15)))
                .isTrue();
        assertThat(mechanisms.isValid(PRIVACY_SHIELD, LocalDate.of(2020, 7, 16)))
                .isFalse();
    }

    @Test
    void should_accept_the_2021_sccs_and_the_dpf_only_from_their_start() {
        // then
        assertThat(mechanisms.isValid(SCC_2021_914, LocalDate.of(2021, 6, 26))).isFalse();
        assertThat(mechanisms.isValid(SCC_2021_914, LocalDate.of(2021, 6, 27))).isTrue();
        assertThat(mechanisms.isValid(EU_US_DATA_PRIVACY_FRAMEWORK, LocalDate.of(2023, 7, 9)))
                .isFalse();
        assertThat(mechanisms.isValid(EU_US_DATA_PRIVACY_FRAMEWORK, TODAY)).isTrue();
    }

    @Test
    void should_treat_every_current_mechanism_as_valid_today_and_every_outdated_one_as_invalid() {
        // then
        var outdated = Arrays.asList(SCC_2001_497, SCC_2004_915, SCC_2010_87, SAFE_HARBOR, PRIVACY_SHIELD);
        assertThat(mechanisms.all())
                .allSatisfy(entry -> assertThat(entry.isValid(TODAY))
                        .as(entry.code().name())
                        .isEqualTo(!outdated.contains(entry.code())));
    }

    @Test
    void should_cite_the_legal_basis_in_german_and_english_style() {
        // when
        var scc = mechanisms.require(SCC_2021_914);

        // then
        assertThat(scc.legalBasis().resolve(Locale.GERMAN)).isEqualTo("Art. 46 Abs. 2 lit. c DSGVO");
        assertThat(scc.legalBasis().resolve(Locale.ENGLISH)).isEqualTo("Art. 46(2)(c) GDPR");
        assertThat(scc.instrument()).contains("Implementing Decision (EU) 2021/914");
        assertThat(mechanisms.require(DEROGATION_ART_49).legalBasis().resolve(Locale.ENGLISH))
                .isEqualTo("Art. 49 GDPR");
    }
}
