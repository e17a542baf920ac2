/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.json.DpaJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Property-style tests: a diff of an agreement with itself is empty, and after applying generated edits the diff
 * lists exactly those edits (by kind and path). The seed comes from Instancio, which reports it when a run fails.
 */
@ExtendWith(InstancioExtension.class)
class AgreementDiffPropertyTest {

    private static final String[] COUNTRIES = {"US", "DE", "FR", "JP", "BR", "IN", "CH", "GB", "IE", "AT"};

    private final AgreementDiff diff = AgreementDiff.asOf(JomocoVersions.AS_OF);

    /** An expected change: its kind and path. */
    record Expected(ChangeKind kind, String path) {}

    /** One generated edit: applies itself to the builder state and says which change it must cause. */
    private interface Edit {
        Expected apply(State state, Random random, int n);
    }

    /** The agreement being edited, with the keys of sub-processors already touched so no two edits hit one. */
    private static final class State {
        DataProcessingAgreement agreement;
        final Set<String> touchedSubprocessors = new HashSet<>();

        State(DataProcessingAgreement agreement) {
            this.agreement = agreement;
        }

        List<Subprocessor> subprocessors() {
            return agreement
                    .getSubprocessing()
                    .map(SubprocessingTerms::getSubprocessors)
                    .orElse(List.of());
        }

        void subprocessors(List<Subprocessor> list) {
            agreement = agreement.toBuilder()
                    .subprocessing(agreement.getSubprocessing().orElseThrow().toBuilder()
                            .subprocessors(list)
                            .build())
                    .build();
        }

        ProcessingDescription processing() {
            return agreement
                    .getProcessing()
                    .orElseGet(() -> ProcessingDescription.builder().build());
        }
    }

    /**
     * A random, structurally valid agreement from the model's generator, with the Jomoco fixture's sub-processors and
     * measures added to whatever it generated, so that the edits find something to work on.
     */
    static DataProcessingAgreement base(long seed) {
        DataProcessingAgreement generated = AgreementGenerator.agreement(seed);
        DataProcessingAgreement jomoco = JomocoVersions.v1();
        SubprocessingTerms terms =
                generated
                        .getSubprocessing()
                        .orElseGet(() -> JomocoVersions.terms().build())
                        .toBuilder()
                        .addAllSubprocessors(
                                jomoco.getSubprocessing().orElseThrow().getSubprocessors())
                        .build();
        SecurityTerms security = generated
                .getSecurity()
                .orElseGet(() -> jomoco.getSecurity().orElseThrow().toBuilder()
                        .measures(List.of())
                        .build())
                .toBuilder()
                .addAllMeasures(jomoco.getSecurity().orElseThrow().getMeasures())
                .build();
        return generated.toBuilder().subprocessing(terms).security(security).build();
    }

    /** The path key the diff uses for a sub-processor: its id, else its name with its product. */
    private static String key(Subprocessor s) {
        return s.getId()
                .orElseGet(
                        () -> s.getProduct().map(p -> s.getName() + " / " + p).orElse(s.getName()));
    }

    /** A sub-processor that no other entry could be confused with, not yet touched; -1 if none. */
    private static int pickSubprocessor(State state, Random random) {
        List<Subprocessor> subs = state.subprocessors();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            Subprocessor s = subs.get(i);
            long sameName = subs.stream()
                    .filter(o -> Names.normalise(o.getName()).equals(Names.normalise(s.getName())))
                    .count();
            if (!state.touchedSubprocessors.contains(key(s)) && sameName == 1) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return -1;
        }
        int index = candidates.get(random.nextInt(candidates.size()));
        state.touchedSubprocessors.add(key(subs.get(index)));
        return index;
    }

    private static final List<Edit> EDITS = List.of(
            // add a sub-processor
            (state, random, n) -> {
                if (state.agreement.getSubprocessing().isEmpty()) {
                    return null;
                }
                Subprocessor added = Subprocessor.builder()
                        .id("generated-" + n)
                        .name("Generated Processor " + Long.toString(random.nextLong() & Long.MAX_VALUE, 36))
                        .country(CountryCode.of(COUNTRIES[random.nextInt(COUNTRIES.length)]))
                        .build();
                List<Subprocessor> subs = new ArrayList<>(state.subprocessors());
                subs.add(random.nextInt(subs.size() + 1), added);
                state.touchedSubprocessors.add(key(added));
                state.subprocessors(subs);
                return new Expected(ChangeKind.SUBPROCESSOR_ADDED, "subprocessing.subprocessors[generated-" + n + "]");
            },
            // change the country of a sub-processor
            (state, random, n) -> {
                int index = pickSubprocessor(state, random);
                if (index < 0) {
                    return null;
                }
                List<Subprocessor> subs = new ArrayList<>(state.subprocessors());
                Subprocessor s = subs.get(index);
                String country;
                do {
                    country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                } while (s.getCountry().map(CountryCode::getCode).orElse("").equals(country));
                subs.set(index, s.toBuilder().country(CountryCode.of(country)).build());
                state.subprocessors(subs);
                return new Expected(
                        ChangeKind.SUBPROCESSOR_COUNTRY_CHANGED, "subprocessing.subprocessors[" + key(s) + "].country");
            },
            // add a backup location to a sub-processor
            (state, random, n) -> {
                int index = pickSubprocessor(state, random);
                if (index < 0) {
                    return null;
                }
                List<Subprocessor> subs = new ArrayList<>(state.subprocessors());
                Subprocessor s = subs.get(index);
                String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                Location backup = Location.builder()
                        .kind(LocationKind.BACKUP)
                        .country(CountryCode.of(country))
                        .build();
                subs.set(index, s.toBuilder().addLocations(backup).build());
                state.subprocessors(subs);
                return new Expected(
                        ChangeKind.SUBPROCESSOR_LOCATION_ADDED,
                        "subprocessing.subprocessors[" + key(s) + "].locations[BACKUP:" + country + "]");
            },
            // remove a sub-processor
            (state, random, n) -> {
                int index = pickSubprocessor(state, random);
                if (index < 0) {
                    return null;
                }
                List<Subprocessor> subs = new ArrayList<>(state.subprocessors());
                Subprocessor removed = subs.remove(index);
                state.subprocessors(subs);
                return new Expected(
                        ChangeKind.SUBPROCESSOR_REMOVED, "subprocessing.subprocessors[" + key(removed) + "]");
            },
            // add a data category
            (state, random, n) -> {
                state.agreement = state.agreement.toBuilder()
                        .processing(state.processing().toBuilder()
                                .addDataCategories(DataCategory.builder()
                                        .id("generated-category-" + n)
                                        .name(LocalizedText.en("Generated category " + random.nextInt(1000)))
                                        .build())
                                .build())
                        .build();
                return new Expected(
                        ChangeKind.DATA_CATEGORY_ADDED, "processing.dataCategories[generated-category-" + n + "]");
            },
            // add a purpose
            (state, random, n) -> {
                state.agreement = state.agreement.toBuilder()
                        .processing(state.processing().toBuilder()
                                .addPurposes(Purpose.builder()
                                        .code("generated-purpose-" + n)
                                        .description(LocalizedText.en("Generated purpose " + random.nextInt(1000)))
                                        .build())
                                .build())
                        .build();
                return new Expected(ChangeKind.PURPOSE_ADDED, "processing.purposes[generated-purpose-" + n + "]");
            },
            // remove a measure that has an id
            (state, random, n) -> {
                List<TechnicalOrganisationalMeasure> measures = new ArrayList<>(state.agreement
                        .getSecurity()
                        .map(SecurityTerms::getMeasures)
                        .orElse(List.of()));
                List<Integer> withId = new ArrayList<>();
                for (int i = 0; i < measures.size(); i++) {
                    if (measures.get(i).getId().isPresent()) {
                        withId.add(i);
                    }
                }
                if (withId.isEmpty()) {
                    return null;
                }
                TechnicalOrganisationalMeasure removed =
                        measures.remove((int) withId.get(random.nextInt(withId.size())));
                state.agreement = state.agreement.toBuilder()
                        .security(state.agreement.getSecurity().orElseThrow().toBuilder()
                                .measures(measures)
                                .build())
                        .build();
                return new Expected(
                        ChangeKind.MEASURE_REMOVED,
                        "security.measures[" + removed.getId().orElseThrow() + "]");
            },
            // change the breach deadline
            (state, random, n) -> {
                if (state.agreement.getBreachNotification().isEmpty()) {
                    return null;
                }
                BreachNotificationTerms terms =
                        state.agreement.getBreachNotification().orElseThrow();
                int hours = terms.getDeadline()
                                .flatMap(TimeLimit::getPeriod)
                                .map(TimePeriod::getAmount)
                                .orElse(0)
                        + 1
                        + random.nextInt(48);
                state.agreement = state.agreement.toBuilder()
                        .breachNotification(terms.toBuilder()
                                .deadline(TimeLimit.builder()
                                        .period(TimePeriod.ofHours(hours))
                                        .build())
                                .build())
                        .build();
                return new Expected(ChangeKind.CLAUSE_PARAMETER_CHANGED, "breachNotification.deadline");
            });

    @RepeatedTest(50)
    void should_be_empty_when_an_agreement_is_compared_with_itself_or_its_json_copy() {
        // given
        DataProcessingAgreement a = base(Instancio.create(Long.class));
        DataProcessingAgreement copy = DpaJson.read(DpaJson.write(a));

        // when
        ChangeSet same = diff.diff(a, a);
        ChangeSet roundTrip = diff.diff(a, copy);

        // then
        assertThat(same.getChanges()).isEmpty();
        assertThat(roundTrip.getChanges()).isEmpty();
    }

    @RepeatedTest(100)
    void should_list_exactly_the_applied_edits_when_edits_are_generated() {
        // given
        long seed = Instancio.create(Long.class);
        Random random = new Random(seed);
        DataProcessingAgreement a = base(seed);
        State state = new State(a);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < EDITS.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int count = 1 + random.nextInt(EDITS.size());
        List<Expected> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Expected e = EDITS.get(order.get(i)).apply(state, random, i);
            if (e != null) {
                expected.add(e);
            }
        }
        DataProcessingAgreement b = state.agreement;

        // when
        ChangeSet changes = diff.diff(a, b);

        // then
        assertThat(changes.getChanges())
                .extracting(c -> new Expected(c.getKind(), c.getPath()))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(diff.diff(b, b).getChanges()).isEmpty();
    }
}
