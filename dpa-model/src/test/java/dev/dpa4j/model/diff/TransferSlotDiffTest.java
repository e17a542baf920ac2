/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DpfCertification;
import dev.dpa4j.model.DpfStatus;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Changes of the UK and Swiss transfer slots and of a recipient's DPF status are changes, classed by their effect. */
class TransferSlotDiffTest {

    private static DataProcessingAgreement with(Optional<TransferMechanism> uk) {
        Subprocessor s = Subprocessor.builder()
                .id("mailer")
                .name("Example Mail Inc.")
                .country(CountryCode.of("US"))
                .ukTransfer(uk)
                .build();
        return DataProcessingAgreement.builder()
                .id("a")
                .subprocessing(SubprocessingTerms.builder().addSubprocessors(s).build())
                .build();
    }

    private static TransferMechanism dpf(DpfStatus status) {
        return TransferMechanism.builder()
                .type(TransferMechanismType.EU_US_DATA_PRIVACY_FRAMEWORK)
                .dpf(DpfCertification.builder()
                        .status(status)
                        .checkedOn(LocalDate.of(2026, 11, 1))
                        .build())
                .build();
    }

    @Test
    void should_report_a_lost_certification_in_the_uk_slot_as_lowering_protection() {
        ChangeSet changes = AgreementDiff.asOf(LocalDate.of(2026, 12, 3))
                .diff(with(Optional.of(dpf(DpfStatus.CERTIFIED))), with(Optional.of(dpf(DpfStatus.NOT_CERTIFIED))));
        assertThat(changes.getChanges()).singleElement().satisfies(c -> {
            assertThat(c.getKind()).isEqualTo(ChangeKind.SUBPROCESSOR_TRANSFER_CHANGED);
            assertThat(c.getPath()).endsWith(".ukTransfer");
        });
        assertThat(changes.withClass(ChangeClass.LOWERS_PROTECTION)).hasSize(1);
    }

    @Test
    void should_report_nothing_when_the_slots_are_equal() {
        ChangeSet changes = AgreementDiff.asOf(LocalDate.of(2026, 12, 3))
                .diff(with(Optional.of(dpf(DpfStatus.CERTIFIED))), with(Optional.of(dpf(DpfStatus.CERTIFIED))));
        assertThat(changes.isEmpty()).isTrue();
    }

    private static DataProcessingAgreement terms(dev.dpa4j.model.TransferTerms terms) {
        return DataProcessingAgreement.builder().id("a").transfers(terms).build();
    }

    @Test
    void should_name_a_changed_scc_option_or_uk_tool_as_a_parameter_of_the_transfer_clause() {
        var scc = dev.dpa4j.model.SccTerms.builder()
                .addModules(dev.dpa4j.model.SccModule.MODULE_2)
                .governingLaw(CountryCode.of("IE"))
                .build();
        var before = dev.dpa4j.model.TransferTerms.builder().scc(scc).build();
        var after = before.toBuilder()
                .scc(scc.toBuilder().governingLaw(CountryCode.of("NL")).build())
                .uk(dev.dpa4j.model.UkTransferTerms.builder()
                        .tool(dev.dpa4j.model.UkTransferTool.ADDENDUM)
                        .build())
                .build();

        ChangeSet changes = AgreementDiff.asOf(LocalDate.of(2026, 12, 3)).diff(terms(before), terms(after));

        assertThat(changes.getChanges())
                .extracting(Change::getKind, Change::getPath)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.CLAUSE_PARAMETER_CHANGED, "transfers.scc"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.CLAUSE_PARAMETER_CHANGED, "transfers.uk"));
    }

    @Test
    void should_name_a_changed_idta_governing_law_or_forum_as_a_parameter_of_the_transfer_clause() {
        var idta = dev.dpa4j.model.UkTransferTerms.builder()
                .tool(dev.dpa4j.model.UkTransferTool.IDTA)
                .governingLaw(dev.dpa4j.model.UkJurisdiction.ENGLAND_AND_WALES)
                .forum(dev.dpa4j.model.UkJurisdiction.ENGLAND_AND_WALES)
                .build();
        var before = dev.dpa4j.model.TransferTerms.builder().uk(idta).build();
        var after = before.toBuilder()
                .uk(idta.toBuilder()
                        .forum(dev.dpa4j.model.UkJurisdiction.SCOTLAND)
                        .build())
                .build();

        ChangeSet changes = AgreementDiff.asOf(LocalDate.of(2026, 12, 3)).diff(terms(before), terms(after));

        assertThat(changes.getChanges())
                .extracting(Change::getKind, Change::getPath)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.CLAUSE_PARAMETER_CHANGED, "transfers.uk"));
        assertThat(AgreementDiff.asOf(LocalDate.of(2026, 12, 3))
                        .diff(terms(before), terms(before))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void should_report_no_transfer_clause_change_when_the_terms_are_equal() {
        var same = dev.dpa4j.model.TransferTerms.builder()
                .exportRegimes(java.util.Set.of(dev.dpa4j.model.TransferRegime.EU, dev.dpa4j.model.TransferRegime.UK))
                .build();
        assertThat(AgreementDiff.asOf(LocalDate.of(2026, 12, 3))
                        .diff(terms(same), terms(same))
                        .isEmpty())
                .isTrue();
    }
}
