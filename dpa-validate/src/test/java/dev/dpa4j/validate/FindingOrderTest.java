/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.json.DpaJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Finding#ORDER}, written out by hand (issue #14), orders findings as the chain of comparators it replaced: the
 * chain is kept here as the reference.
 */
class FindingOrderTest {

    private static final Comparator<Finding> CHAIN = Comparator.comparing(
                    Finding::getSeverity, Comparator.reverseOrder())
            .thenComparing(Finding::getModelPath)
            .thenComparing(Finding::getRuleId)
            .thenComparing(Finding::getMessageKey)
            .thenComparing(f -> f.getParams().toString());

    private static List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        Validator validator = Fixtures.validator();
        for (String example : List.of("jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de")) {
            all.addAll(validator
                    .validate(DpaJson.read(ScaledAgreements.example("examples/" + example + ".json")))
                    .getFindings());
        }
        for (long seed = 0; seed < 60; seed++) {
            all.addAll(validator.validate(AgreementGenerator.agreement(seed)).getFindings());
        }
        return all;
    }

    @Test
    void should_compare_every_pair_as_the_chain_did_when_findings_come_from_examples_and_generated_agreements() {
        List<Finding> all = findings();
        assertThat(all).hasSizeGreaterThan(1_000);
        Random random = new Random(14);
        int unequal = 0;
        for (int n = 0; n < 200_000; n++) {
            Finding a = all.get(random.nextInt(all.size()));
            Finding b = random.nextInt(10) == 0 ? a : all.get(random.nextInt(all.size()));
            int expected = Integer.signum(CHAIN.compare(a, b));
            assertThat(Integer.signum(Finding.ORDER.compare(a, b)))
                    .as("%s vs %s", a, b)
                    .isEqualTo(expected);
            unequal += expected != 0 ? 1 : 0;
        }
        assertThat(unequal).isGreaterThan(100_000);
    }

    @Test
    void should_sort_as_the_chain_did_when_the_findings_are_shuffled() {
        List<Finding> all = findings();
        List<Finding> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(14));
        List<Finding> byChain = new ArrayList<>(shuffled);
        byChain.sort(CHAIN);
        shuffled.sort(Finding.ORDER);
        assertThat(shuffled).containsExactlyElementsOf(byChain);
    }
}
