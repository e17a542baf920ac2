/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import java.util.Locale;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** Properties of validation over random agreements: total, deterministic, messages complete. */
@ExtendWith(InstancioExtension.class)
class GeneratedAgreementsTest {

    private static final Validator VALIDATOR = Fixtures.validator();

    @RepeatedTest(60)
    void should_give_identical_reports_and_never_throw_when_agreement_is_random() {
        // given
        long seed = Instancio.create(Long.class);
        DataProcessingAgreement agreement = AgreementGenerator.agreement(seed);

        // when
        ValidationReport first = VALIDATOR.validate(agreement);
        ValidationReport second = Fixtures.validator().validate(AgreementGenerator.agreement(seed));

        // then
        assertThat(second.getFindings()).isEqualTo(first.getFindings());
        assertThat(second.toJson(Locale.GERMAN)).isEqualTo(first.toJson(Locale.GERMAN));
        for (Finding f : first.getFindings()) {
            assertThat(f.message(Locale.ENGLISH)).doesNotContain("{").isNotBlank();
            assertThat(f.message(Locale.GERMAN)).doesNotContain("{").isNotBlank();
        }
    }

    @RepeatedTest(20)
    void should_never_throw_when_agreement_text_is_adversarial() {
        // given
        long seed = Instancio.create(Long.class);
        DataProcessingAgreement agreement = AgreementGenerator.adversarialAgreement(seed);

        // when
        ValidationReport report = VALIDATOR.validate(agreement);

        // then
        assertThat(report.toJson(Locale.ENGLISH)).startsWith("{");
    }
}
