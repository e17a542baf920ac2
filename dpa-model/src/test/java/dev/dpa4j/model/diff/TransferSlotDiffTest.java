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
}
