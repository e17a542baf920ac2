/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.ValidationThresholds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that walk the sub-processors read the run's list ({@link RunMemo#subprocessors}) and see the
 * sub-processors, their paths and their order as the walk of the agreement gives them (issue #14).
 */
class SubprocessorWalkTest {

    private record Visit(String path, Subprocessor subprocessor) {}

    private static List<DataProcessingAgreement> agreements() {
        List<DataProcessingAgreement> agreements = new ArrayList<>();
        for (String example : List.of("jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de")) {
            agreements.add(DpaJson.read(ScaledAgreements.example("examples/" + example + ".json")));
        }
        agreements.add(DpaJson.read(
                ScaledAgreements.withSubprocessors(ScaledAgreements.example(ScaledAgreements.JOMOCO), 50)));
        for (long seed = 0; seed < 100; seed++) {
            agreements.add(
                    seed % 2 == 0 ? AgreementGenerator.agreement(seed) : AgreementGenerator.adversarialAgreement(seed));
        }
        return agreements;
    }

    @Test
    void should_visit_the_sub_processors_of_the_run_as_the_walk_of_the_agreement() {
        int visits = 0;
        for (DataProcessingAgreement agreement : agreements()) {
            List<Visit> walked = new ArrayList<>();
            Subprocessors.each(agreement, (path, sp) -> walked.add(new Visit(path, sp)));
            DefaultRuleContext context = new DefaultRuleContext(
                    agreement, LocalDate.of(2026, 11, 23), Profile.EXECUTED, ValidationThresholds.DEFAULTS, null);
            for (int round = 0; round < 2; round++) { // the second from the run's list made by the first
                List<Visit> fromRun = new ArrayList<>();
                Subprocessors.each(context, (path, sp) -> fromRun.add(new Visit(path, sp)));
                assertThat(fromRun).isEqualTo(walked);
                for (int i = 0; i < walked.size(); i++) {
                    assertThat(fromRun.get(i).subprocessor())
                            .isSameAs(walked.get(i).subprocessor());
                }
            }
            for (Subprocessors.Entry e : RunMemo.of(context).subprocessors()) {
                assertThat(e.modelPath()).isEqualTo(ModelPath.parse(e.path()));
            }
            visits += walked.size();
        }
        assertThat(visits).isGreaterThan(300);
    }
}
