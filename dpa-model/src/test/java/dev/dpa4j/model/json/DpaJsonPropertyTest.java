/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** Properties of writing and strict reading over generated agreements; a failure prints its seed. */
@ExtendWith(InstancioExtension.class)
class DpaJsonPropertyTest {

    @RepeatedTest(100)
    void should_read_back_an_equal_agreement_when_agreement_is_written() {
        // given
        long seed = Instancio.create(Long.class);
        DataProcessingAgreement agreement = AgreementGenerator.agreement(seed);

        // when
        DataProcessingAgreement read = DpaJson.read(DpaJson.write(agreement));

        // then
        assertThat(read).as("seed %d", seed).isEqualTo(agreement);
    }

    @RepeatedTest(100)
    void should_write_identical_bytes_when_agreement_is_written_again_or_read_back() {
        // given
        long seed = Instancio.create(Long.class);
        DataProcessingAgreement agreement = AgreementGenerator.agreement(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        String first = DpaJson.write(agreement);
        String second = DpaJson.write(AgreementGenerator.agreement(seed));
        String afterReading = DpaJson.write(DpaJson.read(first));
        DpaJson.write(agreement, out);

        // then
        assertThat(second).as("seed %d", seed).isEqualTo(first);
        assertThat(afterReading).as("seed %d", seed).isEqualTo(first);
        assertThat(out.toByteArray()).as("seed %d", seed).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        assertThat(first)
                .as("seed %d", seed)
                .endsWith("}\n")
                .doesNotContain("\r")
                .doesNotContain(": null");
    }

    @RepeatedTest(50)
    void should_read_back_hostile_text_unchanged_when_agreement_is_adversarial() {
        // given
        long seed = Instancio.create(Long.class);
        DataProcessingAgreement agreement = AgreementGenerator.adversarialAgreement(seed);

        // when
        String json = DpaJson.write(agreement);
        DataProcessingAgreement read = DpaJson.read(json);

        // then
        assertThat(read).as("seed %d", seed).isEqualTo(agreement);
        assertThat(DpaJsonSchemaTest.VALIDATOR.validate(json, com.networknt.schema.InputFormat.JSON))
                .as("seed %d", seed)
                .isEmpty();
    }
}
