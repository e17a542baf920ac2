/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferRegime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The UK and Swiss adequacy lists and the per-regime validity of transfer mechanisms, against the dated facts. */
class RegimeCatalogTest {

    private final Catalogs catalogs = Catalogs.standard();

    @Test
    void uk_us_data_bridge_starts_on_12_october_2023_and_is_partial() {
        AdequacyDecisionCatalog uk = catalogs.ukAdequacyRegulations();
        assertThat(uk.find(CountryCode.of("US"), LocalDate.of(2023, 10, 11))).isEmpty();
        AdequacyDecision bridge =
                uk.find(CountryCode.of("US"), LocalDate.of(2023, 10, 12)).orElseThrow();
        assertThat(bridge.scope()).isEqualTo(AdequacyScope.PARTIAL);
        assertThat(bridge.requiredAttribute()).contains("dpfUkExtension");
        assertThat(bridge.reference()).contains("SI 2023/1028");
    }

    @Test
    void uk_korea_regulations_apply_from_19_december_2022() {
        AdequacyDecisionCatalog uk = catalogs.ukAdequacyRegulations();
        assertThat(uk.find(CountryCode.of("KR"), LocalDate.of(2022, 12, 18))).isEmpty();
        assertThat(uk.find(CountryCode.of("KR"), LocalDate.of(2022, 12, 19))).isPresent();
        assertThat(uk.find(CountryCode.of("BR"), LocalDate.of(2026, 12, 3)))
                .as("Brazil has an EU decision but no UK regulations")
                .isEmpty();
    }

    @Test
    void swiss_list_has_the_us_only_from_15_september_2024_and_no_japan() {
        AdequacyDecisionCatalog ch = catalogs.swissAdequacy();
        assertThat(ch.find(CountryCode.of("US"), LocalDate.of(2024, 9, 14))).isEmpty();
        assertThat(ch.find(CountryCode.of("US"), LocalDate.of(2024, 9, 15)))
                .get()
                .extracting(AdequacyDecision::requiredAttribute)
                .isEqualTo(java.util.Optional.of("dpfSwissUs"));
        assertThat(ch.find(CountryCode.of("GB"), LocalDate.of(2026, 12, 3))).isPresent();
        assertThat(ch.find(CountryCode.of("JP"), LocalDate.of(2026, 12, 3))).isEmpty();
        assertThat(ch.all()).allSatisfy(d -> assertThat(d.source()).startsWith("https://"));
    }

    @Test
    void old_clauses_end_per_regime_and_say_what_ended_them() {
        TransferMechanismEntry old = catalogs.transferMechanisms().require(TransferMechanismType.SCC_2010_87);
        LocalDate mid2023 = LocalDate.of(2023, 6, 1);
        assertThat(old.isValid(TransferRegime.EU, mid2023)).isFalse();
        assertThat(old.isValid(TransferRegime.CH, mid2023)).isFalse();
        assertThat(old.isValid(TransferRegime.UK, mid2023)).isTrue();
        assertThat(old.isValid(TransferRegime.UK, LocalDate.of(2024, 3, 21))).isTrue();
        assertThat(old.isValid(TransferRegime.UK, LocalDate.of(2024, 3, 22))).isFalse();
        assertThat(old.validity(TransferRegime.UK).concludableUntil()).contains(LocalDate.of(2022, 9, 21));
        assertThat(old.endedBy().orElseThrow().get("en").orElseThrow()).contains("Art. 4(2) to (4)", "2021/914");
        assertThat(old.validity(TransferRegime.CH)
                        .endedBy()
                        .orElseThrow()
                        .get("en")
                        .orElseThrow())
                .contains("FDPIC");
    }

    @Test
    void judgments_that_ended_safe_harbor_and_privacy_shield_are_cited() {
        TransferMechanismCatalog m = catalogs.transferMechanisms();
        assertThat(m.require(TransferMechanismType.SAFE_HARBOR)
                        .endedBy()
                        .orElseThrow()
                        .get("en")
                        .orElseThrow())
                .contains("C-362/14");
        TransferMechanismEntry shield = m.require(TransferMechanismType.PRIVACY_SHIELD);
        assertThat(shield.endedBy().orElseThrow().get("de").orElseThrow()).contains("C-311/18");
        assertThat(shield.validity(TransferRegime.UK).endedBy()).isEqualTo(shield.endedBy());
        assertThat(m.require(TransferMechanismType.SCC_2021_914).endedBy()).isEmpty();
    }

    @Test
    void dpf_starts_per_regime() {
        TransferMechanismEntry dpf =
                catalogs.transferMechanisms().require(TransferMechanismType.EU_US_DATA_PRIVACY_FRAMEWORK);
        assertThat(dpf.isValid(TransferRegime.EU, LocalDate.of(2023, 7, 10))).isTrue();
        assertThat(dpf.isValid(TransferRegime.UK, LocalDate.of(2023, 7, 10))).isFalse();
        assertThat(dpf.isValid(TransferRegime.CH, LocalDate.of(2024, 9, 15))).isTrue();
        assertThat(dpf.isValid(TransferRegime.CH, LocalDate.of(2024, 9, 14))).isFalse();
    }
}
