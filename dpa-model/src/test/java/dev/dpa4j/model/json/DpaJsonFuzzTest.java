/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dpa4j.model.DataProcessingAgreement;
import java.io.ByteArrayInputStream;

/**
 * Jazzer fuzz targets for the reader (issue #13). The invariant: a read either returns an agreement
 * that survives write → read unchanged, or throws a {@link DpaJsonException} whose problems all have
 * a location; any other exception is a finding. In {@code ./mvnw verify} they replay the seed corpus
 * in {@code src/test/resources/dev/dpa4j/model/json/DpaJsonFuzzTestInputs/} only; to fuzz, see
 * docs/json-format.md ("Fuzzing").
 */
class DpaJsonFuzzTest {

    @FuzzTest
    void readString(byte[] input) {
        String json = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        check(() -> DpaJson.read(json));
    }

    @FuzzTest
    void readStream(byte[] input) {
        check(() -> DpaJson.read(new ByteArrayInputStream(input)));
    }

    private static void check(java.util.function.Supplier<DataProcessingAgreement> read) {
        DataProcessingAgreement agreement;
        try {
            agreement = read.get();
        } catch (DpaJsonException e) {
            assertThat(e.getProblems()).isNotEmpty();
            return;
        }
        String written = DpaJson.write(agreement);
        assertThat(DpaJson.read(written)).isEqualTo(agreement);
    }
}
