/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.root;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.TransferMechanismType;
import java.time.LocalDate;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** Properties that must hold for any day; the extension prints the seed of a failing run. */
@ExtendWith(InstancioExtension.class)
class CatalogPropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(1950, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2040, 12, 31);

    private final Catalogs catalogs = Catalogs.standard();

    private static LocalDate anyDay() {
        return Instancio.of(LocalDate.class)
                .generate(root(), gen -> gen.temporal().localDate().range(FIRST, LAST))
                .create();
    }

    @RepeatedTest(25)
    void should_keep_eu_within_eea_and_member_states_within_territories_on_any_day() {
        // given
        LocalDate day = anyDay();
        var countries = catalogs.countries();

        // when
        var euStates = countries.euMemberStates(day);
        var eeaStates = countries.eeaMemberStates(day);

        // then
        assertThat(countries.eeaTerritories(day)).containsAll(countries.euTerritories(day));
        assertThat(countries.euTerritories(day)).containsAll(euStates);
        assertThat(eeaStates).containsAll(euStates);
        if (day.isBefore(LocalDate.of(1958, 1, 1))) {
            assertThat(euStates)
                    .as("no member states before the Treaty of Rome, on %s", day)
                    .isEmpty();
        } else {
            assertThat(euStates.size()).as("EU member states on %s", day).isBetween(6, 28);
        }
        assertThat(eeaStates.size() - euStates.size())
                .as("EEA-EFTA states on %s", day)
                .isBetween(0, 3);
    }

    @RepeatedTest(25)
    void should_return_only_decisions_in_force_for_the_asked_country_on_any_day() {
        // given
        LocalDate day = anyDay();
        CountryCode country = Instancio.of(CountryCode.class)
                .generate(
                        root(),
                        gen -> gen.oneOf(catalogs.countries().all().stream()
                                .map(Country::code)
                                .toList()))
                .create();

        // when
        var decision = catalogs.adequacyDecisions().find(country, day);

        // then
        decision.ifPresent(found -> {
            assertThat(found.country()).contains(country);
            assertThat(found.validity().contains(day)).isTrue();
        });
        assertThat(catalogs.adequacyDecisions().inForce(day))
                .allSatisfy(d -> assertThat(d.isInForce(day)).isTrue());
        if (catalogs.countries().isEea(country, day)) {
            assertThat(decision)
                    .as("no adequacy decision for EEA territory %s on %s", country, day)
                    .isEmpty();
        }
    }

    @RepeatedTest(25)
    void should_never_count_an_outdated_mechanism_as_valid_after_its_end() {
        // given
        LocalDate day = anyDay();
        TransferMechanismType type = Instancio.create(TransferMechanismType.class);

        // when
        var entry = catalogs.transferMechanisms().require(type);

        // then
        entry.validity().until().ifPresent(end -> {
            if (day.isAfter(end)) {
                assertThat(entry.isValid(day)).isFalse();
            }
        });
        assertThat(catalogs.transferMechanisms().isValid(type, day))
                .isEqualTo(entry.validity().contains(day));
    }
}
