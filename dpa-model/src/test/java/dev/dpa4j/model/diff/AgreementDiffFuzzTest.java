/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.model.json.DpaJsonException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * Jazzer fuzz target for the diff of two readable agreements (issue #13). The input holds two JSON
 * documents separated by the first zero byte. The invariant: the diff of two readable agreements throws
 * nothing, an agreement compared with itself has no changes, and the same pair gives the same changes.
 * In {@code ./mvnw verify} it replays the seed corpus in
 * {@code src/test/resources/dev/dpa4j/model/diff/AgreementDiffFuzzTestInputs/} only; to fuzz, see
 * docs/json-format.md ("Fuzzing").
 */
class AgreementDiffFuzzTest {

    private static final AgreementDiff DIFF = AgreementDiff.asOf(LocalDate.of(2026, 12, 1));

    @FuzzTest
    void diff(byte[] input) {
        int zero = indexOfZero(input);
        Optional<DataProcessingAgreement> oldVersion = read(Arrays.copyOfRange(input, 0, zero));
        Optional<DataProcessingAgreement> newVersion =
                read(zero < input.length ? Arrays.copyOfRange(input, zero + 1, input.length) : new byte[0]);
        if (oldVersion.isEmpty()) {
            return;
        }
        assertThat(DIFF.diff(oldVersion.get(), oldVersion.get()).isEmpty()).isTrue();
        if (newVersion.isPresent()) {
            ChangeSet changes = DIFF.diff(oldVersion.get(), newVersion.get());
            assertThat(DIFF.diff(oldVersion.get(), newVersion.get())).isEqualTo(changes);
        }
    }

    private static int indexOfZero(byte[] input) {
        for (int i = 0; i < input.length; i++) {
            if (input[i] == 0) {
                return i;
            }
        }
        return input.length;
    }

    private static Optional<DataProcessingAgreement> read(byte[] json) {
        try {
            return Optional.of(DpaJson.read(new String(json, StandardCharsets.UTF_8)));
        } catch (DpaJsonException e) {
            return Optional.empty();
        }
    }
}
