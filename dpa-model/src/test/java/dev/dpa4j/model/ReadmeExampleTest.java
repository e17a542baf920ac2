/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.json.DpaJson;
import org.junit.jupiter.api.Test;

/** The Java example of README.md, kept honest by running it. Keep both in step. */
class ReadmeExampleTest {

    @Test
    void should_run_the_readme_example() {
        // README: model example begins
        DataProcessingAgreement dpa = DataProcessingAgreement.builder()
                .id("acme-dpa-2026")
                .processor(Party.builder().name("Acme Cloud GmbH").build())
                .breachNotification(BreachNotificationTerms.builder()
                        .notifyController(true)
                        .deadline(TimeLimit.builder()
                                .period(TimePeriod.ofHours(24))
                                .build())
                        .build())
                .build();
        String json = DpaJson.write(dpa);
        DataProcessingAgreement back = DpaJson.read(json);
        // README: model example ends

        assertThat(back).isEqualTo(dpa);
        assertThat(json).contains("\"id\": \"acme-dpa-2026\"");
    }
}
