/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FreeTexts;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.ValidationThresholds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that judge wording as generic or catch-all read the normalised translations from the run's memo
 * ({@link RunMemo#normalised}) and answer what normalising each translation again answered (issue #14).
 */
class NormalisedMemoTest {

    private static RunMemo memo(DataProcessingAgreement agreement) {
        return RunMemo.of(new DefaultRuleContext(
                agreement, LocalDate.of(2026, 11, 23), Profile.EXECUTED, ValidationThresholds.DEFAULTS, null));
    }

    @Test
    void should_judge_every_text_of_the_examples_and_generated_agreements_as_without_the_memo() {
        List<DataProcessingAgreement> agreements = new ArrayList<>();
        for (String example : List.of("jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de")) {
            agreements.add(DpaJson.read(ScaledAgreements.example("examples/" + example + ".json")));
        }
        for (long seed = 0; seed < 100; seed++) {
            agreements.add(
                    seed % 2 == 0 ? AgreementGenerator.agreement(seed) : AgreementGenerator.adversarialAgreement(seed));
        }
        int texts = 0;
        int generic = 0;
        int catchAll = 0;
        for (DataProcessingAgreement agreement : agreements) {
            RunMemo memo = memo(agreement);
            List<LocalizedText> all = new ArrayList<>();
            FreeTexts.operative(agreement, (path, text) -> all.add(text));
            for (int pass = 0; pass < 2; pass++) { // the second pass reads what the first left in the memo
                for (LocalizedText text : all) {
                    for (int minWords : new int[] {0, 3}) {
                        boolean expected = Text.generic(text, minWords);
                        assertThat(Text.generic(text, minWords, memo))
                                .as(text.toString())
                                .isEqualTo(expected);
                        generic += expected ? 1 : 0;
                    }
                    assertThat(Text.catchAllPhrase(text, memo)).isEqualTo(Text.catchAllPhrase(text));
                    catchAll += Text.catchAllPhrase(text).isPresent() ? 1 : 0;
                    texts++;
                }
            }
        }
        assertThat(texts).isGreaterThan(5_000);
        assertThat(generic).isPositive().isLessThan(texts * 2);
        assertThat(catchAll).isPositive();
    }

    @Test
    void should_normalise_a_translation_once_per_run() {
        RunMemo memo = memo(DpaJson.read(ScaledAgreements.example("examples/jomoco-avv-de.json")));
        String translation = "  Any  Personal\u00a0Data. ";
        String normalised = memo.normalised(translation);
        assertThat(normalised).isEqualTo(Text.normalise(translation)).isEqualTo("any personal data");
        assertThat(memo.normalised(translation)).isSameAs(normalised);
    }
}
