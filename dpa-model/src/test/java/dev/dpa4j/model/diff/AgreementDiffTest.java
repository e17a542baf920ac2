/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import static dev.dpa4j.model.diff.ChangeClass.AUTHORISATION_REQUIRED;
import static dev.dpa4j.model.diff.ChangeClass.EDITORIAL;
import static dev.dpa4j.model.diff.ChangeClass.LOWERS_PROTECTION;
import static dev.dpa4j.model.diff.ChangeClass.NOTICE_REQUIRED;
import static dev.dpa4j.model.diff.JomocoVersions.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataProtectionOfficer;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.Person;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementDiffTest {

    private final AgreementDiff diff = AgreementDiff.asOf(JomocoVersions.AS_OF);

    @Test
    void should_report_every_change_with_its_classes_when_jomoco_version_changes() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();
        DataProcessingAgreement v2 = JomocoVersions.v2();

        // when
        ChangeSet changes = diff.diff(v1, v2);

        // then
        assertThat(changes.getChanges())
                .extracting(Change::getKind, Change::getPath, Change::getClasses)
                .containsExactly(
                        tuple(
                                ChangeKind.CLAUSE_PARAMETER_CHANGED,
                                "breachNotification.deadline",
                                Set.of(LOWERS_PROTECTION)),
                        tuple(
                                ChangeKind.MEASURE_CHANGED,
                                "security.measures[tom-encryption]",
                                Set.of(NOTICE_REQUIRED, LOWERS_PROTECTION)),
                        tuple(
                                ChangeKind.SUBPROCESSOR_RENAMED,
                                "subprocessing.subprocessors[Mailgun Technologies, Inc.].name",
                                Set.of(EDITORIAL)),
                        tuple(
                                ChangeKind.SUBPROCESSOR_LOCATION_MOVED,
                                "subprocessing.subprocessors[hubspot].locations[STORAGE:US]",
                                Set.of(NOTICE_REQUIRED, LOWERS_PROTECTION)),
                        tuple(
                                ChangeKind.SUBPROCESSOR_ADDED,
                                "subprocessing.subprocessors[instantly]",
                                Set.of(NOTICE_REQUIRED, LOWERS_PROTECTION)),
                        tuple(
                                ChangeKind.SUBPROCESSOR_REMOVED,
                                "subprocessing.subprocessors[pipedrive]",
                                Set.of(EDITORIAL)));
        assertThat(changes.getChanges())
                .extracting(
                        c -> c.getOldValue().orElse(null), c -> c.getNewValue().orElse(null))
                .containsExactly(
                        tuple(
                                TimeLimit.builder()
                                        .period(TimePeriod.ofHours(24))
                                        .build(),
                                TimeLimit.builder()
                                        .period(TimePeriod.ofHours(48))
                                        .build()),
                        tuple(
                                JomocoVersions.encryption(
                                        "AES-256", ProtectionGoal.CONFIDENTIALITY, ProtectionGoal.INTEGRITY),
                                JomocoVersions.encryption("AES-128", ProtectionGoal.CONFIDENTIALITY)),
                        tuple("Mailgun Technologies Inc.", "Mailgun Technologies, Inc."),
                        tuple(at("DE", LocationKind.STORAGE), at("US", LocationKind.STORAGE)),
                        tuple(null, JomocoVersions.instantly()),
                        tuple(JomocoVersions.pipedrive(), null));
        assertThat(changes.getOldVersion()).contains("1.0");
        assertThat(changes.getNewVersionDate()).contains(LocalDate.of(2026, 3, 1));
        assertThat(changes.needsControllerAttention()).isTrue();
    }

    @Test
    void should_be_empty_when_both_versions_are_the_same() {
        // given
        DataProcessingAgreement v2 = JomocoVersions.v2();

        // when
        ChangeSet changes = diff.diff(v2, v2);

        // then
        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.needsControllerAttention()).isFalse();
    }

    @Test
    void should_give_the_same_result_when_lists_are_reordered() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();
        DataProcessingAgreement v2 = JomocoVersions.v2();
        List<Subprocessor> reversed =
                new ArrayList<>(v2.getSubprocessing().orElseThrow().getSubprocessors());
        Collections.reverse(reversed);
        DataProcessingAgreement v2Reordered = v2.toBuilder()
                .subprocessing(v2.getSubprocessing().orElseThrow().toBuilder()
                        .subprocessors(reversed)
                        .build())
                .build();

        // when
        ChangeSet first = diff.diff(v1, v2);
        ChangeSet second = diff.diff(v1, v2Reordered);

        // then
        assertThat(second).isEqualTo(first);
        assertThat(second.toJson()).isEqualTo(first.toJson());
    }

    @Test
    void should_require_authorisation_instead_of_notice_when_authorisation_is_specific() {
        // given
        DataProcessingAgreement v1 = withAuthorisation(JomocoVersions.v1(), AuthorisationType.SPECIFIC);
        DataProcessingAgreement v2 = withAuthorisation(JomocoVersions.v2(), AuthorisationType.SPECIFIC);

        // when
        ChangeSet changes = diff.diff(v1, v2);

        // then
        assertThat(changes.getChanges())
                .filteredOn(c -> c.getKind() == ChangeKind.SUBPROCESSOR_ADDED)
                .singleElement()
                .extracting(Change::getClasses)
                .isEqualTo(Set.of(AUTHORISATION_REQUIRED, LOWERS_PROTECTION));
        assertThat(changes.withClass(NOTICE_REQUIRED))
                .extracting(Change::getKind)
                .containsExactly(ChangeKind.MEASURE_CHANGED);
    }

    @Test
    void should_report_remove_and_add_when_same_name_entries_are_ambiguous() {
        // given
        Subprocessor linkedInA = linkedIn("LinkedIn Business");
        Subprocessor linkedInB = linkedIn("LinkedIn Campaign Manager");
        DataProcessingAgreement v1 = withSubprocessors(linkedInA, linkedInB);
        DataProcessingAgreement v2 = withSubprocessors(linkedIn("LinkedIn Pages"), linkedIn("LinkedIn Ads"));

        // when
        ChangeSet changes = diff.diff(v1, v2);

        // then
        assertThat(changes.getChanges())
                .extracting(Change::getKind)
                .containsExactlyInAnyOrder(
                        ChangeKind.SUBPROCESSOR_REMOVED,
                        ChangeKind.SUBPROCESSOR_REMOVED,
                        ChangeKind.SUBPROCESSOR_ADDED,
                        ChangeKind.SUBPROCESSOR_ADDED);
    }

    @Test
    void should_match_by_legal_name_when_only_the_product_changed() {
        // given
        DataProcessingAgreement v1 = withSubprocessors(linkedIn("LinkedIn Business"), JomocoVersions.hetzner());
        DataProcessingAgreement v2 = withSubprocessors(JomocoVersions.hetzner(), linkedIn("LinkedIn Pages"));

        // when
        ChangeSet changes = diff.diff(v1, v2);

        // then
        assertThat(changes.getChanges())
                .extracting(Change::getKind, Change::getPath, Change::getClasses)
                .containsExactly(tuple(
                        ChangeKind.SUBPROCESSOR_PRODUCT_CHANGED,
                        "subprocessing.subprocessors[LinkedIn Ireland Unlimited Company / LinkedIn Pages].product",
                        Set.of(NOTICE_REQUIRED)));
    }

    @Test
    void should_match_by_normalised_name_when_legal_form_and_case_differ() {
        // given
        Subprocessor old = Subprocessor.builder()
                .name("CleverReach GmbH & Co. KG")
                .country(CountryCode.of("DE"))
                .build();
        Subprocessor renamed = old.toBuilder().name("Cleverreach GmbH").build();

        // when
        ChangeSet changes = diff.diff(withSubprocessors(old), withSubprocessors(renamed));

        // then
        assertThat(changes.getChanges())
                .extracting(Change::getKind, Change::getClasses)
                .containsExactly(tuple(ChangeKind.SUBPROCESSOR_RENAMED, Set.of(EDITORIAL)));
    }

    @Test
    void should_not_match_by_name_when_both_ids_differ() {
        // given
        Subprocessor old = JomocoVersions.hetzner();
        Subprocessor other = old.toBuilder().id("hetzner-2").build();

        // when
        ChangeSet changes = diff.diff(withSubprocessors(old), withSubprocessors(other));

        // then
        assertThat(changes.getChanges())
                .extracting(Change::getKind)
                .containsExactly(ChangeKind.SUBPROCESSOR_ADDED, ChangeKind.SUBPROCESSOR_REMOVED);
    }

    @Test
    void should_classify_processing_changes_when_categories_purposes_and_locations_change() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();
        DataProcessingAgreement v2 = v1.toBuilder()
                .processing(v1.getProcessing().orElseThrow().toBuilder()
                        .addDataCategories(DataCategory.builder()
                                .id("health")
                                .name(LocalizedText.de("Gesundheitsdaten"))
                                .specialCategory(SpecialCategory.HEALTH)
                                .build())
                        .dataSubjects(List.of())
                        .addLocations(at("US", LocationKind.REMOTE_ACCESS))
                        .build())
                .build();

        // when
        ChangeSet changes = diff.diff(v1, v2);

        // then
        assertThat(changes.getChanges())
                .extracting(Change::getKind, Change::getPath, Change::getClasses)
                .containsExactly(
                        tuple(
                                ChangeKind.DATA_CATEGORY_ADDED,
                                "processing.dataCategories[health]",
                                Set.of(AUTHORISATION_REQUIRED)),
                        tuple(ChangeKind.DATA_SUBJECT_REMOVED, "processing.dataSubjects[customers]", Set.of(EDITORIAL)),
                        tuple(
                                ChangeKind.PROCESSING_LOCATION_ADDED,
                                "processing.locations[REMOTE_ACCESS:US]",
                                Set.of(AUTHORISATION_REQUIRED, LOWERS_PROTECTION)));
    }

    @Test
    void should_flag_a_shorter_objection_period_and_a_weaker_authorisation_as_lowering_protection() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();
        DataProcessingAgreement v2 = v1.toBuilder()
                .subprocessing(v1.getSubprocessing().orElseThrow().toBuilder()
                        .objectionPeriod(TimeLimit.builder()
                                .period(TimePeriod.of(5, PeriodUnit.BUSINESS_DAYS))
                                .build())
                        .noticePeriod(TimeLimit.builder()
                                .period(TimePeriod.of(2, PeriodUnit.MONTHS))
                                .build())
                        .build())
                .build();
        DataProcessingAgreement specific = withAuthorisation(v1, AuthorisationType.SPECIFIC);

        // when
        ChangeSet periods = diff.diff(v1, v2);
        ChangeSet weaker = diff.diff(specific, v1);
        ChangeSet stronger = diff.diff(v1, specific);

        // then
        assertThat(periods.getChanges())
                .extracting(Change::getPath, Change::getClasses)
                .containsExactly(
                        tuple("subprocessing.noticePeriod", Set.of(EDITORIAL)),
                        tuple("subprocessing.objectionPeriod", Set.of(LOWERS_PROTECTION)));
        assertThat(weaker.getChanges())
                .extracting(Change::getPath, Change::getClasses)
                .containsExactly(tuple("subprocessing.authorisation", Set.of(LOWERS_PROTECTION)));
        assertThat(stronger.getChanges())
                .extracting(Change::getPath, Change::getClasses)
                .containsExactly(tuple("subprocessing.authorisation", Set.of(EDITORIAL)));
    }

    @Test
    void should_report_a_notice_limited_to_some_subprocessors_or_given_after_the_change_as_lowering_protection() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();
        DataProcessingAgreement v2 = v1.toBuilder()
                .subprocessing(v1.getSubprocessing().orElseThrow().toBuilder()
                        .noticeLimitation(LocalizedText.en("only sub-processors that provide the main services"))
                        .noticeAfterChange(true)
                        .build())
                .build();

        // when
        ChangeSet weaker = diff.diff(v1, v2);
        ChangeSet stronger = diff.diff(v2, v1);

        // then
        assertThat(weaker.getChanges())
                .extracting(Change::getPath, Change::getClasses)
                .containsExactly(
                        tuple("subprocessing.noticeAfterChange", Set.of(LOWERS_PROTECTION)),
                        tuple("subprocessing.noticeLimitation", Set.of(LOWERS_PROTECTION)));
        assertThat(stronger.getChanges())
                .extracting(Change::getPath, Change::getClasses)
                .containsExactly(
                        tuple("subprocessing.noticeAfterChange", Set.of(EDITORIAL)),
                        tuple("subprocessing.noticeLimitation", Set.of(EDITORIAL)));
    }

    @Test
    void should_report_backups_kept_longer_after_the_deletion_as_lowering_protection() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();
        dev.dpa4j.model.EndOfProcessingTerms end = v1.getEndOfProcessing()
                .orElseGet(() -> dev.dpa4j.model.EndOfProcessingTerms.builder().build());
        DataProcessingAgreement month = v1.toBuilder()
                .endOfProcessing(end.toBuilder()
                        .backupRetention(TimeLimit.builder()
                                .period(TimePeriod.of(30, PeriodUnit.CALENDAR_DAYS))
                                .build())
                        .build())
                .build();
        DataProcessingAgreement year = v1.toBuilder()
                .endOfProcessing(end.toBuilder()
                        .backupRetention(TimeLimit.builder()
                                .period(TimePeriod.of(12, PeriodUnit.MONTHS))
                                .build())
                        .build())
                .build();

        // when
        ChangeSet longer = diff.diff(month, year);
        ChangeSet shorter = diff.diff(year, month);

        // then
        assertThat(longer.getChanges())
                .extracting(Change::getPath, Change::getClasses)
                .containsExactly(tuple("endOfProcessing.backupRetention", Set.of(LOWERS_PROTECTION)));
        assertThat(shorter.getChanges())
                .extracting(Change::getPath, Change::getClasses)
                .containsExactly(tuple("endOfProcessing.backupRetention", Set.of(EDITORIAL)));
    }

    @Test
    void should_report_a_removed_clause_as_lowering_protection() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();
        DataProcessingAgreement v2 =
                v1.toBuilder().breachNotification(java.util.Optional.empty()).build();

        // when
        ChangeSet changes = diff.diff(v1, v2);

        // then
        assertThat(changes.getChanges())
                .extracting(Change::getKind, Change::getPath, Change::getClasses)
                .containsExactly(tuple(ChangeKind.CLAUSE_REMOVED, "breachNotification", Set.of(LOWERS_PROTECTION)));
    }

    @Test
    void should_write_json_with_kinds_paths_values_and_classes() {
        // given
        ChangeSet changes = diff.diff(JomocoVersions.v1(), JomocoVersions.v2());

        // when
        String json = changes.toJson();

        // then
        assertThat(json)
                .startsWith("{\n  \"agreementId\": \"jomoco-avv\",")
                .contains("\"kind\": \"SUBPROCESSOR_ADDED\"")
                .contains("\"path\": \"subprocessing.subprocessors[instantly]\"")
                .contains("\"classes\": [\n        \"NOTICE_REQUIRED\",\n        \"LOWERS_PROTECTION\"\n      ]")
                .contains("\"newVersionDate\": \"2026-03-01\"")
                .doesNotContain("\"empty\"");
    }

    @Test
    void should_judge_eea_membership_as_of_the_given_day_when_a_uk_sub_processor_is_added() {
        // given the United Kingdom left the EU (and the EEA) on 1 February 2020
        Subprocessor london = Subprocessor.builder()
                .name("Example Hosting Ltd")
                .country(CountryCode.of("GB"))
                .addLocations(at("GB", LocationKind.STORAGE))
                .build();
        DataProcessingAgreement v1 = withSubprocessors(JomocoVersions.hetzner());
        DataProcessingAgreement v2 = withSubprocessors(JomocoVersions.hetzner(), london);

        // when
        ChangeSet before = AgreementDiff.asOf(LocalDate.of(2019, 6, 1)).diff(v1, v2);
        ChangeSet after = AgreementDiff.asOf(LocalDate.of(2020, 2, 1)).diff(v1, v2);
        ChangeSet custom = AgreementDiff.withEeaMembership(c -> true).diff(v1, v2);

        // then
        assertThat(before.getChanges()).flatExtracting(Change::getClasses).containsExactly(NOTICE_REQUIRED);
        assertThat(after.getChanges())
                .flatExtracting(Change::getClasses)
                .containsExactly(NOTICE_REQUIRED, LOWERS_PROTECTION);
        assertThat(custom.getChanges()).flatExtracting(Change::getClasses).containsExactly(NOTICE_REQUIRED);
    }

    @Test
    void should_report_a_new_address_and_officer_of_the_processor_as_editorial_when_they_change() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();
        Party processor = v1.getProcessor().orElseThrow();
        PostalAddress moved = processor.getAddress().orElseThrow().toBuilder()
                .streetLines(List.of("Am Bach 1"))
                .build();
        DataProtectionOfficer officer =
                DataProtectionOfficer.builder().name("Dr. Erika Muster").build();
        DataProcessingAgreement v2 = v1.toBuilder()
                .processor(processor.toBuilder()
                        .address(moved)
                        .dataProtectionOfficer(officer)
                        .build())
                .build();

        // when
        ChangeSet changes = diff.diff(v1, v2);

        // then
        assertThat(changes.getChanges())
                .extracting(Change::getKind, Change::getPath, Change::getClasses)
                .containsExactly(
                        tuple(ChangeKind.PARTY_ADDRESS_CHANGED, "processor.address", Set.of(EDITORIAL)),
                        tuple(ChangeKind.PARTY_DPO_CHANGED, "processor.dataProtectionOfficer", Set.of(EDITORIAL)));
        assertThat(changes.getChanges().get(0).getNewValue()).contains(moved);
        assertThat(changes.getChanges().get(1).getOldValue()).isEmpty();
        assertThat(changes.getChanges().get(1).getNewValue()).contains(officer);
        assertThat(changes.needsControllerAttention()).isFalse();
    }

    @Test
    void should_require_authorisation_when_the_processor_is_replaced_by_another_entity() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();
        Party processor = v1.getProcessor().orElseThrow();
        DataProcessingAgreement v2 = v1.toBuilder()
                .processor(processor.toBuilder().name("Acme Hosting GmbH").build())
                .build();

        // when
        ChangeSet changes = diff.diff(v1, v2);

        // then
        assertThat(changes.getChanges())
                .extracting(Change::getKind, Change::getPath, Change::getClasses)
                .containsExactly(tuple(ChangeKind.PARTY_RENAMED, "processor.name", Set.of(AUTHORISATION_REQUIRED)));
        assertThat(changes.getChanges().get(0).getOldValue()).contains("JoMoCo UG (haftungsbeschränkt) i. G.");
        assertThat(changes.needsControllerAttention()).isTrue();
    }

    @Test
    void should_treat_a_renamed_processor_as_editorial_when_only_its_legal_form_notation_changes() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();
        Party processor = v1.getProcessor().orElseThrow();
        DataProcessingAgreement v2 = v1.toBuilder()
                .processor(processor.toBuilder()
                        .name("JoMoCo UG (haftungsbeschränkt)")
                        .build())
                .build();

        // when
        ChangeSet changes = diff.diff(v1, v2);

        // then
        assertThat(changes.getChanges())
                .extracting(Change::getKind, Change::getClasses)
                .containsExactly(tuple(ChangeKind.PARTY_RENAMED, Set.of(EDITORIAL)));
    }

    @Test
    void should_pair_controllers_by_identifier_and_report_added_and_removed_ones() {
        // given
        Party alpha = Party.builder().id("alpha").name("Alpha GmbH").build();
        Party beta = Party.builder().id("beta").name("Beta AG").build();
        Party gamma = Party.builder().name("Gamma SE").build();
        DataProcessingAgreement v1 = JomocoVersions.v1().toBuilder()
                .controllers(List.of(alpha, beta))
                .build();
        DataProcessingAgreement v2 = v1.toBuilder()
                .controllers(List.of(
                        gamma,
                        alpha.toBuilder()
                                .name("Alpha Vertrieb GmbH")
                                .registration("HRB 1234")
                                .build()))
                .build();

        // when
        ChangeSet changes = diff.diff(v1, v2);

        // then
        assertThat(changes.getChanges())
                .extracting(Change::getKind, Change::getPath, Change::getSubject)
                .containsExactly(
                        tuple(ChangeKind.PARTY_ADDED, "controllers[Gamma SE]", "Gamma SE"),
                        tuple(ChangeKind.PARTY_DETAILS_CHANGED, "controllers[alpha]", "Alpha Vertrieb GmbH"),
                        tuple(ChangeKind.PARTY_RENAMED, "controllers[alpha].name", "Alpha Vertrieb GmbH"),
                        tuple(ChangeKind.PARTY_REMOVED, "controllers[beta]", "Beta AG"));
        assertThat(changes.getChanges())
                .allSatisfy(c -> assertThat(c.getClasses()).containsExactly(EDITORIAL));
    }

    @Test
    void should_report_new_contacts_of_a_party_when_only_they_change() {
        // given
        DataProcessingAgreement v1 = JomocoVersions.v1();
        Party processor = v1.getProcessor().orElseThrow();
        DataProcessingAgreement v2 = v1.toBuilder()
                .processor(processor.toBuilder()
                        .addRepresentatives(Person.builder().name("Jo Mo").build())
                        .build())
                .build();

        // when
        ChangeSet changes = diff.diff(v1, v2);

        // then
        assertThat(changes.getChanges())
                .extracting(Change::getKind, Change::getPath)
                .containsExactly(tuple(ChangeKind.PARTY_CONTACTS_CHANGED, "processor.contacts"));
    }

    private static Subprocessor linkedIn(String product) {
        return Subprocessor.builder()
                .name("LinkedIn Ireland Unlimited Company")
                .product(product)
                .country(CountryCode.of("IE"))
                .build();
    }

    private static DataProcessingAgreement withSubprocessors(Subprocessor... subprocessors) {
        return JomocoVersions.base()
                .subprocessing(
                        JomocoVersions.terms().addSubprocessors(subprocessors).build())
                .build();
    }

    private static DataProcessingAgreement withAuthorisation(DataProcessingAgreement a, AuthorisationType type) {
        return a.toBuilder()
                .subprocessing(a.getSubprocessing().orElseThrow().toBuilder()
                        .authorisation(type)
                        .build())
                .build();
    }
}
