/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.DpfCertification;
import dev.dpa4j.model.DpfFramework;
import dev.dpa4j.model.DpfStatus;
import dev.dpa4j.model.IdtaPartyStatus;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.SccClause13Basis;
import dev.dpa4j.model.SccClause17Option;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.SccTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.SupplementaryMeasure;
import dev.dpa4j.model.SupplementaryMeasureType;
import dev.dpa4j.model.SwissAdaptations;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TransferFrequency;
import dev.dpa4j.model.TransferImpactAssessment;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferRegime;
import dev.dpa4j.model.UkAddendumEnding;
import dev.dpa4j.model.UkJurisdiction;
import dev.dpa4j.model.UkTransferTerms;
import dev.dpa4j.model.UkTransferTool;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Planted-defect tests for the transfer rules of issue #12. The base agreement exports under the GDPR, the UK GDPR and
 * the Swiss FADP to a German processor whose US sub-processor relies on module 3 of the clauses with the UK Addendum
 * and the Swiss adaptations; it satisfies every transfer rule. Each test plants one defect derived from the law and
 * expects the rule to fire; the base shows that it does not fire without the defect.
 */
class TransferRegimeRulesTest {

    private static final Validator VALIDATOR = validator();
    private static final CountryCode IN = CountryCode.of("IN");
    private static final CountryCode JP = CountryCode.of("JP");
    private static final Set<String> RULES = Set.of(
            "SCC_MODULE",
            "SCC_MODULES",
            "SCC_CLAUSE9",
            "SCC_GOVERNING_LAW",
            "SCC_FORUM",
            "SCC_ANNEX",
            "SCC_OUTDATED",
            "TIA_DOCUMENTED",
            "TIA_MEASURES",
            "DPF_CERTIFICATION",
            "X_US_DPF",
            "UK_TRANSFER_TOOL",
            "CH_TRANSFER_TOOL",
            "TRANSFER_MECHANISM");

    static TransferImpactAssessment tia() {
        return TransferImpactAssessment.builder()
                .done(true)
                .date(LocalDate.of(2026, 2, 1))
                .reference("TIA-2026-03")
                .supplementaryMeasuresRequired(true)
                .build();
    }

    static TransferMechanism scc() {
        return TransferMechanism.builder()
                .type(TransferMechanismType.SCC_2021_914)
                .sccModule(SccModule.MODULE_3)
                .impactAssessment(tia())
                .addMeasures(SupplementaryMeasure.builder()
                        .type(SupplementaryMeasureType.ENCRYPTION_EXPORTER_KEYS)
                        .build())
                .build();
    }

    static DataProcessingAgreement base() {
        DataProcessingAgreement a = usSubprocessor(
                complete(), s -> s.transfer(scc()).ukTransfer(scc()).swissTransfer(scc()));
        return transfers(
                a,
                t -> t.exportRegimes(Set.of(TransferRegime.EU, TransferRegime.UK, TransferRegime.CH))
                        .scc(SccTerms.builder()
                                .reference("Implementing Decision (EU) 2021/914, OJ L 199, 7.6.2021, p. 31")
                                .addModules(SccModule.MODULE_3)
                                .dockingClause(true)
                                .clause9Option(AuthorisationType.GENERAL)
                                .clause9Period(TimePeriod.ofCalendarDays(30))
                                .clause13Basis(SccClause13Basis.EXPORTER_ESTABLISHED)
                                .competentAuthority("Bayerisches Landesamt für Datenschutzaufsicht")
                                .clause17Option(SccClause17Option.OPTION_1)
                                .governingLaw(DE)
                                .forum(DE)
                                .frequency(TransferFrequency.CONTINUOUS)
                                .retention(LocalizedText.en("For the term of the agreement"))
                                .build())
                        .uk(UkTransferTerms.builder()
                                .tool(UkTransferTool.ADDENDUM)
                                .version("B1.0")
                                .ending(UkAddendumEnding.NEITHER)
                                .build())
                        .swissAdaptations(SwissAdaptations.builder()
                                .fdpicCompetent(true)
                                .fadpReferences(true)
                                .habitualResidenceForum(true)
                                .build()));
    }

    /** The agreement with its processor seated in the United States. */
    static DataProcessingAgreement usProcessor(DataProcessingAgreement a) {
        return a.toBuilder()
                .processor(a.getProcessor().orElseThrow().toBuilder()
                        .address(dev.dpa4j.model.PostalAddress.builder()
                                .streetLines(List.of("1600 Example Street"))
                                .locality("Denver, CO")
                                .postalCode("80202")
                                .country(CountryCode.of("US"))
                                .build())
                        .build())
                .build();
    }

    static DataProcessingAgreement scc(DataProcessingAgreement a, UnaryOperator<SccTerms.Builder> change) {
        return transfers(
                a,
                t -> t.scc(change.apply(a.getTransfers().orElseThrow().getScc().orElseThrow().toBuilder())
                        .build()));
    }

    static DataProcessingAgreement dpfMailer(DataProcessingAgreement a, DpfCertification cert) {
        TransferMechanism dpf = TransferMechanism.builder()
                .type(TransferMechanismType.EU_US_DATA_PRIVACY_FRAMEWORK)
                .dpf(cert)
                .build();
        return usSubprocessor(a, s -> s.transfer(dpf).ukTransfer(dpf).swissTransfer(dpf));
    }

    static DpfCertification.Builder certified() {
        return DpfCertification.builder()
                .status(DpfStatus.CERTIFIED)
                .checkedOn(LocalDate.of(2026, 11, 2))
                .frameworks(Set.of(DpfFramework.EU_US, DpfFramework.UK_EXTENSION, DpfFramework.SWISS_US))
                .hrCovered(false);
    }

    private static List<Finding> findings(DataProcessingAgreement a, String rule) {
        return VALIDATOR.validate(a).getFindings(rule);
    }

    private static List<String> keys(DataProcessingAgreement a, String rule) {
        return findings(a, rule).stream().map(Finding::getMessageKey).toList();
    }

    @Test
    void should_report_no_transfer_finding_when_every_regime_is_covered() {
        var report = VALIDATOR.validate(base());
        assertThat(report.getFindings())
                .filteredOn(f -> RULES.contains(f.getRuleId()))
                .extracting(f -> f.describe(Locale.ENGLISH))
                .isEmpty();
        assertThat(VALIDATOR.validate(dpfMailer(base(), certified().build())).getFindings())
                .filteredOn(f -> RULES.contains(f.getRuleId()))
                .extracting(f -> f.describe(Locale.ENGLISH))
                .isEmpty();
    }

    @Nested
    class Modules {
        @Test
        void module_3_missing_for_a_sub_processor_is_an_error() {
            var a = scc(base(), s -> s.modules(Set.of(SccModule.MODULE_2)));
            assertThat(keys(a, "SCC_MODULES")).containsExactly("SCC_MODULES.missingModule");
            assertThat(findings(a, "SCC_MODULES").get(0).getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(findings(a, "SCC_MODULES").get(0).message(Locale.GERMAN)).contains("Modul 3");
        }

        @Test
        void module_1_beside_module_3_is_a_warning() {
            var a = scc(base(), s -> s.addModules(SccModule.MODULE_1));
            assertThat(findings(a, "SCC_MODULES"))
                    .extracting(Finding::getMessageKey, Finding::getSeverity)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("SCC_MODULES.foreignModule", Severity.WARNING));
        }

        @Test
        void recipient_with_module_2_for_a_sub_processor_is_reported_per_recipient() {
            var a = usSubprocessor(
                    base(),
                    s -> s.transfer(
                            scc().toBuilder().sccModule(SccModule.MODULE_2).build()));
            assertThat(keys(a, "SCC_MODULE")).containsExactly("SCC_MODULE.mismatch");
        }
    }

    @Nested
    class Clause9 {
        @Test
        void specific_option_against_general_authorisation_is_a_contradiction() {
            var a = scc(base(), s -> s.clause9Option(AuthorisationType.SPECIFIC));
            assertThat(keys(a, "SCC_CLAUSE9")).containsExactly("SCC_CLAUSE9.optionMismatch");
            assertThat(findings(a, "SCC_CLAUSE9").get(0).message(Locale.ENGLISH))
                    .contains("option 1", "option 2");
        }

        @Test
        void other_period_than_the_notice_period_is_a_warning() {
            var a = scc(base(), s -> s.clause9Period(TimePeriod.ofCalendarDays(14)));
            assertThat(findings(a, "SCC_CLAUSE9"))
                    .extracting(Finding::getMessageKey, Finding::getSeverity)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("SCC_CLAUSE9.periodMismatch", Severity.WARNING));
        }

        @Test
        void blank_option_and_period_are_errors() {
            var a = scc(base(), s -> s.clause9Option(Optional.empty()).clause9Period(Optional.empty()));
            assertThat(keys(a, "SCC_CLAUSE9"))
                    .containsExactlyInAnyOrder("SCC_CLAUSE9.optionMissing", "SCC_CLAUSE9.periodMissing");
        }

        @Test
        void module_4_alone_has_no_clause_9() {
            var a = scc(base(), s -> s.modules(Set.of(SccModule.MODULE_4)).clause9Option(Optional.empty()));
            assertThat(keys(a, "SCC_CLAUSE9")).isEmpty();
        }
    }

    @Nested
    class LawAndForum {
        @Test
        void us_law_cannot_carry_third_party_beneficiary_rights() {
            var a = scc(base(), s -> s.governingLaw(US));
            assertThat(keys(a, "SCC_GOVERNING_LAW")).containsExactly("SCC_GOVERNING_LAW.notMemberState");
            assertThat(findings(a, "SCC_GOVERNING_LAW").get(0).message(Locale.ENGLISH))
                    .contains("(US)");
        }

        @Test
        void option_2_may_leave_the_state_unnamed_but_not_with_module_1() {
            var a = scc(
                    base(), s -> s.clause17Option(SccClause17Option.OPTION_2).governingLaw(Optional.empty()));
            assertThat(keys(a, "SCC_GOVERNING_LAW")).isEmpty();
            var b = scc(a, s -> s.addModules(SccModule.MODULE_1));
            assertThat(keys(b, "SCC_GOVERNING_LAW")).containsExactly("SCC_GOVERNING_LAW.option2Module1");
        }

        @Test
        void clause_13_for_an_established_exporter_needs_an_exporter_in_the_union() {
            // given: module 3, whose exporter is the processor; the base's processor is in Germany
            DataProcessingAgreement us = usProcessor(base());
            // then
            assertThat(keys(base(), "SCC_CLAUSE13")).isEmpty();
            assertThat(findings(us, "SCC_CLAUSE13"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains("is established in United States"));
            assertThat(keys(scc(us, s -> s.clause13Basis(SccClause13Basis.NO_REPRESENTATIVE)), "SCC_CLAUSE13"))
                    .isEmpty();
            // under module 2 the exporter is the controller, whose seat is in the Union
            assertThat(keys(scc(us, s -> s.modules(Set.of(SccModule.MODULE_2))), "SCC_CLAUSE13"))
                    .isEmpty();
        }

        @Test
        void courts_of_england_are_not_courts_of_a_member_state() {
            var a = scc(base(), s -> s.forum(CountryCode.of("GB")));
            assertThat(keys(a, "SCC_FORUM")).containsExactly("SCC_FORUM.notMemberState");
            assertThat(keys(scc(base(), s -> s.forum(CountryCode.of("IE"))), "SCC_FORUM"))
                    .isEmpty();
            assertThat(keys(scc(base(), s -> s.forum(Optional.empty())), "SCC_FORUM"))
                    .containsExactly("SCC_FORUM.missing");
        }

        @Test
        void module_4_alone_may_name_any_country() {
            var a = scc(
                    base(),
                    s -> s.modules(Set.of(SccModule.MODULE_4)).governingLaw(US).forum(US));
            assertThat(keys(a, "SCC_GOVERNING_LAW")).isEmpty();
            assertThat(keys(a, "SCC_FORUM")).isEmpty();
        }
    }

    @Test
    void missing_competent_authority_and_frequency_are_errors_in_an_executed_agreement() {
        var a = scc(base(), s -> s.competentAuthority(Optional.empty()).frequency(Optional.empty()));
        assertThat(findings(a, "SCC_ANNEX"))
                .extracting(Finding::getMessageKey, Finding::getSeverity)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SCC_ANNEX.authority", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("SCC_ANNEX.frequency", Severity.ERROR));
    }

    @Test
    void missing_frequency_is_only_a_warning_in_a_template() {
        var a = scc(base(), s -> s.frequency(Optional.empty()));
        List<Finding> found = Validator.builder()
                .asOf(AS_OF)
                .profile(Profile.TEMPLATE)
                .build()
                .validate(a)
                .getFindings("SCC_ANNEX");
        assertThat(found)
                .extracting(Finding::getMessageKey, Finding::getSeverity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SCC_ANNEX.frequency", Severity.WARNING));
    }

    @Test
    void retention_of_the_processing_answers_annex_i_b_when_the_clauses_state_none() {
        var withoutAny = scc(base(), s -> s.retention(Optional.empty()));
        assertThat(keys(withoutAny, "SCC_ANNEX")).containsExactly("SCC_ANNEX.retention");
        var fromProcessing = withoutAny.toBuilder()
                .processing(withoutAny.getProcessing().orElseThrow().toBuilder()
                        .retention(LocalizedText.en("Deleted 30 days after the end of the main contract"))
                        .build())
                .build();
        assertThat(keys(fromProcessing, "SCC_ANNEX")).isEmpty();
    }

    @Test
    void special_categories_without_safeguards_leave_annex_i_b_incomplete() {
        var a = base();
        var special = a.toBuilder()
                .processing(a.getProcessing().orElseThrow().toBuilder()
                        .addDataCategories(dev.dpa4j.model.DataCategory.builder()
                                .name(LocalizedText.en("Health data"))
                                .specialCategory(dev.dpa4j.model.SpecialCategory.HEALTH)
                                .build())
                        .sensitiveDataSafeguards(List.of())
                        .build())
                .build();
        assertThat(keys(special, "SCC_ANNEX")).containsExactly("SCC_ANNEX.safeguards");
        var guarded = special.toBuilder()
                .processing(special.getProcessing().orElseThrow().toBuilder()
                        .addSensitiveDataSafeguards(LocalizedText.en("Access only by two named support engineers"))
                        .build())
                .build();
        assertThat(keys(guarded, "SCC_ANNEX")).isEmpty();
    }

    @Nested
    class Dpf {
        @Test
        void not_certified_recipient_is_an_error_under_every_regime() {
            var a = dpfMailer(
                    base(), certified().status(DpfStatus.NOT_CERTIFIED).build());
            assertThat(findings(a, "DPF_CERTIFICATION"))
                    .extracting(Finding::getPath)
                    .containsExactlyInAnyOrder(
                            "subprocessing.subprocessors[1].transfer.dpf.status",
                            "subprocessing.subprocessors[1].ukTransfer.dpf.status",
                            "subprocessing.subprocessors[1].swissTransfer.dpf.status");
            assertThat(keys(a, "X_US_DPF"))
                    .as("the typed record replaces the old flags")
                    .isEmpty();
        }

        @Test
        void check_older_than_a_year_is_stale_and_a_recent_one_is_not() {
            var stale = dpfMailer(
                    base(), certified().checkedOn(LocalDate.of(2025, 11, 22)).build());
            assertThat(keys(stale, "DPF_CERTIFICATION")).containsOnly("DPF_CERTIFICATION.stale");
            var fresh = dpfMailer(
                    base(), certified().checkedOn(LocalDate.of(2025, 11, 23)).build());
            assertThat(keys(fresh, "DPF_CERTIFICATION")).isEmpty();
        }

        @Test
        void certification_without_the_uk_extension_does_not_carry_uk_exports() {
            var a = dpfMailer(
                    base(),
                    certified()
                            .frameworks(Set.of(DpfFramework.EU_US, DpfFramework.SWISS_US))
                            .build());
            assertThat(findings(a, "DPF_CERTIFICATION"))
                    .extracting(Finding::getPath)
                    .containsExactly("subprocessing.subprocessors[1].ukTransfer.dpf.frameworks");
        }

        @Test
        void hr_data_need_hr_coverage() {
            var a = processing(
                    dpfMailer(base(), certified().build()),
                    p -> p.addDataSubjects(DataSubjectCategory.builder()
                            .name(LocalizedText.en("Employees of the customer"))
                            .build()));
            assertThat(keys(a, "DPF_CERTIFICATION")).contains("DPF_CERTIFICATION.hrNotCovered");
            var covered = processing(
                    dpfMailer(base(), certified().hrCovered(true).build()),
                    p -> p.addDataSubjects(DataSubjectCategory.builder()
                            .name(LocalizedText.en("Employees of the customer"))
                            .build()));
            assertThat(keys(covered, "DPF_CERTIFICATION")).isEmpty();
        }
    }

    @Nested
    class Ended {
        @Test
        void privacy_shield_finding_cites_the_judgment() {
            var a = usSubprocessor(
                    base(),
                    s -> s.transfer(TransferMechanism.builder()
                            .type(TransferMechanismType.PRIVACY_SHIELD)
                            .build()));
            Finding f = findings(a, "SCC_OUTDATED").get(0);
            assertThat(f.getMessageKey()).isEqualTo("SCC_OUTDATED.ended");
            assertThat(f.message(Locale.ENGLISH)).contains("C-311/18");
            assertThat(f.message(Locale.GERMAN)).contains("C-311/18");
        }

        @Test
        void old_clauses_end_in_the_uk_on_21_march_2024_not_in_2022() {
            DataProcessingAgreement a = usSubprocessor(
                    base(),
                    s -> s.ukTransfer(TransferMechanism.builder()
                            .type(TransferMechanismType.SCC_2010_87)
                            .impactAssessment(tia())
                            .build()));
            Validator early =
                    Validator.builder().asOf(LocalDate.of(2024, 3, 21)).build();
            assertThat(early.validate(a).getFindings("SCC_OUTDATED")).isEmpty();
            Validator late = Validator.builder().asOf(LocalDate.of(2024, 3, 22)).build();
            Finding f = late.validate(a).getFindings("SCC_OUTDATED").get(0);
            assertThat(f.getPath()).endsWith(".ukTransfer");
            assertThat(f.message(Locale.ENGLISH)).contains("section 119A", "UK GDPR");
        }

        @Test
        void old_clauses_cite_art_4_of_the_2021_decision_for_eu_exports() {
            var a = usSubprocessor(
                    base(),
                    s -> s.transfer(TransferMechanism.builder()
                            .type(TransferMechanismType.SCC_2010_87)
                            .transferImpactAssessment(true)
                            .build()));
            assertThat(findings(a, "SCC_OUTDATED").get(0).message(Locale.GERMAN))
                    .contains("Art. 4 des Durchführungsbeschlusses (EU) 2021/914");
        }
    }

    @Nested
    class Assessment {
        @Test
        void measures_required_by_the_assessment_must_be_stated() {
            var a = usSubprocessor(
                    base(),
                    s -> s.transfer(scc().toBuilder().measures(List.of()).build()));
            assertThat(findings(a, "TIA_MEASURES"))
                    .extracting(Finding::getPath)
                    .containsExactly("subprocessing.subprocessors[1].transfer.measures");
        }

        @Test
        void no_measures_needed_when_the_assessment_says_so() {
            var a = usSubprocessor(
                    base(),
                    s -> s.transfer(scc().toBuilder()
                            .measures(List.of())
                            .impactAssessment(tia().toBuilder()
                                    .supplementaryMeasuresRequired(false)
                                    .build())
                            .build()));
            assertThat(findings(a, "TIA_MEASURES")).isEmpty();
        }

        @Test
        void uk_clauses_without_an_assessment_are_reported() {
            var a = usSubprocessor(
                    base(),
                    s -> s.ukTransfer(
                            scc().toBuilder().impactAssessment(Optional.empty()).build()));
            assertThat(findings(a, "TIA_DOCUMENTED"))
                    .extracting(Finding::getPath)
                    .containsExactly("subprocessing.subprocessors[1].ukTransfer");
        }
    }

    @Nested
    class Uk {
        @Test
        void us_recipient_without_a_uk_tool_is_an_error() {
            var a = usSubprocessor(base(), s -> s.ukTransfer(Optional.empty()));
            assertThat(keys(a, "UK_TRANSFER_TOOL")).containsExactly("UK_TRANSFER_TOOL.missing");
            assertThat(findings(a, "UK_TRANSFER_TOOL").get(0).getSeverity()).isEqualTo(Severity.ERROR);
        }

        @Test
        void no_uk_tool_needed_when_the_agreement_covers_no_uk_exports() {
            var a = transfers(
                    usSubprocessor(base(), s -> s.ukTransfer(Optional.empty())),
                    t -> t.exportRegimes(Set.of(TransferRegime.EU, TransferRegime.CH)));
            assertThat(keys(a, "UK_TRANSFER_TOOL")).isEmpty();
        }

        @Test
        void eu_clauses_with_the_idta_are_no_uk_tool() {
            var a = transfers(
                    base(),
                    t -> t.uk(UkTransferTerms.builder()
                            .tool(UkTransferTool.IDTA)
                            .governingLaw(UkJurisdiction.ENGLAND_AND_WALES)
                            .forum(UkJurisdiction.ENGLAND_AND_WALES)
                            .exporterStatus(IdtaPartyStatus.CONTROLLER)
                            .importerStatus(IdtaPartyStatus.PROCESSOR)
                            .build()));
            assertThat(keys(a, "UK_TRANSFER_TOOL")).containsExactly("UK_TRANSFER_TOOL.sccWithoutAddendum");
        }

        @Test
        void addendum_not_stated_and_table_4_missing() {
            assertThat(keys(transfers(base(), t -> t.uk(Optional.empty())), "UK_TRANSFER_TOOL"))
                    .containsExactly("UK_TRANSFER_TOOL.toolUnstated");
            assertThat(findings(
                            transfers(
                                    base(),
                                    t -> t.uk(UkTransferTerms.builder()
                                            .tool(UkTransferTool.ADDENDUM)
                                            .build())),
                            "UK_TRANSFER_TOOL"))
                    .extracting(Finding::getMessageKey, Finding::getSeverity, Finding::getPath)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "UK_TRANSFER_TOOL.ending", Severity.ERROR, "transfers.uk.ending"));
        }

        @Test
        void missing_table_4_choice_is_only_a_warning_in_a_template() {
            var a = transfers(
                    base(),
                    t -> t.uk(UkTransferTerms.builder()
                            .tool(UkTransferTool.ADDENDUM)
                            .build()));
            List<Finding> found = Validator.builder()
                    .asOf(AS_OF)
                    .profile(Profile.TEMPLATE)
                    .build()
                    .validate(a)
                    .getFindings("UK_TRANSFER_TOOL");
            assertThat(found)
                    .extracting(Finding::getMessageKey, Finding::getSeverity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("UK_TRANSFER_TOOL.ending", Severity.WARNING));
        }

        @Test
        void table_4_is_not_asked_of_the_idta_nor_when_a_party_is_chosen() {
            for (UkAddendumEnding ending : UkAddendumEnding.values()) {
                var a = transfers(
                        base(),
                        t -> t.uk(UkTransferTerms.builder()
                                .tool(UkTransferTool.ADDENDUM)
                                .ending(ending)
                                .build()));
                assertThat(keys(a, "UK_TRANSFER_TOOL")).as(ending.name()).isEmpty();
            }
            assertThat(keys(
                            idta(b -> b.governingLaw(UkJurisdiction.SCOTLAND)
                                    .forum(UkJurisdiction.SCOTLAND)
                                    .exporterStatus(IdtaPartyStatus.PROCESSOR)
                                    .importerStatus(IdtaPartyStatus.SUB_PROCESSOR)),
                            "UK_TRANSFER_TOOL"))
                    .as("the IDTA has no Table 4")
                    .isEmpty();
        }

        /** The US mailer relies on the IDTA for UK exports. */
        static DataProcessingAgreement idta(UnaryOperator<UkTransferTerms.Builder> terms) {
            return transfers(
                    usSubprocessor(
                            base(),
                            s -> s.ukTransfer(TransferMechanism.builder()
                                    .type(TransferMechanismType.SUPERVISORY_AUTHORITY_SCC)
                                    .impactAssessment(tia())
                                    .build())),
                    t -> t.uk(terms.apply(UkTransferTerms.builder()
                                    .tool(UkTransferTool.IDTA)
                                    .version("A1.0"))
                            .build()));
        }

        @Test
        void idta_without_the_table_2_law_and_forum_is_an_error_in_an_executed_agreement() {
            assertThat(findings(idta(b -> b), "UK_TRANSFER_TOOL"))
                    .extracting(Finding::getMessageKey, Finding::getSeverity, Finding::getPath)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(
                                    "UK_TRANSFER_TOOL.idtaLaw", Severity.ERROR, "transfers.uk.governingLaw"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "UK_TRANSFER_TOOL.idtaForum", Severity.ERROR, "transfers.uk.forum"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "UK_TRANSFER_TOOL.idtaExporterStatus",
                                    Severity.ERROR,
                                    "transfers.uk.exporterStatus"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "UK_TRANSFER_TOOL.idtaImporterStatus",
                                    Severity.ERROR,
                                    "transfers.uk.importerStatus"));
            assertThat(keys(
                            idta(b -> b.governingLaw(UkJurisdiction.ENGLAND_AND_WALES)
                                    .exporterStatus(IdtaPartyStatus.CONTROLLER)
                                    .importerStatus(IdtaPartyStatus.PROCESSOR)),
                            "UK_TRANSFER_TOOL"))
                    .containsExactly("UK_TRANSFER_TOOL.idtaForum");
            assertThat(keys(
                            idta(b -> b.governingLaw(UkJurisdiction.ENGLAND_AND_WALES)
                                    .forum(UkJurisdiction.ENGLAND_AND_WALES)
                                    .exporterStatus(IdtaPartyStatus.CONTROLLER)),
                            "UK_TRANSFER_TOOL"))
                    .containsExactly("UK_TRANSFER_TOOL.idtaImporterStatus");
            Finding law = findings(
                            idta(b -> b.forum(UkJurisdiction.NORTHERN_IRELAND)
                                    .exporterStatus(IdtaPartyStatus.PROCESSOR)
                                    .importerStatus(IdtaPartyStatus.SUB_PROCESSOR)),
                            "UK_TRANSFER_TOOL")
                    .get(0);
            assertThat(law.getMessageKey()).isEqualTo("UK_TRANSFER_TOOL.idtaLaw");
            assertThat(law.message(Locale.GERMAN)).contains("Schottland").contains("Tabelle 2");
        }

        @Test
        void idta_without_the_table_2_choices_is_only_a_warning_in_a_template() {
            List<Finding> found = Validator.builder()
                    .asOf(AS_OF)
                    .profile(Profile.TEMPLATE)
                    .build()
                    .validate(idta(b -> b))
                    .getFindings("UK_TRANSFER_TOOL");
            assertThat(found)
                    .extracting(Finding::getMessageKey, Finding::getSeverity)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("UK_TRANSFER_TOOL.idtaLaw", Severity.WARNING),
                            org.assertj.core.groups.Tuple.tuple("UK_TRANSFER_TOOL.idtaForum", Severity.WARNING),
                            org.assertj.core.groups.Tuple.tuple(
                                    "UK_TRANSFER_TOOL.idtaExporterStatus", Severity.WARNING),
                            org.assertj.core.groups.Tuple.tuple(
                                    "UK_TRANSFER_TOOL.idtaImporterStatus", Severity.WARNING));
        }

        @Test
        void idta_choices_on_the_addendum_are_a_warning_since_they_are_not_printed() {
            var a = transfers(
                    base(),
                    t -> t.uk(UkTransferTerms.builder()
                            .tool(UkTransferTool.ADDENDUM)
                            .ending(UkAddendumEnding.NEITHER)
                            .governingLaw(UkJurisdiction.ENGLAND_AND_WALES)
                            .build()));
            assertThat(findings(a, "UK_TRANSFER_TOOL"))
                    .extracting(Finding::getMessageKey, Finding::getSeverity, Finding::getPath)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "UK_TRANSFER_TOOL.idtaChoicesOnAddendum", Severity.WARNING, "transfers.uk"));
        }

        @Test
        void japan_needs_no_mechanism_under_eu_law_but_uk_adequacy_is_partial() {
            Subprocessor tokyo = Subprocessor.builder()
                    .name("Example Tokyo KK")
                    .country(JP)
                    .transfer(TransferMechanism.builder()
                            .type(TransferMechanismType.ADEQUACY_DECISION)
                            .adequacyScopeConfirmed(true)
                            .build())
                    .ukTransfer(TransferMechanism.builder()
                            .type(TransferMechanismType.ADEQUACY_DECISION)
                            .adequacyScopeConfirmed(true)
                            .build())
                    .build();
            var a = usSubprocessor(base(), s -> s.subprocessors(List.of(tokyo)));
            assertThat(keys(a, "UK_TRANSFER_TOOL")).isEmpty();
            assertThat(keys(a, "CH_TRANSFER_TOOL"))
                    .as("Japan is not on the Swiss list")
                    .containsExactly("CH_TRANSFER_TOOL.missing");
        }
    }

    @Nested
    class Swiss {
        @Test
        void clauses_without_the_swiss_adaptations_are_an_error() {
            var a = transfers(base(), t -> t.swissAdaptations(Optional.empty()));
            assertThat(keys(a, "CH_TRANSFER_TOOL")).containsExactly("CH_TRANSFER_TOOL.adaptationsMissing");
        }

        @Test
        void adaptations_without_the_habitual_residence_forum_are_incomplete() {
            var a = transfers(
                    base(),
                    t -> t.swissAdaptations(SwissAdaptations.builder()
                            .fdpicCompetent(true)
                            .fadpReferences(true)
                            .build()));
            Finding f = findings(a, "CH_TRANSFER_TOOL").get(0);
            assertThat(f.getMessageKey()).isEqualTo("CH_TRANSFER_TOOL.adaptationsIncomplete");
            assertThat(f.message(Locale.GERMAN)).contains("gewöhnlichen Aufenthaltsort");
        }

        @Test
        void swiss_adequacy_for_india_is_not_on_the_list() {
            var a = usSubprocessor(
                    base(),
                    s -> s.country(IN)
                            .locations(List.of(Location.builder()
                                    .kind(LocationKind.PROCESSING)
                                    .country(IN)
                                    .build()))
                            .swissTransfer(TransferMechanism.builder()
                                    .type(TransferMechanismType.ADEQUACY_DECISION)
                                    .build()));
            assertThat(keys(a, "CH_TRANSFER_TOOL")).containsExactly("CH_TRANSFER_TOOL.noAdequacy");
        }
    }

    @Nested
    class Chain {
        /** A third-level sub-processor in India, below the US mailer's own sub-processor in Germany. */
        static DataProcessingAgreement deep(Optional<TransferMechanism> eu, Optional<TransferMechanism> uk) {
            Subprocessor india = Subprocessor.builder()
                    .name("Example Support Pvt Ltd")
                    .country(IN)
                    .transfer(eu)
                    .ukTransfer(uk)
                    .swissTransfer(scc())
                    .build();
            Subprocessor middle = Subprocessor.builder()
                    .name("Example Relay GmbH")
                    .country(DE)
                    .addSubprocessors(india)
                    .build();
            return usSubprocessor(base(), s -> s.addSubprocessors(middle));
        }

        @Test
        void onward_transfer_at_depth_three_needs_a_mechanism_under_each_regime() {
            var a = deep(Optional.empty(), Optional.empty());
            assertThat(findings(a, "TRANSFER_MECHANISM"))
                    .extracting(Finding::getPath)
                    .containsExactly("subprocessing.subprocessors[1].subprocessors[0].subprocessors[0].transfer");
            assertThat(findings(a, "UK_TRANSFER_TOOL"))
                    .extracting(Finding::getPath)
                    .containsExactly("subprocessing.subprocessors[1].subprocessors[0].subprocessors[0].ukTransfer");
        }

        @Test
        void onward_transfer_with_mechanisms_is_fine() {
            var a = deep(Optional.of(scc()), Optional.of(scc()));
            assertThat(findings(a, "TRANSFER_MECHANISM")).isEmpty();
            assertThat(findings(a, "UK_TRANSFER_TOOL")).isEmpty();
        }
    }

    /**
     * Locations in the region "third countries" or "worldwide" (Region.mayBeOutsideEea), as the Jomoco example gives
     * them for Zoho and for the Irish companies of LinkedIn, Meta, Pinterest and TikTok: a transfer to a country that
     * is not named needs a mechanism (Art. 44, 46 GDPR) as much as a named third country does.
     */
    @Nested
    class UnnamedThirdCountries {
        private static final CountryCode IE = CountryCode.of("IE");
        private static final CountryCode FR = CountryCode.of("FR");

        static Location region(dev.dpa4j.model.Region region, String de) {
            return Location.builder()
                    .region(region)
                    .description(LocalizedText.de(de))
                    .build();
        }

        /** The US sub-processor moved to Ireland, with the EU and the given locations, and the tool given. */
        static DataProcessingAgreement irish(List<Location> locations, Optional<TransferMechanism> eu) {
            List<Location> all = new java.util.ArrayList<>();
            all.add(Location.builder().region(dev.dpa4j.model.Region.EU).build());
            all.addAll(locations);
            return usSubprocessor(base(), s -> s.country(IE).locations(all).transfer(eu));
        }

        @Test
        void third_countries_without_a_mechanism_is_an_error() {
            var a = irish(List.of(region(dev.dpa4j.model.Region.THIRD_COUNTRIES, "Drittländer")), Optional.empty());
            assertThat(findings(a, "TRANSFER_MECHANISM")).singleElement().satisfies(f -> {
                assertThat(f.getMessageKey()).isEqualTo("TRANSFER_MECHANISM.unspecifiedRegion");
                assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
                assertThat(f.getPath()).isEqualTo("subprocessing.subprocessors[1].transfer");
                assertThat(f.describe(Locale.ENGLISH)).contains("Art. 44 GDPR", "Art. 46 GDPR");
                assertThat(f.describe(Locale.GERMAN)).contains("Art. 44 DSGVO", "Art. 46 DSGVO");
            });
        }

        @Test
        void worldwide_without_a_mechanism_is_an_error() {
            for (String text : List.of("worldwide", "weltweit", "global")) {
                var a = irish(List.of(region(dev.dpa4j.model.Region.WORLDWIDE, text)), Optional.empty());
                assertThat(findings(a, "TRANSFER_MECHANISM"))
                        .as(text)
                        .extracting(Finding::getMessageKey, Finding::getSeverity)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "TRANSFER_MECHANISM.unspecifiedRegion", Severity.ERROR));
            }
        }

        @Test
        void a_conditional_worldwide_location_counts_as_well() {
            var a = irish(
                    List.of(Location.builder()
                            .region(dev.dpa4j.model.Region.WORLDWIDE)
                            .conditional(true)
                            .build()),
                    Optional.empty());
            assertThat(keys(a, "TRANSFER_MECHANISM")).containsExactly("TRANSFER_MECHANISM.unspecifiedRegion");
        }

        @Test
        void a_stated_mechanism_is_enough() {
            for (TransferMechanism m : List.of(
                    scc(),
                    TransferMechanism.builder()
                            .type(TransferMechanismType.ADEQUACY_DECISION)
                            .build(),
                    TransferMechanism.builder()
                            .type(TransferMechanismType.BINDING_CORPORATE_RULES_PROCESSOR)
                            .build())) {
                var a = irish(
                        List.of(
                                region(dev.dpa4j.model.Region.THIRD_COUNTRIES, "Drittländer"),
                                region(dev.dpa4j.model.Region.WORLDWIDE, "weltweit")),
                        Optional.of(m));
                assertThat(findings(a, "TRANSFER_MECHANISM"))
                        .as(m.getType().name())
                        .isEmpty();
            }
        }

        @Test
        void eu_and_eea_only_need_nothing() {
            var a = irish(
                    List.of(
                            region(dev.dpa4j.model.Region.EEA, "EWR"),
                            Location.builder().country(FR).build()),
                    Optional.empty());
            assertThat(findings(a, "TRANSFER_MECHANISM")).isEmpty();
        }

        @Test
        void a_member_state_with_a_description_needs_nothing() {
            var a = usSubprocessor(
                    base(),
                    s -> s.country(FR)
                            .locations(List.of(Location.builder()
                                    .country(FR)
                                    .description(LocalizedText.de("Rechenzentrum Paris"))
                                    .build()))
                            .transfer(Optional.empty()));
            assertThat(findings(a, "TRANSFER_MECHANISM")).isEmpty();
        }

        @Test
        void only_eu_and_eea_regions_may_not_lie_outside() {
            assertThat(java.util.Arrays.stream(dev.dpa4j.model.Region.values())
                            .filter(dev.dpa4j.model.Region::mayBeOutsideEea))
                    .containsExactly(dev.dpa4j.model.Region.THIRD_COUNTRIES, dev.dpa4j.model.Region.WORLDWIDE);
        }
    }
}
