/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bridge to the validation library, and the two halves of the rules that the head start warms up apart. */
class CheckerTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    @Test
    void should_split_the_rules_into_the_structure_rules_and_all_others() throws IOException {
        // given: the Just example, which has findings, with a malformed e-mail address, a structural problem
        String json = Files.readString(ValidateCommandTest.JUST, StandardCharsets.UTF_8);
        assertThat(json).contains("\"datenschutz@just.social\"");
        DataProcessingAgreement broken =
                DpaJson.read(json.replace("\"datenschutz@just.social\"", "\"datenschutz at just.social\""));

        // when
        List<Finding> all = Checker.create(Lang.en, null, AS_OF, Severity.INFO).check(broken);
        List<Finding> structure = Checker.part(Lang.en, AS_OF, true).check(broken);
        List<Finding> others = Checker.part(Lang.en, AS_OF, false).check(broken);

        // then: the structure half reports the address and nothing else, the other half everything else
        assertThat(structure).extracting(Finding::ruleId).containsExactly("STRUCTURE_EMAIL");
        assertThat(others).isNotEmpty().extracting(Finding::ruleId).noneMatch(id -> id.startsWith(Checker.STRUCTURE));
        List<Finding> both = new ArrayList<>(structure);
        both.addAll(others);
        assertThat(both).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void should_find_no_structural_problem_in_a_well_formed_agreement() {
        // given: an agreement with findings, none of them structural
        DataProcessingAgreement jomoco = DpaJson.read(ValidateCommandTest.JOMOCO);

        // when
        List<Finding> structure = Checker.part(Lang.en, AS_OF, true).check(jomoco);
        List<Finding> others = Checker.part(Lang.en, AS_OF, false).check(jomoco);

        // then
        assertThat(structure).isEmpty();
        assertThat(others)
                .isNotEmpty()
                .isEqualTo(Checker.create(Lang.en, null, AS_OF, Severity.INFO).check(jomoco));
    }
}
