/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one-pass reader against the reference implementation ({@link SchemaCheck} on a located tree,
 * then binding: {@link TreeCheckingReader}): both accept and reject the same generated and mutated
 * documents, and every document the reader accepts survives read → write → read unchanged (D2).
 * A failure prints its seed.
 */
@ExtendWith(InstancioExtension.class)
class OnePassReaderEquivalenceTest {

    @RepeatedTest(40)
    void should_agree_with_the_reference_when_documents_are_generated_and_mutated() {
        // given
        long seed = Instancio.create(Long.class);
        String valid = DpaJson.write(AgreementGenerator.agreement(seed));
        JsonMutator mutator = new JsonMutator(seed);

        for (int i = 0; i < 25; i++) {
            String json = i == 0 ? valid : mutator.mutate(valid);

            // when
            Outcome onePass = Outcome.of(() -> DpaJson.read(json));
            Outcome reference =
                    Outcome.of(() -> TreeCheckingReader.read(json.startsWith("\uFEFF") ? json.substring(1) : json));
            Outcome stream =
                    Outcome.of(() -> DpaJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

            // then
            assertThat(onePass.error)
                    .as("seed %d, mutation %d: %s", seed, i, json)
                    .isNull();
            assertThat(onePass.accepted())
                    .as(
                            "seed %d, mutation %d: one pass %s, reference %s, document %s",
                            seed, i, onePass, reference, json)
                    .isEqualTo(reference.accepted());
            assertThat(stream.accepted())
                    .as("seed %d, mutation %d: stream", seed, i)
                    .isEqualTo(onePass.accepted());
            if (onePass.agreement != null) {
                assertThat(onePass.agreement)
                        .as("seed %d, mutation %d", seed, i)
                        .isEqualTo(reference.agreement);
                String written = DpaJson.write(onePass.agreement);
                DataProcessingAgreement again = DpaJson.read(written);
                assertThat(again)
                        .as("seed %d, mutation %d: round trip of %s", seed, i, json)
                        .isEqualTo(onePass.agreement);
                assertThat(DpaJson.write(again)).isEqualTo(written);
            } else if (onePass.problems != null) {
                assertThat(onePass.problems)
                        .isNotEmpty()
                        .allSatisfy(p -> assertThat(p.line()).isPositive());
            }
        }
    }

    /** What a read gave: an agreement, a DpaJsonException's problems, or another (undocumented) failure. */
    private record Outcome(DataProcessingAgreement agreement, List<JsonProblem> problems, RuntimeException error) {

        static Outcome of(java.util.function.Supplier<DataProcessingAgreement> read) {
            try {
                return new Outcome(read.get(), null, null);
            } catch (DpaJsonException e) {
                return new Outcome(null, e.getProblems(), null);
            } catch (RuntimeException e) {
                return new Outcome(null, null, e);
            }
        }

        boolean accepted() {
            return agreement != null;
        }

        @Override
        public String toString() {
            return agreement != null ? "accepted" : problems != null ? "rejected " + problems : "failed " + error;
        }
    }
}
