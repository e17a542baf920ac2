/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ModelPath;
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

    @RepeatedTest(20)
    void should_give_every_finding_a_path_that_follows_the_agreements_json() {
        // given
        long seed = Instancio.create(Long.class);
        DataProcessingAgreement agreement = AgreementGenerator.agreement(seed);
        tools.jackson.databind.JsonNode json =
                dev.dpa4j.model.json.DpaJson.mapper().readTree(dev.dpa4j.model.json.DpaJson.write(agreement));

        // when
        ValidationReport report = VALIDATOR.validate(agreement);

        // then: walking the pointer, every present list is entered by an index within it, no path goes below a
        // plain value, and the path where it exists is the node its pointer selects
        java.util.List<String> wrong = new java.util.ArrayList<>();
        int resolved = 0;
        for (Finding f : report.getFindings()) {
            ModelPath path = f.getModelPath();
            assertThat(ModelPath.parse(f.getPath())).isEqualTo(path);
            tools.jackson.databind.JsonNode node = json;
            boolean complete = true;
            for (ModelPath.Segment segment : path.segments()) {
                if (node.isArray()) {
                    if (!(segment instanceof ModelPath.Index index) || index.index() >= node.size()) {
                        wrong.add(f.getRuleId() + " at " + path + ": " + segment + " on a list of " + node.size());
                        complete = false;
                        break;
                    }
                    node = node.get(index.index());
                } else if (node.isObject()) {
                    if (segment instanceof ModelPath.Index) {
                        wrong.add(f.getRuleId() + " at " + path + ": an index on an object");
                        complete = false;
                        break;
                    }
                    tools.jackson.databind.JsonNode child = node.get(
                            segment instanceof ModelPath.Property p ? p.name() : ((ModelPath.Key) segment).key());
                    if (child == null) {
                        complete = false;
                        break; // the element is absent: the finding names what is missing
                    }
                    node = child;
                } else {
                    wrong.add(f.getRuleId() + " at " + path + ": below the value " + node);
                    complete = false;
                    break;
                }
            }
            if (complete) {
                assertThat(json.at(path.toJsonPointer())).isSameAs(node);
                resolved++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(resolved).as("findings whose element exists").isPositive();
    }
}
