/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint is remembered per agreement instance (issue #14): a second rendering of the same
 * instance does not serialise it again, and what is remembered never answers for another instance.
 */
class FingerprintMemoTest {

    private static final DataProcessingAgreement JOMOCO = DpaJson.read(Path.of("../examples/jomoco-avv-de.json"));

    @Test
    void should_return_the_remembered_value_when_the_same_instance_comes_again() {
        // when
        String first = Fingerprint.sha256(JOMOCO);
        String second = Fingerprint.sha256(JOMOCO);

        // then: the very same string (not hashed again), and equal to a computation from scratch
        assertThat(second).isSameAs(first).isEqualTo(Fingerprint.compute(JOMOCO));
    }

    @Test
    void should_hash_each_instance_when_agreements_differ_or_are_equal_copies() {
        // given: more agreements than are remembered, each a different version, and an equal copy
        List<DataProcessingAgreement> versions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            versions.add(JOMOCO.toBuilder().version("9." + i).build());
        }
        DataProcessingAgreement equalCopy = JOMOCO.toBuilder().build();

        // when / then: every answer is that instance's own fingerprint, in any order of asking
        for (int round = 0; round < 2; round++) {
            for (DataProcessingAgreement v : versions) {
                assertThat(Fingerprint.sha256(v)).isEqualTo(Fingerprint.compute(v));
            }
            assertThat(Fingerprint.sha256(JOMOCO)).isEqualTo(Fingerprint.compute(JOMOCO));
        }
        assertThat(versions.stream().map(Fingerprint::sha256).distinct()).hasSize(20);
        assertThat(Fingerprint.sha256(equalCopy)).isEqualTo(Fingerprint.sha256(JOMOCO));
    }

    @Test
    void should_give_each_thread_its_agreement_fingerprint_when_many_threads_ask_at_once() throws Exception {
        // given
        List<DataProcessingAgreement> agreements = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            DataProcessingAgreement a = JOMOCO.toBuilder().id("thread-" + i).build();
            agreements.add(a);
            expected.add(Fingerprint.compute(a));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // when
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 200; task++) {
                int i = task % agreements.size();
                results.add(
                        pool.submit(() -> Fingerprint.sha256(agreements.get(i)).equals(expected.get(i))));
            }

            // then
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
