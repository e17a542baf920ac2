/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.catalog.AdequacyDecision;
import dev.dpa4j.model.catalog.Catalogs;
import dev.dpa4j.model.catalog.Country;
import dev.dpa4j.model.catalog.ValidityPeriod;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.ValidationThresholds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link TransferRules.CountryFacts}, which the transfer rules of a run read from {@link RunMemo#country} instead of
 * asking the catalogue for every place, answers what the catalogue look-ups ({@link TransferRules#isEea},
 * {@link TransferRules#adequacy}, {@link TransferRules#fullyAdequate}, {@link TransferRules#needsMechanism}) answer,
 * for every assigned country code on the days where the catalogue's answers change (issue #14).
 */
class CountryFactsTest {

    /** Every assigned ISO code, those the catalogue lists and those it does not. */
    private static List<CountryCode> codes() {
        List<CountryCode> codes = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "" + a + b;
                if (CountryCode.isValid(code)) {
                    codes.add(CountryCode.of(code));
                }
            }
        }
        return codes;
    }

    /** Fixed days and the day before, of and after every start and end of a membership or an adequacy decision. */
    private static List<LocalDate> days() {
        TreeSet<LocalDate> days = new TreeSet<>(List.of(
                LocalDate.of(1990, 1, 1),
                LocalDate.of(2016, 7, 1),
                LocalDate.of(2020, 6, 1),
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2023, 7, 10),
                LocalDate.of(2026, 11, 23),
                LocalDate.of(2040, 1, 1)));
        List<ValidityPeriod> periods = new ArrayList<>();
        for (Country country : Catalogs.standard().countries().all()) {
            periods.addAll(country.euMembership());
            periods.addAll(country.eeaEftaMembership());
        }
        for (AdequacyDecision decision : Catalogs.standard().adequacyDecisions().all()) {
            periods.add(decision.validity());
        }
        for (ValidityPeriod period : periods) {
            for (Optional<LocalDate> edge : List.of(period.from(), period.until())) {
                edge.ifPresent(day -> {
                    days.add(day.minusDays(1));
                    days.add(day);
                    days.add(day.plusDays(1));
                });
            }
        }
        return List.copyOf(days);
    }

    @Test
    void should_answer_what_the_catalogue_look_ups_answer_for_every_country_and_every_day_where_they_change() {
        List<CountryCode> codes = codes();
        List<LocalDate> days = days();
        assertThat(codes).hasSizeGreaterThan(240);
        assertThat(days).hasSizeGreaterThan(50);
        int eea = 0;
        int full = 0;
        int partial = 0;
        int needs = 0;
        for (LocalDate day : days) {
            for (CountryCode code : codes) {
                TransferRules.CountryFacts facts = TransferRules.CountryFacts.of(code, day);
                String what = code + " on " + day;
                assertThat(facts.eea()).as(what).isEqualTo(TransferRules.isEea(code, day));
                assertThat(Optional.ofNullable(facts.adequacy())).as(what).isEqualTo(TransferRules.adequacy(code, day));
                assertThat(facts.fullyAdequate()).as(what).isEqualTo(TransferRules.fullyAdequate(code, day));
                boolean needsMechanism = TransferRules.needsMechanism(
                        new TransferRules.Place(Optional.of(code), "", LocationKind.PROCESSING), day);
                assertThat(facts.needsMechanism()).as(what).isEqualTo(needsMechanism);
                eea += facts.eea() ? 1 : 0;
                full += facts.fullyAdequate() ? 1 : 0;
                partial += facts.adequacy() != null && !facts.fullyAdequate() ? 1 : 0;
                needs += needsMechanism ? 1 : 0;
            }
        }
        // every kind of answer occurs, so no comparison is of a constant
        assertThat(eea).isPositive();
        assertThat(full).isPositive();
        assertThat(partial).isPositive();
        assertThat(needs).isPositive().isLessThan(codes.size() * days.size());
    }

    @Test
    void should_look_each_country_up_once_per_run_at_the_date_of_the_run() {
        LocalDate day = LocalDate.of(2019, 6, 1); // the United Kingdom still in the EU
        DefaultRuleContext context = new DefaultRuleContext(
                DpaJson.read(ScaledAgreements.example("examples/jomoco-avv-de.json")),
                day,
                Profile.EXECUTED,
                ValidationThresholds.DEFAULTS,
                null);
        CountryCode uk = CountryCode.of("GB");
        TransferRules.CountryFacts facts = RunMemo.of(context).country(uk);
        assertThat(facts).isEqualTo(TransferRules.CountryFacts.of(uk, day));
        assertThat(facts.eea()).isTrue();
        assertThat(RunMemo.of(context).country(uk)).isSameAs(facts);
        DefaultRuleContext later = new DefaultRuleContext(
                context.agreement(), LocalDate.of(2026, 11, 23), Profile.EXECUTED, ValidationThresholds.DEFAULTS, null);
        assertThat(RunMemo.of(later).country(uk).eea()).isFalse();
    }
}
